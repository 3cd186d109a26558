import { describe, expect, it } from 'vitest';
import { localPhone, normalisePhone, validatePreferences, type PreferencesInput } from './validation';

const base: PreferencesInput = { phone: '', email: '', smsInforming: false, emailInforming: false, billDelivery: 'PAPER' };

describe('AC-3 preferences validation', () => {
  it.each(['9123456789', '89123456789', '+79123456789', '+7 (912) 345-67-89', '8 912 345 67 89'])(
    'normalises the Russian mobile number %s to E.164',
    (typed) => expect(normalisePhone(typed)).toBe('+79123456789'),
  );

  it.each(['12345', '4951234567', '+442079460958', '991234567890'])('refuses %s', (typed) => {
    expect(normalisePhone(typed)).toBeNull();
    expect(validatePreferences({ ...base, phone: typed }).phone).toBe('preferences.error.phone');
  });

  it('refuses an e-mail that is no address', () => {
    expect(validatePreferences({ ...base, email: 'anna@' }).email).toBe('preferences.error.email');
    expect(validatePreferences({ ...base, email: 'anna@mail.ru' }).email).toBeUndefined();
  });

  it('asks for the contact that a choice needs', () => {
    const issues = validatePreferences({ ...base, smsInforming: true, billDelivery: 'EMAIL' });
    expect(issues).toEqual({ phone: 'preferences.error.phoneForSms', email: 'preferences.error.emailForBill' });
  });

  it('shows a stored number without its country code', () => {
    expect(localPhone('+79123456789')).toBe('9123456789');
    expect(localPhone(null)).toBe('');
  });
});
