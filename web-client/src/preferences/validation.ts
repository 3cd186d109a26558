/**
 * AC-3 checks as the resident types, the same rules account-service applies (it decides; these only
 * spare a round trip): a Russian mobile number (9123456789, 8 912 345-67-89, +7 (912) 345-67-89) and
 * an e-mail of the form name@domain.tld; SMS informing needs a phone, e-mail informing and the bill
 * by e-mail need an e-mail.
 */
export interface PreferencesInput {
  phone: string;
  email: string;
  smsInforming: boolean;
  emailInforming: boolean;
  billDelivery: 'PAPER' | 'EMAIL';
}

export type PreferencesField = 'phone' | 'email';

/** i18n keys of the problems, per field. */
export type PreferencesIssues = Partial<Record<PreferencesField, string>>;

const MOBILE = /^(?:\+7|7|8)?(9\d{9})$/;
const EMAIL = /^[^@\s]{1,64}@[^@\s.]+(\.[^@\s.]+)+$/;

/** The number in E.164 (+79123456789), or null when it is not a Russian mobile number. */
export function normalisePhone(typed: string): string | null {
  const match = MOBILE.exec(typed.trim().replace(/[\s()-]/g, ''));
  return match ? `+7${match[1]}` : null;
}

export function isEmail(typed: string): boolean {
  const value = typed.trim();
  return value.length <= 254 && EMAIL.test(value);
}

export function validatePreferences(input: PreferencesInput): PreferencesIssues {
  const issues: PreferencesIssues = {};
  const phone = input.phone.trim();
  const email = input.email.trim();
  if (phone !== '' && normalisePhone(phone) === null) issues.phone = 'preferences.error.phone';
  else if (phone === '' && input.smsInforming) issues.phone = 'preferences.error.phoneForSms';
  if (email !== '' && !isEmail(email)) issues.email = 'preferences.error.email';
  else if (email === '' && input.emailInforming) issues.email = 'preferences.error.emailForInforming';
  else if (email === '' && input.billDelivery === 'EMAIL') issues.email = 'preferences.error.emailForBill';
  return issues;
}

/** +79123456789 -> 9123456789, as the field shows it (the country code is printed beside it). */
export function localPhone(e164: string | null | undefined): string {
  return e164 && e164.startsWith('+7') ? e164.slice(2) : (e164 ?? '');
}
