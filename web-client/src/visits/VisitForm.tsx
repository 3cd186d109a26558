import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { accountApi, call } from '../api/client';
import type { paths as AccountPaths } from '../api/generated/account';
import { ApiError, readableMessage } from '../api/problem';
import { FormOutcome } from '../ui/feedback';
import { addDays, dayIn, validateVisit, type VisitField, type VisitInput } from './validation';

export type VisitRequestView =
  AccountPaths['/v1/accounts/{number}/visit-requests/{id}']['get']['responses'][200]['content']['application/json'];

const REASONS = ['SEAL_METER', 'CHECK_METER', 'REPLACE_METER'] as const;
const FIELDS: VisitField[] = ['reason', 'preferredFrom', 'preferredTo', 'contactPhone', 'comment'];

interface Props {
  accountNumber: string;
  /** The account's working meters' serial numbers, for the optional choice. */
  meters: string[];
  /** The phone on record, E.164, to start the contact field with. */
  phone?: string | null;
  onSent: (request: VisitRequestView) => void;
}

/**
 * AC-4 (manual 003 «Вызов специалиста»): why (seal, check or replace a meter), optionally which
 * meter, the days that suit, a contact phone and a comment. Problems next to their fields; success
 * says the utility will contact the resident to agree the time.
 */
