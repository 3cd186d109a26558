// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

const server = await vi.hoisted(async () => (await import('../test/fakeServer')).installFakeServer());

import '../i18n';
import type { MeterView, ReadingView } from '../api/types';
import { ReadingHistory } from './HistoryPage';

const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json', ...headers } });

const me = { username: 'ivanova', name: 'Иванова А. С.', accounts: ['1000000012'] };

const meter: MeterView = {
  id: 102,
  serialNumber: 'ЭМ-102-2021',
  service: 'ELECTRICITY',
  zones: ['T1', 'T2'],
  digitCapacity: 6,
  decimals: 1,
  remote: false,
  retired: false,
  verificationDue: '2031-06-30',
  lastReading: null,
  lastAccepted: null,
  manualReadingRefusal: null,
};

const reading = (n: number, over: Partial<ReadingView> = {}): ReadingView => ({
  id: `r${n}`,
  meterId: 102,
  accountNumber: '1000000012',
  values: { T1: `${5000 + n}.0`, T2: '2000.0' },
  status: 'ACCEPTED',
  channel: 'PORTAL',
  rejectionReason: null,
  submittedAt: `2026-${String(n).padStart(2, '0')}-24T07:00:00Z`,
  period: `2026-${String(n).padStart(2, '0')}`,
  outsideWindow: false,
  rollover: false,
  review: null,
  ...over,
});

const readingRequests = () =>
  server.requests.map((r) => new URL(r.url)).filter((u) => u.pathname.endsWith('/readings'));

function renderAt(url: string) {
  return render(
    <MemoryRouter initialEntries={[url]}>
      <ReadingHistory me={me} number="1000000012" />
    </MemoryRouter>,
  );
}

describe('MT-5 the reading history page', () => {
  beforeEach(() => {
    server.requests.length = 0;
    server.respond = (request) => {
      const url = new URL(request.url);
      if (url.pathname.endsWith('/meters')) return json(200, [meter]);
      if (url.pathname.endsWith('/readings')) {
        return json(200, [reading(10, { status: 'REJECTED', rejectionReason: 'Расход выше обычного' }), reading(9)], {
          'X-Total-Count': '45',
        });
      }
      return json(200, []);
    };
  });
  afterEach(cleanup);

  it('asks metering for the newest first, shows the total, the period and pages', async () => {
    renderAt('/accounts/1000000012/readings');

    expect(await screen.findByText('Найдено показаний: 45')).toBeTruthy();
    const rows = screen.getAllByTestId('history-row');
    expect(rows).toHaveLength(2);
    expect(within(rows[0]).getByText('Отклонено')).toBeTruthy();
    expect(within(rows[0]).getByText(/Расход выше обычного/)).toBeTruthy();
    expect(within(rows[1]).getByText('сентябрь 2026')).toBeTruthy();
    expect(screen.getByText('Страница 1 из 3')).toBeTruthy();
    expect(readingRequests()[0].searchParams.get('sort')).toBe('submittedAt,desc');
    expect(screen.getByRole('columnheader', { name: /Дата/ }).getAttribute('aria-sort')).toBe('descending');
  });

  it('sorts by a column on a click on its header, and flips it on a second click', async () => {
    renderAt('/accounts/1000000012/readings');
    await screen.findByText('Найдено показаний: 45');

    fireEvent.click(screen.getByTestId('sort-status'));
    await waitFor(() => expect(readingRequests().at(-1)?.searchParams.get('sort')).toBe('status,asc'));
    expect(screen.getByRole('columnheader', { name: /Статус/ }).getAttribute('aria-sort')).toBe('ascending');

    fireEvent.click(screen.getByTestId('sort-status'));
    await waitFor(() => expect(readingRequests().at(-1)?.searchParams.get('sort')).toBe('status,desc'));
  });

  it('filters by period, meter and status, and shows the chosen meter\'s detail', async () => {
    renderAt('/accounts/1000000012/readings');
    await screen.findByText('Найдено показаний: 45');
    await screen.findByRole('option', { name: /ЭМ-102-2021/ });

    fireEvent.change(screen.getByLabelText('С даты'), { target: { value: '2026-01-01' } });
    fireEvent.change(screen.getByLabelText('По дату'), { target: { value: '2026-06-30' } });
    fireEvent.change(screen.getByLabelText('Прибор'), { target: { value: '102' } });
    fireEvent.change(screen.getByLabelText('Статус'), { target: { value: 'ACCEPTED' } });
    fireEvent.click(screen.getByRole('button', { name: 'Показать' }));

    await waitFor(() => expect(readingRequests().at(-1)?.searchParams.get('meterId')).toBe('102'));
    const asked = readingRequests().at(-1)!.searchParams;
    expect(asked.get('from')).toBe('2026-01-01');
    expect(asked.get('to')).toBe('2026-06-30');
    expect(asked.get('status')).toBe('ACCEPTED');
    expect(asked.get('page')).toBe('0');
    expect(within(screen.getByTestId('history-meter')).getByText('Двухтарифный (день / ночь)')).toBeTruthy();
  });

  it('refuses a period that ends before it starts, next to the field, and asks nothing', async () => {
    renderAt('/accounts/1000000012/readings');
    await screen.findByText('Найдено показаний: 45');
    const before = readingRequests().length;

    fireEvent.change(screen.getByLabelText('С даты'), { target: { value: '2026-07-01' } });
    fireEvent.change(screen.getByLabelText('По дату'), { target: { value: '2026-06-30' } });
    fireEvent.click(screen.getByRole('button', { name: 'Показать' }));

    expect((await screen.findByRole('alert')).textContent).toBe('Дата «с» позже даты «по».');
    expect(screen.getByLabelText('По дату').getAttribute('aria-invalid')).toBe('true');
    expect(readingRequests()).toHaveLength(before);
  });
});
