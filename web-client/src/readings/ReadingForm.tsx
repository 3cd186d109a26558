import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { call, meteringApi } from '../api/client';
import { ApiError, readableMessage } from '../api/problem';
import type { MeterView, ReadingView } from '../api/types';
import type { TariffRow } from '../billing/model';
import { formatDate, formatDecimal, formatKopecks } from '../format';
import { currentLang } from '../i18n';
import { CheckIcon } from '../ui/icons';
import { ChargePreviewText } from './ChargePreviewText';
import { unitOf, zoneShortLabel } from './labels';
import { pricesFor } from './tariffs';
import { periodName } from './window';
import {
  readingRequest,
  validateReading,
  validateReadingForm,
  zoneFields,
  type ReadingIssue,
} from './validation';

interface Props {
  accountNumber: string;
  meter: MeterView;
  onSubmitted: (reading: ReadingView) => void;
  /**
   * Billing's tariffs of the account (loaded once by the page): the form shows the price of each zone in force today.
   * `undefined` while loading or when the page does not load them, `null` when billing could not answer.
   */
  tariffs?: TariffRow[] | null;
  /** MT-8: `PAYMENT` when the form is on the pay page (metering records where the reading was given); else the portal. */
  channel?: 'PORTAL' | 'PAYMENT';
}

/**
 * MT-2: one field per zone with format hints at once (a number the meter can show); whether the
 * reading is acceptable (previous accepted reading, rollover, the meter's state) is metering's
 * decision: its problem `errors[]` are shown next to the matching field, and the alert says only
 * what no field shows (see {@link bannerFor}).
 */
