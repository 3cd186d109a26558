// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

// The API client captures fetch/Request when it is created: stub them before any import runs.
const server = vi.hoisted(() => {
  const state = {
    requests: [] as Request[],
    respond: (_: Request): Response => new Response('[]', { status: 200, headers: { 'Content-Type': 'application/json' } }),
  };
  const BaseRequest = globalThis.Request;
  class RelativeRequest extends BaseRequest {
    constructor(input: RequestInfo | URL, init?: RequestInit) {
      super(typeof input === 'string' ? new URL(input, 'http://localhost') : input, init);
    }
  }
  globalThis.Request = RelativeRequest as typeof Request;
  globalThis.fetch = (async (input: Request) => {
    state.requests.push(input);
    return state.respond(input);
  }) as typeof fetch;
  return state;
});

import i18n from '../i18n';
import { accountApi, billingApi, call, fetchSession, meteringApi, onUnauthorized } from './client';

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

/** One call of each kind the web client makes: the three services and the gateway's session. */
async function everyKindOfCall(): Promise<void> {
  const number = '1000000011';
  await call(accountApi.GET('/v1/accounts'));
  await call(meteringApi.GET('/v1/accounts/{number}/meters', { params: { path: { number } } }));
  await call(
    meteringApi.POST('/v1/accounts/{number}/meters/{meterId}/readings', {
      params: { path: { number, meterId: 101 } },
      body: { values: { T1: '1.0' } },
    }),
  );
  await call(
    billingApi.GET('/v1/accounts/{number}/charge-previews/{readingId}', {
      params: { path: { number, readingId: '0190a1b2-0000-7000-8000-000000000000' } },
    }),
  ).catch(() => undefined);
  await fetchSession();
}

describe('UX-4 every API call speaks the page\'s language (Accept-Language)', () => {
  beforeEach(async () => {
    server.requests.length = 0;
    server.respond = (request) =>
      request.url.endsWith('/bff/session') ? json(200, { authenticated: false }) : json(200, []);
    await i18n.changeLanguage('ru');
  });
  afterEach(async () => {
    await i18n.changeLanguage('ru');
  });

  it('sends ru while the page is in Russian, on every service and on the session', async () => {
    await everyKindOfCall();
    expect(server.requests).toHaveLength(5);
    for (const request of server.requests) {
      expect(request.headers.get('Accept-Language'), request.url).toBe('ru');
    }
  });

  it('follows a switch to English and back', async () => {
    await i18n.changeLanguage('en');
    await everyKindOfCall();
    expect(server.requests.map((r) => r.headers.get('Accept-Language'))).toEqual(['en', 'en', 'en', 'en', 'en']);

    server.requests.length = 0;
    await i18n.changeLanguage('ru');
    await everyKindOfCall();
    expect(server.requests.map((r) => r.headers.get('Accept-Language'))).toEqual(['ru', 'ru', 'ru', 'ru', 'ru']);
  });

  it('names one of the two languages only, never a region or a list the services would have to pick from', async () => {
    await i18n.changeLanguage('en-GB');
    await call(accountApi.GET('/v1/accounts'));
    expect(server.requests.at(-1)?.headers.get('Accept-Language')).toBe('en');
    await i18n.changeLanguage('de');
    await call(accountApi.GET('/v1/accounts'));
    expect(server.requests.at(-1)?.headers.get('Accept-Language')).toBe('ru');
  });
});

describe('ID-10 the session is learnt without an error response (GET /bff/session)', () => {
  beforeEach(() => {
    server.requests.length = 0;
  });

  it('a visitor is null from a 200 {authenticated:false}', async () => {
    server.respond = () => json(200, { authenticated: false });
    expect(await fetchSession()).toBeNull();
    expect(new URL(server.requests[0].url).pathname).toBe('/bff/session');
    expect(server.requests[0].headers.get('X-Requested-With')).toBe('XMLHttpRequest');
  });

  it('a resident is named with her accounts', async () => {
    server.respond = () =>
      json(200, { authenticated: true, username: 'ivanova', name: 'Анна Иванова', accounts: ['1000000011', '1000000012'] });
    expect(await fetchSession()).toEqual({
      username: 'ivanova',
      name: 'Анна Иванова',
      accounts: ['1000000011', '1000000012'],
    });
  });

  it('an answer that is not a session is an error, not a visitor', async () => {
    server.respond = () => new Response('<html>proxy</html>', { status: 200, headers: { 'Content-Type': 'text/html' } });
    await expect(fetchSession()).rejects.toMatchObject({ name: 'ApiError' });
    server.respond = () => json(502, { type: 'https://kabinet.dev/problems/bad-gateway', status: 502, detail: 'x' });
    await expect(fetchSession()).rejects.toMatchObject({ status: 502 });
  });
});

describe('ID-10 a session ended at Keycloak (back-channel logout): the next API call ends it in the web client', () => {
  beforeEach(() => {
    server.requests.length = 0;
  });

  it('a 401 problem from any service tells the listeners once and fails the call as unauthorized', async () => {
    const ended = vi.fn();
    const stop = onUnauthorized(ended);
    server.respond = () =>
      new Response(JSON.stringify({ type: 'https://kabinet.dev/problems/unauthorized', status: 401 }), {
        status: 401,
        headers: { 'Content-Type': 'application/problem+json' },
      });
    await expect(
      call(meteringApi.GET('/v1/accounts/{number}/meters', { params: { path: { number: '1000000011' } } })),
    ).rejects.toMatchObject({ kind: 'unauthorized', status: 401 });
    expect(ended).toHaveBeenCalledTimes(1);
    stop();
    await call(accountApi.GET('/v1/accounts')).catch(() => undefined);
    expect(ended).toHaveBeenCalledTimes(1);
  });

  it('a 2xx or another refusal is no end of the session', async () => {
    const ended = vi.fn();
    const stop = onUnauthorized(ended);
    server.respond = () => json(200, []);
    await call(accountApi.GET('/v1/accounts'));
    server.respond = () => json(403, { type: 'https://kabinet.dev/problems/forbidden', status: 403 });
    await call(accountApi.GET('/v1/accounts')).catch(() => undefined);
    stop();
    expect(ended).not.toHaveBeenCalled();
  });
});
