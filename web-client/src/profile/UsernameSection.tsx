import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, readableMessage } from '../api/problem';
import { Captcha } from '../registration/Captcha';
import { profile } from './api';
import { Field } from './Field';

type UsernameField = 'username' | 'captcha';

/** The registration's rule for logins: 3–45 Latin letters, digits and `. _ -`, a letter or digit first. */
export const USERNAME = /^[A-Za-z0-9][A-Za-z0-9._-]{2,44}$/;

/**
 * ID-8: a new username, where the utility allows it (manual 004; 002 forbids it — the service then answers
 * `username-change-not-allowed`). Behind a captcha like every change of the login; a taken name is named next to the
 * field; the new name shows at once (the session re-reads the profile).
 */
export function UsernameSection({ username, onChanged }: { username: string; onChanged: () => void }) {
  const { t } = useTranslation();
  const formId = useId();
  const [value, setValue] = useState('');
  const [errors, setErrors] = useState<Partial<Record<UsernameField, string>>>({});
  const [alert, setAlert] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [captcha, setCaptcha] = useState<string | null>(null);
  const [captchaReset, setCaptchaReset] = useState(0);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (busy) return;
    setAlert(null);
    setStatus(null);
    const problems: Partial<Record<UsernameField, string>> = {};
    if (!USERNAME.test(value.trim())) problems.username = t('profile.error.username');
    if (!captcha) problems.captcha = t('register.error.captcha');
    setErrors(problems);
    if (Object.keys(problems).length > 0) return;
    setBusy(true);
    try {
      const answer = await profile.changeUsername({ username: value.trim(), captcha: captcha ?? '' });
      setValue('');
      setStatus(t('profile.usernameChanged', { username: answer.username }));
      onChanged();
    } catch (error) {
      const byField: Partial<Record<UsernameField, string>> = {};
      if (error instanceof ApiError) {
        for (const [field, message] of Object.entries(error.fieldErrors)) {
          if (field === 'username' || field === 'captcha') byField[field] = message;
        }
      }
      setErrors(byField);
      setAlert(Object.keys(byField).length > 0 ? t('register.fixFields') : readableMessage(error, t));
    } finally {
      setCaptchaReset((n) => n + 1);
      setBusy(false);
    }
  };

  return (
    <section className="card card__pad profile__section" aria-labelledby={`${formId}-title`}>
      <h2 id={`${formId}-title`}>{t('profile.usernameTitle')}</h2>
      <p data-testid="current-username">{t('profile.username', { username })}</p>
      <div role="status" aria-live="polite" data-testid="username-status">
        {status}
      </div>
      {alert && (
        <div className="notice notice--error" role="alert" data-testid="username-error">
          <div className="notice__body">
            <p>{alert}</p>
          </div>
        </div>
      )}
      <form noValidate onSubmit={submit} aria-labelledby={`${formId}-title`}>
        <Field
          id={`${formId}-username`}
          name="username"
          autoComplete="username"
          label={t('profile.field.username')}
          requiredNote={t('register.required')}
          value={value}
          onChange={(v) => {
            setValue(v);
            setErrors(({ username: _, ...rest }) => rest);
          }}
          message={errors.username}
          hint={t('register.example', { example: 'anna_ivanova' })}
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
          {t('profile.changeUsername')}
        </button>
      </form>
    </section>
  );
}
