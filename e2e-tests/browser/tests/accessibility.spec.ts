import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';
import { expectAccessible, expectAccessibleAtEveryWidth } from './support/accessibility';
import { logIn } from './support/session';

/**
 * Issue 5, "Accessibility of what exists": every page of the web client, logged out and in, in
 * Russian and English, at 1280 px and on a 375 px phone, has no serious or critical axe-core
 * violation. A page added later gets its own line here (and every spec checks what it shows).
 */
const artifacts = fileURLToPath(new URL('../artifacts/', import.meta.url));
mkdirSync(artifacts, { recursive: true });

const OWN_ACCOUNT = '1000000011';
const FOREIGN_ACCOUNT = '2000000021';

test('UX a11y: the pages a visitor sees (landing, not found, registration by e-mail, English) have no serious axe violation', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('main').getByRole('link', { name: 'Войти' })).toBeVisible();
  await expectAccessibleAtEveryWidth(page, 'landing', { dir: artifacts, file: 'a11y-landing' });

  await page.goto('/no-such-page');
  await expect(page.getByRole('heading', { level: 1, name: 'Страница не найдена' })).toBeVisible();
  await expectAccessibleAtEveryWidth(page, 'not found', { dir: artifacts, file: 'a11y-not-found' });

  // ID-2 registration by login and e-mail: the form, then sent empty so every field shows its problem
  await page.goto('/register/email');
  await expect(page.getByRole('heading', { level: 1, name: 'Регистрация по электронной почте' })).toBeVisible();
  await expectAccessibleAtEveryWidth(page, 'registration by e-mail', { dir: artifacts, file: 'a11y-register-email' });
  await page.locator('form').getByRole('button', { name: 'Зарегистрироваться' }).click();
  await expect(page.locator('[aria-invalid="true"]').first()).toBeVisible();
  await expectAccessibleAtEveryWidth(page, 'registration by e-mail with field problems');

  await page.goto('/');
  await page.getByRole('button', { name: 'EN' }).click();
  await expect(page.getByRole('main').getByRole('link', { name: 'Log in' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expectAccessibleAtEveryWidth(page, 'landing (English)', { dir: artifacts, file: 'a11y-landing-en' });

  await page.goto('/no-such-page');
  await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
  await expectAccessible(page, 'not found (English)');
});

test('UX a11y: the pages a resident sees (account, foreign account, not found, English) have no serious axe violation', async ({
  page,
}) => {
  await logIn(page);
  await page.goto(`/accounts/${OWN_ACCOUNT}`);
  await expect(page.getByTestId('account-address')).toBeVisible();
  await expect(page.getByTestId('meter-101')).toBeVisible();
  await expect(page.getByTestId('reading-row').first().or(page.getByText('Показаний пока нет'))).toBeVisible();
  await expectAccessibleAtEveryWidth(page, 'account', { dir: artifacts, file: 'a11y-account' });

  // the form's format hint next to the field (nothing is sent)
  const meter = page.getByTestId('meter-101');
  await meter.getByLabel('Показание', { exact: true }).fill('12a');
  await meter.getByRole('button', { name: 'Передать показания' }).click();
  await expect(meter.getByTestId('error-values.T1')).toBeVisible();
  await expectAccessibleAtEveryWidth(page, 'account with a format hint');

  await page.goto(`/accounts/${FOREIGN_ACCOUNT}`);
  await expect(page.getByText(`Лицевой счёт № ${FOREIGN_ACCOUNT} не привязан к вашей учётной записи.`)).toBeVisible();
  await expectAccessibleAtEveryWidth(page, 'foreign account', { dir: artifacts, file: 'a11y-foreign' });

  await page.goto('/no-such-page');
  await expect(page.getByRole('heading', { level: 1, name: 'Страница не найдена' })).toBeVisible();
  await expect(page.getByTestId('user-name')).toBeAttached();
  await expectAccessibleAtEveryWidth(page, 'not found (logged in)');

  await page.goto(`/accounts/${OWN_ACCOUNT}`);
  await page.getByRole('button', { name: 'EN' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByTestId('meter-101').getByRole('button', { name: 'Submit readings' })).toBeVisible();
  await expect(page.getByTestId('account-address')).toBeVisible();
  await expectAccessibleAtEveryWidth(page, 'account (English)', { dir: artifacts, file: 'a11y-account-en' });

  await page.goto(`/accounts/${FOREIGN_ACCOUNT}`);
  await expect(page.getByText(`Account No. ${FOREIGN_ACCOUNT}`, { exact: false })).toBeVisible();
  await expectAccessible(page, 'foreign account (English)');
});

test('UX a11y: the error states (server unreachable, a service failing) have no serious axe violation', async ({ page }) => {
  // the session cannot be read: the start page says so and offers a retry
  await page.route('**/bff/session', (route) => route.abort('connectionrefused'));
  await page.goto('/');
  await expect(page.getByRole('alert')).toContainText('Не удалось связаться с сервером');
  await expectAccessibleAtEveryWidth(page, 'start page without a server', { dir: artifacts, file: 'a11y-no-server' });
  await page.unroute('**/bff/session');

  // logged in, metering answers with a problem: each section shows it with its trace id and a retry
  await logIn(page);
  await page.route('**/api/metering/**', (route) =>
    route.fulfill({
      status: 503,
      contentType: 'application/problem+json',
      body: JSON.stringify({
        type: 'https://kabinet.dev/problems/service-unavailable',
        status: 503,
        detail: 'Сервис временно недоступен. Повторите попытку позже.',
        traceId: '0af7651916cd43dd8448eb211c80319c',
      }),
    }),
  );
  await page.goto(`/accounts/${OWN_ACCOUNT}`);
  await expect(page.getByTestId('account-address')).toBeVisible();
  await expect(page.getByRole('alert').first()).toContainText('Сервис временно недоступен');
  await expectAccessibleAtEveryWidth(page, 'account with a failing service', { dir: artifacts, file: 'a11y-service-down' });
});
