import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { call, paymentApi } from '../api/client';
import { ApiError, readableMessage } from '../api/problem';
import { formatKopecks } from '../format';
import { currentLang } from '../i18n';
import { FormOutcome } from '../ui/feedback';
import { browser } from './browser';
import { PaymentInfoLinks } from './InfoPages';
import type { LineBalance } from './model';
import { fieldOfProblem, SubmissionKeys, totalKopecks, validatePayment, type PaymentInput } from './validation';

interface Props {
  accountNumber: string;
  /** The account's charge lines from billing, in receipt order. */
  lines: LineBalance[];
  /** What the fields start with: each line's debt (or the sums of a payment tried again) and the payer on record. */
  initial: PaymentInput;
}

const PAYER_FIELDS = ['name', 'email', 'phone', 'contact', 'consent'];

/**
 * PY-1, PY-2: a sum per charge line (the debt suggested, any sum or an advance allowed), the payer with an e-mail
 * and/or a phone for the e-receipt, the consent; problems next to their fields. The request carries an
 * Idempotency-Key that a retry of the same submission repeats; a created payment sends the resident to the bank's
 * hosted page by a plain navigation.
 */
export function PaymentForm({ accountNumber, lines, initial }: Props) {
  const { t } = useTranslation();
  const lang = currentLang();
  const id = useId();
  const navigate = useNavigate();
  const [input, setInput] = useState<PaymentInput>(initial);
  const [issues, setIssues] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<{ message: string; traceId?: string } | null>(null);
  const [sending, setSending] = useState(false);
  const keys = useRef(new SubmissionKeys());
  const focusable = useRef<Partial<Record<string, HTMLElement | null>>>({});
  const codes = lines.map((l) => l.code);

  // «Back» from the bank's page may restore this page as it was left (back/forward cache): busy no more
  useEffect(() => {
    const restored = (event: PageTransitionEvent) => {
      if (event.persisted) setSending(false);
    };
    window.addEventListener('pageshow', restored);
    return () => window.removeEventListener('pageshow', restored);
  }, []);
  const order = [...codes.map((c) => `line.${c}`), 'lines', ...PAYER_FIELDS];

  const judge = (next: PaymentInput) =>
    Object.fromEntries(Object.entries(validatePayment(next).issues).map(([k, v]) => [k, t(v)]));

  const change = (next: PaymentInput) => {
    setInput(next);
    if (Object.keys(issues).length > 0) setIssues(judge(next));
  };

  const focusFirst = (found: Record<string, string>) => {
    const first = order.find((f) => found[f]);
    if (!first) return;
    const target = first === 'lines' ? `line.${codes[0]}` : first === 'contact' ? 'email' : first;
    focusable.current[target]?.focus();
  };

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (sending) return;
    setFormError(null);
    const { issues: found, body } = validatePayment(input);
    const shown = Object.fromEntries(Object.entries(found).map(([k, v]) => [k, t(v)]));
    setIssues(shown);
    if (!body) {
      focusFirst(shown);
      return;
    }
    setSending(true);
    const key = keys.current.keyFor(body);
    try {
      const payment = await call(
        paymentApi.POST('/v1/accounts/{number}/payments', {
          params: { path: { number: accountNumber }, header: { 'Idempotency-Key': key } },
          body,
        }),
      );
      keys.current.settled();
      if (payment.formUrl) {
        browser.assign(payment.formUrl);
        return; // the page is leaving: keep the button busy
      }
      // a repeated submission of a payment the bank already decided: show where it stands
      navigate(`/accounts/${accountNumber}/payments/${payment.id}`);
    } catch (error) {
      if (error instanceof ApiError && error.kind === 'unauthorized') return;
      // a lost answer or a silent bank: the same submission again must carry the same key; anything else was answered
      const unknown = error instanceof ApiError && (error.kind === 'network' || error.status === 503 || error.status === 504);
      if (!unknown) keys.current.settled();
      const byField: Record<string, string> = {};
      if (error instanceof ApiError) {
        for (const [field, message] of Object.entries(error.fieldErrors)) {
          const target = fieldOfProblem(field, body.lines.map((l) => l.lineCode));
          if (target) byField[target] = byField[target] ? `${byField[target]}; ${message}` : message;
        }
      }
      setIssues(byField);
      if (Object.keys(byField).length === 0 || (error instanceof ApiError && error.fieldErrors[''])) {
        setFormError({
          message: unknown ? `${readableMessage(error, t)} ${t('payments.retrySame')}` : readableMessage(error, t),
          traceId: error instanceof ApiError ? error.traceId : undefined,
        });
      }
      focusFirst(byField);
    }
    setSending(false);
  };

  const describe = (field: string, hint?: string) => {
    const message = issues[field];
    const fieldId = `${id}-${field.replace('.', '-')}`;
    if (message) {
      return {
        invalid: true,
        props: { 'aria-invalid': true as const, 'aria-describedby': `${fieldId}-error` },
        note: (
          <p className="field__error" id={`${fieldId}-error`} data-testid={`error-${field}`}>
            {message}
          </p>
        ),
      };
    }
    return {
      invalid: false,
      props: hint ? { 'aria-describedby': `${fieldId}-hint` } : {},
      note: hint ? (
        <p className="field__hint" id={`${fieldId}-hint`}>
          {hint}
        </p>
      ) : null,
    };
  };

  const total = totalKopecks(input.amounts);
  const name = describe('name');
  const email = describe('email', t('payments.emailExample'));
  const phone = describe('phone', t('payments.phoneExample'));
  const consent = describe('consent');

  return (
    <form className="card card__pad payment-form" noValidate onSubmit={submit} aria-labelledby={`${id}-title`}>
      <h2 className="section__title" id={`${id}-title`}>
        {t('payments.formTitle')}
      </h2>
      <fieldset
        className="payment-form__group"
        aria-describedby={issues.lines ? `${id}-lines-error` : `${id}-lines-hint`}
      >
        <legend className="field__label">{t('payments.linesLegend')}</legend>
        <p className="field__hint" id={`${id}-lines-hint`}>
          {t('payments.linesHint')}
        </p>
        {lines.map((line) => {
          const field = `line.${line.code}`;
          const hint =
            line.debtKopecks > 0
              ? t('payments.debt', { sum: formatKopecks(line.debtKopecks, lang) })
              : line.overpaymentKopecks > 0
                ? t('payments.overpaid', { sum: formatKopecks(line.overpaymentKopecks, lang) })
                : t('payments.noDebt');
          const d = describe(field, hint);
          return (
            <div className={`field payment-form__line${d.invalid ? ' field--invalid' : ''}`} key={line.code}>
              <label className="field__label" htmlFor={`${id}-${field.replace('.', '-')}`}>
                {line.name}
              </label>
              <div className="payment-form__amount">
                <input
                  ref={(el) => void (focusable.current[field] = el)}
                  id={`${id}-${field.replace('.', '-')}`}
                  className="field__input"
                  type="text"
                  inputMode="decimal"
                  autoComplete="off"
                  value={input.amounts[line.code] ?? ''}
                  onChange={(e) => change({ ...input, amounts: { ...input.amounts, [line.code]: e.target.value } })}
                  data-testid={`amount-${line.code}`}
                  {...d.props}
                />
                <span className="payment-form__currency" aria-hidden="true">
                  ₽
                </span>
              </div>
              {d.note}
            </div>
          );
        })}
        {issues.lines && (
          <p className="field__error" id={`${id}-lines-error`} data-testid="error-lines">
            {issues.lines}
          </p>
        )}
        <p className="payment-form__total" aria-live="polite" data-testid="payment-total">
          {t('payments.total', { sum: formatKopecks(total, lang) })}
        </p>
      </fieldset>

      <fieldset className="payment-form__group" aria-describedby={issues.contact ? `${id}-contact-error` : `${id}-contact-hint`}>
        <legend className="field__label">{t('payments.payerLegend')}</legend>
        <p className="field__hint" id={`${id}-contact-hint`}>
          {t('payments.contactHint')}
        </p>
        <div className={`field${name.invalid ? ' field--invalid' : ''}`}>
          <label className="field__label" htmlFor={`${id}-name`}>
            {t('payments.name')}
          </label>
          <input
            ref={(el) => void (focusable.current.name = el)}
            id={`${id}-name`}
            className="field__input"
            type="text"
            autoComplete="name"
            maxLength={200}
            value={input.name}
            onChange={(e) => change({ ...input, name: e.target.value })}
            {...name.props}
          />
          {name.note}
        </div>
        <div className={`field${email.invalid || issues.contact ? ' field--invalid' : ''}`}>
          <label className="field__label" htmlFor={`${id}-email`}>
            {t('payments.email')}
          </label>
          <input
            ref={(el) => void (focusable.current.email = el)}
            id={`${id}-email`}
            className="field__input"
            type="email"
            inputMode="email"
            autoComplete="email"
            value={input.email}
            onChange={(e) => change({ ...input, email: e.target.value })}
            {...email.props}
          />
          {email.note}
        </div>
        <div className={`field${phone.invalid || issues.contact ? ' field--invalid' : ''}`}>
          <label className="field__label" htmlFor={`${id}-phone`}>
            {t('payments.phone')}
          </label>
          <div className="preferences__phone">
            <span className="preferences__prefix" aria-hidden="true">
              +7
            </span>
            <input
              ref={(el) => void (focusable.current.phone = el)}
              id={`${id}-phone`}
              className="field__input"
              type="tel"
              inputMode="tel"
              autoComplete="tel-national"
              value={input.phone}
              onChange={(e) => change({ ...input, phone: e.target.value })}
              {...phone.props}
            />
          </div>
          {phone.note}
        </div>
        {issues.contact && (
          <p className="field__error" id={`${id}-contact-error`} data-testid="error-contact">
            {issues.contact}
          </p>
        )}
      </fieldset>

      <div className={`field field--check${consent.invalid ? ' field--invalid' : ''}`}>
        <label className="check" htmlFor={`${id}-consent`}>
          <input
            ref={(el) => void (focusable.current.consent = el)}
            id={`${id}-consent`}
            type="checkbox"
            checked={input.consent}
            onChange={(e) => change({ ...input, consent: e.target.checked })}
            {...consent.props}
          />
          <span>{t('payments.consent')}</span>
        </label>
        {consent.note}
        <details className="payment-form__terms">
          <summary>{t('payments.termsTitle')}</summary>
          <p>{t('payments.termsPrivacy')}</p>
          <p>{t('payments.termsAgreement')}</p>
        </details>
        <PaymentInfoLinks />
      </div>

      <div className="reading-form__actions">
        <button type="submit" className="button button--primary" disabled={sending} aria-busy={sending || undefined}>
          {sending ? t('payments.sending') : t('payments.submit')}
        </button>
      </div>
      <FormOutcome success={null} error={formError} errorTestId="payment-form-error" />
    </form>
  );
}
