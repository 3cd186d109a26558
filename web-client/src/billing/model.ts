/** The billing pages' view of billing-service's answers (BL-1 … BL-5); money in integer kopecks. */
import type { Lang } from '../format';

export interface SettlementLine {
  code: string;
  service: string;
  kind: string;
  name: string;
  openingKopecks: number;
  chargesKopecks: number;
  recalculationsKopecks: number;
  paymentsKopecks: number;
  closingKopecks: number;
}

export interface SettlementPeriod {
  period: string;
  chargesKopecks: number;
  recalculationsKopecks: number;
  paymentsKopecks: number;
  closingKopecks: number;
  lines: SettlementLine[];
}

export interface ReceiptPeriod {
  period: string;
  fileName: string;
}

export interface PenaltyInterval {
  dueDate: string;
  from: string;
  to: string;
  days: number;
  firstDelayDay: number;
  debtKopecks: number;
  ratePercent: string;
  fraction: string;
  kopecks: number;
  paidOn?: string | null;
}

export interface LinePenalty {
  code: string;
  name: string;
  totalKopecks: number;
  intervals: PenaltyInterval[];
}

export interface Penalties {
  asOf: string;
  totalKopecks: number;
  lines: LinePenalty[];
}

export interface TariffRow {
  service: string;
  scheme: string;
  zone: string;
  unit?: string | null;
  kopecksPerUnit: number;
  validFrom: string;
  validTo?: string | null;
}

/** "2026-10" -> "октябрь 2026 г." / "October 2026". */
export function formatMonth(period: string, lang: Lang): string {
  const [year, month] = period.split('-').map(Number);
  if (!year || !month) return period;
  return new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'ru-RU', {
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(Date.UTC(year, month - 1, 1)));
}

/** The receipt of a period through the gateway: the browser opens or saves it itself (UX-1: no pop-up). */
export function receiptUrl(accountNumber: string, period: string): string {
  return `/api/billing/v1/accounts/${encodeURIComponent(accountNumber)}/receipts/${encodeURIComponent(period)}`;
}

/** A period's charges (with recalculations) per service, the biggest first; only positive shares. */
export function chargesByService(period: SettlementPeriod): { service: string; kopecks: number }[] {
  const sums = new Map<string, number>();
  for (const line of period.lines) {
    const charged = line.chargesKopecks + line.recalculationsKopecks;
    sums.set(line.service, (sums.get(line.service) ?? 0) + charged);
  }
  return [...sums.entries()]
    .filter(([, kopecks]) => kopecks > 0)
    .map(([service, kopecks]) => ({ service, kopecks }))
    .sort((a, b) => b.kopecks - a.kopecks);
}
