import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { call, identityApi } from '../api/client';
import { ApiError, readableMessage } from '../api/problem';
import { Shell } from '../layout/Shell';
import { CheckIcon } from '../ui/icons';
import { useDocumentTitle } from '../ui/useDocumentTitle';
import { Captcha } from './Captcha';
import { TextField } from './TextField';
import { normaliseAccountNumber } from './form';

const NAME = /^\p{L}[\p{L}' \u2010-\u2015-]{0,59}$/u;
const EMAIL = /^[^@\s]{1,64}@[^@\s.]+(\.[^@\s.]+)+$/;
const READING = /^[0-9]{1,9}([.,][0-9]{1,3})?$/;
const MAX_EXTRA = 9;

type Text = 'accountNumber' | 'surname' | 'firstName' | 'patronymic' | 'phone' | 'email' | 'meterSerialNumber';
type Values = Record<Text, string> & { T1: string; T2: string };
const EMPTY: Values = {
  accountNumber: '',
  surname: '',
  firstName: '',
  patronymic: '',
  phone: '',
  email: '',
  meterSerialNumber: '',
  T1: '',
  T2: '',
};
const PHONE_DIGITS = (typed: string) => typed.replace(/[\s()+-]/g, '').replace(/^(?:7|8)(?=[0-9]{10}$)/, '');

/** i18n key of a field's problem, or undefined when it is fine (the server has the last word). */
function check(field: keyof Values, values: Values, twoZones: boolean): string | undefined {
  const value = values[field].trim();
  switch (field) {
    case 'accountNumber':
      return normaliseAccountNumber(value) ? undefined : 'register.error.accountNumber';
    case 'surname':
    case 'firstName':
      return NAME.test(value) ? undefined : `application.error.${field}`;
    case 'patronymic':
      return value === '' || NAME.test(value) ? undefined : 'application.error.patronymic';
    case 'phone':
      return /^9[0-9]{9}$/.test(PHONE_DIGITS(value)) ? undefined : 'application.error.phone';
    case 'email':
      return EMAIL.test(value) && value.length <= 254 ? undefined : 'register.error.email';
    case 'meterSerialNumber':
      return value !== '' && value.length <= 40 ? undefined : 'application.error.meterSerialNumber';
    case 'T1':
      return READING.test(value) ? undefined : 'application.error.reading';
    case 'T2':
      return !twoZones || READING.test(value) ? undefined : 'application.error.reading';
    default:
      return undefined;
  }
}

/** The problem's `errors[].field` as the form's own name. */
function formField(field: string): string {
  if (field === 'readings.T1' || field === 'readings') return 'T1';
  if (field === 'readings.T2') return 'T2';
  return field;
}

/**
 * ID-4 (manual 000): the access application the utility reviews — account, name (patronymic optional), phone, e-mail,
 * an installed meter's serial number with its current readings (single-rate or day/night), further accounts
 * (optional); consent and a captcha. The answer comes by e-mail within the review days: a one-time link to set the
 * password, or the reason (and a new application may be sent). The status page tells where it stands.
 */
export function ApplicationPage() {
  const { t } = useTranslation();
  const formId = useId();
  useDocumentTitle(t('application.title'));
  const [values, setValues] = useState<Values>(EMPTY);
  const [twoZones, setTwoZones] = useState(false);
  const [extras, setExtras] = useState<string[]>([]);
  const [consent, setConsent] = useState(false);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [alert, setAlert] = useState<string | null>(null);
  const [captcha, setCaptcha] = useState<string | null>(null);
  const [captchaReset, setCaptchaReset] = useState(0);
  const [busy, setBusy] = useState(false);
  const [submitted, setSubmitted] = useState<{ number: number; days: number; email: string } | null>(null);
  const inputs = useRef<Record<string, HTMLInputElement | null>>({});

  const change = (name: keyof Values, value: string) => {
    const next = { ...values, [name]: value };
    setValues(next);
    if (errors[name]) {
      const problem = check(name, next, twoZones);
      setErrors(({ [name]: _, ...rest }) => (problem ? { ...rest, [name]: t(problem) } : rest));
    }
  };
  const blur = (name: keyof Values) => {
    if (values[name] === '' && name !== 'patronymic') return;
    const problem = check(name, values, twoZones);
    setErrors(({ [name]: _, ...rest }) => (problem ? { ...rest, [name]: t(problem) } : rest));
  };

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (busy) return;
    setAlert(null);
    const problems: Record<string, string> = {};
    for (const name of Object.keys(EMPTY) as (keyof Values)[]) {
      const problem = check(name, values, twoZones);
      if (problem) problems[name] = t(problem);
    }
    extras.forEach((extra, i) => {
      if (extra.trim() !== '' && !normaliseAccountNumber(extra)) {
        problems[`extraAccountNumbers[${i}]`] = t('register.error.accountNumber');
      }
    });
    if (!consent) problems.consent = t('register.error.consent');
    if (!captcha) problems.captcha = t('register.error.captcha');
    setErrors(problems);
    if (Object.keys(problems).length > 0) {
      inputs.current[Object.keys(problems)[0]]?.focus();
      return;
    }
    setBusy(true);
    try {
      const readings: Record<string, string> = { T1: values.T1.trim() };
      if (twoZones) readings.T2 = values.T2.trim();
      const done = await call(
        identityApi.POST('/v1/access-applications', {
          body: {
            accountNumber: values.accountNumber.trim(),
            surname: values.surname.trim(),
            firstName: values.firstName.trim(),
            patronymic: values.patronymic.trim() || null,
            phone: values.phone.trim(),
            email: values.email.trim(),
            meterSerialNumber: values.meterSerialNumber.trim(),
            readings,
            extraAccountNumbers: extras.map((e) => e.trim()),
            consent,
            captcha: captcha ?? '',
          },
        }),
      );
      setSubmitted({ number: done.applicationNumber, days: done.reviewDays, email: values.email.trim() });
    } catch (error) {
      const byField: Record<string, string> = {};
      let unmatched: string | undefined;
      if (error instanceof ApiError) {
        for (const [field, message] of Object.entries(error.fieldErrors)) {
          const name = formField(field);
          if (name in EMPTY || name === 'consent' || name.startsWith('extraAccountNumbers[')) byField[name] = message;
          else unmatched = unmatched ? `${unmatched}; ${message}` : message;
        }
      }
      setErrors(byField);
      setAlert(Object.keys(byField).length > 0 && !unmatched ? null : (unmatched ?? readableMessage(error, t)));
      setCaptcha(null);
      setCaptchaReset((n) => n + 1);
    } finally {
      setBusy(false);
    }
  };

  if (submitted) {
    return (
      <Shell me={null}>
        <section className="register page-narrow" aria-labelledby="application-done">
          <div className="notice notice--success" role="status" data-testid="application-submitted">
            <span className="notice__icon">
              <CheckIcon />
            </span>
            <div className="notice__body">
              <h1 className="notice__title" id="application-done">
                {t('application.done.title', { number: submitted.number })}
              </h1>
              <p>{t('application.done.text', { days: submitted.days, email: submitted.email })}</p>
              <p>
                {t('application.done.number')} <strong data-testid="application-number">{submitted.number}</strong>
              </p>
            </div>
          </div>
          <Link className="button button--primary button--large" to="/register/application/status">
            {t('application.status.link')}
          </Link>
        </section>
      </Shell>
    );
  }

  const text = (
    name: keyof Values,
    extra: Partial<Parameters<typeof TextField>[0]> & { example?: string } = {},
  ) => {
    const { example, hint, ...rest } = extra;
    const optional = name === 'patronymic';
    return (
      <TextField
        ref={(el) => {
          inputs.current[name] = el;
        }}
        id={`${formId}-${name}`}
        name={name}
        label={t(`application.field.${name}`)}
        requiredNote={optional ? t('registerPhone.optional') : t('register.required')}
        optional={optional}
        value={values[name]}
        onChange={(v) => change(name, v)}
        onBlur={() => blur(name)}
        message={errors[name]}
        hint={[hint, example ? t('register.example', { example }) : ''].filter(Boolean).join(' ') || undefined}
        {...rest}
      />
    );
  };

  return (
    <Shell me={null}>
      <section className="register page-narrow" aria-labelledby="application-title">
        <h1 id="application-title">{t('application.title')}</h1>
        <p>{t('application.lead')}</p>
        {alert && (
          <div className="notice notice--error" role="alert" data-testid="application-error">
            <div className="notice__body">
              <p>{alert}</p>
            </div>
          </div>
        )}
        <form className="register__form card card__pad" noValidate onSubmit={submit} aria-labelledby="application-title">
          <fieldset className="register__group">
            <legend className="register__legend">{t('application.group.account')}</legend>
            {text('accountNumber', { inputMode: 'numeric', example: '1000 000 011' })}
            {text('surname', { autoComplete: 'family-name', example: 'Иванова' })}
            {text('firstName', { autoComplete: 'given-name', example: 'Анна' })}
            {text('patronymic', { autoComplete: 'additional-name', example: 'Сергеевна' })}
          </fieldset>
          <fieldset className="register__group">
            <legend className="register__legend">{t('application.group.contacts')}</legend>
            {text('phone', { type: 'tel', inputMode: 'tel', autoComplete: 'tel-national', example: '9123456789' })}
            {text('email', {
              type: 'email',
              inputMode: 'email',
              autoComplete: 'email',
              hint: t('application.emailWarning'),
              example: 'anna@example.ru',
            })}
          </fieldset>
          <fieldset className="register__group">
            <legend className="register__legend">{t('application.group.meter')}</legend>
            {text('meterSerialNumber', { hint: t('application.meterHint'), example: 'ЭМ-101-2019' })}
            <fieldset className="preferences__group">
              <legend className="field__label">{t('application.tariff')}</legend>
              {([false, true] as const).map((two) => (
                <label className="preferences__check" key={String(two)}>
                  <input
                    type="radio"
                    name="tariff"
                    checked={twoZones === two}
                    onChange={() => {
                      setTwoZones(two);
                      if (!two) setErrors(({ T2: _, ...rest }) => rest);
                    }}
                    data-testid={two ? 'tariff-two' : 'tariff-one'}
                  />
                  <span>{t(two ? 'application.tariffTwo' : 'application.tariffOne')}</span>
                </label>
              ))}
            </fieldset>
            {text('T1', { inputMode: 'text', example: '12345,6' })}
            {twoZones && text('T2', { inputMode: 'text', example: '4321' })}
          </fieldset>
          <fieldset className="register__group">
            <legend className="register__legend">
              {t('application.group.extra')} <span className="field__required">({t('registerPhone.optional')})</span>
            </legend>
            <p className="field__hint">{t('application.extraHint')}</p>
            {extras.map((extra, i) => (
              <TextField
                key={i}
                ref={(el) => {
                  inputs.current[`extraAccountNumbers[${i}]`] = el;
                }}
                id={`${formId}-extra-${i}`}
                name={`extraAccountNumbers-${i}`}
                label={t('application.field.extra', { n: i + 1 })}
                requiredNote={t('registerPhone.optional')}
                optional
                inputMode="numeric"
                value={extra}
                onChange={(v) => {
                  setExtras((list) => list.map((e, j) => (j === i ? v : e)));
                  setErrors(({ [`extraAccountNumbers[${i}]`]: _, ...rest }) => rest);
                }}
                message={errors[`extraAccountNumbers[${i}]`]}
              />
            ))}
            {extras.length < MAX_EXTRA && (
              <button
                type="button"
                className="button button--secondary"
                onClick={() => setExtras((list) => [...list, ''])}
                data-testid="add-extra"
              >
                {t('application.addExtra')}
              </button>
            )}
          </fieldset>
          <div className={`field field--check${errors.consent ? ' field--invalid' : ''}`}>
            <label className="check" htmlFor={`${formId}-consent`}>
              <input
                ref={(el) => {
                  inputs.current.consent = el;
                }}
                id={`${formId}-consent`}
                type="checkbox"
                checked={consent}
                onChange={(e) => {
                  setConsent(e.target.checked);
                  if (e.target.checked) setErrors(({ consent: _, ...rest }) => rest);
                }}
                aria-invalid={errors.consent ? true : undefined}
                aria-describedby={errors.consent ? `${formId}-consent-error` : undefined}
              />
              <span>
                {t('register.consent')}{' '}
                <a href="#consent-terms" className="link">
                  {t('register.consentTerms')}
                </a>
              </span>
            </label>
            {errors.consent && (
              <p className="field__error" id={`${formId}-consent-error`} data-testid="error-consent">
                {errors.consent}
              </p>
            )}
          </div>
          <div className={`field${errors.captcha ? ' field--invalid' : ''}`}>
            <Captcha
              onChange={(payload) => {
                setCaptcha(payload);
                if (payload) setErrors(({ captcha: _, ...rest }) => rest);
              }}
              resetKey={captchaReset}
              describedBy={errors.captcha ? `${formId}-captcha-error` : undefined}
            />
            {errors.captcha && (
              <p className="field__error" id={`${formId}-captcha-error`} data-testid="error-captcha">
                {errors.captcha}
              </p>
            )}
          </div>
          <button type="submit" className="button button--primary button--large" disabled={busy} aria-busy={busy || undefined}>
            {t('application.submit')}
          </button>
        </form>
        <details className="register__terms card card__pad" id="consent-terms">
          <summary>{t('register.consentTerms')}</summary>
          <p>{t('register.consentText')}</p>
        </details>
        <p className="register__login">
          <Link to="/register/application/status" data-testid="application-status-link">
            {t('application.status.link')}
          </Link>
          {' · '}
          <Link to="/register">{t('registerPhone.byAccount')}</Link>
        </p>
      </section>
    </Shell>
  );
}
