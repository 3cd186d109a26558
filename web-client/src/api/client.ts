import createClient, { type Middleware } from 'openapi-fetch';
import type { paths as AccountPaths } from './generated/account';
import type { paths as BillingPaths } from './generated/billing';
import type { paths as IdentityPaths } from './generated/identity';
import type { paths as MeteringPaths } from './generated/metering';
import type { paths as NotificationPaths } from './generated/notification';
import type { paths as PaymentPaths } from './generated/payment';
import { CSRF_HEADER, csrfToken } from './csrf';
import { ApiError, networkError, toApiError } from './problem';

/** Current UI language for `Accept-Language`; set by the i18n module. */
let language = 'ru';
export function setApiLanguage(lang: string): void {
  language = lang;
}

type UnauthorizedListener = () => void;
const unauthorizedListeners = new Set<UnauthorizedListener>();
/** Called whenever any API call answers 401: the session is gone, show the landing page. */
export function onUnauthorized(listener: UnauthorizedListener): () => void {
  unauthorizedListeners.add(listener);
  return () => unauthorizedListeners.delete(listener);
}
/** Tells the listeners the session is gone (for calls made without the typed client, e.g. the profile's). */
export function notifyUnauthorized(): void {
  for (const listener of unauthorizedListeners) listener();
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS', 'TRACE']);

/** Headers every call carries: the UI language, JSON, the XHR marker and CSRF on mutations. */
export function decorate(request: Request): Request {
  request.headers.set('Accept-Language', language);
  request.headers.set('Accept', 'application/json, application/problem+json');
  // Tells Spring Security this is not a page navigation: answer 401 instead of redirecting to login.
  request.headers.set('X-Requested-With', 'XMLHttpRequest');
  if (!SAFE_METHODS.has(request.method.toUpperCase())) {
    const token = csrfToken();
    if (token) request.headers.set(CSRF_HEADER, token);
  }
  return request;
}

const middleware: Middleware = {
  onRequest({ request }) {
    return decorate(request);
  },
  onResponse({ response }) {
    // A redirect (to the login page) means the session is gone, just like a 401.
    if (response.status === 401 || response.type === 'opaqueredirect') {
      notifyUnauthorized();
      return new Response(null, { status: 401 });
    }
    return undefined;
  },
};

const options = {
  credentials: 'same-origin' as const,
  redirect: 'manual' as const,
};

function client<Paths extends {}>(service: string) {
  const c = createClient<Paths>({ baseUrl: `/api/${service}`, ...options });
  c.use(middleware);
  return c;
}

/** Gateway routes `/api/<service>/v1/**` to the service's `/api/v1/**`. */
export const accountApi = client<AccountPaths>('account');
export const meteringApi = client<MeteringPaths>('metering');
export const billingApi = client<BillingPaths>('billing');
/** notification-service: in-cabinet messages and the notification history (NT-1). */
export const notificationApi = client<NotificationPaths>('notification');
/** payment-service: card payments and the payment history (PY-1 … PY-5). */
export const paymentApi = client<PaymentPaths>('payment');
/** identity-service; registration (ID-1) and its captcha are open to visitors. */
export const identityApi = client<IdentityPaths>('identity');

/**
 * Unwraps an openapi-fetch result: the data, or an ApiError built from the problem details.
 * Network failures become an ApiError of kind `network`.
 */
export async function call<T>(
  pending: Promise<{ data?: T; error?: unknown; response: Response }>,
): Promise<T> {
  let result: { data?: T; error?: unknown; response: Response };
  try {
    result = await pending;
  } catch (cause) {
    if (cause instanceof ApiError) throw cause;
    throw networkError();
  }
  const { data, error, response } = result;
  if (!response.ok || error !== undefined) {
    throw toApiError(response.status, error);
  }
  return data as T;
}

export interface BffUser {
  username: string;
  name: string;
  accounts: string[];
}

/**
 * GET /bff/session: who is logged in, or null when nobody is. The gateway answers 200 either way
 * (`{"authenticated":false}` for a visitor), so a landing page logs no failed request.
 */
export async function fetchSession(): Promise<BffUser | null> {
  let response: Response;
  try {
    response = await fetch(
      decorate(new Request('/bff/session', { credentials: 'same-origin', redirect: 'manual' })),
    );
  } catch {
    throw networkError();
  }
  if (response.status === 401 || response.type === 'opaqueredirect') return null;
  const body = await response.text();
  if (!response.ok) throw toApiError(response.status, body);
  let session: unknown;
  try {
    session = JSON.parse(body);
  } catch {
    throw toApiError(response.status, undefined);
  }
  if (typeof session !== 'object' || session === null || !('authenticated' in session)) {
    throw toApiError(response.status, undefined);
  }
  const known = session as Partial<BffUser> & { authenticated: unknown };
  if (known.authenticated !== true) return null;
  return {
    username: known.username ?? '',
    name: known.name || known.username || '',
    accounts: Array.isArray(known.accounts) ? known.accounts.map(String) : [],
  };
}
