import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { accountApi, call } from '../api/client';
import type { paths as AccountPaths } from '../api/generated/account';
import { ApiError, readableMessage } from '../api/problem';
import { FormOutcome } from '../ui/feedback';
import { localPhone, validatePreferences, type PreferencesField, type PreferencesInput } from './validation';

type PreferencesPath = AccountPaths['/v1/accounts/{number}/preferences'];
export type PreferencesView = PreferencesPath['get']['responses'][200]['content']['application/json'];

interface Props {
  accountNumber: string;
  current: PreferencesView;
  onSaved: (saved: PreferencesView) => void;
}

/**
 * AC-3 (manual 003 «Дополнительные услуги»): SMS informing, e-mail informing and how the bill comes,
 * with the phone and e-mail they need, edited here and saved together. Problems are shown next to
 * their field, checked as the resident types once shown; account-service's `errors[]` go to the same
 * place. Success says the utility gets the new contact.
 */
export function PreferencesForm({ accountNumber, current, onSaved }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const [input, setInput] = useState<PreferencesInput>(() => ({
    phone: localPhone(current.phone),
    email: current.email ?? '',
    smsInforming: current.smsInforming,
    emailInforming: current.emailInforming,
    billDelivery: current.billDelivery,
  }));
  const [issues, setIssues] = useState<Partial<Record<PreferencesField, string>>>({});
  const [serverErrors, setServerErrors] = useState<Partial<Record<PreferencesField, string>>>({});
  const [formError, setFormError] = useState<{ message: string; traceId?: string } | null>(null);
  const [saving, setSaving] = useState(false);
  const [saved, setSaved] = useState(false);
  const inputs = useRef<Partial<Record<PreferencesField, HTMLInputElement | null>>>({});

  const change = (next: PreferencesInput) => {
    setInput(next);
    setSaved(false);
    setServerErrors({});
    // once a problem is shown, re-check as the resident types
    if (Object.keys(issues).length > 0) setIssues(validatePreferences(next));
  };

  const messageFor = (field: PreferencesField): string | undefined =>
    issues[field] ? t(issues[field]) : serverErrors[field];

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (saving) return;
    setFormError(null);
    setServerErrors({});
    setSaved(false);
    const found = validatePreferences(input);
    setIssues(found);
    const firstBad = (['phone', 'email'] as const).find((f) => found[f]);
    if (firstBad) {
      inputs.current[firstBad]?.focus();
      return;
    }
    setSaving(true);
    try {
      const result = await call(
        accountApi.PUT('/v1/accounts/{number}/preferences', {
          params: { path: { number: accountNumber } },
          body: {
            phone: input.phone.trim() === '' ? null : input.phone.trim(),
            email: input.email.trim() === '' ? null : input.email.trim(),
            smsInforming: input.smsInforming,
            emailInforming: input.emailInforming,
            billDelivery: input.billDelivery,
          },
        }),
      );
      setSaved(true);
      setInput((i) => ({ ...i, phone: localPhone(result.phone), email: result.email ?? '' }));
      onSaved(result);
    } catch (error) {
      if (error instanceof ApiError && error.kind === 'unauthorized') return;
      const byField: Partial<Record<PreferencesField, string>> = {};
      if (error instanceof ApiError) {
        for (const field of ['phone', 'email'] as const) {
          if (error.fieldErrors[field]) byField[field] = error.fieldErrors[field];
        }
      }
      setServerErrors(byField);
      if (Object.keys(byField).length === 0) {
        setFormError({
          message: readableMessage(error, t),
          traceId: error instanceof ApiError ? error.traceId : undefined,
        });
      }
      const first = (['phone', 'email'] as const).find((f) => byField[f]);
      if (first) inputs.current[first]?.focus();
    } finally {
      setSaving(false);
    }
  };

  const textField = (field: PreferencesField, type: 'tel' | 'email') => {
    const fieldId = `${id}-${field}`;
    const message = messageFor(field);
    return (
      <div className={`field${message ? ' field--invalid' : ''}`}>
        <label className="field__label" htmlFor={fieldId}>
          {t(`preferences.${field}`)} <span className="preferences__optional">{t('preferences.optional')}</span>
        </label>
        <div className={field === 'phone' ? 'preferences__phone' : undefined}>
          {field === 'phone' && (
            <span className="preferences__prefix" aria-hidden="true">
              +7
            </span>
          )}
          <input
            ref={(el) => {
              inputs.current[field] = el;
            }}
            id={fieldId}
            name={field}
            className="field__input"
            type={type}
            inputMode={type === 'tel' ? 'tel' : 'email'}
            autoComplete={type === 'tel' ? 'tel-national' : 'email'}
            value={input[field]}
            onChange={(e) => change({ ...input, [field]: e.target.value })}
            onBlur={() => {
              if (input[field].trim() !== '') {
                const next = validatePreferences(input);
                setIssues((was) => ({ ...was, [field]: next[field] }));
              }
            }}
            aria-invalid={message ? true : undefined}
            aria-describedby={`${fieldId}-${message ? 'error' : 'hint'}`}
          />
        </div>
        {message ? (
          <p className="field__error" id={`${fieldId}-error`} data-testid={`error-${field}`}>
            {message}
          </p>
        ) : (
          <p className="field__hint" id={`${fieldId}-hint`}>
            {t(`preferences.${field}Example`)}
          </p>
        )}
      </div>
    );
  };

  return (
    <form className="preferences card card__pad" noValidate onSubmit={submit} aria-labelledby={`${id}-title`}>
      <h2 className="section__title" id={`${id}-title`}>
        {t('preferences.contactTitle')}
      </h2>
      {textField('phone', 'tel')}
      {textField('email', 'email')}

      <fieldset className="preferences__group">
        <legend className="field__label">{t('preferences.informingTitle')}</legend>
        <label className="preferences__check">
          <input
            type="checkbox"
            name="smsInforming"
            checked={input.smsInforming}
            disabled={current.closed}
            onChange={(e) => change({ ...input, smsInforming: e.target.checked })}
          />
          <span>
            {t('preferences.smsInforming')}
            <span className="field__hint">{t('preferences.smsInformingHint')}</span>
          </span>
        </label>
        <label className="preferences__check">
          <input
            type="checkbox"
            name="emailInforming"
            checked={input.emailInforming}
            disabled={current.closed}
            onChange={(e) => change({ ...input, emailInforming: e.target.checked })}
          />
          <span>
            {t('preferences.emailInforming')}
            <span className="field__hint">{t('preferences.emailInformingHint')}</span>
          </span>
        </label>
      </fieldset>

      <fieldset className="preferences__group">
        <legend className="field__label">{t('preferences.billTitle')}</legend>
        {(['PAPER', 'EMAIL'] as const).map((way) => (
          <label className="preferences__check" key={way}>
            <input
              type="radio"
              name="billDelivery"
              value={way}
              checked={input.billDelivery === way}
              disabled={current.closed}
              onChange={() => change({ ...input, billDelivery: way })}
            />
            <span>{t(`preferences.bill.${way}`)}</span>
          </label>
        ))}
      </fieldset>

      <p className="field__hint">{t('preferences.consent')}</p>
      <div className="reading-form__actions">
        <button
          type="submit"
          className="button button--primary"
          disabled={saving || current.closed}
          aria-busy={saving || undefined}
        >
          {saving ? t('preferences.saving') : t('preferences.save')}
        </button>
      </div>
      <FormOutcome success={saved ? t('preferences.saved') : null} error={formError} errorTestId="preferences-form-error" />
    </form>
  );
}
