import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { call, identityApi } from '../api/client';
import { ApiError, readableMessage } from '../api/problem';
import { Shell } from '../layout/Shell';
import { CheckIcon } from '../ui/icons';
import { useDocumentTitle } from '../ui/useDocumentTitle';
import { Captcha } from './Captcha';
import { normaliseAccountNumber } from './form';
import { TextField } from './TextField';

const LOGIN = '/oauth2/authorization/keycloak';
const NAME = /^\p{L}[\p{L}' \u2010-\u2015-]{0,99}$/u;
const USERNAME = /^[A-Za-z0-9][A-Za-z0-9._-]{2,44}$/;
const EMAIL = /^[^@\s]{1,64}@[^@\s.]+(\.[^@\s.]+)+$/;

/** A Russian mobile number as typed (10 digits, or with +7 / 8 in front, spaces, brackets, dashes); '' otherwise. */
export function normalisePhone(typed: string): string {
  let digits = typed.replace(/[\s()-]/g, '');
  if (digits.startsWith('+7')) digits = digits.slice(2);
  else if (digits.length === 11 && (digits.startsWith('8') || digits.startsWith('7'))) digits = digits.slice(1);
  return /^9[0-9]{9}$/.test(digits) ? `+7${digits}` : '';
}

type Step1 = { accountNumber: string; phone: string };
type Step2 = {
  code: string;
  username: string;
  firstName: string;
  surname: string;
  password: string;
  passwordRepeat: string;
  email: string;
  consent: boolean;
};

/**
 * ID-3 (manual 004): registration by mobile phone and account number. The steps are visible: 1. the account number and
 * the phone on record → «Отправить код» (captcha); 2. «Код отправлен на +7 *** ***-**-89», the code and the login's
 * fields → registered, then log in. Problems from identity-service go next to their fields; a phone that is not on
 * record (the same answer for a missing account) shows what to do next.
 */
export function PhoneRegisterPage() {
  const { t } = useTranslation();
  const formId = useId();
  useDocumentTitle(t('registerPhone.title'));
  const [step1, setStep1] = useState<Step1>({ accountNumber: '', phone: '' });
  const [step2, setStep2] = useState<Step2>({
    code: '',
    username: '',
    firstName: '',
    surname: '',
    password: '',
    passwordRepeat: '',
    email: '',
    consent: false,
  });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [alert, setAlert] = useState<string | null>(null);
  const [sent, setSent] = useState<{ confirmationId: string; phone: string } | null>(null);
  const [captcha, setCaptcha] = useState<string | null>(null);
  const [captchaReset, setCaptchaReset] = useState(0);
  const [busy, setBusy] = useState(false);
  const [registered, setRegistered] = useState<{ username: string; accountNumber: string } | null>(null);
  const inputs = useRef<Record<string, HTMLInputElement | null>>({});

  const showProblems = (error: unknown, known: string[]) => {
    const byField: Record<string, string> = {};
    let unmatched: string | undefined;
    if (error instanceof ApiError) {
      for (const [field, message] of Object.entries(error.fieldErrors)) {
        if (known.includes(field)) byField[field] = message;
        else unmatched = unmatched ? `${unmatched}; ${message}` : message;
      }
    }
    setErrors(byField);
    setAlert(unmatched ?? readableMessage(error, t));
    const first = known.find((f) => byField[f]);
    if (first) inputs.current[first]?.focus();
  };

  const sendCode = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (busy) return;
    setAlert(null);
    const problems: Record<string, string> = {};
    if (!normaliseAccountNumber(step1.accountNumber)) problems.accountNumber = t('register.error.accountNumber');
    if (!normalisePhone(step1.phone)) problems.phone = t('registerPhone.error.phone');
    if (!captcha) problems.captcha = t('register.error.captcha');
    setErrors(problems);
    if (Object.keys(problems).length > 0) {
      inputs.current[Object.keys(problems)[0]]?.focus();
      return;
    }
    setBusy(true);
    try {
      const answer = await call(
        identityApi.POST('/v1/registrations/phone-codes', {
          body: { accountNumber: step1.accountNumber.trim(), phone: step1.phone.trim(), captcha: captcha ?? '' },
        }),
      );
      setSent({ confirmationId: answer.confirmationId, phone: answer.phone });
      setTimeout(() => inputs.current.code?.focus(), 0);
    } catch (error) {
      setCaptchaReset((n) => n + 1);
      showProblems(error, ['accountNumber', 'phone', 'captcha']);
    } finally {
      setBusy(false);
    }
  };

  const complete = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (busy || !sent) return;
    setAlert(null);
    const problems: Record<string, string> = {};
    if (!/^[0-9]{6}$/.test(step2.code.trim())) problems.code = t('registerPhone.error.code');
    if (!USERNAME.test(step2.username.trim())) problems.username = t('register.error.username');
    if (!NAME.test(step2.firstName.trim())) problems.firstName = t('register.error.firstName');
    if (!NAME.test(step2.surname.trim())) problems.surname = t('register.error.surname');
    if (step2.password.length < 8 || !/[0-9]/.test(step2.password) || step2.password === step2.username)
      problems.password = t('register.error.password');
    if (step2.passwordRepeat !== step2.password) problems.passwordRepeat = t('register.error.passwordRepeat');
    if (step2.email.trim() && !EMAIL.test(step2.email.trim())) problems.email = t('register.error.email');
    if (!step2.consent) problems.consent = t('register.error.consent');
    setErrors(problems);
    if (Object.keys(problems).length > 0) {
      inputs.current[Object.keys(problems)[0]]?.focus();
      return;
    }
    setBusy(true);
    try {
      const done = await call(
        identityApi.POST('/v1/registrations/by-phone', {
          body: {
            confirmationId: sent.confirmationId,
            code: step2.code.trim(),
            accountNumber: step1.accountNumber.trim(),
            phone: step1.phone.trim(),
            username: step2.username.trim(),
            firstName: step2.firstName.trim(),
            surname: step2.surname.trim(),
            password: step2.password,
            email: step2.email.trim() ? step2.email.trim() : null,
            consent: step2.consent,
          },
        }),
      );
      setRegistered({ username: done.username, accountNumber: done.accountNumber });
    } catch (error) {
      showProblems(error, ['code', 'username', 'firstName', 'surname', 'password', 'email', 'consent']);
    } finally {
      setBusy(false);
    }
  };

  if (registered) {
    return (
      <Shell me={null}>
        <section className="register page-narrow" aria-labelledby="register-done">
          <div className="notice notice--success" role="status" data-testid="registered">
            <span className="notice__icon">
              <CheckIcon />
            </span>
            <div className="notice__body">
              <h1 className="notice__title" id="register-done">
                {t('register.done.title')}
              </h1>
              <p>{t('register.done.text', { username: registered.username, accountNumber: registered.accountNumber })}</p>
            </div>
          </div>
          <a className="button button--primary button--large" href={LOGIN} data-testid="login-after-register">
            {t('landing.login')}
          </a>
        </section>
      </Shell>
    );
  }

  const required = t('register.required');
  const text = (
    name: string,
    value: string,
    set: (v: string) => void,
    extra: Partial<Parameters<typeof TextField>[0]> = {},
  ) => (
    <TextField
      ref={(el) => {
        inputs.current[name] = el;
      }}
      id={`${formId}-${name}`}
      name={name}
      label={t(`registerPhone.field.${name}`)}
      requiredNote={extra.optional ? t('registerPhone.optional') : required}
      value={value}
      onChange={(v) => {
        set(v);
        if (errors[name]) setErrors(({ [name]: _, ...rest }) => rest);
      }}
      message={errors[name]}
      {...extra}
    />
  );

  return (
    <Shell me={null}>
      <section className="register page-narrow" aria-labelledby="register-phone-title">
        <h1 id="register-phone-title">{t('registerPhone.title')}</h1>
        <ol className="register__steps" aria-label={t('registerPhone.steps')}>
          <li aria-current={!sent ? 'step' : undefined}>{t('registerPhone.step1')}</li>
          <li aria-current={sent ? 'step' : undefined}>{t('registerPhone.step2')}</li>
        </ol>
        {alert && (
          <div className="notice notice--error" role="alert" data-testid="register-error">
            <div className="notice__body">
              <p>{alert}</p>
            </div>
          </div>
        )}
        {!sent ? (
          <form className="register__form card card__pad" noValidate onSubmit={sendCode} aria-labelledby="register-phone-title">
            {text('accountNumber', step1.accountNumber, (v) => setStep1((s) => ({ ...s, accountNumber: v })), {
              inputMode: 'numeric',
              hint: t('register.example', { example: '1000 000 011' }),
            })}
            {text('phone', step1.phone, (v) => setStep1((s) => ({ ...s, phone: v })), {
              type: 'tel',
              inputMode: 'tel',
              autoComplete: 'tel-national',
              hint: t('registerPhone.phoneHint'),
            })}
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
              {t('registerPhone.sendCode')}
            </button>
          </form>
        ) : (
          <form className="register__form card card__pad" noValidate onSubmit={complete} aria-labelledby="register-phone-title">
            <p className="notice notice--success" role="status" data-testid="code-sent">
              {t('registerPhone.codeSent', { phone: sent.phone })}
            </p>
            {text('code', step2.code, (v) => setStep2((s) => ({ ...s, code: v })), {
              inputMode: 'numeric',
              autoComplete: 'one-time-code',
              hint: t('registerPhone.codeHint'),
            })}
            {text('username', step2.username, (v) => setStep2((s) => ({ ...s, username: v })), {
              autoComplete: 'username',
              hint: t('register.example', { example: 'ivanova_anna' }),
            })}
            {text('firstName', step2.firstName, (v) => setStep2((s) => ({ ...s, firstName: v })), {
              autoComplete: 'given-name',
            })}
            {text('surname', step2.surname, (v) => setStep2((s) => ({ ...s, surname: v })), {
              autoComplete: 'family-name',
            })}
            {text('password', step2.password, (v) => setStep2((s) => ({ ...s, password: v })), {
              type: 'password',
              autoComplete: 'new-password',
              hint: t('register.passwordHint'),
            })}
            {text('passwordRepeat', step2.passwordRepeat, (v) => setStep2((s) => ({ ...s, passwordRepeat: v })), {
              type: 'password',
              autoComplete: 'new-password',
            })}
            {text('email', step2.email, (v) => setStep2((s) => ({ ...s, email: v })), {
              type: 'email',
              inputMode: 'email',
              autoComplete: 'email',
              optional: true,
              hint: t('register.emailHint'),
            })}
            <div className={`field field--check${errors.consent ? ' field--invalid' : ''}`}>
              <label className="check" htmlFor={`${formId}-consent`}>
                <input
                  ref={(el) => {
                    inputs.current.consent = el;
                  }}
                  id={`${formId}-consent`}
                  type="checkbox"
                  checked={step2.consent}
                  onChange={(e) => {
                    const consent = e.target.checked;
                    setStep2((s) => ({ ...s, consent }));
                    if (consent) setErrors(({ consent: _, ...rest }) => rest);
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
            <button type="submit" className="button button--primary button--large" disabled={busy} aria-busy={busy || undefined}>
              {t('register.submit')}
            </button>
          </form>
        )}
        <details className="register__terms card card__pad" id="consent-terms">
          <summary>{t('register.consentTerms')}</summary>
          <p>{t('register.consentText')}</p>
        </details>
        <p className="register__login">
          <Link to="/register">{t('registerPhone.byAccount')}</Link> · {t('register.haveLogin')}{' '}
          <a href={LOGIN}>{t('landing.login')}</a>
        </p>
      </section>
    </Shell>
  );
}
