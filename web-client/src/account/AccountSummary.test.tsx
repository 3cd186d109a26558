// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import i18n from '../i18n';
import type { AccountView } from '../api/types';
import { AccountSummary } from './AccountSummary';

const NBSP = '\u00a0';

/** The demo account 1000000011 of Иванова as GET /api/account/v1/accounts/{number} returns it. */
const ivanova: AccountView = {
  number: '1000000011',
  address: 'г. Москва, ул. Лесная, д. 5, кв. 12',
  ownerName: 'Иванова Анна Сергеевна',
  flatNumber: '12',
  totalArea: 54.3,
  houseArea: 3120,
  rooms: 2,
  residents: 3,
  phone: '+79161234567',
  email: 'ivanova@kabinet.local',
  services: ['ELECTRICITY', 'GAS', 'GAS_EQUIPMENT_MAINTENANCE'],
  closed: false,
  closedOn: null,
};

function show(account: AccountView) {
  render(<AccountSummary number={account.number} account={account} loading={false} error={null} onRetry={() => {}} />);
}

const fact = (testId: string) => screen.getByTestId(testId).textContent;

beforeEach(async () => {
  await i18n.changeLanguage('ru');
});

afterEach(() => {
  cleanup();
});

describe('AC-1 the account page shows everything the account record holds', () => {
  it('AC-1 lists every detail in a description list under a heading, areas written the Russian way', () => {
    show(ivanova);

    expect(screen.getByRole('heading', { level: 1, name: `Лицевой счёт №${NBSP}1000000011` })).toBeTruthy();
    const details = screen.getByRole('heading', { level: 2, name: 'Сведения о лицевом счёте' });
    expect(details).toBeTruthy();
    const list = document.querySelector('dl.summary__facts') as HTMLElement;
    const terms = within(list).getAllByRole('term').map((dt) => dt.textContent);
    expect(terms).toEqual([
      'Адрес',
      'Владелец',
      'Квартира',
      'Площадь квартиры',
      'Площадь дома',
      'Комнат',
      'Зарегистрировано',
      'Телефон',
      'Электронная почта',
      'Состояние',
      'Услуги',
    ]);
    expect(fact('account-address')).toBe('г. Москва, ул. Лесная, д. 5, кв. 12');
    expect(fact('account-owner')).toBe('Иванова Анна Сергеевна');
    expect(fact('account-flat')).toBe('12');
    expect(fact('account-total-area')).toBe(`54,3${NBSP}м²`);
    expect(fact('account-house-area')).toBe(`3${NBSP}120,0${NBSP}м²`);
    expect(fact('account-rooms')).toBe('2');
    expect(fact('account-residents')).toBe('3 человека');
    expect(fact('account-phone')).toBe(`+7${NBSP}916${NBSP}123-45-67`);
    expect(screen.getByRole('link', { name: `+7${NBSP}916${NBSP}123-45-67` }).getAttribute('href')).toBe('tel:+79161234567');
    expect(screen.getByRole('link', { name: 'ivanova@kabinet.local' }).getAttribute('href')).toBe('mailto:ivanova@kabinet.local');
    expect(fact('account-status')).toBe('Открыт');
    expect(fact('account-services')).toBe('ЭлектроснабжениеГазоснабжениеТехобслуживание газового оборудования (ВДГО)');
    expect(screen.queryByTestId('account-closed')).toBeNull();
  });

  it('AC-1 the side panel describes the property in one sentence with a link to the details', () => {
    show(ivanova);

    const panel = screen.getByRole('complementary', { name: 'О помещении' });
    expect(within(panel).getByTestId('property-description').textContent).toBe(
      `Квартира 12, 2 комнаты, 54,3${NBSP}м² из 3${NBSP}120,0${NBSP}м² дома, зарегистрировано 3 человека`,
    );
    expect(within(panel).getByRole('link', { name: 'Подробнее о лицевом счёте' }).getAttribute('href')).toBe('#account-details');
  });

  it.each([
    [1, '1 комната', 'зарегистрирован 1 человек', '1 человек'],
    [2, '2 комнаты', 'зарегистрировано 2 человека', '2 человека'],
    [5, '5 комнат', 'зарегистрировано 5 человек', '5 человек'],
    [11, '11 комнат', 'зарегистрировано 11 человек', '11 человек'],
    [21, '21 комната', 'зарегистрирован 21 человек', '21 человек'],
    [22, '22 комнаты', 'зарегистрировано 22 человека', '22 человека'],
  ])('AC-1 Russian plurals for %i rooms and residents', (count, rooms, registered, residents) => {
    show({ ...ivanova, rooms: count, residents: count });

    const description = fact('property-description') ?? '';
    expect(description).toContain(`, ${rooms}, `);
    expect(description.endsWith(`, ${registered}`)).toBe(true);
    expect(fact('account-residents')).toBe(residents);
  });

  it('AC-1 nobody registered is said in words', () => {
    show({ ...ivanova, residents: 0 });

    expect(fact('property-description')).toMatch(/, никто не зарегистрирован$/);
    expect(fact('account-residents')).toBe('никого');
  });

  it('AC-1 areas sent as decimal strings keep their digits', () => {
    show({ ...ivanova, totalArea: '54.30', houseArea: '12345.6' } as unknown as AccountView);

    expect(fact('account-total-area')).toBe(`54,3${NBSP}м²`);
    expect(fact('account-house-area')).toBe(`12${NBSP}345,6${NBSP}м²`);
  });

  it('AC-1 a closed account says so clearly, with the day it was closed', () => {
    show({ ...ivanova, closed: true, closedOn: '2026-11-30' });

    const notice = screen.getByTestId('account-closed');
    expect(notice.textContent).toContain('Лицевой счёт закрыт с 30.11.2026');
    expect(notice.textContent).toContain('новые показания и оплаты по нему не принимаются');
    expect(fact('account-status')).toBe('Закрыт с 30.11.2026');
  });

  it('AC-1 a closed account without a date is still shown as closed', () => {
    show({ ...ivanova, closed: true, closedOn: null });

    expect(screen.getByTestId('account-closed').textContent).toContain('Лицевой счёт закрыт');
    expect(fact('account-status')).toBe('Закрыт');
  });

  it('AC-1 missing values read «не указано» rather than a blank', () => {
    show({
      ...ivanova,
      flatNumber: null,
      totalArea: null,
      houseArea: null,
      rooms: null,
      phone: null,
      email: null,
      services: [],
    });

    for (const testId of ['account-flat', 'account-total-area', 'account-house-area', 'account-rooms', 'account-phone', 'account-email', 'account-services']) {
      expect(fact(testId), testId).toBe('не указано');
    }
    expect(screen.queryByRole('link', { name: /kabinet\.local/ })).toBeNull();
    expect(fact('property-description')).toBe('Дом, зарегистрировано 3 человека');
  });

  it('AC-1 only the house area: the description still names it', () => {
    show({ ...ivanova, totalArea: null, houseArea: 3120.5, rooms: null });

    expect(fact('property-description')).toBe(`Квартира 12, дом 3${NBSP}120,5${NBSP}м², зарегистрировано 3 человека`);
  });

  it('AC-1 in English: English texts, plurals and number format', async () => {
    await i18n.changeLanguage('en');
    show({ ...ivanova, closed: true, closedOn: '2026-11-30' });

    expect(screen.getByRole('heading', { level: 2, name: 'Account details' })).toBeTruthy();
    expect(fact('account-total-area')).toBe(`54.3${NBSP}m²`);
    expect(fact('account-house-area')).toBe(`3,120.0${NBSP}m²`);
    expect(fact('account-residents')).toBe('3 people');
    expect(fact('account-status')).toBe('Closed since 30.11.2026');
    expect(screen.getByTestId('account-closed').textContent).toContain('This account has been closed since 30.11.2026');
    expect(fact('property-description')).toBe(
      `Flat 12, 2 rooms, 54.3${NBSP}m² of the house's 3,120.0${NBSP}m², 3 people registered`,
    );
    expect(screen.getByRole('complementary', { name: 'About the property' })).toBeTruthy();
  });

  it('AC-1 in English a missing value reads "not specified" and one resident is singular', async () => {
    await i18n.changeLanguage('en');
    show({ ...ivanova, phone: null, rooms: 1, residents: 1 });

    expect(fact('account-phone')).toBe('not specified');
    expect(fact('property-description')).toBe(
      `Flat 12, 1 room, 54.3${NBSP}m² of the house's 3,120.0${NBSP}m², 1 person registered`,
    );
  });
});
