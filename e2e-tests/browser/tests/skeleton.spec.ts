import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, test, type Page } from '@playwright/test';
import { expectAccessible } from './support/accessibility';
import { PASSWORD, USERNAME } from './support/session';

/**
 * Issue 2, the walking skeleton in a real browser: Keycloak login through the gateway (no test
 * backdoor), account home (AC-1), a reading for meter 101 (MT-2) listed "В обработке" (MT-3) with
 * its preview charge (MT-7), a reload, the account switcher (ID-9) and logout (ID-10). Issue 5: the
 * form gives format hints only and shows metering's refusal next to the field; axe-core checks every
 * state the journey shows (support/accessibility.ts).
 */
const artifacts = fileURLToPath(new URL('../artifacts/', import.meta.url));
mkdirSync(artifacts, { recursive: true });

const FIRST_ACCOUNT = '1000000011';
const SECOND_ACCOUNT = '1000000012';

/** Exact decimal-string arithmetic for one-decimal readings: "12345.6" -> 123456 tenths. */
const tenths = (value: string) => {
  const [int, frac = ''] = value.split('.');
  return Number(int) * 10 + Number((frac + '0').slice(0, 1));
};

async function watchForBrowserErrors(page: Page): Promise<string[]> {
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    // CSP violations and uncaught errors are bugs; failed requests the app handled are not
    if (message.type() === 'error' && /Content Security Policy|Refused to|Uncaught/i.test(message.text())) {
      problems.push(`console: ${message.text()}`);
    }
  });
  return problems;
}

