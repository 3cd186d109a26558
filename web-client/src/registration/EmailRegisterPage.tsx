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

const LOGIN = '/oauth2/authorization/keycloak';
const USERNAME = /^[A-Za-z0-9][A-Za-z0-9._-]{2,44}$/;
const EMAIL = /^[^@\s]{1,64}@[^@\s.]+(\.[^@\s.]+)+$/;

type Fields = { username: string; password: string; passwordRepeat: string; email: string };

/**
 * ID-2 (manual 002): a login, the password twice, an e-mail, consent and a captcha; no account yet (it is linked in the
 * profile). After registering the page says a confirmation link went out and that the cabinet is limited until the
 * address is confirmed, with the spam hint (003).
 */
export function EmailRegisterPage() {
  const { t } = useTranslation();
  const formId = useId();
  useDocumentTitle(t('registerEmail.title'));
  const [fields, setFields] = useState<Fields>({ username: '', password: '', passwordRepeat: '', email: '' });
  const [consent, setConsent] = useState(false);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [alert, setAlert] = useState<string | null>(null);
  const [captcha, setCaptcha] = useState<string | null>(null);
  const [captchaReset, setCaptchaReset] = useState(0);
  const [busy, setBusy] = useState(false);
  const [registered, setRegistered] = useState<{ username: string; email: string } | null>(null);
  const inputs = useRef<Record<string, HTMLInputElement | null>>({});

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (busy) return;
    setAlert(null);
    const problems: Record<string, string> = {};
    if (!USERNAME.test(fields.username.trim())) problems.username = t('register.error.username');
    if (fields.password.length < 8 || !/[0-9]/.test(fields.password) || fields.password === fields.username.trim())
      problems.password = t('register.error.password');
    if (fields.passwordRepeat !== fields.password) problems.passwordRepeat = t('register.error.passwordRepeat');
    if (!EMAIL.test(fields.email.trim())) problems.email = t('register.error.email');
    if (!consent) problems.consent = t('register.error.consent');
    if (!captcha) problems.captcha = t('register.error.captcha');
    setErrors(problems);
    if (Object.keys(problems).length > 0) {
      inputs.current[Object.keys(problems)[0]]?.focus();
      return;
    }
    setBusy(true);
    try {
      const done = await call(
        identityApi.POST('/v1/registrations/by-email', {
          body: {
            username: fields.username.trim(),
            password: fields.password,
            repeatPassword: fields.passwordRepeat,
            email: fields.email.trim(),
            consent,
            captcha: captcha ?? '',
          },
        }),
      );
      setRegistered({ username: done.username, email: done.email });
    } catch (error) {
      const byField: Record<string, string> = {};
      let unmatched: string | undefined;
      if (error instanceof ApiError) {
        for (const [field, message] of Object.entries(error.fieldErrors)) {
          const name = field === 'repeatPassword' ? 'passwordRepeat' : field;
          if (['username', 'password', 'passwordRepeat', 'email', 'consent'].includes(name)) byField[name] = message;
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

  if (registered) {
    return (
      <Shell me={null}>
        <section className="register page-narrow" aria-labelledby="register-email-done">
          <div className="notice notice--success" role="status" data-testid="registered">
            <span className="notice__icon">
              <CheckIcon />
            </span>
            <div className="notice__body">
              <h1 className="notice__title" id="register-email-done">
                {t('registerEmail.done.title')}
              </h1>
              <p>{t('registerEmail.done.text', { email: registered.email })}</p>
            </div>
          </div>
          <a className="button button--primary button--large" href={LOGIN} data-testid="login-after-register">
            {t('landing.login')}
          </a>
        </section>
      </Shell>
    );
  }

  const text = (name: keyof Fields, extra: Partial<Parameters<typeof TextField>[0]> = {}) => (
    <TextField
      ref={(el) => {
        inputs.current[name] = el;
      }}
      id={`${formId}-${name}`}
      name={name}
      label={t(`registerEmail.field.${name}`)}
      requiredNote={t('register.required')}
      value={fields[name]}
      onChange={(v) => {
        setFields((f) => ({ ...f, [name]: v }));
        if (errors[name]) setErrors(({ [name]: _, ...rest }) => rest);
      }}
      message={errors[name]}
      {...extra}
    />
  );

  return (
    <Shell me={null}>
      <section className="register page-narrow" aria-labelledby="register-email-title">
        <h1 id="register-email-title">{t('registerEmail.title')}</h1>
        <p>{t('registerEmail.lead')}</p>
        {alert && (
          <div className="notice notice--error" role="alert" data-testid="register-error">
            <div className="notice__body">
              <p>{alert}</p>
            </div>
          </div>
        )}
        <form className="register__form card card__pad" noValidate onSubmit={submit} aria-labelledby="register-email-title">
          {text('username', { autoComplete: 'username', hint: t('registerEmail.usernameHint') })}
          {text('password', { type: 'password', autoComplete: 'new-password', hint: t('register.passwordHint') })}
          {text('passwordRepeat', { type: 'password', autoComplete: 'new-password' })}
          {text('email', { type: 'email', inputMode: 'email', autoComplete: 'email', hint: t('register.emailHint') })}
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
            {t('register.submit')}
          </button>
        </form>
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
