import { describe, expect, it } from 'vitest';
import type { MeterView, ReadingView } from '../api/types';
import { withLatestReading } from './latest';

const meter: MeterView = {
  id: 101,
  serialNumber: 'ЭМ-101-2019',
  service: 'ELECTRICITY',
  zones: ['T1'],
  digitCapacity: 6,
  decimals: 1,
  remote: false,
  retired: false,
  verificationDue: '2031-06-30',
  lastAccepted: null,
  manualReadingRefusal: null,
  lastReading: { values: { T1: '12345.6' }, status: 'ACCEPTED', submittedAt: '2026-10-25T09:00:00Z' },
};
const reading = (over: Partial<ReadingView>): ReadingView => ({
  id: 'r1',
  meterId: 101,
  accountNumber: '1000000011',
  values: { T1: '12346.6' },
  status: 'IN_PROCESSING',
  channel: 'PORTAL',
  rejectionReason: null, period: '2026-11', outsideWindow: false, rollover: false, review: null,
  submittedAt: '2026-11-22T10:00:00Z',
  ...over,
});

describe('MT-2 the value a new reading is checked against', () => {
  it('is a newer reading still in processing', () => {
    expect(withLatestReading(meter, [reading({})]).lastReading).toEqual({
      values: { T1: '12346.6' },
      status: 'IN_PROCESSING',
      submittedAt: '2026-11-22T10:00:00Z',
    });
  });

  it('ignores rejected readings and readings of other meters', () => {
    const list = [reading({ status: 'REJECTED' }), reading({ id: 'r2', meterId: 102 })];
    expect(withLatestReading(meter, list)).toBe(meter);
  });

  it('keeps the meter last reading when it is newer', () => {
    expect(withLatestReading(meter, [reading({ submittedAt: '2026-01-01T00:00:00Z' })])).toBe(meter);
  });

  it('uses the reading when the meter has none', () => {
    expect(withLatestReading({ ...meter, lastReading: null }, [reading({})]).lastReading?.values).toEqual({ T1: '12346.6' });
  });
});