export function VisitForm({ accountNumber, meters, phone, onSent }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const today = dayIn(new Date());
  const empty: VisitInput = {
    reason: '',
    meterSerial: '',
    preferredFrom: '',
    preferredTo: '',
    contactPhone: phone?.startsWith('+7') ? phone.slice(2) : '',
    comment: '',
  };
  const [input, setInput] = useState<VisitInput>(empty);
  const [issues, setIssues] = useState<Partial<Record<VisitField | 'meterSerial', string>>>({});
  const [formError, setFormError] = useState<{ message: string; traceId?: string } | null>(null);
  const [sending, setSending] = useState(false);
  const [sent, setSent] = useState(false);
  const focusable = useRef<Partial<Record<string, HTMLElement | null>>>({});

  const change = (next: VisitInput) => {
    setInput(next);
    setSent(false);
    if (Object.keys(issues).length > 0) {
      const found = validateVisit(next, today);
      setIssues(Object.fromEntries(Object.entries(found).map(([k, v]) => [k, t(v)])));
    }
  };

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (sending) return;
    setFormError(null);
    setSent(false);
    const found = validateVisit(input, today);
    setIssues(Object.fromEntries(Object.entries(found).map(([k, v]) => [k, t(v)])));
    const firstBad = FIELDS.find((f) => found[f]);
    if (firstBad) {
      focusable.current[firstBad]?.focus();
      return;
    }
    setSending(true);
    try {
      const request = await call(
        accountApi.POST('/v1/accounts/{number}/visit-requests', {
          params: { path: { number: accountNumber } },
          body: {
            reason: input.reason as (typeof REASONS)[number],
            meterSerial: input.meterSerial === '' ? null : input.meterSerial,
            preferredFrom: input.preferredFrom,
            preferredTo: input.preferredTo,
            contactPhone: input.contactPhone,
            comment: input.comment.trim() === '' ? null : input.comment.trim(),
          },
        }),
      );
      setInput(empty);
      setIssues({});
      setSent(true);
      onSent(request);
    } catch (error) {
      if (error instanceof ApiError && error.kind === 'unauthorized') return;
      const byField = error instanceof ApiError ? { ...error.fieldErrors } : {};
      setIssues(byField);
      if (Object.keys(byField).length === 0) {
        setFormError({ message: readableMessage(error, t), traceId: error instanceof ApiError ? error.traceId : undefined });
      }
      const first = [...FIELDS, 'meterSerial'].find((f) => byField[f]);
      if (first) focusable.current[first]?.focus();
    } finally {
      setSending(false);
    }
  };

  const describe = (field: string, hint?: string) => {
    const message = issues[field as VisitField];
    if (message) {
      return {
        props: { 'aria-invalid': true as const, 'aria-describedby': `${id}-${field}-error` },
        note: (
          <p className="field__error" id={`${id}-${field}-error`} data-testid={`error-${field}`}>
            {message}
          </p>
        ),
      };
    }
    return {
      props: hint ? { 'aria-describedby': `${id}-${field}-hint` } : {},
      note: hint ? (
        <p className="field__hint" id={`${id}-${field}-hint`}>
          {hint}
        </p>
      ) : null,
    };
  };

  const reason = describe('reason');
  const meter = describe('meterSerial', t('visits.meterHint'));
  const from = describe('preferredFrom', t('visits.fromHint'));
  const to = describe('preferredTo');
  const contact = describe('contactPhone', t('preferences.phoneExample'));
  const comment = describe('comment', t('visits.commentHint'));

  return (
    <form className="card card__pad visits__form" noValidate onSubmit={submit} aria-labelledby={`${id}-title`}>
      <h2 className="section__title" id={`${id}-title`}>
        {t('visits.formTitle')}
      </h2>
      <fieldset
        className={`preferences__group${issues.reason ? ' field--invalid' : ''}`}
        aria-describedby={issues.reason ? `${id}-reason-error` : undefined}
      >
        <legend className="field__label">{t('visits.reason')}</legend>
        {REASONS.map((r, i) => (
          <label className="preferences__check" key={r}>
            <input
              ref={i === 0 ? (el) => void (focusable.current.reason = el) : undefined}
              type="radio"
              name="reason"
              value={r}
              checked={input.reason === r}
              onChange={() => change({ ...input, reason: r })}
            />
            <span>{t(`visits.reasons.${r}`)}</span>
          </label>
        ))}
        {reason.note}
      </fieldset>

      {meters.length > 0 && (
        <div className={`field${issues.meterSerial ? ' field--invalid' : ''}`}>
          <label className="field__label" htmlFor={`${id}-meter`}>
            {t('visits.meter')} <span className="preferences__optional">{t('preferences.optional')}</span>
          </label>
          <select
            ref={(el) => void (focusable.current.meterSerial = el)}
            id={`${id}-meter`}
            className="field__input"
            value={input.meterSerial}
            onChange={(e) => change({ ...input, meterSerial: e.target.value })}
            {...meter.props}
          >
            <option value="">{t('visits.anyMeter')}</option>
            {meters.map((serial) => (
              <option key={serial} value={serial}>
                {serial}
              </option>
            ))}
          </select>
          {meter.note}
        </div>
      )}

      <div className="visits__dates">
        <div className={`field${issues.preferredFrom ? ' field--invalid' : ''}`}>
          <label className="field__label" htmlFor={`${id}-from`}>
            {t('visits.from')}
          </label>
          <input
            ref={(el) => void (focusable.current.preferredFrom = el)}
            id={`${id}-from`}
            className="field__input"
            type="date"
            min={addDays(today, 1)}
            value={input.preferredFrom}
            onChange={(e) => change({ ...input, preferredFrom: e.target.value })}
            {...from.props}
          />
          {from.note}
        </div>
        <div className={`field${issues.preferredTo ? ' field--invalid' : ''}`}>
          <label className="field__label" htmlFor={`${id}-to`}>
            {t('visits.to')}
          </label>
          <input
            ref={(el) => void (focusable.current.preferredTo = el)}
            id={`${id}-to`}
            className="field__input"
            type="date"
            min={input.preferredFrom || addDays(today, 1)}
            value={input.preferredTo}
            onChange={(e) => change({ ...input, preferredTo: e.target.value })}
            {...to.props}
          />
          {to.note}
        </div>
      </div>

      <div className={`field${issues.contactPhone ? ' field--invalid' : ''}`}>
        <label className="field__label" htmlFor={`${id}-phone`}>
          {t('visits.phone')}
        </label>
        <div className="preferences__phone">
          <span className="preferences__prefix" aria-hidden="true">
            +7
          </span>
          <input
            ref={(el) => void (focusable.current.contactPhone = el)}
            id={`${id}-phone`}
            className="field__input"
            type="tel"
            inputMode="tel"
            autoComplete="tel-national"
            value={input.contactPhone}
            onChange={(e) => change({ ...input, contactPhone: e.target.value })}
            {...contact.props}
          />
        </div>
        {contact.note}
      </div>

      <div className={`field${issues.comment ? ' field--invalid' : ''}`}>
        <label className="field__label" htmlFor={`${id}-comment`}>
          {t('visits.comment')} <span className="preferences__optional">{t('preferences.optional')}</span>
        </label>
        <textarea
          ref={(el) => void (focusable.current.comment = el)}
          id={`${id}-comment`}
          className="field__input visits__comment"
          rows={3}
          maxLength={1000}
          value={input.comment}
          onChange={(e) => change({ ...input, comment: e.target.value })}
          {...comment.props}
        />
        {comment.note}
      </div>

      <div className="reading-form__actions">
        <button type="submit" className="button button--primary" disabled={sending} aria-busy={sending || undefined}>
          {sending ? t('visits.sending') : t('visits.send')}
        </button>
      </div>
      <FormOutcome success={sent ? t('visits.sent') : null} error={formError} errorTestId="visit-form-error" />
    </form>
  );
}
