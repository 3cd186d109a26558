import type { paths as BillingPaths } from '../api/generated/billing';
import type { paths as PaymentPaths } from '../api/generated/payment';

export type PaymentView =
  PaymentPaths['/v1/accounts/{number}/payments/{id}']['get']['responses'][200]['content']['application/json'];
export type PaymentStatus = PaymentView['status'];
export type LineBalance =
  BillingPaths['/v1/accounts/{number}/balances']['get']['responses'][200]['content']['application/json']['lines'][number];

/**
 * How a status reads for the resident (DOMAIN "Card payments"): CONFIRMED is «в обработке» (the bank took the money,
 * billing has not yet), ACCOUNTED «оплачено»; CREATED and SENT wait for the card page.
 */
export const STATUS_TONE: Record<PaymentStatus, string> = {
  CREATED: 'badge--pending',
  SENT: 'badge--pending',
  CONFIRMED: 'badge--pending',
  ACCOUNTED: 'badge--success',
  DECLINED: 'badge--danger',
  EXPIRED: 'badge--danger',
  REFUNDED: '',
};

/** The bank has the money (whether or not billing has counted it yet): what the chart adds up. */
export const PAID: readonly PaymentStatus[] = ['CONFIRMED', 'ACCOUNTED'];
/** The outcome is still to come from the bank. */
export const OPEN: readonly PaymentStatus[] = ['CREATED', 'SENT'];
/** Nothing was paid: a new payment may be started. */
export const FAILED: readonly PaymentStatus[] = ['DECLINED', 'EXPIRED'];

/**
 * The utility's bank details shown with the payment form (PY-2). No Kabinet API serves them yet (account-service
 * holds no supplier record): the demo utility's, kept here in one place.
 */
export const UTILITY = {
  name: 'АО «Энергосбыт»',
  inn: '7700000001',
  kpp: '770001001',
  account: '40702810900000000001',
  bank: 'ПАО Сбербанк',
  bik: '044525225',
  correspondent: '30101810400000000225',
} as const;

/** A line's name from the account's balances, else its code (payments made elsewhere may name lines billing lost). */
export function lineName(code: string, lines: LineBalance[] | undefined): string {
  return lines?.find((l) => l.code === code)?.name ?? code;
}

/** yyyy-mm of an instant in the utility's zone (payments are counted by the utility's months). */
export function monthOf(instant: string, zone = 'Europe/Moscow'): string {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone: zone, year: 'numeric', month: '2-digit' }).formatToParts(
    new Date(instant),
  );
  const year = parts.find((p) => p.type === 'year')?.value ?? '0000';
  const month = parts.find((p) => p.type === 'month')?.value ?? '01';
  return `${year}-${month}`;
}

/** Every month from `from` to `to` (yyyy-mm-dd days), as yyyy-mm, oldest first; at most 36. */
export function monthsBetween(from: string, to: string): string[] {
  const months: string[] = [];
  let [y, m] = from.slice(0, 7).split('-').map(Number);
  const last = to.slice(0, 7);
  while (months.length < 36) {
    const month = `${y}-${String(m).padStart(2, '0')}`;
    if (month > last) break;
    months.push(month);
    m += 1;
    if (m > 12) {
      m = 1;
      y += 1;
    }
  }
  return months;
}

/** The paid sums of payments per month of the period (zeros for months without any). */
export function monthlyTotals(payments: PaymentView[], from: string, to: string): { month: string; kopecks: number }[] {
  const totals = new Map(monthsBetween(from, to).map((m) => [m, 0]));
  for (const p of payments) {
    if (!PAID.includes(p.status)) continue;
    const month = monthOf(p.paidAt ?? p.createdAt);
    if (totals.has(month)) totals.set(month, (totals.get(month) ?? 0) + p.amountKopecks);
  }
  return [...totals].map(([month, kopecks]) => ({ month, kopecks }));
}

/** «ноябрь 2026» / «November 2026» of yyyy-mm. */
export function formatMonth(month: string, lang: 'ru' | 'en'): string {
  const [y, m] = month.split('-').map(Number);
  return new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'ru-RU', { month: 'long', year: 'numeric', timeZone: 'UTC' })
    .format(new Date(Date.UTC(y, m - 1, 1)))
    .replace(/\s*г\.$/, '');
}

/** «нояб. 26» for a chart's axis. */
export function formatMonthShort(month: string, lang: 'ru' | 'en'): string {
  const [y, m] = month.split('-').map(Number);
  return new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'ru-RU', { month: 'short', year: '2-digit', timeZone: 'UTC' })
    .format(new Date(Date.UTC(y, m - 1, 1)))
    .replace(/\s*г\.$/, '');
}
