import { useEffect, useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, readableMessage } from '../api/problem';
import { Captcha } from '../registration/Captcha';
import { profile } from './api';
import { Field } from './Field';

type PhoneField = 'phone' | 'code' | 'captcha';

/** "+7 912 345-67-89", "8 (912) 345 67 89", "9123456789" -> "9123456789" (ten digits), or null. */
export function normalisePhone(typed: string): string | null {
  const digits = typed.replace(/\D/g, '');
  const ten = digits.length === 11 && (digits.startsWith('7') || digits.startsWith('8')) ? digits.slice(1) : digits;
  return /^9\d{9}$/.test(ten) ? ten : null;
}

/**
 * ID-8: a new mobile phone, confirmed by an SMS code sent to it (ADR 0011: 6 digits, 5 minutes, 5 attempts). Two
 * visible steps: send the code (captcha first: SMS cost money), then enter it; the current phone is shown.
 */
export function PhoneSection() {
  const { t } = useTranslation();
  const formId = useId();
  const [current, setCurrent] = useState<string | null | undefined>(undefined);
  const [values, setValues] = useState({ phone: '', code: '' });
  const [sent, setSent] = useState<{ confirmationId: string; maskedPhone: string } | null>(null);
  const [errors, setErrors] = useState<Partial<Record<PhoneField, string>>>({});
  const [alert, setAlert] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [captcha, setCaptcha] = useState<string | null>(null);
  const [captchaReset, setCaptchaReset] = useState(0);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    profile.get().then(
      (p) => setCurrent(p.phone ?? null),
      () => setCurrent(null),
    );
  }, []);

  const change = (field: 'phone' | 'code', value: string) => {
    setValues((v) => ({ ...v, [field]: value }));
    setErrors(({ [field]: _, ...rest }) => rest);
  };

  const failed = (error: unknown, fields: PhoneField[]) => {
    const byField: Partial<Record<PhoneField, string>> = {};
    if (error instanceof ApiError) {
      for (const [field, message] of Object.entries(error.fieldErrors)) {
        if ((fields as string[]).includes(field)) byField[field as PhoneField] = message;
      }
    }
    setErrors(byField);
    setAlert(Object.keys(byField).length > 0 ? t('register.fixFields') : readableMessage(error, t));
  };

  const sendCode = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (busy) return;
    setAlert(null);
    setStatus(null);
    const phone = normalisePhone(values.phone);
    const problems: Partial<Record<PhoneField, string>> = {};
    if (!phone) problems.phone = t('profile.error.phone');
    if (!captcha) problems.captcha = t('register.error.captcha');
    setErrors(problems);
    if (!phone || Object.keys(problems).length > 0) return;
    setBusy(true);
    try {
      const answer = await profile.sendPhoneCode({ phone, captcha: captcha ?? '' });
      setSent({ confirmationId: answer.confirmationId, maskedPhone: answer.maskedPhone });
    } catch (error) {
      failed(error, ['phone', 'captcha']);
    } finally {
      setCaptcha(null);
      setCaptchaReset((n) => n + 1);
      setBusy(false);
    }
  };

  const confirm = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (busy || !sent) return;
    setAlert(null);
    if (!/^\d{6}$/.test(values.code.trim())) {
      setErrors({ code: t('profile.error.code') });
      return;
    }
    setBusy(true);
    try {
      const answer = await profile.changePhone({ confirmationId: sent.confirmationId, code: values.code.trim() });
      setCurrent(answer.phone);
      setSent(null);
      setValues({ phone: '', code: '' });
      setStatus(t('profile.phoneChanged'));
    } catch (error) {
      failed(error, ['code']);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="card card__pad profile__section" aria-labelledby={`${formId}-title`}>
      <h2 id={`${formId}-title`}>{t('profile.phoneTitle')}</h2>
      {current !== undefined && (
        <p data-testid="current-phone">
          {current ? t('profile.currentPhone', { phone: current }) : t('profile.noPhone')}
        </p>
      )}
      <div role="status" aria-live="polite" data-testid="phone-status">
        {status}
      </div>
      {alert && (
        <div className="notice notice--error" role="alert" data-testid="phone-error">
          <div className="notice__body">
            <p>{alert}</p>
          </div>
        </div>
      )}
      {!sent ? (
        <form noValidate onSubmit={sendCode} aria-label={t('profile.phoneStepSend')}>
          <Field
            id={`${formId}-phone`}
            name="phone"
            type="tel"
            autoComplete="tel"
            inputMode="numeric"
            label={t('profile.field.phone')}
            requiredNote={t('register.required')}
            value={values.phone}
            onChange={(v) => change('phone', v)}
            message={errors.phone}
            hint={t('register.example', { example: '9123456789' })}
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
            {t('profile.sendPhoneCode')}
          </button>
        </form>
      ) : (
        <form noValidate onSubmit={confirm} aria-label={t('profile.phoneStepConfirm')}>
          <p role="status">{t('registerPhone.codeSent', { phone: sent.maskedPhone })}</p>
          <Field
            id={`${formId}-code`}
            name="code"
            autoComplete="one-time-code"
            inputMode="numeric"
            label={t('registerPhone.field.code')}
            requiredNote={t('register.required')}
            value={values.code}
            onChange={(v) => change('code', v)}
            message={errors.code}
          />
          <button type="submit" className="button button--primary" disabled={busy} aria-busy={busy || undefined}>
            {t('profile.confirmPhone')}
          </button>{' '}
          <button type="button" className="button button--ghost" onClick={() => setSent(null)} disabled={busy}>
            {t('profile.otherPhone')}
          </button>
        </form>
      )}
    </section>
  );
}
