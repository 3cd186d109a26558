// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';

await vi.hoisted(async () => (await import('../test/fakeServer')).installFakeServer());

import '../i18n';
import type { MeterView } from '../api/types';
import { MeterCard } from './MeterCard';

const working: MeterView = {
  id: 101,
  serialNumber: 'ЭМ-101-2019',
  service: 'ELECTRICITY',
  zones: ['T1'],
  digitCapacity: 6,
  decimals: 1,
  remote: false,
  retired: false,
  verificationDue: '2031-06-30',
  lastReading: { values: { T1: '12400.0' }, status: 'IN_PROCESSING', submittedAt: '2026-11-20T09:00:00Z' },
  lastAccepted: { values: { T1: '12345.6' }, status: 'ACCEPTED', submittedAt: '2026-10-24T07:00:00Z' },
  manualReadingRefusal: null,
};

describe('MT-1 a meter card', () => {
  afterEach(cleanup);

  it('shows the digits, decimals, verification date and the last accepted reading with its date, and the form', () => {
    render(<MeterCard accountNumber="1000000011" meter={working} onSubmitted={() => {}} />);

    expect(screen.getByText('Разрядность: 6 до запятой, 1 после')).toBeTruthy();
    expect(screen.getByTestId('meter-verification-101').textContent).toBe('Поверка до 30.06.2031');
    expect(screen.getByTestId('meter-accepted-101').textContent).toMatch(/^12[\u00a0 ]345,6 кВт·ч · 24\.10\.2026$/);
    expect(screen.getByRole('button', { name: 'Передать показания' })).toBeTruthy();
    // MT-2: the form names the tariff and the previous accepted value with its date
    expect(screen.getByTestId('reading-tariff').textContent).toBe('Тариф: Однотарифный');
    expect(screen.getByText(/^Предыдущее принятое: 12[\u00a0 ]345,6 от 24\.10\.2026$/)).toBeTruthy();
    expect(screen.queryByTestId('meter-mark-101')).toBeNull();
  });

  it.each([
    ['RETIRED', 'Выведен из эксплуатации', /выведен из эксплуатации/],
    ['REMOTELY_READ', 'Дистанционный съём', /автоматически/],
    ['VERIFICATION_OVERDUE', 'Поверка просрочена', /Срок поверки истёк 30\.06\.2031/],
  ] as const)('a %s meter is marked and offers no form, saying why', (refusal, mark, why) => {
    render(
      <MeterCard
        accountNumber="1000000011"
        meter={{ ...working, manualReadingRefusal: refusal }}
        onSubmitted={() => {}}
      />,
    );

    expect(screen.getByTestId('meter-mark-101').textContent).toBe(mark);
    expect(screen.getByTestId('meter-no-form-101').textContent).toMatch(why);
    expect(screen.queryByRole('button', { name: 'Передать показания' })).toBeNull();
    expect(screen.queryAllByRole('textbox')).toHaveLength(0);
  });
});
