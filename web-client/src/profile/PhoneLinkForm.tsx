import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, readableMessage } from '../api/problem';
import { Captcha } from '../registration/Captcha';
import { links, normaliseAccountNumber, type LinkView } from './api';
import { Field } from './Field';

type PhoneField = 'accountNumber' | 'phone' | 'code' | 'captcha';

/**
 * ID-9 (manual 004): link an account by the phone on record and an SMS code — step 1 the account number, the phone
 * and the captcha send the code (only to the phone on record); step 2 the code links the account.
 */
export function PhoneLinkForm({ onLinked }: { onLinked: (now: LinkView[], number: string) => void }) {
  const { t } = useTranslation();
  const formId = useId();
  const [values, setValues] = useState({ accountNumber: '', phone: '', code: '' });
  const [sent, setSent] = useState<{ confirmationId: string; maskedPhone: string; number: string } | null>(null);
  const [errors, setErrors] = useState<Partial<Record<PhoneField, string>>>({});
  const [alert, setAlert] = useState<string | null>(null);
  const [captcha, setCaptcha] = useState<string | null>(null);
  const [captchaReset, setCaptchaReset] = useState(0);
  const [busy, setBusy] = useState(false);

  const change = (field: 'accountNumber' | 'phone' | 'code', value: string) => {
    setValues((v) => ({ ...v, [field]: value }));
    setErrors(({ [field]: _, ...rest }) => rest);
  };

  const fail = (error: unknown) => {
    const byField: Partial<Record<PhoneField, string>> = {};
    if (error instanceof ApiError) {
      for (const [field, message] of Object.entries(error.fieldErrors)) {
        if (['accountNumber', 'phone', 'code', 'captcha'].includes(field)) byField[field as PhoneField] = message;
      }
    }
    setErrors(byField);
    setAlert(Object.keys(byField).length > 0 ? t('register.fixFields') : readableMessage(error, t));
  };

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (busy) return;
    setAlert(null);
    const number = normaliseAccountNumber(values.accountNumber);
    const problems: Partial<Record<PhoneField, string>> = {};
    if (!sent) {
      if (!/^\d{10,13}$/.test(number)) problems.accountNumber = t('register.error.accountNumber');
      if (!/^(\+7|8)?9\d{9}$/.test(values.phone.replace(/[\s()-]/g, ''))) problems.phone = t('registerPhone.error.phone');
      if (!captcha) problems.captcha = t('register.error.captcha');
    } else if (!/^\d{6}$/.test(values.code.trim())) {
      problems.code = t('registerPhone.error.code');
    }
    setErrors(problems);
    if (Object.keys(problems).length > 0) return;
    setBusy(true);
    try {
      if (!sent) {
        const answer = await links.sendCode({ accountNumber: number, phone: values.phone, captcha: captcha ?? '' });
        setSent({ confirmationId: answer.confirmationId, maskedPhone: answer.maskedPhone, number });
      } else {
        const now = await links.addByCode({
          accountNumber: sent.number,
          confirmationId: sent.confirmationId,
          code: values.code.trim(),
        });
        setSent(null);
        setValues({ accountNumber: '', phone: '', code: '' });
        onLinked(now, sent.number);
      }
    } catch (error) {
      setCaptchaReset((n) => n + 1);
      fail(error);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form noValidate onSubmit={submit} aria-labelledby={`${formId}-title`}>
      <h3 id={`${formId}-title`}>{t('links.byPhone')}</h3>
      {alert && (
        <div className="notice notice--error" role="alert" data-testid="phone-link-error">
          <div className="notice__body">
            <p>{alert}</p>
          </div>
        </div>
      )}
      {!sent ? (
        <>
          <Field
            id={`${formId}-accountNumber`}
            name="accountNumber"
            label={t('register.field.accountNumber')}
            requiredNote={t('register.required')}
            inputMode="numeric"
            value={values.accountNumber}
            onChange={(v) => change('accountNumber', v)}
            message={errors.accountNumber}
            hint={t('register.example', { example: '1000 000 011' })}
          />
          <Field
            id={`${formId}-phone`}
            name="phone"
            type="tel"
            autoComplete="tel-national"
            label={t('registerPhone.field.phone')}
            requiredNote={t('register.required')}
            value={values.phone}
            onChange={(v) => change('phone', v)}
            message={errors.phone}
            hint={t('registerPhone.phoneHint')}
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
              <p className="field__error" id={`${formId}-captcha-error`}>
                {errors.captcha}
              </p>
            )}
          </div>
          <button type="submit" className="button button--secondary" disabled={busy} aria-busy={busy || undefined}>
            {t('registerPhone.sendCode')}
          </button>
        </>
      ) : (
        <>
          <p role="status">{t('registerPhone.codeSent', { phone: sent.maskedPhone })}</p>
          <Field
            id={`${formId}-code`}
            name="code"
            inputMode="numeric"
            autoComplete="one-time-code"
            label={t('registerPhone.field.code')}
            requiredNote={t('register.required')}
            value={values.code}
            onChange={(v) => change('code', v)}
            message={errors.code}
            hint={t('registerPhone.codeHint')}
          />
          <button type="submit" className="button button--primary" disabled={busy} aria-busy={busy || undefined}>
            {t('links.submit')}
          </button>
        </>
      )}
    </form>
  );
}
