/**
 * ID-1 registration form: what the resident typed, checked as they type with the same rules identity-service applies
 * (the server has the last word: its problem `errors[]` are shown next to the same fields). Account numbers are
 * normalised the server's way: spaces, dashes, dots and slashes are taken out.
 */
export interface RegistrationValues {
  accountNumber: string;
  surname: string;
  firstName: string;
  meterSerialNumber: string;
  username: string;
  password: string;
  passwordRepeat: string;
  email: string;
  consent: boolean;
}

export type RegistrationField = keyof RegistrationValues | 'captcha';

export const EMPTY: RegistrationValues = {
  accountNumber: '',
  surname: '',
  firstName: '',
  meterSerialNumber: '',
  username: '',
  password: '',
  passwordRepeat: '',
  email: '',
  consent: false,
};

/** Digits only, as identity-service stores them; '' when what remains is not 10 to 13 digits. */
export function normaliseAccountNumber(typed: string): string {
  const digits = typed.replace(/[\s\u00a0\u2010-\u2015\u2212./-]/g, '');
  return /^[0-9]{10,13}$/.test(digits) ? digits : '';
}

const NAME = /^\p{L}[\p{L}' \u2010-\u2015-]{0,99}$/u;
const USERNAME = /^[A-Za-z0-9][A-Za-z0-9._-]{2,44}$/;
const EMAIL = /^[^@\s]{1,64}@[^@\s.]+(\.[^@\s.]+)+$/;

/** i18n keys of the problems in one field; undefined when it is fine (an untouched field is judged on submit). */
export function checkField(
  field: keyof RegistrationValues,
  values: RegistrationValues,
  meterAsked: boolean,
): string | undefined {
  const value = values[field];
  switch (field) {
    case 'accountNumber':
      return normaliseAccountNumber(values.accountNumber) ? undefined : 'register.error.accountNumber';
    case 'surname':
      return NAME.test(values.surname.trim()) ? undefined : 'register.error.surname';
    case 'firstName':
      return NAME.test(values.firstName.trim()) ? undefined : 'register.error.firstName';
    case 'meterSerialNumber':
      if (!meterAsked) return undefined;
      return values.meterSerialNumber.trim() && values.meterSerialNumber.trim().length <= 40
        ? undefined
        : 'register.error.meterSerialNumber';
    case 'username':
      return USERNAME.test(values.username.trim()) ? undefined : 'register.error.username';
    case 'password':
      return values.password.length >= 8 && /[0-9]/.test(values.password) && values.password !== values.username
        ? undefined
        : 'register.error.password';
    case 'passwordRepeat':
      return values.passwordRepeat === values.password && values.password !== ''
        ? undefined
        : 'register.error.passwordRepeat';
    case 'email':
      return EMAIL.test(values.email.trim()) && values.email.trim().length <= 254 ? undefined : 'register.error.email';
    case 'consent':
      return value ? undefined : 'register.error.consent';
    default:
      return undefined;
  }
}

export const FIELDS: (keyof RegistrationValues)[] = [
  'accountNumber',
  'surname',
  'firstName',
  'meterSerialNumber',
  'username',
  'password',
  'passwordRepeat',
  'email',
  'consent',
];

/** Every field's problem at once, in the form's order. */
export function checkForm(values: RegistrationValues, meterAsked: boolean): Partial<Record<RegistrationField, string>> {
  const problems: Partial<Record<RegistrationField, string>> = {};
  for (const field of FIELDS) {
    const problem = checkField(field, values, meterAsked);
    if (problem) problems[field] = problem;
  }
  return problems;
}

/** The body of POST /api/identity/v1/registrations. */
export function registrationRequest(values: RegistrationValues, meterAsked: boolean, captcha: string) {
  return {
    accountNumber: values.accountNumber.trim(),
    surname: values.surname.trim(),
    firstName: values.firstName.trim(),
    meterSerialNumber: meterAsked && values.meterSerialNumber.trim() ? values.meterSerialNumber.trim() : null,
    username: values.username.trim(),
    password: values.password,
    email: values.email.trim(),
    consent: values.consent,
    captcha,
  };
}
