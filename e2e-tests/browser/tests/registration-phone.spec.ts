import { expect, test } from '@playwright/test';
import { expectAccessible, expectAccessibleAtEveryWidth } from './support/accessibility';
import { freshAccountNumber, latestSmsCode, publishAccount, removeLogin } from './support/backoffice';

/**
 * ID-3: a visitor registers with the mobile phone on record and the account number; the SMS code (read from the SMS
 * sink's inbox, as from a phone) confirms; then they log in and see the account. The account is a fresh one the spec
 * publishes as the back office would; the login is removed at the end.
 */
const PASSWORD = 'Kabinet-2026e2e';
let username = '';

test.afterAll(async () => {
  if (username) await removeLogin(username);
});

test('ID-3 a visitor registers with the phone on record and an SMS code, then logs in and sees the account', async ({
  page,
}) => {
  const number = freshAccountNumber();
  const phone = `+7916${number.slice(-7)}`;
  username = `e2e-phone-${number}`;
  publishAccount({ number, ownerName: 'Орлова Анна Павловна', meterSerial: `СЧ-${number.slice(-5)}`, phone });

  await page.goto('/register');
  await page.getByTestId('register-by-phone').click();
  await expect(page.getByRole('heading', { level: 1, name: 'Регистрация по номеру телефона' })).toBeVisible();
  await expect(page.getByTestId('captcha')).toContainText('Проверено', { timeout: 60_000 });
  await expectAccessibleAtEveryWidth(page, 'registration by phone');

  // the back office's record takes a moment to arrive: until then the phone is not on record
  await expect(async () => {
    await page.goto('/register/phone');
    await expect(page.getByTestId('captcha')).toContainText('Проверено', { timeout: 60_000 });
    await page.getByLabel(/Номер лицевого счёта/).fill(number);
    await page.getByLabel(/Мобильный телефон/).fill(`8 ${phone.slice(2, 5)} ${phone.slice(5)}`);
    await page.getByRole('button', { name: 'Отправить код' }).click();
    await expect(page.getByTestId('code-sent')).toBeVisible({ timeout: 10_000 });
  }).toPass({ timeout: 60_000, intervals: [3_000] });
  await expect(page.getByTestId('code-sent')).toContainText(phone.slice(-2));

  await page.getByLabel(/Код из SMS/).fill(await latestSmsCode(phone));
  await page.getByLabel(/^Логин/).fill(username);
  await page.getByLabel(/Ваше имя/).fill('Анна');
  await page.getByLabel(/Ваша фамилия/).fill('Орлова');
  await page.getByLabel(/^Пароль \(обязательно\)/).fill(PASSWORD);
  await page.getByLabel(/Пароль ещё раз/).fill(PASSWORD);
  await page.getByRole('checkbox', { name: /согласие на обработку/ }).check();
  await expectAccessible(page, 'registration by phone, step 2');
  await page.getByRole('button', { name: 'Зарегистрироваться' }).click();
  await expect(page.getByTestId('registered')).toContainText(`№ ${number}`);

  await page.getByTestId('login-after-register').click();
  await page.locator('#username').fill(username);
  await page.locator('#password').fill(PASSWORD);
  await page.locator('#kc-login').click();
  await expect(page).toHaveURL(new RegExp(`/accounts/${number}$`));
});
