/**
 * A fake of the gateway for component tests: every fetch is recorded in `requests` and answered by `respond`
 * (500 until a test sets it). The API client captures fetch/Request when it is created, so install it from
 * `vi.hoisted`, before any import of the code under test:
 *
 *   const server = await vi.hoisted(async () => (await import('../test/fakeServer')).installFakeServer());
 */
export interface FakeServer {
  requests: Request[];
  respond: (request: Request) => Response | Promise<Response>;
}

export function installFakeServer(): FakeServer {
  const state: FakeServer = { requests: [], respond: () => new Response(null, { status: 500 }) };
  const BaseRequest = globalThis.Request;
  // relative URLs, as the web client uses them, resolve against the page's origin
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
}
