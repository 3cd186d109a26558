import { mkdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';
import { expectAccessibleAtEveryWidth } from './support/accessibility';
import { logIn } from './support/session';

/**
 * Issue 9, BL-1 … BL-5: ivanova's billing pages for 1000000011, written against billing-service's demo seed
 * (db/demo/R__demo_settlements.sql: three closed months before the one the seed ran in, Moscow time, and the current
 * one open). Settlements per line for a chosen month; the history where a month opens its pie chart of the services'
 * shares with the same figures as a table; the receipts list, whose PDF downloads under its file name and opens in a
 * tab by a plain link (no pop-up); penalties and tariffs. axe-clean at 1280 and 375 px.
 */
const artifacts = fileURLToPath(new URL('../artifacts/', import.meta.url));
mkdirSync(artifacts, { recursive: true });

const ACCOUNT = '1000000011';

test('BL-1 BL-2 BL-3 settlements for a month, history with the chart, a receipt downloaded', async ({ page }) => {
  test.setTimeout(120_000);
  await logIn(page);
  await page.goto(`/accounts/${ACCOUNT}`);
  await page.getByRole('link', { name: 'Расчёты и квитанции' }).click();
  await expect(page).toHaveURL(`/accounts/${ACCOUNT}/billing/settlements`);
  await expect(page.getByRole('heading', { level: 2, name: 'Расчёты' })).toBeVisible();

  // BL-1: the newest month first; another month chosen from the list
  const table = page.getByTestId('settlements-table');
  await expect(table.locator('tbody tr[data-line="EL"] th')).toHaveText('Электроэнергия');
  const period = page.getByLabel('Период');
  const months = await period.locator('option').allTextContents();
  expect(months.length).toBeGreaterThanOrEqual(2);
  await period.selectOption({ label: months[1] });
  await expect(table.locator('caption')).toHaveText(months[1]);
  await expectAccessibleAtEveryWidth(page, 'billing settlements', { dir: artifacts, file: 'bl1-settlements' });

  // BL-2: a month opens its detail with the pie chart and the shares as a table
  await page.getByRole('link', { name: 'История' }).click();
  await expect(page).toHaveURL(`/accounts/${ACCOUNT}/billing/history`);
  // the newest month is the open one (nothing charged yet): the one before it, by its row (the button's name changes
  // to «Скрыть …» once open)
  const open = page.getByTestId('history-table').locator('tr[data-period]').nth(1).getByRole('button');
  await expect(open).toHaveText(/^Открыть /);
  await open.click();
  await expect(open).toHaveAttribute('aria-expanded', 'true');
  await expect(open).toHaveText(/^Скрыть /);
  const pie = page.getByTestId('services-pie');
  await expect(pie.getByRole('img', { name: /Доли услуг в начислениях/ })).toBeVisible();
  await expect(pie.locator('.recharts-pie-sector')).not.toHaveCount(0);
  await expect(pie.getByTestId('services-shares')).toContainText('Электроэнергия');
  await expect(pie.getByTestId('services-shares')).toContainText('100');
  await expectAccessibleAtEveryWidth(page, 'billing history with the chart', { dir: artifacts, file: 'bl2-history' });

  // BL-3: the closed months' receipts; the PDF downloads under its file name, the other link opens a tab
  await page.getByRole('link', { name: 'Квитанции' }).click();
  await expect(page).toHaveURL(`/accounts/${ACCOUNT}/billing/receipts`);
  const newest = page.getByTestId('receipts').locator('li').first();
  const opens = newest.getByRole('link', { name: /в новой вкладке/ });
  await expect(opens).toHaveAttribute('target', '_blank');
  const href = await opens.getAttribute('href');
  expect(href).toMatch(new RegExp(`^/api/billing/v1/accounts/${ACCOUNT}/receipts/\\d{4}-\\d{2}$`));
  const inline = await page.request.get(href!);
  expect(inline.status()).toBe(200);
  expect(inline.headers()['content-type']).toBe('application/pdf');
  expect(inline.headers()['content-disposition']).toMatch(/^inline/);

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    newest.getByRole('link', { name: /Скачать PDF квитанции/ }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(new RegExp(`^receipt-${ACCOUNT}-\\d{4}-\\d{2}\\.pdf$`));
  const file = await download.path();
  expect(readFileSync(file!).subarray(0, 5).toString('latin1')).toBe('%PDF-');
  await expectAccessibleAtEveryWidth(page, 'billing receipts', { dir: artifacts, file: 'bl3-receipts' });

  // a month not closed yet is a problem the resident can read, not a 500
  const now = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Moscow' }).format(new Date()).slice(0, 7);
  const notClosed = await page.request.get(`/api/billing/v1/accounts/${ACCOUNT}/receipts/${now}`, {
    headers: { Accept: 'application/json, application/problem+json', 'X-Requested-With': 'XMLHttpRequest' },
  });
  expect(notClosed.status()).toBe(404);
  expect((await notClosed.json()).type).toMatch(/receipt-period-not-closed$/);
});

test('BL-4 BL-5 tariffs and penalties explained, in English too', async ({ page }) => {
  await logIn(page);
  await page.goto(`/accounts/${ACCOUNT}/billing/penalties`);
  await expect(page.getByTestId('penalties-total')).toContainText('Всего пени');
  await expectAccessibleAtEveryWidth(page, 'billing penalties', { dir: artifacts, file: 'bl5-penalties' });

  await page.getByRole('link', { name: 'Тарифы' }).click();
  await expect(page.getByTestId('tariffs-table')).toContainText('Электроэнергия');
  await expectAccessibleAtEveryWidth(page, 'billing tariffs', { dir: artifacts, file: 'bl4-tariffs' });

  // in English
  await page.getByRole('button', { name: 'EN' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { level: 2, name: 'Tariffs' })).toBeVisible();
  await expect(page.getByTestId('tariffs-table')).toContainText('Electricity');
  await page.getByRole('link', { name: 'History' }).click();
  await page.getByTestId('history-table').locator('tr[data-period]').nth(1).getByRole('button', { name: /^Open / }).click();
  await expect(page.getByTestId('services-shares')).toContainText('Electricity');
  await expectAccessibleAtEveryWidth(page, 'billing history (English)');

  // back to Russian for the specs after this one (the choice is remembered in localStorage)
  await page.getByRole('button', { name: 'RU' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
});

test('UX-3 BL-1 BL-2 settlements and history print on A4 portrait: no table wider than the page', async ({ page }) => {
  test.setTimeout(120_000);
  await logIn(page);
  for (const [view, table] of [
    ['settlements', 'settlements-table'],
    ['history', 'history-table'],
  ]) {
    await page.goto(`/accounts/${ACCOUNT}/billing/${view}`);
    await expect(page.getByTestId(table)).toBeVisible();
    // A4 at 96 px per inch is 794 px wide; the print stylesheet's 10 mm margins leave 718 px for the content
    await page.emulateMedia({ media: 'print' });
    await page.setViewportSize({ width: 718, height: 1000 });
    const cut = await page.evaluate(
      () =>
        [...document.querySelectorAll('table')].filter(
          (t) => t.getBoundingClientRect().right > document.documentElement.clientWidth + 1,
        ).length,
    );
    expect(cut, `${view}: tables wider than the printed page`).toBe(0);
    await expect(page.locator('.billing-tabs')).toBeHidden();
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: false });
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    await page.emulateMedia({ media: 'screen' });
    await page.setViewportSize({ width: 1280, height: 800 });
  }
});
