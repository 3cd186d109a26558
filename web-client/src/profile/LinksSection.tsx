import { useEffect, useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ApiError, readableMessage } from '../api/problem';
import { Captcha } from '../registration/Captcha';
import { links, normaliseAccountNumber, type LinkView } from './api';
import { PhoneLinkForm } from './PhoneLinkForm';
import { Field } from './Field';

type LinkField = 'accountNumber' | 'surname' | 'meterSerialNumber' | 'captcha';

export { normaliseAccountNumber };

/** The form's own checks before anything is sent: message keys per field. */
export function checkLinkForm(
  values: { accountNumber: string; surname: string; meterSerialNumber: string },
  meterAsked: boolean,
): Partial<Record<LinkField, string>> {
  const problems: Partial<Record<LinkField, string>> = {};
  if (!/^\d{10,13}$/.test(normaliseAccountNumber(values.accountNumber))) problems.accountNumber = 'register.error.accountNumber';
  if (!/^\p{L}[\p{L}' -]{0,99}$/u.test(values.surname.trim())) problems.surname = 'register.error.surname';
  if (meterAsked && !values.meterSerialNumber.trim()) problems.meterSerialNumber = 'register.error.meterSerialNumber';
  return problems;
}

/**
 * ID-9: the resident's linked accounts with "unlink", and the form to link one more by the owner's surname (and,
 * when asked, a meter's serial number) behind the captcha (manuals 001, 003). Problems from identity-service appear
 * next to their fields; a change is followed by `onChanged` (the session re-read: the switcher shows it at once).
 */
export function LinksSection({ onChanged }: { onChanged: () => void }) {
  const { t } = useTranslation();
  const formId = useId();
  const [list, setList] = useState<LinkView[] | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [values, setValues] = useState({ accountNumber: '', surname: '', meterSerialNumber: '' });
  const [meterAsked, setMeterAsked] = useState(false);
  const [errors, setErrors] = useState<Partial<Record<LinkField, string>>>({});
  const [alert, setAlert] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [captcha, setCaptcha] = useState<string | null>(null);
  const [captchaReset, setCaptchaReset] = useState(0);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    links.list().then(setList, (error: unknown) => setLoadError(readableMessage(error, t)));
  }, [t]);

  const change = (field: keyof typeof values, value: string) => {
    setValues((v) => ({ ...v, [field]: value }));
    setErrors(({ [field]: _, ...rest }) => rest);
  };

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (busy) return;
    setAlert(null);
    setStatus(null);
    const local = checkLinkForm(values, meterAsked);
    const problems: Partial<Record<LinkField, string>> = Object.fromEntries(
      Object.entries(local).map(([field, key]) => [field, t(key)]),
    );
    if (!captcha) problems.captcha = t('register.error.captcha');
    setErrors(problems);
    if (Object.keys(problems).length > 0) return;
    setBusy(true);
    const number = normaliseAccountNumber(values.accountNumber);
    try {
      const now = await links.add({
        accountNumber: number,
        surname: values.surname.trim(),
        ...(meterAsked ? { meterSerialNumber: values.meterSerialNumber.trim() } : {}),
        captcha: captcha ?? '',
      });
      setList(now);
      setValues({ accountNumber: '', surname: '', meterSerialNumber: '' });
      setMeterAsked(false);
      setStatus(t('links.linked', { number }));
      onChanged();
    } catch (error) {
      const byField: Partial<Record<LinkField, string>> = {};
      if (error instanceof ApiError) {
        for (const [field, message] of Object.entries(error.fieldErrors)) {
          if (['accountNumber', 'surname', 'meterSerialNumber', 'captcha'].includes(field)) {
            byField[field as LinkField] = message;
          }
        }
        if (error.is('meter-serial-needed')) setMeterAsked(true);
      }
      setErrors(byField);
      setAlert(Object.keys(byField).length > 0 && !(error instanceof ApiError && error.is('meter-serial-needed'))
        ? t('register.fixFields')
        : readableMessage(error, t));
    } finally {
      setCaptchaReset((n) => n + 1);
      setBusy(false);
    }
  };

  const unlink = async (number: string) => {
    setAlert(null);
    setStatus(null);
    try {
      setList(await links.remove(number));
      setStatus(t('links.unlinked', { number }));
      onChanged();
    } catch (error) {
      setAlert(readableMessage(error, t));
    }
  };

  return (
    <section className="card card__pad profile__section" aria-labelledby={`${formId}-title`}>
      <h2 id={`${formId}-title`}>{t('links.title')}</h2>
      <p>{t('links.lead')}</p>
      <div role="status" aria-live="polite" data-testid="links-status">
        {status}
      </div>
      {alert && (
        <div className="notice notice--error" role="alert" data-testid="links-error">
          <div className="notice__body">
            <p>{alert}</p>
          </div>
        </div>
      )}
      {loadError && <p role="alert">{loadError}</p>}
      {list && list.length === 0 && <p data-testid="no-links">{t('links.none')}</p>}
      {list && list.length > 0 && (
        <ul className="links-list" data-testid="links-list">
          {list.map((link) => (
            <li key={link.accountNumber} className="links-list__item">
              <Link to={`/accounts/${link.accountNumber}`}>{t('links.account', { number: link.accountNumber })}</Link>
              <button
                type="button"
                className="button button--ghost button--small"
                onClick={() => void unlink(link.accountNumber)}
              >
                {t('links.unlink')}
                <span className="visually-hidden"> {t('links.account', { number: link.accountNumber })}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <form noValidate onSubmit={submit} aria-labelledby={`${formId}-add`}>
        <h3 id={`${formId}-add`}>{t('links.add')}</h3>
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
          id={`${formId}-surname`}
          name="surname"
          label={t('register.field.surname')}
          requiredNote={t('register.required')}
          value={values.surname}
          onChange={(v) => change('surname', v)}
          message={errors.surname}
          hint={t('register.example', { example: 'Иванова' })}
        />
        {meterAsked && (
          <Field
            id={`${formId}-meterSerialNumber`}
            name="meterSerialNumber"
            label={t('register.field.meterSerialNumber')}
            requiredNote={t('register.required')}
            value={values.meterSerialNumber}
            onChange={(v) => change('meterSerialNumber', v)}
            message={errors.meterSerialNumber}
            hint={t('register.meterHint')}
          />
        )}
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
          {t('links.submit')}
        </button>
      </form>
      <PhoneLinkForm
        onLinked={(now, number) => {
          setList(now);
          setAlert(null);
          setStatus(t('links.linked', { number }));
          onChanged();
        }}
      />
    </section>
  );
}
