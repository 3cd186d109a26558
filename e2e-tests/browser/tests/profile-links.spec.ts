import { expect, test, type Page } from '@playwright/test';
import { expectAccessibleAtEveryWidth } from './support/accessibility';
import { freshAccountNumber, publishAccount, removeLogin } from './support/backoffice';

/**
 * ID-9 linking a second account from the profile and switching to it at once (no new login: the gateway renews the
 * session's token after the change, ADR 0019); unlinking it again. ID-8 a password change keeps this session, ends
 * the other one (back-channel logout) and the new password logs in. Accounts are fresh ones the spec publishes as the
 * back office would; the logins it registers are removed at the end. Written for the lead to run on the whole stack.
 */
const PASSWORD = 'Kabinet-2026e2e';
const NEW_PASSWORD = 'Novyi-parol-2027e2e';
const created: string[] = [];

test.afterAll(async () => {
  for (const username of created) await removeLogin(username);
});

/** Registers a login by account number + owner surname through the registration page (ID-1). */
async function register(page: Page, number: string, surname: string, username: string) {
  created.push(username);
  await expect(async () => {
    await page.goto('/register');
    await expect(page.getByTestId('captcha')).toContainText('Проверено', { timeout: 60_000 });
    await page.getByLabel(/Номер лицевого счёта/).fill(number);
    await page.getByLabel(/Фамилия владельца/).fill(surname);
    await page.getByLabel(/Ваше имя/).fill('Вера');
    await page.getByLabel(/^Логин/).fill(username);
    await page.getByLabel(/^Пароль \(обязательно\)/).fill(PASSWORD);
    await page.getByLabel(/Пароль ещё раз/).fill(PASSWORD);
    await page.getByLabel(/Электронная почта/).fill(`${username}@kabinet.local`);
    await page.getByRole('checkbox', { name: /согласие на обработку/ }).check();
    await page.getByRole('button', { name: 'Зарегистрироваться' }).click();
    await expect(page.getByTestId('registered')).toBeVisible({ timeout: 10_000 });
  }).toPass({ timeout: 90_000, intervals: [3_000] });
}

async function logIn(page: Page, username: string, password: string) {
  await page.goto('/');
  await page.getByRole('main').getByRole('link', { name: 'Войти' }).click();
  await page.locator('#username').fill(username);
  await page.locator('#password').fill(password);
  await page.locator('#kc-login').click();
  await expect(page).toHaveURL(/\/accounts\/\d{10}$/);
}

test('ID-9 a resident links a second account in the profile, switches to it at once, then unlinks it', async ({ page }) => {
  const first = freshAccountNumber();
  const second = `98${first.slice(2)}`;
  const username = `e2e-links-${first}`;
  publishAccount({ number: first, ownerName: 'Лебедева Вера Петровна', meterSerial: `СЧ-${first.slice(-5)}` });
  publishAccount({ number: second, ownerName: 'Лебедев Олег Игоревич', meterSerial: `СЧ-${second.slice(-5)}` });
  await register(page, first, 'Лебедева', username);
  await logIn(page, username, PASSWORD);

  await page.getByTestId('profile-link').first().click();
  await expect(page.getByRole('heading', { level: 1, name: 'Профиль' })).toBeVisible();
  const linksRegion = page.getByRole('region', { name: 'Лицевые счета учётной записи' });
  await expect(linksRegion.getByRole('link', { name: `Лицевой счёт № ${first}` })).toBeVisible();
  const addForm = linksRegion.getByRole('form', { name: 'Добавить лицевой счёт' });
  await expect(addForm.getByTestId('captcha')).toContainText('Проверено', { timeout: 60_000 });
  await expectAccessibleAtEveryWidth(page, 'profile');

  await addForm.getByLabel(/Номер лицевого счёта/).fill(`${second.slice(0, 4)} ${second.slice(4)}`);
  await addForm.getByLabel(/Фамилия владельца/).fill('лебедев');
  await addForm.getByRole('button', { name: 'Добавить', exact: true }).click();
  await expect(linksRegion.getByTestId('links-status')).toContainText(`№ ${second} привязан`);

  // the switcher knows the new account without a new login
  const switcher = page.getByLabel('Лицевой счёт', { exact: true });
  await expect(switcher.locator('option', { hasText: second })).toHaveCount(1);
  await switcher.selectOption(second);
  await expect(page).toHaveURL(new RegExp(`/accounts/${second}$`));
  await expect(page.getByTestId('account-address')).toContainText('пр. Мира');

  await page.goto('/profile');
  await linksRegion.getByRole('button', { name: `Отвязать Лицевой счёт № ${second}` }).click();
  await expect(linksRegion.getByTestId('links-status')).toContainText(`№ ${second} отвязан`);
  await expect(switcher.locator('option', { hasText: second })).toHaveCount(0);
  // the account is not the resident's any more: the service itself refuses it
  const refused = await page.request.get(`/api/account/v1/accounts/${second}`, {
    headers: { 'X-Requested-With': 'XMLHttpRequest' },
  });
  expect(refused.status()).toBe(403);
});

test('ID-8 a password change keeps this session, ends the other one, and the new password logs in', async ({
  page,
  browser,
}) => {
  const number = freshAccountNumber();
  const username = `e2e-pwd-${number}`;
  publishAccount({ number, ownerName: 'Соколова Мария Павловна', meterSerial: `СЧ-${number.slice(-5)}` });
  await register(page, number, 'Соколова', username);
  await logIn(page, username, PASSWORD);
  const otherContext = await browser.newContext();
  const other = await otherContext.newPage();
  await logIn(other, username, PASSWORD);

  await page.goto('/profile');
  const passwordRegion = page.getByRole('region', { name: 'Смена пароля' });
  await expect(passwordRegion.getByTestId('captcha')).toContainText('Проверено', { timeout: 60_000 });
  await passwordRegion.getByLabel(/Текущий пароль/).fill(PASSWORD);
  await passwordRegion.getByLabel(/^Новый пароль \(/).fill(NEW_PASSWORD);
  await passwordRegion.getByLabel(/Новый пароль ещё раз/).fill(NEW_PASSWORD);
  await passwordRegion.getByRole('button', { name: 'Сменить пароль' }).click();
  await expect(passwordRegion.getByTestId('password-status')).toContainText('Пароль изменён');

  // this session goes on; the other one ended by back-channel logout
  expect((await page.request.get('/bff/me', { headers: { 'X-Requested-With': 'XMLHttpRequest' } })).status()).toBe(200);
  await expect
    .poll(async () => (await other.request.get('/bff/me', { headers: { 'X-Requested-With': 'XMLHttpRequest' } })).status())
    .toBe(401);
  await otherContext.close();

  await page.getByRole('button', { name: 'Выйти', exact: true }).first().click();
  await logIn(page, username, NEW_PASSWORD);
});
