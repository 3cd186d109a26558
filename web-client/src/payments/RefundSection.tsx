import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { call, paymentApi } from '../api/client';
import { ApiError } from '../api/problem';
import { formatDate, formatDateTime, formatKopecks } from '../format';
import { currentLang } from '../i18n';
import { ErrorPanel, Spinner } from '../ui/feedback';
import { useAsync } from '../ui/useAsync';
import './i18n';
import { REFUND_DAYS } from './i18n';
import { parseRoubles } from './money';
import { REFUND_TONE, type RefundView } from './refundModel';

/**
 * PY-9 on the payment's page: what may be refunded, the «Вернуть платёж» form (sum, reason), and the requests made
 * with the operator's decision. payment-service decides; the form only spares a round trip.
 */
export function RefundSection({ number, id }: { number: string; id: string }) {
  const { t } = useTranslation();
  const lang = currentLang();
  const fieldId = useId();
  const path = { params: { path: { number, id } } };
  const refunds = useAsync(
    () => call(paymentApi.GET('/v1/accounts/{number}/payments/{id}/refunds', path)),
    [number, id],
  );
  const [open, setOpen] = useState(false);
  const [amount, setAmount] = useState('');
  const [reason, setReason] = useState('');
  const [issues, setIssues] = useState<Record<string, string>>({});
  const [sending, setSending] = useState(false);
  const [error, setError] = useState<unknown>();
  const [sent, setSent] = useState(false);

  if (refunds.error) return <ErrorPanel error={refunds.error} onRetry={refunds.reload} />;
  if (!refunds.data) return <Spinner />;
  const terms = refunds.data;
  const most = formatKopecks(terms.refundableKopecks, lang);
  const canAsk = !terms.refusal && terms.refundableKopecks > 0;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found: Record<string, string> = {};
    const parsed = parseRoubles(amount);
    if (!parsed || 'problem' in parsed || parsed.kopecks > terms.refundableKopecks) {
      found.amountKopecks = t('refunds.amountInvalid', { sum: most });
    }
    if (reason.trim() === '') found.reason = t('refunds.reasonRequired');
    setIssues(found);
    if (Object.keys(found).length > 0 || !parsed || 'problem' in parsed) return;
    setSending(true);
    setError(undefined);
    try {
      await call(
        paymentApi.POST('/v1/accounts/{number}/payments/{id}/refunds', {
          ...path,
          body: { amountKopecks: parsed.kopecks, reason: reason.trim() },
        }),
      );
      setSent(true);
      setOpen(false);
      refunds.reload();
    } catch (reason: unknown) {
      if (reason instanceof ApiError && Object.keys(reason.fieldErrors).length > 0) {
        setIssues(reason.fieldErrors);
      } else {
        setError(reason);
      }
    } finally {
      setSending(false);
    }
  };

  return (
    <section className="card card__pad refund-section" aria-labelledby={`${fieldId}-title`}>
      <h2 className="section__title" id={`${fieldId}-title`}>
        {t('refunds.title')}
      </h2>
      {sent && (
        <p role="status" data-testid="refund-sent">
          {t('refunds.sent')}
        </p>
      )}
      {terms.refusal ? (
        <p data-testid="refund-refusal">{t(`refunds.refusal.${terms.refusal}`)}</p>
      ) : (
        <>
          <p>{t('refunds.lead', { days: REFUND_DAYS })}</p>
          <p data-testid="refund-refundable">
            {t('refunds.refundable', { sum: most })}
            {terms.refundableUntil && <> · {t('refunds.until', { date: formatDate(terms.refundableUntil) })}</>}
          </p>
        </>
      )}
      {canAsk && !open && (
        <button type="button" className="button button--secondary" onClick={() => setOpen(true)} data-testid="refund-open">
          {t('refunds.action')}
        </button>
      )}
      {canAsk && open && (
        <form noValidate onSubmit={submit} className="refund-form">
          <div className={`field${issues.amountKopecks ? ' field--invalid' : ''}`}>
            <label className="field__label" htmlFor={`${fieldId}-amount`}>
              {t('refunds.amount')}
            </label>
            <input
              id={`${fieldId}-amount`}
              className="field__input"
              inputMode="decimal"
              value={amount}
              onChange={(e) => setAmount(e.target.value)}
              aria-invalid={issues.amountKopecks ? true : undefined}
              aria-describedby={`${fieldId}-amount-hint${issues.amountKopecks ? ` ${fieldId}-amount-error` : ''}`}
            />
            {issues.amountKopecks && (
              <p className="field__error" id={`${fieldId}-amount-error`} data-testid="error-refund-amount">
                {issues.amountKopecks}
              </p>
            )}
            <p className="field__hint" id={`${fieldId}-amount-hint`}>
              {t('refunds.amountHint', { sum: most })}
            </p>
          </div>
          <div className={`field${issues.reason ? ' field--invalid' : ''}`}>
            <label className="field__label" htmlFor={`${fieldId}-reason`}>
              {t('refunds.reason')}
            </label>
            <textarea
              id={`${fieldId}-reason`}
              className="field__input"
              maxLength={500}
              rows={3}
              value={reason}
              onChange={(e) => setReason(e.target.value)}
              aria-invalid={issues.reason ? true : undefined}
              aria-describedby={`${fieldId}-reason-hint${issues.reason ? ` ${fieldId}-reason-error` : ''}`}
            />
            {issues.reason && (
              <p className="field__error" id={`${fieldId}-reason-error`} data-testid="error-refund-reason">
                {issues.reason}
              </p>
            )}
            <p className="field__hint" id={`${fieldId}-reason-hint`}>
              {t('refunds.reasonHint')}
            </p>
          </div>
          {error !== undefined && <ErrorPanel error={error} />}
          <div className="payment-result__actions">
            <button type="submit" className="button button--primary" disabled={sending}>
              {sending ? t('refunds.sending') : t('refunds.submit')}
            </button>
            <button type="button" className="button button--ghost" onClick={() => setOpen(false)}>
              {t('refunds.cancel')}
            </button>
          </div>
        </form>
      )}
      {terms.requests.length > 0 && (
        <>
          <h3>{t('refunds.requests')}</h3>
          <ul className="refund-requests" data-testid="refund-requests">
            {terms.requests.map((r) => (
              <RefundItem key={r.id} refund={r} />
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

function RefundItem({ refund }: { refund: RefundView }) {
  const { t } = useTranslation();
  const lang = currentLang();
  return (
    <li>
      <span className={`badge ${REFUND_TONE[refund.status]}`} data-testid="refund-status" data-status={refund.status}>
        <span className="badge__dot" aria-hidden="true" />
        {t(`refunds.status.${refund.status}`)}
      </span>{' '}
      {formatKopecks(refund.amountKopecks, lang)} · {t('refunds.requestedAt')} {formatDateTime(refund.requestedAt)}
      {refund.decisionNote && (
        <p>
          {t('refunds.note')}: {refund.decisionNote}
        </p>
      )}
    </li>
  );
}