test('MT-2 MT-3 MT-7 ID-9 ID-10: a resident logs in, submits a reading, sees its charge and logs out', async ({ page }) => {
  const problems = await watchForBrowserErrors(page);

  // landing page, then Keycloak's login form
  await page.goto('/');
  const login = page.getByRole('main').getByRole('link', { name: 'Войти' });
  await expect(login).toBeVisible();
  await expectAccessible(page, 'landing');
  await login.click();
  await page.locator('#username').fill(USERNAME);
  await page.locator('#password').fill(PASSWORD);
  await page.locator('#kc-login').click();

  // account home of the first account
  await expect(page).toHaveURL(/\/accounts\/\d{10}$/);
  const switcher = page.getByRole('combobox', { name: 'Лицевой счёт' });
  if (!page.url().endsWith(`/accounts/${FIRST_ACCOUNT}`)) {
    await switcher.selectOption(FIRST_ACCOUNT);
  }
  await expect(page).toHaveURL(new RegExp(`/accounts/${FIRST_ACCOUNT}$`));
  await expect(page.getByTestId('user-name')).toHaveText(/Анна|Иванова|ivanova/);
  await expect(page.getByTestId('account-address')).toHaveText('г. Москва, ул. Лесная, д. 5, кв. 12');

  // the last value of meter 101: the meter's last reading or a newer one in "Последние показания"
  const meter = page.getByTestId('meter-101');
  await expect(meter).toBeVisible();
  const rows = page.getByTestId('reading-row');
  await expect(rows.first().or(page.getByText('Показаний пока нет'))).toBeVisible();
  const shown = [
    (await meter.getByTestId('meter-last-T1').getAttribute('data-value')) ?? '0',
    ...(await page
      .locator('[data-testid="reading-row"][data-meter-id="101"] [data-zone="T1"]')
      .evaluateAll((cells) => cells.map((cell) => cell.getAttribute('data-value') ?? '0'))),
  ];
  const last = Math.max(...shown.map(tenths));
  const next = last + 10; // one kWh more
  const nextValue = `${Math.floor(next / 10)}.${next % 10}`;
  const typed = nextValue.replace('.', ','); // the resident types a decimal comma

  // checked at once: too many digits is refused next to the field, nothing is sent
  const field = meter.getByLabel('Показание', { exact: true });
  await field.fill('1234567');
  await meter.getByRole('button', { name: 'Передать показания' }).click();
  await expect(meter.getByTestId('error-values.T1')).toHaveText('Не более 6 цифр до запятой');
  await expect(field).toHaveAttribute('aria-invalid', 'true');
  await expectAccessible(page, 'account with a format hint');

  // a value below the last accepted reading is not the client's to refuse (it may be a rollover
  // or the correction of a rejected reading): metering refuses it, its message is next to the field
  await field.fill('1,0');
  await expect(meter.getByTestId('error-values.T1')).toHaveCount(0);
  await meter.getByRole('button', { name: 'Передать показания' }).click();
  await expect(meter.getByTestId('error-values.T1')).toHaveText(
    // MT-2: the number is written the Russian way (5 012,5), as the page is Russian
    /^Показание меньше предыдущего принятого \(\d{1,3}(?:[\u00a0\u202f ]\d{3})*,\d\)\.$/,
  );
  await expect(field).toHaveAttribute('aria-invalid', 'true');
  // said once, next to the field: the problem's detail repeats it, so no alert under the form (#5)
  await expect(meter.getByTestId('reading-form-error')).toHaveCount(0);
  await expect(meter.getByText(/меньше предыдущего/)).toHaveCount(1);
  await expectAccessible(page, 'account with a refusal from metering');

  // the real submission
  await field.fill(typed);
  await meter.getByRole('button', { name: 'Передать показания' }).click();
  await expect(meter.getByRole('status').getByText('Показания переданы')).toBeVisible();

  const row = page
    .locator('[data-testid="reading-row"][data-meter-id="101"]')
    .filter({ has: page.locator(`[data-zone="T1"][data-value^="${nextValue}"]`) })
    .first();
  await expect(row).toBeVisible();
  await expect(row.getByText('В обработке')).toBeVisible();
  // the column says «Начисление (расчёт)» once; a row holds the sum only (#5)
  await expect(row.getByTestId('charge-preview')).toHaveText(/^[\d\s\u00a0\u202f]+,\d{2}\s?₽$/, {
    timeout: 40_000,
  });
  await expect(page.locator('[data-testid="reading-row"] [data-testid="charge-preview"]').filter({ hasText: 'Начисление' })).toHaveCount(0);

  // BO-2 MT-3 (#8): the demo back office accepts a usual reading a few seconds later; the list shows it after a reload
  await expect(async () => {
    await page.reload();
    await expect(row.getByText('Принято')).toBeVisible({ timeout: 3_000 });
  }).toPass({ timeout: 60_000 });

  await expectAccessible(page, 'account after a reading was sent');
  await page.screenshot({ path: `${artifacts}skeleton.png`, fullPage: true });

  // a phone: no horizontal scroll, the menu collapses behind a button
  await page.setViewportSize({ width: 375, height: 812 });
  await expect(page.getByRole('button', { name: 'Меню' })).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  await expectAccessible(page, 'account at 375 px');
  await page.screenshot({ path: `${artifacts}skeleton-375.png`, fullPage: true });
  await page.setViewportSize({ width: 1280, height: 900 });

  // the journey survives a reload: same account, the reading and its charge are still there
  await page.reload();
  await expect(page).toHaveURL(new RegExp(`/accounts/${FIRST_ACCOUNT}$`));
  await expect(page.getByTestId('account-address')).toHaveText('г. Москва, ул. Лесная, д. 5, кв. 12');
  await expect(row).toBeVisible();
  await expect(row.getByTestId('charge-preview')).toHaveText(/^[\d\s\u00a0\u202f]+,\d{2}\s?₽$/);

  // switch to the second account with the account switcher
  await switcher.selectOption(SECOND_ACCOUNT);
  await expect(page).toHaveURL(new RegExp(`/accounts/${SECOND_ACCOUNT}$`));
  await expect(page.getByTestId('account-address')).toHaveText('г. Москва, ул. Лесная, д. 5, кв. 14');
  const dayNight = page.getByTestId('meter-102');
  await expect(dayNight.getByLabel('Показание (день)')).toBeVisible();
  await expect(dayNight.getByLabel('Показание (ночь)')).toBeVisible();
  await expectAccessible(page, 'second account (day/night meter)');

  // log out: through Keycloak's end-session back to the landing page
  await page.getByRole('button', { name: 'Выйти' }).click();
  await expect(page.getByRole('main').getByRole('link', { name: 'Войти' })).toBeVisible();
  await expect(page).toHaveURL(/\/$/);
  // the session is really gone
  const me = await page.request.get('/bff/me', { headers: { Accept: 'application/json', 'X-Requested-With': 'XMLHttpRequest' }, maxRedirects: 0 });
  expect(me.status()).toBe(401);
  const session = await page.request.get('/bff/session', { headers: { Accept: 'application/json' } });
  expect(session.status()).toBe(200);
  expect(await session.json()).toEqual({ authenticated: false });

  expect(problems).toEqual([]);
});
