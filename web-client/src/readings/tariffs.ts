import type { TariffRow } from '../billing/model';

/** The tariff scheme billing prices a meter by: one zone SINGLE, two DAY_NIGHT, three THREE_ZONE. */
export function schemeOf(zoneCount: number): string {
  return zoneCount >= 3 ? 'THREE_ZONE' : zoneCount === 2 ? 'DAY_NIGHT' : 'SINGLE';
}

/** Today as the utility counts days (Moscow), `yyyy-MM-dd`, whatever the browser's zone. */
export function utilityToday(now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Moscow', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

export interface ZonePrice {
  zone: string;
  kopecksPerUnit: number;
}

/**
 * MT-2 / MT-7: the price per unit of each of the meter's zones in force today, from billing's tariffs of the account
 * (`GET /api/billing/v1/accounts/{n}/tariffs`; `validTo` is exclusive). Null when a zone has no tariff in force: the
 * form then shows no price rather than a partial one.
 */
export function pricesFor(
  rows: readonly TariffRow[],
  service: string,
  zones: readonly string[],
  today: string = utilityToday(),
): ZonePrice[] | null {
  const scheme = schemeOf(zones.length);
  const prices: ZonePrice[] = [];
  for (const zone of [...zones].sort()) {
    const inForce = rows
      .filter((r) => r.service === service && r.scheme === scheme && r.zone === zone)
      .filter((r) => r.validFrom <= today && (!r.validTo || r.validTo > today))
      .sort((a, b) => b.validFrom.localeCompare(a.validFrom));
    if (inForce.length === 0) return null;
    prices.push({ zone, kopecksPerUnit: inForce[0].kopecksPerUnit });
  }
  return prices;
}
