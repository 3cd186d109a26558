import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';
import { expectAccessibleAtEveryWidth } from './support/accessibility';
import { logIn } from './support/session';

/**
 * Issue 7, AC-1: the account page shows everything the account record holds — flat, flat and house area, rooms,
 * registered residents, phone, e-mail, status and services — in a description list, with a side panel describing
 * the property (beside the details at 1280 px, below them on a 375 px phone), in Russian and in English.
 * Written against the demo seed of account-service (db/demo/R__demo_accounts.sql): ivanova's 1000000011.
 */
const artifacts = fileURLToPath(new URL('../artifacts/', import.meta.url));
mkdirSync(artifacts, { recursive: true });

const ACCOUNT = '1000000011';
const NBSP = '\u00a0';

test('AC-1 the account page shows every detail of the record and a side panel describing the property', async ({ page }) => {
  await logIn(page);
  await page.goto(`/accounts/${ACCOUNT}`);

  await expect(page.getByRole('heading', { level: 1, name: `Лицевой счёт №${NBSP}${ACCOUNT}` })).toBeVisible();
  await expect(page.getByTestId('account-address')).toHaveText('г. Москва, ул. Лесная, д. 5, кв. 12');
  await expect(page.getByTestId('account-owner')).toHaveText('Иванова Анна Сергеевна');
  await expect(page.getByTestId('account-flat')).toHaveText('12');
  await expect(page.getByTestId('account-total-area')).toHaveText(`54,3${NBSP}м²`);
  await expect(page.getByTestId('account-house-area')).toHaveText(`3${NBSP}120,5${NBSP}м²`);
  await expect(page.getByTestId('account-rooms')).toHaveText('2');
  await expect(page.getByTestId('account-residents')).toHaveText('3 человека');
  await expect(page.getByTestId('account-phone')).toHaveText(`+7${NBSP}916${NBSP}000-00-11`);
  await expect(page.getByRole('link', { name: 'ivanova@kabinet.local' })).toHaveAttribute('href', 'mailto:ivanova@kabinet.local');
  await expect(page.getByTestId('account-status')).toHaveText('Открыт');
  await expect(page.getByTestId('account-services')).toContainText('Электроснабжение');
  await expect(page.getByTestId('account-closed')).toHaveCount(0);
  await expect(page.getByText('не указано')).toHaveCount(0);

  // a description list under its own heading
  await expect(page.locator('dl.summary__facts dt')).toHaveCount(11);
  await expect(page.getByRole('heading', { level: 2, name: 'Сведения о лицевом счёте' })).toBeAttached();

  // the side panel: one sentence, with a link to the details
  const panel = page.getByRole('complementary', { name: 'О помещении' });
  await expect(panel.getByTestId('property-description')).toHaveText(
    `Квартира 12, 2 комнаты, 54,3${NBSP}м² из 3${NBSP}120,5${NBSP}м² дома, зарегистрировано 3 человека`,
  );
  await expect(panel.getByRole('link', { name: 'Подробнее о лицевом счёте' })).toHaveAttribute('href', '#account-details');

  // beside the details at 1280 px ...
  const details = page.locator('dl.summary__facts');
  let list = await details.boundingBox();
  let aside = await panel.boundingBox();
  expect(list && aside && aside.x >= list.x + list.width - 1, 'the panel is beside the details at 1280 px').toBe(true);

  await expectAccessibleAtEveryWidth(page, 'account details', { dir: artifacts, file: 'ac1-account-details' });

  // ... and below them on a 375 px phone, nothing wider than the screen
  await page.setViewportSize({ width: 375, height: 800 });
  list = await details.boundingBox();
  aside = await panel.boundingBox();
  expect(list && aside && aside.y >= list.y + list.height - 1, 'the panel is below the details at 375 px').toBe(true);
  // the body hides horizontal overflow, so the boxes themselves must fit the phone (a long service name wraps)
  for (const box of [list, aside, await page.getByTestId('account-services').boundingBox()]) {
    expect(box && box.x + box.width <= 375, 'the details fit a 375 px phone').toBe(true);
  }
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  await page.setViewportSize({ width: 1280, height: 900 });

  // in English
  await page.getByRole('button', { name: 'EN' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByTestId('account-total-area')).toHaveText(`54.3${NBSP}m²`);
  await expect(page.getByTestId('account-house-area')).toHaveText(`3,120.5${NBSP}m²`);
  await expect(page.getByTestId('account-residents')).toHaveText('3 people');
  await expect(page.getByRole('complementary', { name: 'About the property' }).getByTestId('property-description')).toHaveText(
    `Flat 12, 2 rooms, 54.3${NBSP}m² of the house's 3,120.5${NBSP}m², 3 people registered`,
  );
  await expectAccessibleAtEveryWidth(page, 'account details (English)');

  // back to Russian for the specs after this one (the choice is remembered in localStorage)
  await page.getByRole('button', { name: 'RU' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
});
