import { describe, expect, it } from 'vitest';
import { checkForm, EMPTY, normaliseAccountNumber, registrationRequest } from './form';

describe('ID-1 registration form rules', () => {
  it('ID-1 takes the account number as typed: spaces, dashes, dots', () => {
    for (const typed of ['1000000011', '1000 000 011', '1000-000-011', ' 1000.000.011 ', '1000\u00a0000\u00a0011']) {
      expect(normaliseAccountNumber(typed)).toBe('1000000011');
    }
    for (const typed of ['', '123', '12345678901234', '1000000O11']) {
      expect(normaliseAccountNumber(typed)).toBe('');
    }
  });

  it('ID-1 names every problem at once; the meter field only once it was asked for', () => {
    const problems = checkForm(EMPTY, false);
    expect(Object.keys(problems)).toEqual([
      'accountNumber',
      'surname',
      'firstName',
      'username',
      'password',
      'passwordRepeat',
      'email',
      'consent',
    ]);
    expect(checkForm(EMPTY, true).meterSerialNumber).toBe('register.error.meterSerialNumber');
  });

  it('ID-1 a filled form passes; the password is typed twice and differs from the username', () => {
    const values = {
      ...EMPTY,
      accountNumber: '1000 000 011',
      surname: 'Семёнова',
      firstName: 'Ольга',
      username: 'semenova',
      password: 'Kabinet-2026',
      passwordRepeat: 'Kabinet-2026',
      email: 'olga@example.ru',
      consent: true,
    };
    expect(checkForm(values, false)).toEqual({});
    expect(checkForm({ ...values, passwordRepeat: 'Kabinet-2027' }, false)).toEqual({
      passwordRepeat: 'register.error.passwordRepeat',
    });
    expect(checkForm({ ...values, password: 'semenova1', passwordRepeat: 'semenova1', username: 'semenova1' }, false))
      .toEqual({ password: 'register.error.password' });
    expect(registrationRequest(values, false, 'c')).toEqual({
      accountNumber: '1000 000 011',
      surname: 'Семёнова',
      firstName: 'Ольга',
      meterSerialNumber: null,
      username: 'semenova',
      password: 'Kabinet-2026',
      email: 'olga@example.ru',
      consent: true,
      captcha: 'c',
    });
  });
});
