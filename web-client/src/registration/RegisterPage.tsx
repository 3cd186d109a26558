import { useId, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { call, identityApi } from '../api/client';
import { ApiError, readableMessage } from '../api/problem';
import { Shell } from '../layout/Shell';
import { CheckIcon } from '../ui/icons';
import { useDocumentTitle } from '../ui/useDocumentTitle';
import { Captcha } from './Captcha';
import {
  checkField,
  checkForm,
  EMPTY,
  FIELDS,
  registrationRequest,
  type RegistrationField,
  type RegistrationValues,
} from './form';

const LOGIN = '/oauth2/authorization/keycloak';

/**
 * ID-1: a visitor registers by account number and the owner's surname (manuals 001, 003). Each field has an example
 * under it and its problem next to it as the resident types (after the first look at it) — the browser's rules first,
 * then identity-service's problem `errors[]` on the same fields. When the surname does not identify the owner the
 * server asks for a meter's serial number: the field appears and takes the focus. When automatic registration is
 * impossible the server's detail says what to do next (office, passport) in an alert. Sending the form means consent
 * to personal-data processing, given by a checkbox with the terms one click away.
 */
export function RegisterPage() {
  const { t } = useTranslation();
  const formId = useId();
  useDocumentTitle(t('register.title'));
  const [values, setValues] = useState<RegistrationValues>(EMPTY);
  const [touched, setTouched] = useState<Partial<Record<RegistrationField, boolean>>>({});
  const [local, setLocal] = useState<Partial<Record<RegistrationField, string>>>({});
  const [server, setServer] = useState<Partial<Record<string, string>>>({});
  const [alert, setAlert] = useState<{ message: string; traceId?: string } | null>(null);
  const [meterAsked, setMeterAsked] = useState(false);
  const [captcha, setCaptcha] = useState<string | null>(null);
  const [captchaReset, setCaptchaReset] = useState(0);
  const [submitting, setSubmitting] = useState(false);
  const [registered, setRegistered] = useState<{ username: string; accountNumber: string } | null>(null);
  const inputs = useRef<Partial<Record<RegistrationField, HTMLInputElement | null>>>({});

  const messageOf = (field: RegistrationField): string | undefined => {
    const key = local[field];
    if (key) return t(key);
    return server[field];
  };

  const change = <K extends keyof RegistrationValues>(field: K, value: RegistrationValues[K]) => {
    const next = { ...values, [field]: value };
    setValues(next);
    if (server[field]) setServer(({ [field]: _, ...rest }) => rest);
    // as the resident types: once a field was left (or the form sent), keep judging it
    if (touched[field] || field === 'consent') {
      const problem = checkField(field, next, meterAsked);
      setLocal(({ [field]: _, ...rest }) => (problem ? { ...rest, [field]: problem } : rest));
    }
    if (field === 'password' && touched.passwordRepeat) {
      const problem = checkField('passwordRepeat', next, meterAsked);
      setLocal(({ passwordRepeat: _, ...rest }) => (problem ? { ...rest, passwordRepeat: problem } : rest));
    }
  };

  const leave = (field: keyof RegistrationValues) => {
    if (values[field] === '' && !touched[field]) return; // do not scold an untouched field
    setTouched((seen) => ({ ...seen, [field]: true }));
    const problem = checkField(field, values, meterAsked);
    setLocal(({ [field]: _, ...rest }) => (problem ? { ...rest, [field]: problem } : rest));
  };

  const focusFirst = (problems: Partial<Record<string, string>>) => {
    const first = [...FIELDS, 'captcha' as const].find((f) => problems[f]);
    if (first) inputs.current[first]?.focus();
  };

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (submitting) return;
    setAlert(null);
    setServer({});
    const problems: Partial<Record<RegistrationField, string>> = checkForm(values, meterAsked);
    if (!captcha) problems.captcha = 'register.error.captcha';
    setLocal(problems);
    setTouched(Object.fromEntries(FIELDS.map((f) => [f, true])));
    if (Object.keys(problems).length > 0) {
      focusFirst(problems);
      return;
    }
    setSubmitting(true);
    try {
      const done = await call(
        identityApi.POST('/v1/registrations', { body: registrationRequest(values, meterAsked, captcha ?? '') }),
      );
      setRegistered({ username: done.username, accountNumber: done.accountNumber });
    } catch (error) {
      // a solution serves one form only: solve a new one for the next attempt
      setCaptchaReset((n) => n + 1);
      const byField: Record<string, string> = {};
      let unmatched: string | undefined;
      if (error instanceof ApiError) {
        for (const [field, message] of Object.entries(error.fieldErrors)) {
          if ((FIELDS as string[]).includes(field) || field === 'captcha') byField[field] = message;
          else unmatched = unmatched ? `${unmatched}; ${message}` : message;
        }
        if (error.is('meter-serial-needed')) {
          setMeterAsked(true);
          setServer(byField);
          setAlert({ message: readableMessage(error, t) });
          setTimeout(() => inputs.current.meterSerialNumber?.focus(), 0);
          return;
        }
      }
      setServer(byField);
      const hasFields = Object.keys(byField).length > 0;
      setAlert(
        hasFields && !unmatched
          ? { message: t('register.fixFields') }
          : { message: unmatched ?? readableMessage(error, t), traceId: error instanceof ApiError ? error.traceId : undefined },
      );
      focusFirst(byField);
    } finally {
      setSubmitting(false);
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

  const field = (
    name: keyof RegistrationValues,
    input: {
      type?: string;
      autoComplete?: string;
      inputMode?: 'numeric' | 'email' | 'text';
      example?: string;
      hint?: string;
      optional?: boolean;
    },
  ): ReactNode => {
    const id = `${formId}-${name}`;
    const message = messageOf(name);
    const hint = input.hint ?? (input.example ? t('register.example', { example: input.example }) : undefined);
    const hintId = `${id}-hint`;
    const errorId = `${id}-error`;
    return (
      <div className={`field${message ? ' field--invalid' : ''}`}>
        <label className="field__label" htmlFor={id}>
          {t(`register.field.${name}`)}
          {input.optional ? null : <span className="field__required"> ({t('register.required')})</span>}
        </label>
        <input
          ref={(el) => {
            inputs.current[name] = el;
          }}
          id={id}
          name={name}
          className="field__input field__input--text"
          type={input.type ?? 'text'}
          autoComplete={input.autoComplete ?? 'off'}
          inputMode={input.inputMode}
          spellCheck={false}
          required={!input.optional}
          value={values[name] as string}
          onChange={(e) => change(name, e.target.value)}
          onBlur={() => leave(name)}
          aria-invalid={message ? true : undefined}
          aria-describedby={[message ? errorId : '', hint ? hintId : ''].filter(Boolean).join(' ') || undefined}
        />
        {message && (
          <p className="field__error" id={errorId} data-testid={`error-${name}`}>
            {message}
          </p>
        )}
        {hint && (
          <p className="field__hint" id={hintId}>
            {hint}
          </p>
        )}
      </div>
    );
  };

  const consentMessage = messageOf('consent');
  const captchaMessage = messageOf('captcha');
  return (
    <Shell me={null}>
      <section className="register page-narrow" aria-labelledby="register-title">
        <h1 id="register-title">{t('register.title')}</h1>
        <p className="register__lead">{t('register.lead')}</p>
        {alert && (
          <div className="notice notice--error" role="alert" data-testid="register-error">
            <div className="notice__body">
              <p>{alert.message}</p>
              {alert.traceId && <p className="notice__meta">{t('errors.traceId', { traceId: alert.traceId })}</p>}
            </div>
          </div>
        )}
        <form className="register__form card card__pad" noValidate onSubmit={submit} aria-labelledby="register-title">
          <fieldset className="register__group">
            <legend className="register__legend">{t('register.group.account')}</legend>
            {field('accountNumber', { inputMode: 'numeric', example: '1000 000 011' })}
            {field('surname', { autoComplete: 'family-name', example: 'Иванова' })}
            {meterAsked && field('meterSerialNumber', { hint: t('register.meterHint') })}
          </fieldset>
          <fieldset className="register__group">
            <legend className="register__legend">{t('register.group.login')}</legend>
            {field('firstName', { autoComplete: 'given-name', example: 'Анна' })}
            {field('username', { autoComplete: 'username', example: 'ivanova_anna' })}
            {field('password', { type: 'password', autoComplete: 'new-password', hint: t('register.passwordHint') })}
            {field('passwordRepeat', { type: 'password', autoComplete: 'new-password' })}
            {field('email', {
              type: 'email',
              inputMode: 'email',
              autoComplete: 'email',
              hint: t('register.emailHint'),
            })}
          </fieldset>
          <div className={`field field--check${consentMessage ? ' field--invalid' : ''}`}>
            <label className="check" htmlFor={`${formId}-consent`}>
              <input
                ref={(el) => {
                  inputs.current.consent = el;
                }}
                id={`${formId}-consent`}
                name="consent"
                type="checkbox"
                checked={values.consent}
                onChange={(e) => change('consent', e.target.checked)}
                aria-invalid={consentMessage ? true : undefined}
                aria-describedby={consentMessage ? `${formId}-consent-error` : undefined}
              />
              <span>
                {t('register.consent')}{' '}
                <a href="#consent-terms" className="link">
                  {t('register.consentTerms')}
                </a>
              </span>
            </label>
            {consentMessage && (
              <p className="field__error" id={`${formId}-consent-error`} data-testid="error-consent">
                {consentMessage}
              </p>
            )}
          </div>
          <div className={`field${captchaMessage ? ' field--invalid' : ''}`}>
            <Captcha
              onChange={(payload) => {
                setCaptcha(payload);
                if (payload) setLocal(({ captcha: _, ...rest }) => rest);
              }}
              resetKey={captchaReset}
              describedBy={captchaMessage ? `${formId}-captcha-error` : undefined}
            />
            {captchaMessage && (
              <p className="field__error" id={`${formId}-captcha-error`} data-testid="error-captcha">
                {captchaMessage}
              </p>
            )}
          </div>
          <button
            type="submit"
            className="button button--primary button--large"
            disabled={submitting}
            aria-busy={submitting || undefined}
          >
            {submitting ? t('register.submitting') : t('register.submit')}
          </button>
          <p className="field__hint">{t('register.fallback')}</p>
        </form>
        <details className="register__terms card card__pad" id="consent-terms">
          <summary>{t('register.consentTerms')}</summary>
          <p>{t('register.consentText')}</p>
        </details>
        <p className="register__login">
          <Link to="/register/phone" data-testid="register-by-phone">
            {t('register.byPhone')}
          </Link>
          {' · '}
          <Link to="/register/email" data-testid="register-by-email">
            {t('registerEmail.link')}
          </Link>
          {' · '}
          <Link to="/register/application" data-testid="register-by-application">
            {t('application.link')}
          </Link>
        </p>
        <p className="register__login">
          {t('register.haveLogin')} <a href={LOGIN}>{t('landing.login')}</a> · <Link to="/">{t('notFound.back')}</Link>
        </p>
      </section>
    </Shell>
  );
}
