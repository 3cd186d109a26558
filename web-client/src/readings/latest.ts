import type { MeterView, ReadingView } from '../api/types';

/**
 * The meter's last reading is the newest of what metering reports on the meter and the newest
 * not-rejected reading in the list (a reading just sent is still "В обработке" but already the
 * value the next one is checked against).
 */
export function withLatestReading(meter: MeterView, readings: ReadingView[] | undefined): MeterView {
  const newest = readings?.find((r) => r.meterId === meter.id && r.status !== 'REJECTED');
  if (!newest) return meter;
  const current = meter.lastReading;
  if (current && Date.parse(current.submittedAt) >= Date.parse(newest.submittedAt)) return meter;
  return { ...meter, lastReading: { values: newest.values, status: newest.status, submittedAt: newest.submittedAt } };
}
