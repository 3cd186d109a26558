import { describe, expect, it } from 'vitest';
import { countdown, dayName, periodName, phaseAt, type WindowState } from './window';

// metering's answer on 2026-11-20 (Moscow): the window 15–25 November, closing at midnight Moscow time
const open: WindowState = {
  open: true,
  period: '2026-11',
  opensOn: '2026-11-15',
  closesOn: '2026-11-25',
  opensAt: '2026-11-14T21:00:00Z',
  closesAt: '2026-11-25T21:00:00Z',
};
// and on 2026-11-26 (Moscow): closed, readings count for December
const closed: WindowState = {
  open: false,
  period: '2026-12',
  opensOn: '2026-12-15',
  closesOn: '2026-12-25',
  opensAt: '2026-12-14T21:00:00Z',
  closesAt: '2026-12-25T21:00:00Z',
};

describe('MT-2 the submission window and its countdown', () => {
  it('counts down to the instant metering gives, whatever the browser\'s zone (the close is 21:00 UTC)', () => {
    expect(countdown(open.closesAt, new Date('2026-11-24T18:30:00Z'))).toEqual({ days: 1, hours: 2, minutes: 30 });
    expect(countdown(open.closesAt, new Date('2026-11-25T20:59:30Z'))).toEqual({ days: 0, hours: 0, minutes: 1 });
    expect(countdown(open.closesAt, new Date('2026-11-26T00:00:00Z'))).toEqual({ days: 0, hours: 0, minutes: 0 });
  });

  it('is open until metering\'s close, then says the window changed instead of guessing the next one', () => {
    expect(phaseAt(open, new Date('2026-11-25T20:00:00Z'))).toEqual({
      phase: 'open',
      left: { days: 0, hours: 1, minutes: 0 },
    });
    // 23:30 on the 25th in UTC is already the 26th in Moscow: the window is over
    expect(phaseAt(open, new Date('2026-11-25T23:30:00Z'))).toEqual({ phase: 'ended' });
  });

  it('when closed, counts down to the opening', () => {
    expect(phaseAt(closed, new Date('2026-12-13T21:00:00Z'))).toEqual({
      phase: 'closed',
      untilOpen: { days: 1, hours: 0, minutes: 0 },
    });
  });

  it('names the period and the days without any time zone', () => {
    expect(periodName('2026-12')).toBe('декабрь 2026');
    expect(periodName('2027-01', 'en')).toBe('January 2027');
    expect(dayName('2026-11-25')).toBe('25.11.2026');
  });
});
