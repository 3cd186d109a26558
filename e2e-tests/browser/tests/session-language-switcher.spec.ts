import { expect, test, type Request } from '@playwright/test';
import { logIn } from './support/session';

/**
 * Issue 5, second pass of a fresh tester: a visitor's landing page logs no failed request (the session is learnt
 * from `GET /bff/session`, 200 for anyone); every API call names the page's language in `Accept-Language`; the
 * account switcher lists only the resident's own accounts, whatever account number the URL holds.
 */
const OWN_ACCOUNTS = ['1000000011', '1000000012'];
const FOREIGN_ACCOUNT = '2000000021';

test('ID-10 a visitor\'s landing page logs no error in the console and gets no error response', async ({ page }) => {
  const consoleErrors: string[] = [];
  const failed: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
  page.on('response', (response) => {
    if (response.status() >= 400) failed.push(`${response.status()} ${response.url()}`);
  });

  await page.goto('/');
  await expect(page.getByRole('main').getByRole('link', { name: 'Войти' })).toBeVisible();
  await page.waitForLoadState('networkidle');

  expect(failed).toEqual([]);
  expect(consoleErrors).toEqual([]);
});

test('UX-4 every API call carries the page\'s language and follows a switch', async ({ page }) => {
  await logIn(page);
  const languages = (requests: Request[]) =>
    Promise.all(requests.map(async (r) => `${new URL(r.url()).pathname} ${await r.headerValue('accept-language')}`));

  const russian: Request[] = [];
  const collectRussian = (r: Request) => {
    if (/\/(api|bff)\//.test(r.url())) russian.push(r);
  };
  page.on('request', collectRussian);
  await page.goto(`/accounts/${OWN_ACCOUNTS[0]}`);
  await expect(page.getByTestId('account-address')).toBeVisible();
  await page.waitForLoadState('networkidle');
  page.off('request', collectRussian);
  expect(russian.length).toBeGreaterThan(2);
  for (const line of await languages(russian)) expect(line).toMatch(/ ru$/);

  await page.getByRole('button', { name: 'EN' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  const english: Request[] = [];
  const collectEnglish = (r: Request) => {
    if (/\/(api|bff)\//.test(r.url())) english.push(r);
  };
  page.on('request', collectEnglish);
  await page.reload();
  await expect(page.getByTestId('account-address')).toBeVisible();
  await page.waitForLoadState('networkidle');
  page.off('request', collectEnglish);
  expect(english.length).toBeGreaterThan(2);
  for (const line of await languages(english)) expect(line).toMatch(/ en$/);

  // back to Russian for the specs after this one (the choice is remembered in localStorage)
  await page.getByRole('button', { name: 'RU' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
});

test('ID-9 another resident\'s account opened by its URL never joins the account switcher', async ({ page }) => {
  await logIn(page);
  await page.goto(`/accounts/${FOREIGN_ACCOUNT}`);
  await expect(page.getByText(`Лицевой счёт № ${FOREIGN_ACCOUNT} не привязан к вашей учётной записи.`)).toBeVisible();

  const switcher = page.getByRole('combobox', { name: 'Лицевой счёт' });
  await expect(switcher).toHaveValue('');
  await expect(switcher.locator('option:not([disabled])')).toHaveCount(OWN_ACCOUNTS.length);
  expect(await switcher.locator('option').evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value))).not.toContain(
    FOREIGN_ACCOUNT,
  );
  await expect(switcher).not.toContainText(FOREIGN_ACCOUNT);

  // choosing one of hers still works from there
  await switcher.selectOption(OWN_ACCOUNTS[1]);
  await expect(page).toHaveURL(new RegExp(`/accounts/${OWN_ACCOUNTS[1]}$`));
  await expect(switcher).toHaveValue(OWN_ACCOUNTS[1]);
});

test('UX-4 Keycloak\'s login page opens in the language chosen on the landing page', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'EN' }).click();
  await page.getByRole('main').getByRole('link', { name: 'Log in' }).click();
  await expect(page.getByRole('heading', { name: 'Sign in to Kabinet' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Sign in' })).toBeVisible();

  await page.goto('/');
  await page.getByRole('button', { name: 'RU' }).click();
  await page.getByRole('main').getByRole('link', { name: 'Войти' }).click();
  await expect(page.getByRole('heading', { name: 'Вход в личный кабинет' })).toBeVisible();
});
