/**
 * MT-2: format hints for a reading before it is sent — one field per zone, a number the meter can
 * show (digits before the separator, decimals after it), nothing left empty. These are hints only:
 * the domain rules (the previous accepted reading, a rollover of the display, the meter's state)
 * are decided by metering, whose problem `errors[]` the form shows next to the fields. The client
 * never compares a value with an earlier reading (#5).
 */
export interface MeterShape {
  zones: readonly string[];
  digitCapacity: number;
  decimals: number;
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
  | { key: 'reading.error.tooManyDecimals'; count: number };

/** "12 345,6" -> "12345.6"; returns the input trimmed when it is not a plain number. */
export function normalizeReading(input: string): string {
  return input.replace(/[\s\u00a0\u202f]/g, '').replace(',', '.');
}

/** "12345.60" -> ["12345", "6"]: integer digits and the fraction without trailing zeros. */
function parts(value: string): [string, string] | null {
  const match = /^(\d+)(?:\.(\d*))?$/.exec(value);
  if (!match) return null;
  return [match[1], (match[2] ?? '').replace(/0+$/, '')];
}

/**
 * A format hint for one zone's value, or null when it is a number the meter can show. Trailing
 * zeros after the separator are not decimals the meter lacks ("4322,0" on a whole-number meter is
 * 4322), as metering reads them.
 */
export function validateReading(
  input: string,
  meter: Pick<MeterShape, 'digitCapacity' | 'decimals'>,
): ReadingIssue | null {
  const value = normalizeReading(input);
  if (value === '') return { key: 'reading.error.required' };
  const parsed = parts(value);
  if (!parsed) return { key: 'reading.error.format' };
  const [integerPart, fraction] = parsed;
  const significant = integerPart.replace(/^0+(?=\d)/, '');
  if (significant.length > meter.digitCapacity) {
    return { key: 'reading.error.tooManyDigits', count: meter.digitCapacity };
  }
  if (fraction.length > 0 && meter.decimals === 0) return { key: 'reading.error.noDecimals' };
  if (fraction.length > meter.decimals) {
    return { key: 'reading.error.tooManyDecimals', count: meter.decimals };
  }
  return null;
}

/** Format hints for every zone of a form; the result is keyed by zone and holds only the failing ones. */
export function validateReadingForm(
  values: Record<string, string>,
  meter: MeterShape,
): Record<string, ReadingIssue> {
  const issues: Record<string, ReadingIssue> = {};
  for (const { zone } of zoneFields(meter)) {
    const issue = validateReading(values[zone] ?? '', meter);
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
    const value = normalizeReading(values[zone] ?? '');
    const [integer, fraction] = parts(value) ?? [value, ''];
    result[zone] = meter.decimals > 0 ? `${integer}.${fraction.padEnd(meter.decimals, '0')}` : integer;
  }
  return { values: result };
}
