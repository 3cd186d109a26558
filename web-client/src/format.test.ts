import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime, formatDecimal, formatKopecks } from './format';

/** Intl uses no-break (U+00A0) or narrow no-break (U+202F) spaces; compare with plain ones. */
const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

describe('UX-4 formatting', () => {
  it('formats kopecks as roubles with a decimal comma and grouped thousands', () => {
    expect(plain(formatKopecks(123456))).toBe('1 234,56 ₽');
    expect(plain(formatKopecks(450))).toBe('4,50 ₽');
    expect(plain(formatKopecks(0))).toBe('0,00 ₽');
    expect(plain(formatKopecks(100000000))).toBe('1 000 000,00 ₽');
  });

  it('formats negative sums (overpayment) with a minus sign', () => {
    expect(plain(formatKopecks(-643))).toMatch(/^-6,43 ₽$/);
  });

  it('formats roubles in English when the UI is English', () => {
    expect(formatKopecks(123456, 'en')).toBe('RUB\u00a01,234.56');
  });

  it('formats calendar dates as ДД.ММ.ГГГГ', () => {
    expect(formatDate('2026-03-05')).toBe('05.03.2026');
    expect(formatDate('2026-12-31')).toBe('31.12.2026');
  });

  it('formats instants in local time as ДД.ММ.ГГГГ ЧЧ:ММ', () => {
    // the test run uses TZ=Europe/Moscow (UTC+3)
    expect(formatDate('2026-01-31T22:30:00Z')).toBe('01.02.2026');
    expect(formatDateTime('2026-01-31T22:30:00Z')).toBe('01.02.2026 01:30');
    expect(formatDateTime('2026-07-04T09:05:00+03:00')).toBe('04.07.2026 09:05');
  });

  it('leaves unparseable dates as they are', () => {
    expect(formatDate('not a date')).toBe('not a date');
  });

  it('formats decimal strings with a decimal comma without rounding', () => {
    expect(plain(formatDecimal('12345.6'))).toBe('12 345,6');
    expect(plain(formatDecimal('5000.0'))).toBe('5 000,0');
    expect(formatDecimal('4321')).toBe('4\u00a0321');
    expect(formatDecimal('0.125')).toBe('0,125');
    expect(formatDecimal('12345.6', 'en')).toBe('12,345.6');
  });
});
