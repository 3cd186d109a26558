import { describe, expect, it } from 'vitest';
import { addDays, dayIn, validateVisit, type VisitInput } from './validation';

const today = '2026-11-29';
const good: VisitInput = {
  reason: 'SEAL_METER',
  meterSerial: '',
  preferredFrom: '2026-11-30',
  preferredTo: '2026-12-02',
  contactPhone: '9123456789',
  comment: '',
};

describe('AC-4 visit request validation', () => {
  it('takes a range from tomorrow', () => expect(validateVisit(good, today)).toEqual({}));

  it('refuses today, a range ending before it starts, and a bad phone at once', () => {
    expect(validateVisit({ ...good, preferredFrom: today, preferredTo: '2026-11-28', contactPhone: '123' }, today)).toEqual({
      preferredFrom: 'visits.error.fromFuture',
      preferredTo: 'visits.error.toBeforeFrom',
      contactPhone: 'visits.error.phone',
    });
  });

  it('refuses days beyond 90 days and a missing reason', () => {
    const far = addDays(today, 91);
    expect(validateVisit({ ...good, reason: '', preferredFrom: far, preferredTo: far }, today)).toEqual({
      reason: 'visits.error.reason',
      preferredFrom: 'visits.error.horizon',
      preferredTo: 'visits.error.horizon',
    });
  });

  it("takes today in the utility's zone: at 21:30 UTC it is already tomorrow in Moscow", () => {
    const lateEvening = new Date('2026-11-29T21:30:00Z');
    expect(dayIn(lateEvening)).toBe('2026-11-30');
    expect(dayIn(lateEvening, 'UTC')).toBe('2026-11-29');
    expect(validateVisit(good, dayIn(lateEvening))).toEqual({ preferredFrom: 'visits.error.fromFuture' });
  });

  it('counts days across months', () => expect(addDays('2026-12-30', 3)).toBe('2027-01-02'));
});
