// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import '../i18n';
import { HistoryTable } from './HistoryTable';
import { chargesByService, formatMonth, receiptUrl, type SettlementPeriod } from './model';
import { PenaltiesTable } from './PenaltiesTable';
import { ReceiptsList } from './ReceiptsList';
import { SettlementsTable } from './SettlementsTable';
import { TariffsTable } from './TariffsTable';

const text = (element: Element | null) => (element?.textContent ?? '').replace(/\s/g, ' ');

const october: SettlementPeriod = {
  period: '2026-10',
  chargesKopecks: 168_434,
  recalculationsKopecks: 0,
  paymentsKopecks: 50_000,
  closingKopecks: 218_434,
  lines: [
    { code: 'EL', service: 'ELECTRICITY', kind: 'CONSUMPTION', name: 'Электроэнергия', openingKopecks: 100_000, chargesKopecks: 107_200, recalculationsKopecks: 0, paymentsKopecks: 50_000, closingKopecks: 157_200 },
    { code: 'GAS', service: 'GAS', kind: 'CONSUMPTION', name: 'Газ', openingKopecks: 0, chargesKopecks: 61_234, recalculationsKopecks: 0, paymentsKopecks: 0, closingKopecks: 61_234 },
  ],
};
const september: SettlementPeriod = {
  period: '2026-09',
  chargesKopecks: 100_000,
  recalculationsKopecks: 0,
  paymentsKopecks: 0,
  closingKopecks: 100_000,
  lines: [
    { code: 'EL', service: 'ELECTRICITY', kind: 'CONSUMPTION', name: 'Электроэнергия', openingKopecks: 0, chargesKopecks: 100_000, recalculationsKopecks: 0, paymentsKopecks: 0, closingKopecks: 100_000 },
  ],
};

describe('BL-1 settlements per line for a period', () => {
  afterEach(cleanup);

  it('shows each line with opening, charged, paid and closing in roubles, and the totals', () => {
    render(<SettlementsTable period={october} caption="октябрь 2026 г." />);
    const table = screen.getByTestId('settlements-table');
    const el = table.querySelector('tr[data-line="EL"]');
    expect(text(el)).toContain('Электроэнергия');
    expect(text(el)).toContain('1 000,00 ₽');
    expect(text(el)).toContain('1 072,00 ₽');
    expect(text(el)).toContain('1 572,00 ₽');
    expect(text(screen.getByTestId('settlements-closing'))).toContain('2 184,34 ₽');
  });
});

