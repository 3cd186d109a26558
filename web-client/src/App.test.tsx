// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

// The API client captures fetch/Request when it is created: the fake gateway goes in before any import runs.
const server = await vi.hoisted(async () => (await import('./test/fakeServer')).installFakeServer());

import i18n from './i18n';
import { App } from './App';

const json = (status: number, body: unknown, type = 'application/json') =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': type } });

const OWN = ['1000000011', '1000000012'];
const FOREIGN = '2000000021';

/** The gateway and the services as a logged-in Иванова (or a visitor) sees them. */
function gateway(loggedIn: boolean) {
  const answered: { path: string; status: number }[] = [];
  server.respond = (request) => {
    const path = new URL(request.url).pathname;
    let response: Response;
    if (path === '/bff/session') {
      response = json(
        200,
        loggedIn
          ? { authenticated: true, username: 'ivanova', name: 'Анна Иванова', accounts: OWN }
          : { authenticated: false },
      );
    } else if (path === '/bff/me') {
      response = loggedIn
        ? json(200, { username: 'ivanova', name: 'Анна Иванова', accounts: OWN })
        : json(401, { type: 'https://kabinet.dev/problems/unauthorized', status: 401 }, 'application/problem+json');
    } else if (!loggedIn) {
      response = json(401, { type: 'https://kabinet.dev/problems/unauthorized', status: 401 }, 'application/problem+json');
    } else if (path === '/api/account/v1/accounts') {
      response = json(200, [
        { number: '1000000011', address: 'г. Москва, ул. Лесная, д. 5, кв. 12' },
        { number: '1000000012', address: 'г. Москва, ул. Лесная, д. 5, кв. 14' },
      ]);
    } else if (path.startsWith(`/api/account/v1/accounts/${FOREIGN}`) || path.includes(`/accounts/${FOREIGN}/`)) {
      response = json(404, { type: 'https://kabinet.dev/problems/account-not-found', status: 404, detail: 'Нет' }, 'application/problem+json');
    } else if (path.startsWith('/api/account/v1/accounts/')) {
      response = json(200, { number: '1000000011', address: 'г. Москва, ул. Лесная, д. 5, кв. 12', ownerName: 'Иванова А. П.', services: ['ELECTRICITY'] });
    } else {
      response = json(200, []);
    }
    answered.push({ path, status: response.status });
    return response;
  };
  return answered;
}

function open(path: string) {
  window.history.replaceState(null, '', path);
  return render(<App />);
}

describe('ID-10 the landing page learns the session without an error response', () => {
  beforeEach(async () => {
    server.requests.length = 0;
    await i18n.changeLanguage('ru');
  });
  afterEach(cleanup);

  it('a visitor gets the landing page, and every request of the page is answered 2xx (no 401 in the console)', async () => {
    const answered = gateway(false);
    open('/');
    expect(within(await screen.findByRole('main')).getByRole('link', { name: 'Войти' })).toBeTruthy();
    expect(answered.length).toBeGreaterThan(0);
    expect(answered.filter((a) => a.status >= 400)).toEqual([]);
    expect(answered.map((a) => a.path)).not.toContain('/bff/me');
  });
});

describe('ID-9 the account switcher offers only the resident\'s own accounts', () => {
  beforeEach(async () => {
    server.requests.length = 0;
    await i18n.changeLanguage('ru');
  });
  afterEach(cleanup);

  it('lists her accounts with the one in the URL chosen', async () => {
    gateway(true);
    open('/accounts/1000000012');
    const switcher = await screen.findByRole('combobox', { name: 'Лицевой счёт' });
    await waitFor(() => expect(within(switcher).getAllByRole('option')).toHaveLength(2));
    expect((switcher as HTMLSelectElement).value).toBe('1000000012');
  });

  it('does not add another resident\'s account opened by its URL; it asks to choose one of hers', async () => {
    gateway(true);
    open(`/accounts/${FOREIGN}`);
    expect(await screen.findByText(`Лицевой счёт № ${FOREIGN} не привязан к вашей учётной записи.`)).toBeTruthy();
    const switcher = await screen.findByRole('combobox', { name: 'Лицевой счёт' });
    await waitFor(() => expect(server.requests.some((r) => r.url.endsWith('/api/account/v1/accounts'))).toBe(true));
    const options = within(switcher).getAllByRole('option') as HTMLOptionElement[];
    expect(options.map((o) => o.value)).not.toContain(FOREIGN);
    expect(switcher.textContent).not.toContain(FOREIGN);
    expect(options.filter((o) => !o.disabled).map((o) => o.value)).toEqual(OWN);
    expect((switcher as HTMLSelectElement).value).toBe('');
    expect(options.find((o) => o.value === '')?.textContent).toBe('Выберите лицевой счёт');
  });
});

describe('ID-10 a session ended at Keycloak sends the resident back to the way in', () => {
  beforeEach(async () => {
    server.requests.length = 0;
    await i18n.changeLanguage('ru');
  });
  afterEach(cleanup);

  it('the next API call answered 401 (back-channel logout at the gateway) shows the landing page with «Войти»', async () => {
    gateway(true);
    open('/accounts/1000000011');
    const switcher = await screen.findByRole('combobox', { name: 'Лицевой счёт' });
    await waitFor(() => expect(within(switcher).getAllByRole('option')).toHaveLength(2));

    // Keycloak ended her session: the gateway deleted it, every call with the old cookie is a 401 problem now
    gateway(false);
    fireEvent.change(switcher, { target: { value: '1000000012' } });

    const login = await waitFor(() => within(screen.getByRole('main')).getByRole('link', { name: 'Войти' }));
    expect(login.getAttribute('href')).toBe('/oauth2/authorization/keycloak?lang=ru');
    expect(window.location.pathname).toBe('/');
    expect(screen.queryByRole('combobox', { name: 'Лицевой счёт' })).toBeNull();
  });
});
