import type { paths as BillingPaths } from '../api/generated/billing';

type BalancesOp = BillingPaths['/v1/accounts/{number}/balances']['get'];
/** billing's `GET /v1/accounts/{number}/balances` answer (kept here, not in api/types, to stay in this feature). */
export type BalancesView = BalancesOp['responses'][200]['content']['application/json'];
export type LineBalanceView = BalancesView['lines'][number];

/** AC-2: one service's settlement — its charge lines (e.g. gas and VDGO share none, electricity may have two). */
export interface ServiceSettlement {
  service: string;
  lines: LineBalanceView[];
  /** Sum of the lines' closing balances, kopecks: positive a debt, negative an overpayment. */
  closingKopecks: number;
  /** The latest period settled on any of its lines, YYYY-MM, or null. */
  period: string | null;
}

export interface Settlements {
  services: ServiceSettlement[];
  /** Sum over all services, kopecks: positive a debt, negative an overpayment. */
  closingKopecks: number;
  /** The latest period settled on the account, YYYY-MM, or null before anything was charged or paid. */
  period: string | null;
}

const later = (a: string | null, b: string | null) => (a === null ? b : b === null ? a : a > b ? a : b);

/**
 * AC-2 (manual 004: settlements first, collapsed per service): billing's charge lines grouped by service in the order
 * billing sends them (receipt order), each service's net balance, and the account's total.
 */
export function settlementsOf(lines: readonly LineBalanceView[]): Settlements {
  const byService = new Map<string, ServiceSettlement>();
  for (const line of lines) {
    let group = byService.get(line.service);
    if (!group) {
      group = { service: line.service, lines: [], closingKopecks: 0, period: null };
      byService.set(line.service, group);
    }
    group.lines.push(line);
    group.closingKopecks += line.closingKopecks;
    group.period = later(group.period, line.period ?? null);
  }
  const services = [...byService.values()];
  return {
    services,
    closingKopecks: services.reduce((sum, s) => sum + s.closingKopecks, 0),
    period: services.reduce<string | null>((p, s) => later(p, s.period), null),
  };
}

/** "2026-10" -> "октябрь 2026" / "October 2026". */
export function formatPeriod(period: string, lang: 'ru' | 'en'): string {
  const match = /^(\d{4})-(\d{2})$/.exec(period);
  if (!match) return period;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, 1));
  return new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'ru-RU', {
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  })
    .format(date)
    .replace(/\s*г\.$/, '');
}
