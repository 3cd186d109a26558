import { decorate, notifyUnauthorized } from '../api/client';
import { networkError, toApiError } from '../api/problem';

/** "1000 000-011" -> "1000000011"; a leading zero an old number had is dropped (manual 002). */
export function normaliseAccountNumber(typed: string): string {
  return typed.replace(/[\s-]/g, '').replace(/^0+(?=\d{10,13}$)/, '');
}

/** One of the resident's linked accounts (identity-service `GET /api/v1/me/links`, ID-9). */
export interface LinkView {
  accountNumber: string;
  how: string;
  linkedAt: string;
}

/**
 * A call of identity-service's resident API through the gateway (`/api/identity/v1/...`): JSON in and out, the
 * language, the XHR marker and the CSRF token as every call (`decorate`); problem details become an ApiError.
 */
export async function identity<T>(method: string, path: string, body?: unknown): Promise<T> {
  let response: Response;
  try {
    response = await fetch(
      decorate(
        new Request(`/api/identity${path}`, {
          method,
          credentials: 'same-origin',
          redirect: 'manual',
          headers: body === undefined ? undefined : { 'Content-Type': 'application/json' },
          body: body === undefined ? undefined : JSON.stringify(body),
        }),
      ),
    );
  } catch {
    throw networkError();
  }
  if (response.status === 401 || response.type === 'opaqueredirect') {
    // the session ended (e.g. "log out everywhere" elsewhere): back to the landing page, like every API call
    notifyUnauthorized();
    throw toApiError(401, undefined);
  }
  const text = await response.text();
  let parsed: unknown;
  try {
    parsed = text ? JSON.parse(text) : undefined;
  } catch {
    parsed = undefined;
  }
  if (!response.ok) throw toApiError(response.status, parsed);
  return parsed as T;
}

export const links = {
  list: () => identity<LinkView[]>('GET', '/v1/me/links'),
  add: (body: { accountNumber: string; surname: string; meterSerialNumber?: string; captcha: string }) =>
    identity<LinkView[]>('POST', '/v1/me/links', body),
  sendCode: (body: { accountNumber: string; phone: string; captcha: string }) =>
    identity<{ confirmationId: string; maskedPhone: string; expiresAt: string }>('POST', '/v1/me/links/phone-codes', body),
  addByCode: (body: { accountNumber: string; confirmationId: string; code: string }) =>
    identity<LinkView[]>('POST', '/v1/me/links/by-phone', body),
  remove: (accountNumber: string) =>
    identity<LinkView[]>('DELETE', `/v1/me/links/${encodeURIComponent(accountNumber)}`),
};

/** identity-service `GET /api/v1/me`: the profile as Keycloak has it now. */
export interface ProfileView {
  username: string;
  firstName?: string;
  lastName?: string;
  email?: string;
  accounts: string[];
  /** ID-2, ID-8: the address was confirmed by the letter's link. */
  emailVerified?: boolean;
  /** ID-8: the phone confirmed by SMS code, E.164. */
  phone?: string | null;
}

export const profile = {
  get: () => identity<ProfileView>('GET', '/v1/me'),
  changeEmail: (body: { email: string; repeatEmail: string; captcha: string }) =>
    identity<void>('PUT', '/v1/me/email', body),
  resendConfirmation: (captcha: string) =>
    identity<{ sent: boolean }>('POST', '/v1/me/email-confirmations', { captcha }),
  /** ID-8: a new username (where the utility allows it); the gateway renews the session's token. */
  changeUsername: (body: { username: string; captcha: string }) =>
    identity<{ username: string }>('PUT', '/v1/me/username', body),
  /** ID-8: an SMS code to the new phone. */
  sendPhoneCode: (body: { phone: string; captcha: string }) =>
    identity<{ confirmationId: string; maskedPhone: string; expiresAt: string }>('POST', '/v1/me/phone-codes', body),
  /** ID-8: the code stores the new phone. */
  changePhone: (body: { confirmationId: string; code: string }) => identity<{ phone: string }>('PUT', '/v1/me/phone', body),
};

export const password = {
  change: (body: { currentPassword: string; newPassword: string; repeatPassword: string; captcha: string }) =>
    identity<void>('POST', '/v1/me/password', body),
  logOutEverywhere: (captcha: string) => identity<void>('POST', '/v1/me/logout-everywhere', { captcha }),
};
