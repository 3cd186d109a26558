import { expect, test } from '@playwright/test';
import { expectAccessibleAtEveryWidth } from './support/accessibility';

/**
 * Issue 10, PY-2: the payment terms (refunds included, PY-9) and the payment-security statement are public pages —
 * a visitor reads them without logging in; Russian first, 375 px, axe clean.
 */
test('PY-2 the payment terms and refund policy, read without a login', async ({ page }) => {
  await page.goto('/payments/terms');
  await expect(page.getByRole('heading', { level: 1, name: 'Условия оплаты и возврата' })).toBeVisible();
  await expect(page.getByText(/в течение 30 дней после оплаты/)).toBeVisible();
  await expect(page.getByText(/Комиссия не взимается/)).toBeVisible();
  await expectAccessibleAtEveryWidth(page, 'payment terms');

  await page.getByRole('link', { name: 'Безопасность платежей' }).first().click();
  await expect(page).toHaveURL(/\/payments\/security$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Безопасность платежей' })).toBeVisible();
  await expect(page.getByText(/PCI DSS/)).toBeVisible();
  await expect(page.getByText(/3-D Secure/)).toBeVisible();
  await expectAccessibleAtEveryWidth(page, 'payment security');
});
