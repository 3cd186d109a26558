// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import type { ReactElement } from 'react';
import { MemoryRouter } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

const server = await vi.hoisted(async () => (await import('../test/fakeServer')).installFakeServer());

import i18n from '../i18n';
import { SessionProvider } from '../session/SessionProvider';
import { FaqPage, GuidePage, OfficesPage } from './HelpPages';

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

function gateway(request: Request): Response {
  const path = new URL(request.url).pathname;
  if (path === '/bff/session') return json(200, { authenticated: false });
  if (path === '/api/account/v1/offices')
    return json(200, [
      {
        id: 1,
        position: 1,
        name: 'Центральный офис обслуживания',
        address: 'г. Москва, ул. Лесная, д. 20, стр. 1',
        hours: ['Пн–Чт 8:00–17:00', 'Пт 8:00–15:45'],
        phone: '+74951234500',
        note: null,
      },
    ]);
  if (path === '/api/account/v1/contacts')
    return json(200, [{ label: 'Единый контактный центр', phone: '+78001234567', email: null, hours: 'Круглосуточно' }]);
  if (path === '/api/account/v1/faq')
    return json(200, [
      { id: 1, type: 'READINGS', position: 1, question: 'До какого числа передавать показания?', answer: 'С 15 по 25.' },
      { id: 2, type: 'PAYMENTS', position: 1, question: 'Когда оплата появится?', answer: 'До 24 часов.' },
    ]);
  return json(404, {});
}

function show(page: ReactElement, path: string) {
  render(
    <SessionProvider>
      <MemoryRouter initialEntries={[path]}>{page}</MemoryRouter>
    </SessionProvider>,
  );
}

beforeEach(async () => {
  await i18n.changeLanguage('ru');
  server.respond = gateway;
});
afterEach(() => cleanup());

describe('AC-6 help without logging in', () => {
  it('AC-6 the offices page lists offices with address and working hours, and the contacts', async () => {
    show(<OfficesPage />, '/offices');
    expect(screen.getByRole('heading', { level: 1, name: 'Офисы обслуживания и контакты' })).toBeTruthy();
    const office = await screen.findByTestId('office');
    expect(within(office).getByRole('heading', { level: 3 }).textContent).toBe('Центральный офис обслуживания');
    expect(office.querySelector('address')?.textContent).toBe('г. Москва, ул. Лесная, д. 20, стр. 1');
    expect([...office.querySelectorAll('.help-hours li')].map((li) => li.textContent)).toEqual([
      'Пн–Чт 8:00–17:00',
      'Пт 8:00–15:45',
    ]);
    expect(within(office).getByRole('link').getAttribute('href')).toBe('tel:+74951234500');
    expect((await screen.findByTestId('contacts')).textContent).toContain('Единый контактный центр');
    expect(screen.getByRole('navigation', { name: 'Справка' })).toBeTruthy();
  });

  it('AC-6 the FAQ page groups the answers by topic, each behind its question', async () => {
    show(<FaqPage />, '/faq');
    const readings = await screen.findByTestId('faq-READINGS');
    expect(within(readings).getByRole('heading', { level: 2 }).textContent).toBe('Показания');
    const entry = readings.querySelector('details')!;
    expect(entry.open).toBe(false);
    expect(entry.querySelector('summary')?.textContent).toBe('До какого числа передавать показания?');
    expect(screen.getByTestId('faq-PAYMENTS')).toBeTruthy();
  });

  it('AC-6 the user guide has its sections and can be printed or saved as PDF', () => {
    show(<GuidePage />, '/guide');
    expect(screen.getByRole('heading', { level: 1, name: 'Руководство пользователя' })).toBeTruthy();
    expect(screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toContain('Передача показаний');
    expect(screen.getByRole('button', { name: 'Распечатать или сохранить в PDF' })).toBeTruthy();
  });
});
