// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

// The API client captures fetch/Request when it is created: the fake gateway goes in before any import runs.
const server = await vi.hoisted(async () => (await import('../test/fakeServer')).installFakeServer());

import i18n from '../i18n';
import { HomeOverview } from './HomeOverview';
import { settlementsOf, type LineBalanceView } from './settlements';

const NBSP = '\u00a0';
const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': status >= 400 ? 'application/problem+json' : 'application/json' },
  });

/** A charge line as billing's GET …/balances sends it; zeros unless given. */
function line(code: string, service: string, closing: number, period: string | null = '2026-10'): LineBalanceView {
  return {
    code,
    service,
    kind: 'CONSUMPTION',
    name: code === 'VDGO' ? 'ВДГО' : `Строка ${code}`,
    period,
    openingKopecks: 0,
    chargesKopecks: Math.max(closing, 0),
    recalculationsKopecks: 0,
    paymentsKopecks: Math.max(-closing, 0),
    closingKopecks: closing,
    debtKopecks: Math.max(closing, 0),
    overpaymentKopecks: Math.max(-closing, 0),
  };
}

/** billing's closed periods (GET …/receipts), newest first */
const receiptsOf = (...periods: string[]) =>
  json(200, { periods: periods.map((period) => ({ period, fileName: `receipt-1000000011-${period}.pdf` })) });
const isReceipts = (request: Request) => new URL(request.url).pathname.endsWith('/receipts');

function show(number = '1000000011', closed = false) {
  render(
    <MemoryRouter>
      <HomeOverview number={number} closed={closed} />
    </MemoryRouter>,
  );
}

beforeEach(async () => {
  await i18n.changeLanguage('ru');
  server.requests.length = 0;
});
afterEach(() => cleanup());

describe('AC-2 settlements grouped per service', () => {
  it('AC-2 sums the lines of a service and of the account; a negative closing balance is an overpayment', () => {
    const s = settlementsOf([
      line('EL', 'ELECTRICITY', 157200),
      line('EL-ODN', 'ELECTRICITY', 1000, '2026-09'),
      line('GAS', 'GAS', -5000),
    ]);
    expect(s.services.map((x) => [x.service, x.closingKopecks, x.period])).toEqual([
      ['ELECTRICITY', 158200, '2026-10'],
      ['GAS', -5000, '2026-10'],
    ]);
    expect(s.closingKopecks).toBe(153200);
    expect(s.period).toBe('2026-10');
  });

});

describe('AC-2 the home page', () => {
  it('AC-2 shows the total due, each service collapsed with its debt or overpayment, receipts and quick actions', async () => {
    server.respond = (request) =>
      isReceipts(request)
        ? receiptsOf('2026-10', '2026-09', '2026-08', '2026-07')
        : json(200, {
            accountNumber: '1000000011',
            lines: [line('EL', 'ELECTRICITY', 157200), line('GAS', 'GAS', -5000), line('VDGO', 'GAS_EQUIPMENT_MAINTENANCE', 0)],
          });
    show();

    expect(await screen.findByTestId('settlements-total')).toHaveProperty(
      'textContent',
      `К оплате: 1${NBSP}522,00${NBSP}₽по состоянию на октябрь 2026`,
    );
    expect(server.requests.map((r) => new URL(r.url).pathname)).toContain('/api/billing/v1/accounts/1000000011/balances');

    const electricity = screen.getByTestId('settlement-ELECTRICITY') as HTMLDetailsElement;
    expect(electricity.open).toBe(false); // collapsed per service (manual 004)
    expect(electricity.querySelector('summary')?.textContent).toBe(`ЭлектроснабжениеДолг 1${NBSP}572,00${NBSP}₽`);
    expect(screen.getByTestId('settlement-GAS').querySelector('summary')?.textContent).toBe(
      `ГазоснабжениеПереплата 50,00${NBSP}₽`,
    );
    expect(screen.getByTestId('settlement-GAS_EQUIPMENT_MAINTENANCE').querySelector('summary')?.textContent).toContain(
      'Долга нет',
    );
    fireEvent.click(electricity.querySelector('summary')!);
    expect(within(electricity).getByRole('heading', { level: 3 }).textContent).toContain('Строка EL');
    expect(within(electricity).getByText('Начислено')).toBeTruthy();

    // BL-3: the three latest closed periods' PDFs, each in a new tab (no pop-up), and the receipts page
    const receipts = within(await screen.findByTestId('latest-receipts')).getAllByRole('link');
    expect(receipts.map((a) => a.textContent)).toEqual([
      'Квитанция за октябрь 2026',
      'Квитанция за сентябрь 2026',
      'Квитанция за август 2026',
    ]);
    expect(receipts[0].getAttribute('href')).toBe('/api/billing/v1/accounts/1000000011/receipts/2026-10');
    expect(receipts[0].getAttribute('target')).toBe('_blank');
    expect(screen.getByRole('link', { name: 'Все квитанции' }).getAttribute('href')).toBe(
      '/accounts/1000000011/billing/receipts',
    );

    expect(screen.getByTestId('quick-pay').textContent).toBe(`Оплатить 1${NBSP}522,00${NBSP}₽`);
    expect(screen.getByTestId('quick-pay').getAttribute('href')).toBe('/accounts/1000000011/pay');
    expect(screen.getByTestId('quick-readings').getAttribute('href')).toBe('#meters-title');
  });

  it('AC-2 says honestly that nothing was charged yet when billing has only zero lines', async () => {
    server.respond = (request) =>
      isReceipts(request)
        ? receiptsOf()
        : json(200, { accountNumber: '1000000011', lines: [line('EL', 'ELECTRICITY', 0, null)] });
    show();
    expect(await screen.findByText('Начислений пока нет')).toBeTruthy();
    expect(await screen.findByText('Квитанций пока нет')).toBeTruthy();
    expect(screen.getByTestId('quick-pay').textContent).toBe('Оплатить');
  });

  it('AC-2 shows billing being down as an error with a retry, and no receipts list', async () => {
    let calls = 0;
    server.respond = () => {
      calls++;
      return json(503, { type: 'https://kabinet.dev/problems/service-unavailable', title: 'x', status: 503, detail: 'Сервис расчётов недоступен' });
    };
    show();
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Не удалось загрузить расчёты');
    expect(await screen.findByText('Список квитанций сейчас недоступен.')).toBeTruthy();
    const before = calls;
    fireEvent.click(within(alert).getByRole('button'));
    await waitFor(() => expect(calls).toBe(before + 1));
  });

  it('AC-2 a closed account offers no quick "pay" or "submit readings"', async () => {
    server.respond = () => json(200, { accountNumber: '1000000011', lines: [] });
    show('1000000011', true);
    expect(await screen.findByText('Начислений пока нет')).toBeTruthy();
    expect(screen.queryByTestId('quick-pay')).toBeNull();
    expect(screen.queryByTestId('quick-readings')).toBeNull();
  });

  it('AC-2 in English too', async () => {
    await i18n.changeLanguage('en');
    server.respond = () => json(200, { accountNumber: '1000000011', lines: [line('GAS', 'GAS', -5000)] });
    show();
    expect((await screen.findByTestId('settlements-total')).textContent).toContain('Overpaid: RUB');
  });
});