export function ReadingForm({ accountNumber, meter, onSubmitted, tariffs, channel }: Props) {
  const { t } = useTranslation();
  const lang = currentLang();
  const formId = useId();
  const fields = zoneFields(meter);
  const [values, setValues] = useState<Record<string, string>>({});
  const [issues, setIssues] = useState<Record<string, ReadingIssue>>({});
  const [serverErrors, setServerErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<{ message: string; traceId?: string } | null>(null);
  const [submitting, setSubmitting] = useState(false);
  const [submitted, setSubmitted] = useState<ReadingView | null>(null);
  // MT-2: metering answered reading-rollover-unconfirmed: the resident may confirm the rollover
  const [rolloverAsked, setRolloverAsked] = useState(false);
  const [rolloverConfirmed, setRolloverConfirmed] = useState(false);
  const inputs = useRef<Record<string, HTMLInputElement | null>>({});

  // MT-2: the previous accepted value and its date, as a hint only (metering judges the new one)
  const accepted = meter.lastAccepted ?? undefined;
  const previous = (zone: string) => accepted?.values[zone];
  const zoneCount = meter.zones.length;
  const tariffKey = zoneCount >= 3 ? 'meters.tariff_three' : zoneCount === 2 ? 'meters.tariff_two' : 'meters.tariff_one';

  const issueText = (issue: ReadingIssue): string => {
    switch (issue.key) {
      case 'reading.error.tooManyDigits':
      case 'reading.error.tooManyDecimals':
        return t(issue.key, { count: issue.count });
      default:
        return t(issue.key);
    }
  };

  const messageFor = (zone: string, field: string): string | undefined => {
    const issue = issues[zone];
    if (issue) return issueText(issue);
    return serverErrors[field];
  };

  const change = (zone: string, field: string, value: string) => {
    setValues((v) => ({ ...v, [zone]: value }));
    setSubmitted(null);
    setRolloverConfirmed(false);
    if (serverErrors[field]) setServerErrors(({ [field]: _, ...rest }) => rest);
    // once a field has shown a problem, re-check it as the resident types
    if (issues[zone]) {
      const issue = validateReading(value, meter);
      setIssues(({ [zone]: _, ...rest }) => (issue ? { ...rest, [zone]: issue } : rest));
    }
  };

  const blur = (zone: string) => {
    const value = values[zone] ?? '';
    if (value.trim() === '') return; // do not scold an untouched field
    const issue = validateReading(value, meter);
    setIssues(({ [zone]: _, ...rest }) => (issue ? { ...rest, [zone]: issue } : rest));
  };

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (submitting) return;
    setFormError(null);
    setServerErrors({});
    setSubmitted(null);
    const found = validateReadingForm(values, meter);
    setIssues(found);
    const firstBad = fields.find((f) => found[f.zone]);
    if (firstBad) {
      inputs.current[firstBad.zone]?.focus();
      return;
    }
    setSubmitting(true);
    try {
      const reading = await call(
        meteringApi.POST('/v1/accounts/{number}/meters/{meterId}/readings', {
          params: { path: { number: accountNumber, meterId: meter.id } },
          body: {
            ...readingRequest(values, meter),
            ...(rolloverAsked && rolloverConfirmed ? { rolloverConfirmed: true } : {}),
            ...(channel === 'PAYMENT' ? { channel } : {}),
          },
        }),
      );
      setValues({});
      setRolloverAsked(false);
      setRolloverConfirmed(false);
      setSubmitted(reading);
      onSubmitted(reading);
    } catch (error) {
      if (error instanceof ApiError && error.kind === 'unauthorized') return;
      const byField: Record<string, string> = {};
      const known = new Set(fields.map((f) => f.field));
      let unmatched: string | undefined;
      if (error instanceof ApiError) {
        for (const [field, message] of Object.entries(error.fieldErrors)) {
          if (known.has(field)) byField[field] = message;
          else unmatched = unmatched ? `${unmatched}; ${message}` : message;
        }
      }
      setServerErrors(byField);
      if (error instanceof ApiError && error.slug === 'reading-rollover-unconfirmed') {
        setRolloverAsked(true);
        setRolloverConfirmed(false);
      }
      setFormError(bannerFor(error, Object.keys(byField).length > 0, unmatched, t));
      const firstServerBad = fields.find((f) => byField[f.field]);
      if (firstServerBad) inputs.current[firstServerBad.zone]?.focus();
    } finally {
      setSubmitting(false);
    }
  };

  return (
    <form className="reading-form" noValidate onSubmit={submit} aria-labelledby={`${formId}-legend`}>
      <p className="reading-form__legend" id={`${formId}-legend`}>
        {t('reading.legend')}
      </p>
      <p className="reading-form__tariff" data-testid="reading-tariff">
        {t('reading.tariff', { name: t(tariffKey) })}
      </p>
      <TariffPrice meter={meter} tariffs={tariffs} />
      <div className={`reading-form__fields reading-form__fields--${fields.length}`}>
        {fields.map(({ zone, field, labelKey }) => {
          const id = `${formId}-${zone}`;
          const message = messageFor(zone, field);
          const prev = previous(zone);
          const hintId = `${id}-hint`;
          const errorId = `${id}-error`;
          return (
            <div className={`field${message ? ' field--invalid' : ''}`} key={zone}>
              <label className="field__label" htmlFor={id}>
                {t(labelKey, { zone })}
              </label>
              <input
                ref={(el) => {
                  inputs.current[zone] = el;
                }}
                id={id}
                name={field}
                className="field__input"
                type="text"
                inputMode={meter.decimals > 0 ? 'decimal' : 'numeric'}
                autoComplete="off"
                spellCheck={false}
                placeholder={mask(meter.digitCapacity, meter.decimals, lang)}
                value={values[zone] ?? ''}
                onChange={(e) => change(zone, field, e.target.value)}
                onBlur={() => blur(zone)}
                aria-invalid={message ? true : undefined}
                aria-describedby={[message ? errorId : '', prev ? hintId : ''].filter(Boolean).join(' ') || undefined}
                data-zone={zone}
              />
              {message ? (
                <p className="field__error" id={errorId} data-testid={`error-${field}`}>
                  {message}
                </p>
              ) : prev ? (
                <p className="field__hint" id={hintId}>
                  {accepted
                    ? t('reading.previousAccepted', {
                        value: formatDecimal(prev, lang),
                        date: formatDate(accepted.submittedAt),
                      })
                    : t('reading.previous', { value: formatDecimal(prev, lang) })}
                </p>
              ) : null}
            </div>
          );
        })}
      </div>
      {rolloverAsked && (
        <div className="reading-form__rollover" data-testid="rollover-confirmation">
          <label className="checkbox">
            <input
              type="checkbox"
              checked={rolloverConfirmed}
              onChange={(e) => setRolloverConfirmed(e.target.checked)}
            />{' '}
            {t('reading.rollover.confirm')}
          </label>
          <p className="field__hint">{t('reading.rollover.hint')}</p>
        </div>
      )}
      <div className="reading-form__actions">
        <button type="submit" className="button button--primary" disabled={submitting} aria-busy={submitting || undefined}>
          {submitting ? t('reading.submitting') : t('reading.submit')}
        </button>
      </div>
      <div aria-live="polite" aria-atomic="true" className="reading-form__status">
        {submitted && (
          <div className="notice notice--success" role="status">
            <span className="notice__icon">
              <CheckIcon />
            </span>
            <div className="notice__body">
              <p>{t('reading.submitted')}</p>
              {submitted.outsideWindow && submitted.period && (
                <p data-testid="reading-outside-window">
                  {t('reading.outsideWindow', { period: periodName(submitted.period, lang) })}
                </p>
              )}
              {submitted.review && (
                <p data-testid="reading-review">
                  {t('reading.review', {
                    zone: submitted.review.zone,
                    consumption: formatDecimal(submitted.review.consumption, lang),
                    average: formatDecimal(submitted.review.average, lang),
                    factor: formatDecimal(submitted.review.factor, lang),
                  })}
                </p>
              )}
              <p className="notice__meta">
                <ChargePreviewText readingId={submitted.id} />
              </p>
            </div>
          </div>
        )}
      </div>
      {formError && (
        <div className="notice notice--error" role="alert" data-testid="reading-form-error">
          <div className="notice__body">
            <p>{formError.message}</p>
            {formError.traceId && <p className="notice__meta">{t('errors.traceId', { traceId: formError.traceId })}</p>}
          </div>
        </div>
      )}
    </form>
  );
}

