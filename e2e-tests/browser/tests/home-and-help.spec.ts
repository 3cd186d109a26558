import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';
import { expectAccessibleAtEveryWidth } from './support/accessibility';
import { logIn } from './support/session';

/**
 * Issue 7, AC-2: the home page of a logged-in resident — quick "submit readings" and "pay", the settlements per
 * service (collapsed, with a debt, an overpayment or "no debt" in words), the latest receipts (links to the receipts
 * page), or honest empty states while billing has charged nothing. AC-6: offices, contacts, FAQ and the user guide
 * without logging in, their data through the gateway's public API. Russian first, 375 px, axe clean.
 */
const artifacts = fileURLToPath(new URL('../artifacts/', import.meta.url));
mkdirSync(artifacts, { recursive: true });

const ACCOUNT = '1000000011';
const NBSP = '\u00a0';

test('AC-2 the home page: quick actions, settlements collapsed per service, latest receipts', async ({ page }) => {
  await logIn(page);
  await page.goto(`/accounts/${ACCOUNT}`);
  await expect(page.getByRole('heading', { level: 1, name: `Лицевой счёт №${NBSP}${ACCOUNT}` })).toBeVisible();

  const actions = page.getByRole('navigation', { name: 'Быстрые действия' });
  await expect(actions.getByRole('link', { name: /^Оплатить/ })).toHaveAttribute('href', `/accounts/${ACCOUNT}/pay`);

  const settlements = page.getByRole('region', { name: 'Расчёты по услугам' });
  await expect(settlements).toBeVisible();
  // billing answers either charge lines or nothing yet: the page says which, never a blank
  await expect(settlements.locator('details.settlement').first().or(settlements.getByText('Начислений пока нет'))).toBeVisible();
  const services = settlements.locator('details.settlement');
  if ((await services.count()) > 0) {
    await expect(page.getByTestId('settlements-total')).toHaveText(/^(К оплате: |Переплата: |Задолженности нет)/);
    const first = services.first();
    await expect(first).not.toHaveAttribute('open', ''); // collapsed per service (manual 004)
    await expect(first.locator('summary')).toHaveText(/(Долг |Переплата |Долга нет)/);
    await first.locator('summary').click();
    await expect(first.getByText('Начислено').first()).toBeVisible();
  }

  const receipts = page.getByRole('region', { name: 'Последние квитанции' });
  await expect(receipts.getByRole('link', { name: 'Все квитанции' })).toHaveAttribute('href', `/accounts/${ACCOUNT}/billing/receipts`);
  // the demo's closed months (billing's receipts list): each opens its PDF in a new tab
  await expect(receipts.getByRole('link', { name: /^Квитанция за / }).first()).toHaveAttribute(
    'href',
    new RegExp(`^/api/billing/v1/accounts/${ACCOUNT}/receipts/\\d{4}-\\d{2}$`),
  );

  await expectAccessibleAtEveryWidth(page, 'home page', { dir: artifacts, file: 'ac2-home' });
  await page.setViewportSize({ width: 375, height: 812 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  await page.setViewportSize({ width: 1280, height: 900 });

  // "submit readings" takes the resident to the meters and their forms on the same page
  await actions.getByRole('link', { name: 'Передать показания' }).click();
  await expect(page).toHaveURL(new RegExp(`/accounts/${ACCOUNT}#meters-title$`));
  await expect(page.getByRole('heading', { level: 2, name: 'Приборы учёта', exact: true })).toBeInViewport();
});

test('AC-6 offices, contacts, FAQ and the user guide without logging in', async ({ page }) => {
  await page.goto('/');
  const footer = page.getByRole('navigation', { name: 'Справочные разделы' });

  await footer.getByRole('link', { name: 'Офисы и контакты' }).click();
  await expect(page).toHaveURL(/\/offices$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Офисы обслуживания и контакты' })).toBeVisible();
  const office = page.getByTestId('office').first();
  await expect(office.getByRole('heading', { level: 3 })).toHaveText('Центральный офис обслуживания');
  await expect(office.locator('address')).toHaveText('г. Москва, ул. Лесная, д. 20, стр. 1');
  await expect(office.locator('.help-hours li').first()).toHaveText('Пн–Чт 8:00–17:00');
  await expect(page.getByTestId('contacts')).toContainText('Единый контактный центр');
  await expectAccessibleAtEveryWidth(page, 'offices and contacts', { dir: artifacts, file: 'ac6-offices' });

  await page.getByRole('navigation', { name: 'Справка' }).getByRole('link', { name: 'Вопросы и ответы' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Вопросы и ответы' })).toBeVisible();
  const question = page.getByText('До какого числа передавать показания?');
  await question.click();
  await expect(page.getByText(/Показания принимаются ежемесячно с 15 по 25 число/)).toBeVisible();
  await expectAccessibleAtEveryWidth(page, 'FAQ', { dir: artifacts, file: 'ac6-faq' });

  await page.getByRole('navigation', { name: 'Справка' }).getByRole('link', { name: 'Руководство пользователя' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Руководство пользователя' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Передача показаний' })).toBeVisible();
  await expectAccessibleAtEveryWidth(page, 'user guide', { dir: artifacts, file: 'ac6-guide' });

  // the data came through the gateway's public API, without a session
  const offices = await page.request.get('/api/account/v1/offices', { headers: { 'X-Requested-With': 'XMLHttpRequest' } });
  expect(offices.status()).toBe(200);
  const accounts = await page.request.get('/api/account/v1/accounts', { headers: { 'X-Requested-With': 'XMLHttpRequest' } });
  expect(accounts.status()).toBe(401);
});
