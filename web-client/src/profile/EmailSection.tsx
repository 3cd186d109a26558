import { useEffect, useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, readableMessage } from '../api/problem';
import { Captcha } from '../registration/Captcha';
import { profile } from './api';
import { Field } from './Field';

type EmailField = 'email' | 'repeatEmail' | 'captcha';

/**
 * ID-8: the current e-mail is shown (manual details), and a new one (twice, captcha, manual 001) replaces it as not yet
 * confirmed: Keycloak sends a confirmation link to the new address.
 */
export function EmailSection() {
  const { t } = useTranslation();
  const formId = useId();
  const [current, setCurrent] = useState<string | null | undefined>(undefined);
  const [verified, setVerified] = useState(true);
  const [values, setValues] = useState({ email: '', repeatEmail: '' });
  const [errors, setErrors] = useState<Partial<Record<EmailField, string>>>({});
  const [alert, setAlert] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [captcha, setCaptcha] = useState<string | null>(null);
  const [captchaReset, setCaptchaReset] = useState(0);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    profile.get().then(
      (p) => {
        setCurrent(p.email ?? null);
        setVerified(p.emailVerified !== false);
      },
      () => setCurrent(null),
    );
  }, []);

  const change = (field: 'email' | 'repeatEmail', value: string) => {
    setValues((v) => ({ ...v, [field]: value }));
    setErrors(({ [field]: _, ...rest }) => rest);
  };

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (busy) return;
    setAlert(null);
    setStatus(null);
    const problems: Partial<Record<EmailField, string>> = {};
    if (!/^[^@\s]+@[^@\s.]+(\.[^@\s.]+)+$/.test(values.email.trim())) problems.email = t('register.error.email');
    else if (values.email.trim().toLowerCase() !== values.repeatEmail.trim().toLowerCase())
      problems.repeatEmail = t('profile.error.repeatEmail');
    if (!captcha) problems.captcha = t('register.error.captcha');
    setErrors(problems);
    if (Object.keys(problems).length > 0) return;
    setBusy(true);
    try {
      await profile.changeEmail({ email: values.email.trim(), repeatEmail: values.repeatEmail.trim(), captcha: captcha ?? '' });
      setCurrent(values.email.trim());
      setVerified(false);
      setValues({ email: '', repeatEmail: '' });
      setStatus(t('profile.emailChanged'));
    } catch (error) {
      const byField: Partial<Record<EmailField, string>> = {};
      if (error instanceof ApiError) {
        for (const [field, message] of Object.entries(error.fieldErrors)) {
          if (['email', 'repeatEmail', 'captcha'].includes(field)) byField[field as EmailField] = message;
        }
      }
      setErrors(byField);
      setAlert(Object.keys(byField).length > 0 ? t('register.fixFields') : readableMessage(error, t));
    } finally {
      setCaptchaReset((n) => n + 1);
      setBusy(false);
    }
  };

  /** ID-2, ID-8: the confirmation link again, with the section's captcha. */
  const resend = async () => {
    if (busy) return;
    setAlert(null);
    setStatus(null);
    if (!captcha) {
      setErrors({ captcha: t('register.error.captcha') });
      return;
    }
    setBusy(true);
    try {
      const answer = await profile.resendConfirmation(captcha);
      if (answer.sent) setStatus(t('profile.confirmationResent'));
      else {
        setVerified(true);
        setStatus(t('profile.emailConfirmed'));
      }
    } catch (error) {
      setAlert(readableMessage(error, t));
    } finally {
      setCaptcha(null);
      setCaptchaReset((n) => n + 1);
      setBusy(false);
    }
  };

  return (
    <section className="card card__pad profile__section" aria-labelledby={`${formId}-title`}>
      <h2 id={`${formId}-title`}>{t('profile.emailTitle')}</h2>
      {current !== undefined && (
        <p data-testid="current-email">
          {current ? t('profile.currentEmail', { email: current }) : t('profile.noEmail')}
        </p>
      )}
      {current && !verified && (
        <div className="notice notice--warning" data-testid="email-unconfirmed">
          <div className="notice__body">
            <p>{t('profile.emailUnconfirmed')}</p>
            <button type="button" className="button button--secondary" onClick={resend} disabled={busy}>
              {t('profile.resendConfirmation')}
            </button>
          </div>
        </div>
      )}
      <div role="status" aria-live="polite" data-testid="email-status">
        {status}
      </div>
      {alert && (
        <div className="notice notice--error" role="alert" data-testid="email-error">
          <div className="notice__body">
            <p>{alert}</p>
          </div>
        </div>
      )}
      <form noValidate onSubmit={submit} aria-labelledby={`${formId}-title`}>
        <Field
          id={`${formId}-email`}
          name="email"
          type="email"
          autoComplete="email"
          label={t('profile.field.email')}
          requiredNote={t('register.required')}
          value={values.email}
          onChange={(v) => change('email', v)}
          message={errors.email}
          hint={t('register.example', { example: 'anna@example.ru' })}
        />
        <Field
          id={`${formId}-repeatEmail`}
          name="repeatEmail"
          type="email"
          autoComplete="email"
          label={t('profile.field.repeatEmail')}
          requiredNote={t('register.required')}
          value={values.repeatEmail}
          onChange={(v) => change('repeatEmail', v)}
          message={errors.repeatEmail}
        />
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
        <button type="submit" className="button button--primary" disabled={busy} aria-busy={busy || undefined}>
          {t('profile.changeEmail')}
        </button>
      </form>
    </section>
  );
}
