// @vitest-environment jsdom
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

// The API client captures fetch/Request when it is created: the fake gateway goes in before any import runs.
const server = await vi.hoisted(async () => (await import('../test/fakeServer')).installFakeServer());

import i18n from '../i18n';
import type { MeterView, ReadingView } from '../api/types';
import { ReadingsList } from './ReadingsList';
import { usePreview, watchPreview } from './previewStore';

const json = (status: number, body: unknown, type = 'application/json') =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': type } });

const meter: MeterView = {
  id: 101,
  serialNumber: 'ЭМ-101-2020',
  service: 'ELECTRICITY',
  zones: ['T1'],
  digitCapacity: 6,
  decimals: 1,
  remote: false,
  retired: false,
  verificationDue: '2031-06-30',
  lastAccepted: null,
  manualReadingRefusal: null,
  lastReading: null,
};

const reading = (id: string, value: string): ReadingView => ({
  id,
  meterId: 101,
  accountNumber: '1000000011',
  values: { T1: value },
  status: 'ACCEPTED',
  channel: 'PORTAL',
  submittedAt: '2026-10-25T09:00:00Z',
  rejectionReason: null, period: '2026-11', outsideWindow: false, rollover: false, review: null,
});

const kopecksOf: Record<string, number> = { r1: 450, r2: 12_345, r3: 7 };

describe('MT-3 MT-7 the readings table', () => {
  beforeEach(async () => {
    server.requests.length = 0;
    await i18n.changeLanguage('ru');
    server.respond = (request) => {
      const id = new URL(request.url).pathname.split('/').pop() ?? '';
      return json(200, {
        readingId: id,
        accountNumber: '1000000011',
        meterId: 101,
        amountKopecks: kopecksOf[id],
        lines: [],
        calculatedAt: '2026-10-25T09:00:01Z',
      });
    };
  });
  afterEach(cleanup);

  it('names the charge column once: a row holds the sum only, not «Начисление: … (расчёт)» again', async () => {
    render(
      <ReadingsList
        accountNumber="1000000011"
        meters={[meter]}
        readings={[reading('r1', '100.0'), reading('r2', '200.0'), reading('r3', '300.0')]}
      />,
    );
    const previews = await screen.findAllByTestId('charge-preview');
    await waitFor(() => expect(screen.getAllByTestId('charge-preview')).toHaveLength(3));
    expect(previews.map((p) => p.textContent?.replace(/\s/g, ' '))).toEqual(['4,50 ₽', '123,45 ₽', '0,07 ₽']);
    const rows = screen.getAllByTestId('reading-row');
    for (const row of rows) {
      const text = row.textContent ?? '';
      expect(text.match(/Начисление/g) ?? [], text).toHaveLength(1); // the cell's own label, for screen readers and phones
      expect(text.match(/расчёт/g) ?? [], text).toHaveLength(1);
      expect(within(row).getByText('Начисление (расчёт):')).toBeTruthy();
    }
    expect(screen.getByText('Начисление (расчёт)')).toBeTruthy(); // the column head
  });

  it('keeps the full sentence where a preview stands alone (after a submission)', async () => {
    const { ChargePreviewText } = await import('./ChargePreviewText');
    watchPreview('1000000011', 'r1', false);
    render(<ChargePreviewText readingId="r1" />);
    expect((await screen.findByTestId('charge-preview')).textContent?.replace(/\s/g, ' ')).toBe(
      'Начисление: 4,50 ₽ (расчёт)',
    );
  });
});

describe('MT-7 a preview billing will never have', () => {
  beforeEach(() => {
    server.requests.length = 0;
  });
  afterEach(cleanup);

  function Probe({ id }: { id: string }) {
    return <span data-testid="state">{usePreview(id).status}</span>;
  }

  it('stops polling at the first charge-preview-not-found and shows a dash', async () => {
    server.respond = () =>
      json(
        404,
        {
          type: 'https://kabinet.dev/problems/charge-preview-not-found',
          status: 404,
          detail: 'Начисления по этим показаниям нет.',
        },
        'application/problem+json',
      );
    watchPreview('1000000011', 'gone-1', true);
    render(<Probe id="gone-1" />);
    await waitFor(() => expect(screen.getByTestId('state').textContent).toBe('none'));
    expect(server.requests).toHaveLength(1);
  });

  it('keeps asking while billing says charge-preview-not-ready', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    try {
      let calls = 0;
      server.respond = () =>
        ++calls < 3
          ? json(
              404,
              { type: 'https://kabinet.dev/problems/charge-preview-not-ready', status: 404, detail: '…' },
              'application/problem+json',
            )
          : json(200, { readingId: 'slow-1', amountKopecks: 100, lines: [], accountNumber: '1', meterId: 1, calculatedAt: '' });
      watchPreview('1000000011', 'slow-1', true);
      render(<Probe id="slow-1" />);
      await vi.advanceTimersByTimeAsync(2_500);
      await waitFor(() => expect(screen.getByTestId('state').textContent).toBe('ready'));
      expect(server.requests).toHaveLength(3);
    } finally {
      vi.useRealTimers();
    }
  });

  it('MT-3 a refused reading shows the back office\'s reason next to its status, in Russian and English', async () => {
    const refused: ReadingView = {
      ...reading('r1', '100.0'),
      status: 'REJECTED',
      channel: 'OFFICE',
      rejectionReason: 'Расход больше чем в 5 раз превышает средний месячный.', period: '2026-11', outsideWindow: false, rollover: false, review: null,
    };
    render(<ReadingsList accountNumber="1000000011" meters={[meter]} readings={[refused, reading('r2', '200.0')]} />);
    const [first, second] = screen.getAllByTestId('reading-row');
    expect(within(first).getByText('Отклонено')).toBeTruthy();
    expect(within(first).getByTestId('rejection-reason').textContent).toBe(
      'Причина: Расход больше чем в 5 раз превышает средний месячный.',
    );
    expect(within(first).getByText('Офис')).toBeTruthy();
    expect(within(second).queryByTestId('rejection-reason')).toBeNull();
    await i18n.changeLanguage('en');
    await waitFor(() => expect(within(first).getByTestId('rejection-reason').textContent).toMatch(/^Reason: /));
    expect(within(first).getByText('Rejected')).toBeTruthy();
  });
});
