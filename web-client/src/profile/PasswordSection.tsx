import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, readableMessage } from '../api/problem';
import { Captcha } from '../registration/Captcha';
import { password } from './api';
import { Field } from './Field';

type PasswordField = 'currentPassword' | 'newPassword' | 'repeatPassword' | 'captcha';
const FIELDS: PasswordField[] = ['currentPassword', 'newPassword', 'repeatPassword', 'captcha'];

/** The form's own checks (message keys); the policy itself is Keycloak's and comes back as a field problem. */
export function checkPasswordForm(values: { currentPassword: string; newPassword: string; repeatPassword: string }) {
  const problems: Partial<Record<PasswordField, string>> = {};
  if (!values.currentPassword) problems.currentPassword = 'profile.error.currentPassword';
  if (values.newPassword.length < 8 || !/\d/.test(values.newPassword)) problems.newPassword = 'register.error.password';
  if (values.repeatPassword !== values.newPassword) problems.repeatPassword = 'register.error.passwordRepeat';
  return problems;
}

/**
 * ID-8: change the password — current, new, repeat, captcha (manual 001). identity-service checks the current one,
 * sets the new one by the realm's policy and ends the login's other sessions; this one stays.
 */
export function PasswordSection() {
  const { t } = useTranslation();
  const formId = useId();
  const empty = { currentPassword: '', newPassword: '', repeatPassword: '' };
  const [values, setValues] = useState(empty);
  const [errors, setErrors] = useState<Partial<Record<PasswordField, string>>>({});
  const [alert, setAlert] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [captcha, setCaptcha] = useState<string | null>(null);
  const [captchaReset, setCaptchaReset] = useState(0);
  const [busy, setBusy] = useState(false);

  const change = (field: keyof typeof values, value: string) => {
    setValues((v) => ({ ...v, [field]: value }));
    setErrors(({ [field]: _, ...rest }) => rest);
  };

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (busy) return;
    setAlert(null);
    setStatus(null);
    const problems: Partial<Record<PasswordField, string>> = Object.fromEntries(
      Object.entries(checkPasswordForm(values)).map(([field, key]) => [field, t(key)]),
    );
    if (!captcha) problems.captcha = t('register.error.captcha');
    setErrors(problems);
    if (Object.keys(problems).length > 0) return;
    setBusy(true);
    try {
      await password.change({ ...values, captcha: captcha ?? '' });
      setValues(empty);
      setStatus(t('profile.passwordChanged'));
    } catch (error) {
      const byField: Partial<Record<PasswordField, string>> = {};
      if (error instanceof ApiError) {
        for (const [field, message] of Object.entries(error.fieldErrors)) {
          if ((FIELDS as string[]).includes(field)) byField[field as PasswordField] = message;
        }
      }
      setErrors(byField);
      setAlert(Object.keys(byField).length > 0 ? t('register.fixFields') : readableMessage(error, t));
    } finally {
      setCaptchaReset((n) => n + 1);
      setBusy(false);
    }
  };

  const field = (name: keyof typeof values, autoComplete: string, hint?: string) => (
    <Field
      id={`${formId}-${name}`}
      name={name}
      type="password"
      autoComplete={autoComplete}
      label={t(`profile.field.${name}`)}
      requiredNote={t('register.required')}
      value={values[name]}
      onChange={(v) => change(name, v)}
      message={errors[name]}
      hint={hint}
    />
  );

  return (
    <section className="card card__pad profile__section" aria-labelledby={`${formId}-title`}>
      <h2 id={`${formId}-title`}>{t('profile.passwordTitle')}</h2>
      <div role="status" aria-live="polite" data-testid="password-status">
        {status}
      </div>
      {alert && (
        <div className="notice notice--error" role="alert" data-testid="password-error">
          <div className="notice__body">
            <p>{alert}</p>
          </div>
        </div>
      )}
      <form noValidate onSubmit={submit} aria-labelledby={`${formId}-title`}>
        {field('currentPassword', 'current-password')}
        {field('newPassword', 'new-password', t('register.passwordHint'))}
        {field('repeatPassword', 'new-password')}
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
          {t('profile.changePassword')}
        </button>
      </form>
    </section>
  );
}
