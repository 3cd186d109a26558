import { expect, type Page } from '@playwright/test';

export const USERNAME = process.env.KABINET_E2E_USER ?? 'ivanova';
export const PASSWORD = process.env.KABINET_E2E_PASSWORD ?? 'Kabinet-2026';

/** Logs in through the landing page's «Войти» and Keycloak's form (no test backdoor). */
export async function logIn(page: Page, username = USERNAME, password = PASSWORD): Promise<void> {
  await page.goto('/');
  await page.getByRole('main').getByRole('link', { name: 'Войти' }).click();
  await page.locator('#username').fill(username);
  await page.locator('#password').fill(password);
  await page.locator('#kc-login').click();
  await expect(page).toHaveURL(/\/accounts\/\d{10}$/);
}
