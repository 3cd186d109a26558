import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { expectAccessible, expectAccessibleAtEveryWidth } from './support/accessibility';

/**
 * Issue 10, PY-3: the test acquirer's hosted card page on its own (test-acquirer/, port 8088, KABINET_ACQUIRER_URL):
 * an order registered through the gateway protocol, the card page axe-clean at 1280 and 375 px, its error summary, a
 * declined card back to failUrl, a retry as a new order through 3-D Secure back to returnUrl, and the order paid.
 * The merchant's pages are stubbed (page.route), so only the acquirer needs to run.
 */
const artifacts = fileURLToPath(new URL('../artifacts/', import.meta.url));
mkdirSync(artifacts, { recursive: true });

/** The acquirer's origin: KABINET_ACQUIRER_URL is the apps' setting, the protocol's base (…/payment/rest/). */
const ACQUIRER = new URL(process.env.KABINET_ACQUIRER_URL ?? 'http://127.0.0.1:8088').origin;
const MERCHANT = 'http://merchant.kabinet.test';
const LOGIN = { userName: 'kabinet-api', password: 'kabinet-acquirer-dev' };

async function register(request: APIRequestContext, amount: number): Promise<{ orderId: string; formUrl: string }> {
  const answer = await request.post(`${ACQUIRER}/payment/rest/register.do`, {
    form: {
      ...LOGIN,
      orderNumber: `pw-${Date.now()}-${Math.floor(Math.random() * 1e6)}`,
      amount: String(amount),
      currency: '643',
      returnUrl: `${MERCHANT}/ok`,
      failUrl: `${MERCHANT}/fail`,
      description: 'Электроэнергия, л/с 1000000011',
    },
  });
  expect(answer.ok()).toBe(true);
  const body = await answer.json();
  expect(body.errorCode, JSON.stringify(body)).toBeUndefined();
  // formUrl carries the acquirer's public URL; a run against another port keeps only its path
  return { orderId: body.orderId, formUrl: ACQUIRER + new URL(body.formUrl).pathname + new URL(body.formUrl).search };
}

async function stubMerchant(page: Page): Promise<void> {
  await page.route(`${MERCHANT}/**`, (route) =>
    route.fulfill({
      contentType: 'text/html; charset=utf-8',
      body: '<!DOCTYPE html><html lang="ru"><head><title>Магазин</title></head><body><main><h1>Магазин</h1></main></body></html>',
    }),
  );
}

async function fillCard(page: Page, pan: string): Promise<void> {
  await page.getByLabel('Номер карты').fill(pan);
  await page.getByLabel('Месяц').fill('12');
  await page.getByLabel('Год').fill('35');
  await page.getByLabel('CVC/CVV').fill('123');
  await page.getByLabel('Владелец карты').fill('ANNA IVANOVA');
}

test('PY-3 the hosted card page: accessible, refuses a bad card, a decline then a 3-D Secure payment', async ({
  page,
  request,
}) => {
  await stubMerchant(page);
  const declined = await register(request, 123456);
  await page.goto(declined.formUrl);
  await expect(page.getByRole('heading', { name: 'Оплата картой' })).toBeVisible();
  await expect(page.getByText('1 234,56 ₽').first()).toBeVisible();
  await expectAccessibleAtEveryWidth(page, 'acquirer card page', { dir: artifacts, file: 'acquirer-card' });

  await page.getByLabel('Номер карты').fill('4111 1111 1111 1112');
  await page.getByRole('button', { name: /Оплатить/ }).click();
  await expect(page.getByRole('alert')).toContainText('Номер карты введён с ошибкой');
  await expect(page.getByLabel('Номер карты')).toHaveAttribute('aria-invalid', 'true');
  await expectAccessibleAtEveryWidth(page, 'acquirer card page with errors', { dir: artifacts, file: 'acquirer-errors' });

  await fillCard(page, '4000 0000 0000 0010');
  await page.getByRole('button', { name: /Оплатить/ }).click();
  await expect(page).toHaveURL(`${MERCHANT}/fail?orderId=${declined.orderId}&lang=ru`);

  const retry = await register(request, 123456);
  await page.goto(retry.formUrl);
  await fillCard(page, '4000 0000 0000 0002');
  await page.getByRole('button', { name: /Оплатить/ }).click();
  await expect(page.getByRole('heading', { name: 'Подтверждение платежа' })).toBeVisible();
  await expectAccessibleAtEveryWidth(page, 'acquirer 3-D Secure page', { dir: artifacts, file: 'acquirer-3ds' });
  await page.getByLabel('Код из SMS').fill('12345678');
  await page.getByRole('button', { name: 'Подтвердить' }).click();
  await expect(page).toHaveURL(`${MERCHANT}/ok?orderId=${retry.orderId}&lang=ru`);

  const status = await (
    await request.post(`${ACQUIRER}/payment/rest/getOrderStatusExtended.do`, { form: { ...LOGIN, orderId: retry.orderId } })
  ).json();
  expect(status.orderStatus).toBe(2);
  expect(status.cardAuthInfo.maskedPan).toBe('400000**0002');

  await page.goto(retry.formUrl);
  await expect(page.getByRole('heading', { name: 'Заказ оплачен' })).toBeVisible();
  await expectAccessible(page, 'acquirer paid order page');
});
