import { expect, test, type APIRequestContext } from '@playwright/test';
import { expectAccessible } from './support/accessibility';
import { USERNAME, logIn } from './support/session';

/**
 * Issue 6, "Sessions end when they should": the resident's Keycloak session is ended by an administrator (Keycloak
 * admin → Users → Sign out; the Admin API here). Keycloak posts a logout token to the gateway (back-channel logout,
 * the realm's `backchannel.logout.url`), the gateway deletes the session, and the page's next API call answers 401:
 * the web client shows the landing page with «Войти».
 */
const KEYCLOAK = process.env.KABINET_KEYCLOAK_URL ?? 'http://localhost:8180';
const OWN_ACCOUNTS = ['1000000011', '1000000012'];

async function adminHeaders(request: APIRequestContext): Promise<Record<string, string>> {
  const response = await request.post(`${KEYCLOAK}/realms/master/protocol/openid-connect/token`, {
    form: { grant_type: 'password', client_id: 'admin-cli', username: 'admin', password: 'admin' },
  });
  expect(response.status()).toBe(200);
  return { Authorization: `Bearer ${(await response.json()).access_token}` };
}

test('ID-10 a session ended at Keycloak ends at the gateway at once and the page returns to «Войти»', async ({ page, request }) => {
  await logIn(page);
  const switcher = page.getByRole('combobox', { name: 'Лицевой счёт' });
  await expect(switcher).toBeVisible();
  await expect(page.getByTestId('account-address')).toBeVisible();

  const headers = await adminHeaders(request);
  const users = await request.get(`${KEYCLOAK}/admin/realms/kabinet/users`, {
    headers,
    params: { username: USERNAME, exact: 'true' },
  });
  const [user] = await users.json();
  const signOut = await request.post(`${KEYCLOAK}/admin/realms/kabinet/users/${user.id}/logout`, { headers });
  expect(signOut.status()).toBe(204);

  // the gateway session is gone at once (the browser's own cookie, asked directly)
  await expect.poll(async () => (await page.request.get('/bff/me')).status(), { timeout: 5_000 }).toBe(401);

  // the page's next API call answers 401: the web client shows the way in
  const other = OWN_ACCOUNTS.find((number) => !page.url().endsWith(number)) ?? OWN_ACCOUNTS[0];
  await switcher.selectOption(other);
  await expect(page.getByRole('main').getByRole('link', { name: 'Войти' })).toBeVisible();
  await expect(page).toHaveURL(/\/$/);
  await expectAccessible(page, 'landing page after a back-channel logout');
});
