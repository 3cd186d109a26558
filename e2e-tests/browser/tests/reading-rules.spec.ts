import { randomUUID } from 'node:crypto';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { expectAccessible } from './support/accessibility';
import {
  freshAccountNumber,
  latestSmsCode,
  publishAccount,
  publishReadingTaken,
  removeLogin,
} from './support/backoffice';
import { PASSWORD, USERNAME } from './support/session';

/**
 * Issue 8's reading rules in a real browser (MT-1, MT-2, MT-5), with the whole stack and the demo back office:
 * - a two-zone submission on ivanova's day/night meter 102 (account 1000000012) where the night value is below the
 *   previous accepted one: metering refuses it next to the field; corrected, the reading is taken, and outside the
 *   submission window the page says which period it counts for;
 * - a rollover confirmed, on a fresh account the spec publishes as the back office would, whose meter's last accepted
 *   reading (999 950,0, sent as back-office history) is near the top of its 6-digit display;
 * - the history sorted and filtered by meter, status and a period of Moscow days;
 * axe-clean at 1280 and 375 px. The browser runs in Europe/Moscow (playwright.config.ts), and so does every date this
 * spec computes: the utility's window is 15–25 of the month in Moscow (metering's `kabinet.metering.window`), whatever
 * the zone of the machine running the spec.
 */
const ACCOUNT = '1000000012';
const MOSCOW = 'Europe/Moscow';
const MONTHS = ['январь', 'февраль', 'март', 'апрель', 'май', 'июнь', 'июль', 'август', 'сентябрь', 'октябрь', 'ноябрь', 'декабрь'];

/** A date as a Moscow calendar day, `yyyy-MM-dd`, whatever the zone this runs in. */
const moscowDay = (date: Date) =>
  new Intl.DateTimeFormat('en-CA', { timeZone: MOSCOW, year: 'numeric', month: '2-digit', day: '2-digit' }).format(date);

/** Where the window stands today in Moscow: open on days 15–25; after the 25th readings count for the next month. */
function windowToday(now = new Date()) {
  const [year, month, day] = moscowDay(now).split('-').map(Number);
  const next = day > 25;
  const periodMonth = next ? (month % 12) + 1 : month;
  const periodYear = next && month === 12 ? year + 1 : year;
  return { open: day >= 15 && day <= 25, period: `${periodYear}-${String(periodMonth).padStart(2, '0')}`, name: `${MONTHS[periodMonth - 1]} ${periodYear}` };
}

const tenths = (value: string) => {
  const [int, frac = ''] = value.split('.');
  return Number(int) * 10 + Number((frac + '0').slice(0, 1));
};
const shown = (t: number) => `${Math.floor(t / 10)},${t % 10}`;

async function loginAsIvanova(page: Page) {
  await page.goto('/');
  await page.getByRole('main').getByRole('link', { name: 'Войти' }).click();
  await page.locator('#username').fill(USERNAME);
  await page.locator('#password').fill(PASSWORD);
  await page.locator('#kc-login').click();
  await expect(page).toHaveURL(/\/accounts\/\d{10}$/);
  if (!page.url().endsWith(`/accounts/${ACCOUNT}`)) {
    await page.getByRole('combobox', { name: 'Лицевой счёт' }).selectOption(ACCOUNT);
  }
  await expect(page).toHaveURL(new RegExp(`/accounts/${ACCOUNT}$`));
}

/** The highest value per zone meter 102 shows, refused readings left out: a next reading goes above it. */
async function newest(page: Page, zone: 'T1' | 'T2'): Promise<number> {
  const meter = page.getByTestId('meter-102');
  await expect(meter).toBeVisible();
  await expect(page.getByTestId('reading-row').first().or(page.getByText('Показаний пока нет'))).toBeVisible();
  const values = [
    (await meter.getByTestId(`meter-last-${zone}`).getAttribute('data-value')) ?? '0',
    ...(await page
      .locator(`[data-testid="reading-row"][data-meter-id="102"]:not(:has([data-status="REJECTED"])) [data-zone="${zone}"]`)
      .evaluateAll((cells) => cells.map((cell) => cell.getAttribute('data-value') ?? '0'))),
  ];
  return Math.max(...values.map(tenths));
}