describe('BL-2 history by month with the services’ shares', () => {
  afterEach(cleanup);

  it('lists the months; a month opens its pie chart with the same figures as a table', () => {
    render(<HistoryTable periods={[october, september]} />);
    expect(screen.queryByTestId('services-pie')).toBeNull();

    const open = screen.getByRole('button', { name: 'Открыть октябрь 2026 г.' });
    expect(open.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(open);

    expect(screen.getByRole('button', { name: 'Скрыть октябрь 2026 г.' }).getAttribute('aria-expanded')).toBe('true');
    const pie = screen.getByTestId('services-pie');
    expect(within(pie).getByRole('img', { name: 'Доли услуг в начислениях за октябрь 2026 г.' })).toBeTruthy();
    expect(pie.querySelectorAll('.recharts-pie-sector').length).toBe(2);
    const shares = within(pie).getByTestId('services-shares');
    expect(text(shares)).toContain('Электроэнергия');
    expect(text(shares)).toContain('63,6 %');
    expect(text(shares)).toContain('Газ');
    expect(text(shares)).toContain('36,4 %');
  });

  it('counts a line’s charges and recalculations per service, leaving out services with nothing charged', () => {
    const withCredit: SettlementPeriod = {
      ...september,
      lines: [...september.lines, { ...october.lines[1], chargesKopecks: 0, recalculationsKopecks: -500 }],
    };
    expect(chargesByService(withCredit)).toEqual([{ service: 'ELECTRICITY', kopecks: 100_000 }]);
  });
});

describe('BL-3 receipts of the closed periods', () => {
  afterEach(cleanup);

  it('opens a receipt in a new tab or downloads it by plain links, never a pop-up window', () => {
    const popUp = vi.spyOn(window, 'open');
    render(
      <ReceiptsList
        accountNumber="1000000011"
        periods={[{ period: '2026-10', fileName: 'receipt-1000000011-2026-10.pdf' }]}
      />,
    );
    const open = screen.getByRole('link', { name: 'Открыть квитанцию за октябрь 2026 г. в новой вкладке' });
    const download = screen.getByRole('link', { name: 'Скачать PDF квитанции за октябрь 2026 г.' });

    expect(open.getAttribute('href')).toBe('/api/billing/v1/accounts/1000000011/receipts/2026-10');
    expect(open.getAttribute('target')).toBe('_blank');
    expect(download.getAttribute('download')).toBe('receipt-1000000011-2026-10.pdf');
    expect(download.getAttribute('href')).toBe(receiptUrl('1000000011', '2026-10'));
    expect(popUp).not.toHaveBeenCalled();
  });

  it('says when there is no receipt yet', () => {
    render(<ReceiptsList accountNumber="1000000011" periods={[]} />);
    expect(screen.getByText('Квитанций пока нет')).toBeTruthy();
  });
});

describe('BL-5 penalties explained', () => {
  afterEach(cleanup);

  it('shows each interval of delay with its days, rate, share of the rate and sum', () => {
    render(
      <PenaltiesTable
        penalties={{
          asOf: '2026-06-30',
          totalKopecks: 37_123,
          lines: [
            {
              code: 'EL',
              name: 'Электроэнергия',
              totalKopecks: 37_123,
              intervals: [
                { dueDate: '2026-02-10', from: '2026-03-13', to: '2026-04-11', days: 30, firstDelayDay: 31, debtKopecks: 400_000, ratePercent: '9.5', fraction: '1/300', kopecks: 3_800, paidOn: '2026-04-11' },
                { dueDate: '2026-02-10', from: '2026-05-12', to: '2026-06-30', days: 50, firstDelayDay: 91, debtKopecks: 600_000, ratePercent: '9.5', fraction: '1/130', kopecks: 21_923, paidOn: null },
              ],
            },
            { code: 'GAS', name: 'Газ', totalKopecks: 0, intervals: [] },
          ],
        }}
      />,
    );
    expect(text(screen.getByTestId('penalties-total'))).toContain('371,23 ₽');
    const rows = screen.getByRole('table').querySelectorAll('tbody tr');
    expect(text(rows[0])).toContain('13.03.2026');
    expect(text(rows[0])).toContain('9,5');
    expect(text(rows[0])).toContain('1/300');
    expect(text(rows[0])).toContain('38,00 ₽');
    expect(text(rows[1])).toContain('не оплачено');
    expect(screen.queryByText(/Газ/)).toBeNull();
  });
});

describe('BL-4 tariffs', () => {
  afterEach(cleanup);

  it('shows the price per unit per zone and the days each tariff is in force', () => {
    render(
      <TariffsTable
        tariffs={[
          { service: 'ELECTRICITY', scheme: 'DAY_NIGHT', zone: 'T1', unit: null, kopecksPerUnit: 725, validFrom: '2026-01-01', validTo: '2026-07-01' },
          { service: 'ELECTRICITY', scheme: 'DAY_NIGHT', zone: 'T1', unit: 'kWh', kopecksPerUnit: 790, validFrom: '2026-07-01', validTo: null },
        ]}
      />,
    );
    const rows = screen.getByTestId('tariffs-table').querySelectorAll('tbody tr');
    expect(text(rows[0])).toContain('7,25 ₽ / кВт·ч');
    expect(text(rows[0])).toContain('30.06.2026');
    expect(text(rows[1])).toContain('по настоящее время');
  });
});

describe('months', () => {
  it('are written in the page’s language', () => {
    expect(formatMonth('2026-10', 'ru')).toBe('октябрь 2026 г.');
    expect(formatMonth('2026-10', 'en')).toBe('October 2026');
  });
});
