import { expect, test, type Page } from '@playwright/test';
import { expectAccessibleAtEveryWidth } from './support/accessibility';
import { logIn, PASSWORD } from './support/session';

/**
 * Issue 8, a reading's life after it is submitted, in a real browser with the demo back office deciding (it decides a
 * reading `decide-after` = 10 s after it was submitted, by a visible rule: refused when a zone's consumption is more
 * than 5× the meter's average monthly one, else accepted — ADR 0017):
 * - BO-2 MT-3: a plausible reading goes from «В обработке» to «Принято» in the cabinet, with its channel;
 * - MT-4: a reading still shown «в обработке» but decided by the back office meanwhile cannot be deleted: metering
 *   refuses and the row says why.
 * Petrov's single-rate meter 201 (account 2000000021, 5 digits, no decimals), so this spec shares no meter with
 * reading-rules / reading-decisions (ivanova's 102) or the benchmark (101); each run submits above the highest value
 * the page shows, so it can be run again and again on the same stack. A reading given outside the submission window
 * (15–25 in Moscow) is still stored and decided; it only counts for the next period, so the spec holds on any day.
 */
const ACCOUNT = '2000000021';
const METER = 201;

async function loginAsPetrov(page: Page) {
  await logIn(page, 'petrov', PASSWORD);
  if (!page.url().endsWith(`/accounts/${ACCOUNT}`)) {
    await page.getByRole('combobox', { name: 'Лицевой счёт' }).selectOption(ACCOUNT);
  }
  await expect(page).toHaveURL(new RegExp(`/accounts/${ACCOUNT}$`));
}

/** The highest value meter 201 shows (its last accepted one and every reading in the list not refused). */
async function newest(page: Page): Promise<number> {
  const meter = page.getByTestId(`meter-${METER}`);
  await expect(meter).toBeVisible();
  await expect(page.getByTestId('reading-row').first().or(page.getByText('Показаний пока нет'))).toBeVisible();
  const values = [
    (await meter.getByTestId('meter-last-T1').getAttribute('data-value')) ?? '0',
    ...(await page
      .locator(`[data-testid="reading-row"][data-meter-id="${METER}"]:not(:has([data-status="REJECTED"])) [data-zone="T1"]`)
      .evaluateAll((cells) => cells.map((cell) => cell.getAttribute('data-value') ?? '0'))),
  ];
  return Math.max(...values.map((v) => Math.floor(Number(v))));
}

/** Submits `value` on meter 201 and returns its row (found by the reading id metering answered). */
async function submit(page: Page, value: number) {
  const meter = page.getByTestId(`meter-${METER}`);
  await meter.getByLabel('Показание', { exact: true }).fill(String(value));
  const answer = page.waitForResponse(
    (r) => r.request().method() === 'POST' && r.url().includes(`/meters/${METER}/readings`) && r.status() === 201,
  );
  await meter.getByRole('button', { name: 'Передать показания' }).click();
  const id = ((await (await answer).json()) as { id: string }).id;
  await expect(meter.getByRole('status').getByText('Показания переданы')).toBeVisible();
  const row = page.locator(`[data-testid="reading-row"][data-reading-id="${id}"]`);
  await expect(row).toBeVisible();
  await expect(row.locator('[data-zone="T1"]')).toHaveAttribute('data-value', String(value));
  return { id, row };
}

/** Waits, without touching the page, until metering has the back office's decision on reading `id`. */
async function decided(page: Page, id: string): Promise<string> {
  let status = 'IN_PROCESSING';
  await expect(async () => {
    const response = await page.request.get(`/api/metering/v1/accounts/${ACCOUNT}/readings?size=50`);
    expect(response.ok()).toBe(true);
    const found = ((await response.json()) as { id: string; status: string }[]).find((r) => r.id === id);
    status = found?.status ?? 'MISSING';
    expect(status).not.toBe('IN_PROCESSING');
  }).toPass({ timeout: 60_000, intervals: [2_000] });
  return status;
}

test('BO-2 MT-3: the demo back office accepts a plausible reading; the cabinet shows «Принято» and the channel', async ({
  page,
}) => {
  await loginAsPetrov(page);
  const { row } = await submit(page, (await newest(page)) + 3);
  await expect(row.getByText('В обработке')).toBeVisible();
  await expect(row.getByText('Личный кабинет')).toBeVisible();

  await expect(async () => {
    await page.reload();
    await expect(row.locator('[data-status]')).toHaveAttribute('data-status', 'ACCEPTED', { timeout: 3_000 });
  }).toPass({ timeout: 60_000 });
  await expect(row.getByText('Принято')).toBeVisible();
  await expect(row.getByTestId('rejection-reason')).toHaveCount(0);
  await expect(row.getByTestId('delete-reading')).toHaveCount(0); // MT-4: decided, so no «Удалить»
  await expectAccessibleAtEveryWidth(page, 'a reading accepted by the back office');
});

test('MT-4: a reading the back office decided while the page still shows it in processing is not deleted; the row says why', async ({
  page,
}) => {
  await loginAsPetrov(page);
  const { id, row } = await submit(page, (await newest(page)) + 3);
  const remove = row.getByTestId('delete-reading');
  await expect(remove).toBeVisible();

  // the page is not reloaded: it still offers «Удалить» once the back office has decided
  expect(await decided(page, id)).toBe('ACCEPTED');
  await remove.click();
  await expect(row.getByRole('group', { name: 'Удалить это показание?' })).toBeVisible();
  await row.getByRole('button', { name: 'Да, удалить' }).click();

  // the list reloads and shows the decision; the row keeps metering's explanation (no «Удалить» any more)
  await expect(row.locator('[data-status]')).toHaveAttribute('data-status', 'ACCEPTED');
  await expect(row.getByTestId('delete-refused')).toHaveText('По этому показанию уже принято решение (принято).');
  await expect(row.getByRole('alert')).toBeVisible();
  await expect(row.getByTestId('delete-reading')).toHaveCount(0);
  await expectAccessibleAtEveryWidth(page, 'a deletion refused once decided');

  await page.reload();
  await expect(page.locator(`[data-testid="reading-row"][data-reading-id="${id}"]`)).toBeVisible();
});