async function expectFitsPhone(page: Page, what: string) {
  await page.setViewportSize({ width: 375, height: 812 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  await expectAccessible(page, `${what} at 375 px`);
  await page.setViewportSize({ width: 1280, height: 900 });
}

async function expectOutsideWindowNotice(meter: Locator) {
  const today = windowToday();
  if (today.open) {
    await expect(meter.getByTestId('reading-outside-window')).toHaveCount(0);
  } else {
    await expect(meter.getByTestId('reading-outside-window')).toHaveText(
      `Приём показаний за текущий период закрыт: эти показания будут учтены в периоде «${today.name}».`,
    );
  }
}

test('MT-2 a two-zone reading with the night value below the previous: refused at the field, corrected, taken; the window in Moscow', async ({
  page,
}) => {
  await loginAsIvanova(page);
  const today = windowToday();
  const banner = page.getByTestId('reading-window');
  await expect(banner).toHaveAttribute('data-open', String(today.open));
  await expect(banner).toHaveAttribute('data-period', today.period);
  await expect(page.getByTestId('reading-window-countdown')).toHaveText(/^(Осталось|До открытия): .*\d+ минут/);

  const meter = page.getByTestId('meter-102');
  // MT-1 / MT-2: the facts and the previous accepted value with its date
  await expect(meter.getByTestId('reading-tariff')).toHaveText('Тариф: Двухтарифный (день / ночь)');
  await expect(meter.getByText(/^Разрядность: 6 до запятой, 1 после$/)).toBeVisible();
  await expect(meter.getByText(/^Предыдущее принятое: [\d\u00a0\u202f ]+,\d от \d{2}\.\d{2}\.\d{4}$/).first()).toBeVisible();

  const day = (await newest(page, 'T1')) + 10;
  const night = (await newest(page, 'T2')) + 10;
  await meter.getByLabel('Показание (день)').fill(shown(day));
  await meter.getByLabel('Показание (ночь)').fill('1,0'); // below any accepted night value of this meter
  await meter.getByRole('button', { name: 'Передать показания' }).click();

  const nightField = meter.getByLabel('Показание (ночь)');
  await expect(meter.getByTestId('error-values.T2')).toHaveText(
    /^Показание меньше предыдущего принятого \(\d{1,3}(?:[\u00a0\u202f ]\d{3})*(?:,\d)?\)\.$/,
  );
  await expect(nightField).toHaveAttribute('aria-invalid', 'true');
  await expect(meter.getByLabel('Показание (день)')).not.toHaveAttribute('aria-invalid', 'true');
  await expectAccessible(page, 'a two-zone reading refused at the night field');

  await nightField.fill(shown(night));
  await expect(meter.getByTestId('error-values.T2')).toHaveCount(0);
  await meter.getByRole('button', { name: 'Передать показания' }).click();
  await expect(meter.getByRole('status').getByText('Показания переданы')).toBeVisible();
  await expectOutsideWindowNotice(meter);

  const row = page
    .locator('[data-testid="reading-row"][data-meter-id="102"]')
    .filter({ has: page.locator(`[data-zone="T1"][data-value^="${Math.floor(day / 10)}.${day % 10}"]`) })
    .first();
  await expect(row).toBeVisible();
  await expect(row.locator('[data-zone="T2"]')).toHaveAttribute('data-value', `${Math.floor(night / 10)}.${night % 10}`);
  await expectAccessible(page, 'a two-zone reading taken');
  await expectFitsPhone(page, 'the account page with the window and the meters');
});

const NEW_PASSWORD = 'Kabinet-2026e2e';
let rolloverLogin = '';

test.afterAll(async () => {
  if (rolloverLogin) await removeLogin(rolloverLogin);
});

test('MT-2 a rollover of the display is taken once the resident confirms it', async ({ page }) => {
  const number = freshAccountNumber();
  const meterId = Number(number.slice(-6)) + 1;
  const phone = `+7916${number.slice(-7)}`;
  rolloverLogin = `e2e-roll-${number}`;
  publishAccount({ number, ownerName: 'Егорова Нина Ильинична', meterSerial: `СЧ-${number.slice(-5)}`, phone });

  // a resident of that account registers by phone (ID-3) and logs in
  await expect(async () => {
    await page.goto('/register/phone');
    await expect(page.getByTestId('captcha')).toContainText('Проверено', { timeout: 60_000 });
    await page.getByLabel(/Номер лицевого счёта/).fill(number);
    await page.getByLabel(/Мобильный телефон/).fill(`8 ${phone.slice(2, 5)} ${phone.slice(5)}`);
    await page.getByRole('button', { name: 'Отправить код' }).click();
    await expect(page.getByTestId('code-sent')).toBeVisible({ timeout: 10_000 });
  }).toPass({ timeout: 60_000, intervals: [3_000] });
  await page.getByLabel(/Код из SMS/).fill(await latestSmsCode(phone));
  await page.getByLabel(/^Логин/).fill(rolloverLogin);
  await page.getByLabel(/Ваше имя/).fill('Нина');
  await page.getByLabel(/Ваша фамилия/).fill('Егорова');
  await page.getByLabel(/^Пароль \(обязательно\)/).fill(NEW_PASSWORD);
  await page.getByLabel(/Пароль ещё раз/).fill(NEW_PASSWORD);
  await page.getByRole('checkbox', { name: /согласие на обработку/ }).check();
  await page.getByRole('button', { name: 'Зарегистрироваться' }).click();
  await expect(page.getByTestId('registered')).toContainText(`№ ${number}`);
  await page.getByTestId('login-after-register').click();
  await page.locator('#username').fill(rolloverLogin);
  await page.locator('#password').fill(NEW_PASSWORD);
  await page.locator('#kc-login').click();
  await expect(page).toHaveURL(new RegExp(`/accounts/${number}$`));

  // metering holds the meter now; the back office's history says its display is near the top: 999 950,0
  const meter = page.getByTestId(`meter-${meterId}`);
  await expect(meter).toBeVisible({ timeout: 60_000 });
  publishReadingTaken({
    readingId: randomUUID(),
    accountNumber: number,
    meterId,
    values: { T1: '999950.0' },
    takenAt: new Date(Date.now() - 60_000).toISOString(),
    channel: 'CONTROLLER',
  });
  await expect(async () => {
    await page.reload();
    await expect(meter.getByTestId(`meter-accepted-${meterId}`)).toHaveText(/^999[\u00a0\u202f ]950,0 кВт·ч · /, {
      timeout: 3_000,
    });
  }).toPass({ timeout: 60_000 });

  await meter.getByLabel('Показание', { exact: true }).fill('120,5');
  await meter.getByRole('button', { name: 'Передать показания' }).click();
  await expect(meter.getByTestId('error-values.T1')).toHaveText(/перешёл через ноль/);
  const confirm = meter.getByRole('checkbox', { name: /счётчик перешёл через ноль/ });
  await expect(confirm).toBeVisible();
  await expectAccessible(page, 'a rollover asked for confirmation');

  await confirm.check();
  await meter.getByRole('button', { name: 'Передать показания' }).click();
  await expect(meter.getByRole('status').getByText('Показания переданы')).toBeVisible();
  await expect(meter.getByTestId('rollover-confirmation')).toHaveCount(0);
  await expect(
    page.locator(`[data-testid="reading-row"][data-meter-id="${meterId}"] [data-zone="T1"][data-value="120.5"]`),
  ).toBeVisible();
  await expectFitsPhone(page, 'a confirmed rollover');
});

test('MT-5 the history sorted by any column and filtered by meter, status and a period of Moscow days', async ({ page }) => {
  await loginAsIvanova(page);
  await page.getByTestId('history-link').click();
  await expect(page).toHaveURL(new RegExp(`/accounts/${ACCOUNT}/readings`));
  await expect(page.getByRole('heading', { level: 1, name: 'История показаний' })).toBeVisible();
  const rows = page.getByTestId('history-row');
  await expect(rows.first()).toBeVisible();

  // by date, newest first, then oldest first
  await expect(page.getByRole('columnheader', { name: /Дата/ })).toHaveAttribute('aria-sort', 'descending');
  const dates = async () => rows.evaluateAll((all) => all.map((r) => r.getAttribute('data-submitted-at') ?? ''));
  const newestFirst = await dates();
  expect([...newestFirst].sort().reverse()).toEqual(newestFirst);
  await page.getByTestId('sort-submittedAt').click();
  await expect(page.getByRole('columnheader', { name: /Дата/ })).toHaveAttribute('aria-sort', 'ascending');
  await expect(async () => {
    const oldestFirst = await dates();
    expect(oldestFirst.length).toBeGreaterThan(0);
    expect([...oldestFirst].sort()).toEqual(oldestFirst);
  }).toPass({ timeout: 10_000 });

  // by status: ACCEPTED < IN_PROCESSING < REJECTED as metering orders the names
  await page.getByTestId('sort-status').click();
  await expect(page.getByRole('columnheader', { name: /Статус/ })).toHaveAttribute('aria-sort', 'ascending');
  await expect(async () => {
    const statuses = await rows.evaluateAll((all) => all.map((r) => r.getAttribute('data-status') ?? ''));
    expect([...statuses].sort()).toEqual(statuses);
  }).toPass({ timeout: 10_000 });
  await expectAccessible(page, 'the history sorted by status');

  // filtered: meter 102, accepted, from 1 January of this year to today, as Moscow counts the days
  const today = moscowDay(new Date());
  const from = `${today.slice(0, 4)}-01-01`;
  await page.getByLabel('С даты').fill(from);
  await page.getByLabel('По дату').fill(today);
  await page.getByLabel('Прибор').selectOption('102');
  await page.getByLabel('Статус').selectOption('ACCEPTED');
  await page.getByRole('button', { name: 'Показать' }).click();
  await expect(page).toHaveURL(/meter=102/);
  await expect(page.getByTestId('history-meter')).toContainText('ЭМ-102-2021');
  await expect(async () => {
    const found = await rows.evaluateAll((all) =>
      all.map((r) => ({
        meter: r.getAttribute('data-meter-id'),
        status: r.getAttribute('data-status'),
        at: r.getAttribute('data-submitted-at') ?? '',
      })),
    );
    expect(found.length).toBeGreaterThan(0);
    for (const row of found) {
      expect(row.meter).toBe('102');
      expect(row.status).toBe('ACCEPTED');
      const day = moscowDay(new Date(row.at));
      expect(day >= from && day <= today).toBe(true);
    }
  }).toPass({ timeout: 10_000 });
  await expect(page.getByRole('heading', { level: 2, name: /^Найдено показаний: \d+$/ })).toBeVisible();
  await expectAccessible(page, 'the history filtered');
  await expectFitsPhone(page, 'the history filtered');
});
