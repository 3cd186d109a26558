/**
 * MT-2: client-side checks of a reading before it is sent — one field per zone, digit capacity,
 * decimals and the previous reading. The server checks again; this only answers at once.
 */
export interface MeterShape {
  zones: readonly string[];
  digitCapacity: number;
  decimals: number;
  lastReading?: { values: Record<string, string | undefined> } | null;
}

export type ZoneLabelKey =
  | 'reading.zone.single'
  | 'reading.zone.day'
  | 'reading.zone.night'
  | 'reading.zone.peak'
  | 'reading.zone.semiPeak'
  | 'reading.zone.other';

export interface ZoneField {
  zone: string;
  /** Field name as the server reports it in problem `errors[]`. */
  field: string;
  labelKey: ZoneLabelKey;
}

/**
 * One field per zone, labelled the Russian way: a single-rate meter has "Показание", a two-rate
 * one day (T1) and night (T2), a three-rate one peak (T1), night (T2) and semi-peak (T3).
 */
export function zoneFields(meter: Pick<MeterShape, 'zones'>): ZoneField[] {
  const zones = meter.zones.length > 0 ? meter.zones : ['T1'];
  const labels: Record<string, ZoneLabelKey> =
    zones.length === 1
      ? { [zones[0]]: 'reading.zone.single' }
      : zones.length === 2
        ? { T1: 'reading.zone.day', T2: 'reading.zone.night' }
        : { T1: 'reading.zone.peak', T2: 'reading.zone.night', T3: 'reading.zone.semiPeak' };
  return zones.map((zone) => ({ zone, field: `values.${zone}`, labelKey: labels[zone] ?? 'reading.zone.other' }));
}

export type ReadingIssue =
  | { key: 'reading.error.required' }
  | { key: 'reading.error.format' }
  | { key: 'reading.error.tooManyDigits'; count: number }
  | { key: 'reading.error.noDecimals' }
  | { key: 'reading.error.tooManyDecimals'; count: number }
  | { key: 'reading.error.belowPrevious'; previous: string };

/** "12 345,6" -> "12345.6"; returns the input trimmed when it is not a plain number. */
export function normalizeReading(input: string): string {
  return input.replace(/[\s\u00a0\u202f]/g, '').replace(',', '.');
}

/** Compares two non-negative decimal strings exactly (no floating point). */
export function compareDecimal(a: string, b: string): number {
  const [ai, af = ''] = a.split('.');
  const [bi, bf = ''] = b.split('.');
  const aInt = ai.replace(/^0+(?=\d)/, '');
  const bInt = bi.replace(/^0+(?=\d)/, '');
  if (aInt.length !== bInt.length) return aInt.length < bInt.length ? -1 : 1;
  if (aInt !== bInt) return aInt < bInt ? -1 : 1;
  const width = Math.max(af.length, bf.length);
  const aFrac = af.padEnd(width, '0');
  const bFrac = bf.padEnd(width, '0');
  if (aFrac === bFrac) return 0;
  return aFrac < bFrac ? -1 : 1;
}

/** Checks one zone's value; null when it may be sent. */
export function validateReading(
  input: string,
  meter: Pick<MeterShape, 'digitCapacity' | 'decimals'>,
  previous?: string,
): ReadingIssue | null {
  const value = normalizeReading(input);
  if (value === '') return { key: 'reading.error.required' };
  const match = /^(\d+)(?:\.(\d*))?$/.exec(value);
  if (!match) return { key: 'reading.error.format' };
  const [, integerPart, fraction = ''] = match;
  const significant = integerPart.replace(/^0+(?=\d)/, '');
  if (significant.length > meter.digitCapacity) {
    return { key: 'reading.error.tooManyDigits', count: meter.digitCapacity };
  }
  if (fraction.length > 0 && meter.decimals === 0) return { key: 'reading.error.noDecimals' };
  if (fraction.length > meter.decimals) {
    return { key: 'reading.error.tooManyDecimals', count: meter.decimals };
  }
  if (previous !== undefined && /^\d+(\.\d+)?$/.test(previous) && compareDecimal(value, previous) < 0) {
    return { key: 'reading.error.belowPrevious', previous };
  }
  return null;
}

/** Validates every zone of a form; the result is keyed by zone and holds only the failing ones. */
export function validateReadingForm(
  values: Record<string, string>,
  meter: MeterShape,
): Record<string, ReadingIssue> {
  const issues: Record<string, ReadingIssue> = {};
  for (const { zone } of zoneFields(meter)) {
    const issue = validateReading(values[zone] ?? '', meter, meter.lastReading?.values[zone]);
    if (issue) issues[zone] = issue;
  }
  return issues;
}

/**
 * The request body: one normalized value per zone with as many decimals as the meter shows
 * ("12345,6" -> "12345.6", "12346" -> "12346.0" on a one-decimal meter).
 */
export function readingRequest(values: Record<string, string>, meter: Pick<MeterShape, 'zones' | 'decimals'>) {
  const result: Record<string, string> = {};
  for (const { zone } of zoneFields(meter)) {
    const [integer, fraction = ''] = normalizeReading(values[zone] ?? '').split('.');
    result[zone] = meter.decimals > 0 ? `${integer}.${fraction.padEnd(meter.decimals, '0')}` : integer;
  }
  return { values: result };
}
