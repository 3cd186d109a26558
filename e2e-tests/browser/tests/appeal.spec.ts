import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';
import { expectAccessibleAtEveryWidth } from './support/accessibility';
import { logIn } from './support/session';

/**
 * Issue 7, AC-5 / BO-5: ivanova picks the appeal type "the personal account site", reads its FAQ answers first, then
 * writes to technical support with a screenshot. A PDF renamed .png is refused next to the files; the real PNG is
 * sent, listed as a download, and the demo back office (backoffice-demo, 5 s then 15 s) takes it up and answers — the
 * page follows without a reload. axe-clean at 1280 and 375 px.
 */
const artifacts = fileURLToPath(new URL('../artifacts/', import.meta.url));
mkdirSync(artifacts, { recursive: true });

const ACCOUNT = '1000000011';
// a 1×1 transparent PNG
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=',
  'base64',
);
const PDF = Buffer.from('%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n');

test('AC-5 an appeal with a screenshot: FAQ first, then sent, taken up and answered by the back office', async ({ page }) => {
  test.setTimeout(120_000);
  await logIn(page);
  await page.goto(`/accounts/${ACCOUNT}`);
  await page.getByRole('link', { name: 'Обращения' }).click();
  await expect(page).toHaveURL(`/accounts/${ACCOUNT}/appeals`);

  // the FAQ answers of the type come first
  await page.getByLabel('Тип обращения').selectOption('PORTAL');
  const faq = page.getByTestId('faq');
  await expect(faq.getByText('Как приложить снимок экрана?')).toBeVisible();
  await faq.getByText('Как приложить снимок экрана?').click();
  await expect(faq.getByText(/до 3 файлов/)).toBeVisible();
  await page.getByRole('button', { name: 'Не нашли ответ — написать обращение' }).click();
  await expect(page.getByLabel(/Техническая поддержка/)).toBeChecked();

  // a PDF behind a .png name is refused by the service, next to the files
  await page.getByLabel('Вопрос', { exact: true }).fill('При передаче показаний страница показывает ошибку.');
  await page.getByLabel(/Файлы/).setInputFiles([{ name: 'screen.png', mimeType: 'image/png', buffer: PDF }]);
  await page.getByRole('button', { name: 'Отправить обращение' }).click();
  await expect(page.getByTestId('error-files')).toContainText('screen.png');
  await expectAccessibleAtEveryWidth(page, 'appeal form with a file refused', { dir: artifacts, file: 'ac5-appeal-error' });

  // the real screenshot is taken
  await page.getByLabel(/Файлы/).setInputFiles([{ name: 'screen.png', mimeType: 'image/png', buffer: PNG }]);
  await page.getByRole('button', { name: 'Отправить обращение' }).click();
  await expect(page.getByRole('status').getByText(/Обращение отправлено/)).toBeVisible();

  const newest = page.getByTestId('appeal').first();
  await expect(newest).toContainText('При передаче показаний страница показывает ошибку.');
  const link = newest.getByRole('link', { name: 'screen.png' });
  await expect(link).toHaveAttribute('download', 'screen.png');

  // the file comes back only as a download, typed by its content
  const download = await page.request.get(await link.getAttribute('href') ?? '');
  expect(download.status()).toBe(200);
  expect(download.headers()['content-type']).toBe('image/png');
  expect(download.headers()['content-disposition']).toMatch(/^attachment;/);
  expect(download.headers()['x-content-type-options']).toBe('nosniff');

  // the demo back office takes it up, then answers
  await expect(newest.locator('[data-status]')).toHaveText(/В работе|Дан ответ/, { timeout: 30_000 });
  await expect(newest.locator('[data-status]')).toHaveText('Дан ответ', { timeout: 60_000 });
  await expect(newest.getByTestId('appeal-answer')).toContainText('Техническая поддержка');

  await expectAccessibleAtEveryWidth(page, 'appeals', { dir: artifacts, file: 'ac5-appeals' });
});
