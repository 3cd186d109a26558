import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';
import { expectAccessibleAtEveryWidth } from './support/accessibility';
import { logIn } from './support/session';

/**
 * Issue 7, AC-4 / BO-5: ivanova asks for a specialist to seal a meter of 1000000011. A past day is refused next to
 * its field; a request for tomorrow is sent, shows in "My requests" as sent, and the demo back office (backoffice-demo,
 * 5 s then 20 s by default) accepts it with a slot and then marks it done — the page follows without a reload.
 * axe-clean at 1280 and 375 px.
 */
const artifacts = fileURLToPath(new URL('../artifacts/', import.meta.url));
mkdirSync(artifacts, { recursive: true });

const ACCOUNT = '1000000011';

/** yyyy-mm-dd `offset` days from today in the utility's zone (account-service decides "tomorrow" in Moscow time). */
function isoDay(offset: number): string {
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Moscow' }).format(new Date());
  const [y, m, d] = today.split('-').map(Number);
  const day = new Date(Date.UTC(y, m - 1, d + offset));
  return day.toISOString().slice(0, 10);
}

test('AC-4 a specialist visit is requested, accepted with a slot by the back office, then done', async ({ page }) => {
  test.setTimeout(120_000);
  await logIn(page);
  await page.goto(`/accounts/${ACCOUNT}`);
  await page.getByRole('link', { name: 'Вызов специалиста' }).click();
  await expect(page).toHaveURL(`/accounts/${ACCOUNT}/visits`);
  await expect(page.getByRole('heading', { level: 1, name: 'Вызов специалиста' })).toBeVisible();

  await page.getByLabel('Опломбировать счётчик').check();
  await page.getByLabel('Удобно с').fill(isoDay(-1));
  await page.getByLabel('Удобно по').fill(isoDay(2));
  await page.getByRole('button', { name: 'Отправить заявку' }).click();
  await expect(page.getByTestId('error-preferredFrom')).toHaveText('Удобные дни — начиная с завтрашнего.');
  await expectAccessibleAtEveryWidth(page, 'visit form with a field error', { dir: artifacts, file: 'ac4-visit-error' });

  await page.getByLabel('Удобно с').fill(isoDay(1));
  await page.getByLabel('Телефон для связи').fill('9160000011');
  await page.getByLabel(/Комментарий/).fill('Домофон 12');
  await page.getByRole('button', { name: 'Отправить заявку' }).click();
  await expect(page.getByRole('status').getByText(/Заявка отправлена/)).toBeVisible();

  const newest = page.getByTestId('visit-request').first();
  await expect(newest).toContainText('Опломбировать счётчик');
  await expect(newest.locator('[data-status]')).toHaveText(/Отправлена|Принята/);

  // the demo back office answers: accepted with a slot on the first day that suits, then done
  await expect(newest.locator('[data-status]')).toHaveText(/Принята|Выполнена/, { timeout: 30_000 });
  await expect(newest.getByTestId('visit-slot')).toContainText('Специалист придёт');
  await expect(newest.locator('[data-status]')).toHaveText('Выполнена', { timeout: 60_000 });

  await expectAccessibleAtEveryWidth(page, 'visits', { dir: artifacts, file: 'ac4-visits' });
});
