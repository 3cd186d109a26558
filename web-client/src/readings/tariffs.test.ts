import { describe, expect, it } from 'vitest';
import type { TariffRow } from '../billing/model';
import { pricesFor, utilityToday } from './tariffs';

const rows: TariffRow[] = [
  { service: 'ELECTRICITY', scheme: 'SINGLE', zone: 'T1', kopecksPerUnit: 600, validFrom: '2026-01-01', validTo: '2026-07-01' },
  { service: 'ELECTRICITY', scheme: 'SINGLE', zone: 'T1', kopecksPerUnit: 643, validFrom: '2026-07-01' },
  { service: 'ELECTRICITY', scheme: 'DAY_NIGHT', zone: 'T1', kopecksPerUnit: 725, validFrom: '2026-01-01' },
  { service: 'ELECTRICITY', scheme: 'DAY_NIGHT', zone: 'T2', kopecksPerUnit: 310, validFrom: '2026-01-01' },
  { service: 'COLD_WATER', scheme: 'SINGLE', zone: 'T1', kopecksPerUnit: 4512, validFrom: '2026-01-01' },
];

describe('MT-2 the tariff price the reading form shows, from billing', () => {
  it('takes the tariff in force on the day, validTo exclusive', () => {
    expect(pricesFor(rows, 'ELECTRICITY', ['T1'], '2026-06-30')).toEqual([{ zone: 'T1', kopecksPerUnit: 600 }]);
    expect(pricesFor(rows, 'ELECTRICITY', ['T1'], '2026-07-01')).toEqual([{ zone: 'T1', kopecksPerUnit: 643 }]);
  });

  it('prices each zone of a day/night meter by the day/night scheme', () => {
    expect(pricesFor(rows, 'ELECTRICITY', ['T2', 'T1'], '2026-11-30')).toEqual([
      { zone: 'T1', kopecksPerUnit: 725 },
      { zone: 'T2', kopecksPerUnit: 310 },
    ]);
  });

  it('shows no price when a zone has no tariff in force', () => {
    expect(pricesFor(rows, 'ELECTRICITY', ['T1', 'T2', 'T3'], '2026-11-30')).toBeNull();
    expect(pricesFor(rows, 'GAS', ['T1'], '2026-11-30')).toBeNull();
  });

  it('counts the day in Moscow, not in the browser zone', () => {
    expect(utilityToday(new Date('2026-11-30T21:30:00Z'))).toBe('2026-12-01');
  });
});
