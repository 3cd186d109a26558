import { normalisePhone } from '../preferences/validation';

/**
 * AC-4 checks as the resident fills the form, the same rules account-service applies (it decides):
 * the days that suit a range from tomorrow, the last not before the first, at most 90 days ahead;
 * a contact phone.
 */
export interface VisitInput {
  reason: '' | 'SEAL_METER' | 'CHECK_METER' | 'REPLACE_METER';
  meterSerial: string;
  preferredFrom: string;
  preferredTo: string;
  contactPhone: string;
  comment: string;
}

export type VisitField = 'reason' | 'preferredFrom' | 'preferredTo' | 'contactPhone' | 'comment';
export type VisitIssues = Partial<Record<VisitField, string>>;

export const HORIZON_DAYS = 90;

/**
 * The utility's time zone: account-service decides "tomorrow" there (VisitRequests.UTILITY_ZONE), whatever
 * zone the resident's browser is in.
 */
export const UTILITY_ZONE = 'Europe/Moscow';

/** yyyy-mm-dd of a local date. */
export function isoDay(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** yyyy-mm-dd of the day `now` falls on in `zone` (the utility's by default), not in the browser's zone. */
export function dayIn(now: Date, zone: string = UTILITY_ZONE): string {
  // en-CA writes dates as yyyy-mm-dd
  return new Intl.DateTimeFormat('en-CA', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

export function addDays(day: string, days: number): string {
  const [y, m, d] = day.split('-').map(Number);
  return isoDay(new Date(y, m - 1, d + days));
}

/** `today` as yyyy-mm-dd; the ISO form compares as text. */
export function validateVisit(input: VisitInput, today: string): VisitIssues {
  const issues: VisitIssues = {};
  const horizon = addDays(today, HORIZON_DAYS);
  if (input.reason === '') issues.reason = 'visits.error.reason';
  if (input.preferredFrom === '') issues.preferredFrom = 'visits.error.fromRequired';
  else if (input.preferredFrom <= today) issues.preferredFrom = 'visits.error.fromFuture';
  else if (input.preferredFrom > horizon) issues.preferredFrom = 'visits.error.horizon';
  if (input.preferredTo === '') issues.preferredTo = 'visits.error.toRequired';
  else if (input.preferredFrom !== '' && input.preferredTo < input.preferredFrom) issues.preferredTo = 'visits.error.toBeforeFrom';
  else if (input.preferredTo > horizon) issues.preferredTo = 'visits.error.horizon';
  if (normalisePhone(input.contactPhone) === null) issues.contactPhone = 'visits.error.phone';
  if (input.comment.trim().length > 1000) issues.comment = 'visits.error.comment';
  return issues;
}