/**
 * What the alert under the form says after a refusal, or null for none. A problem whose field errors
 * are shown next to their fields repeats them in its `detail` ("Показание меньше предыдущего
 * принятого (T1: …)"), so then the alert holds only the messages no field of this form shows (a zone
 * the meter lacks); a refusal tied to no field (the meter takes no readings, the server is away) is
 * the alert's, with its trace id.
 */
export function bannerFor(
  error: unknown,
  shownAtFields: boolean,
  unmatched: string | undefined,
  t: (key: string) => string,
): { message: string; traceId?: string } | null {
  const traceId = error instanceof ApiError ? error.traceId : undefined;
  if (shownAtFields) return unmatched ? { message: unmatched, traceId } : null;
  const message = readableMessage(error, t);
  return { message: unmatched && !message.includes(unmatched) ? `${message} ${unmatched}` : message, traceId };
}

/** 6 digits, 1 decimal -> "000000,0" ("000000.0" in English). */
export function mask(digits: number, decimals: number, lang: 'ru' | 'en' = 'ru'): string {
  const separator = lang === 'en' ? '.' : ',';
  return '0'.repeat(Math.max(1, digits)) + (decimals > 0 ? separator + '0'.repeat(decimals) : '');
}

/** MT-2: the price per unit of each zone in force today, from billing's tariffs; says so when billing is away. */
function TariffPrice({ meter, tariffs }: { meter: MeterView; tariffs: TariffRow[] | null | undefined }) {
  const { t } = useTranslation();
  const lang = currentLang();
  if (tariffs === undefined) return null;
  if (tariffs === null) {
    return (
      <p className="field__hint" data-testid="reading-tariff-price">
        {t('reading.tariffPriceUnavailable')}
      </p>
    );
  }
  const prices = pricesFor(tariffs, meter.service, meter.zones);
  if (!prices) return null;
  const unit = unitOf(meter.service, t);
  const per = (kopecks: number) => `${formatKopecks(kopecks, lang)}${unit ? `/${unit}` : ''}`;
  const text =
    prices.length === 1
      ? per(prices[0].kopecksPerUnit)
      : prices.map((p) => `${zoneShortLabel(p.zone, prices.length, t).toLowerCase()} ${per(p.kopecksPerUnit)}`).join(', ');
  return (
    <p className="reading-form__tariff" data-testid="reading-tariff-price">
      {t('reading.tariffPrice', { price: text })}
    </p>
  );
}
