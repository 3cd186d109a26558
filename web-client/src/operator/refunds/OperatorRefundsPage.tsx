import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call, paymentApi } from '../../api/client';
import { formatDateTime, formatKopecks } from '../../format';
import { currentLang } from '../../i18n';
import { Shell } from '../../layout/Shell';
import '../../payments/i18n';
import '../../payments/payments.css';
import { REFUND_TONE, type RefundStatus, type RefundView } from '../../payments/refundModel';
import { useSession } from '../../session/SessionProvider';
import { EmptyState, ErrorPanel, Spinner } from '../../ui/feedback';
import { useAsync } from '../../ui/useAsync';
import { useDocumentTitle } from '../../ui/useDocumentTitle';

const STATUSES: readonly RefundStatus[] = ['REFUND_REQUESTED', 'APPROVED', 'REFUNDED', 'REFUND_REJECTED', 'REFUND_FAILED'];

/**
 * `/operator/refunds` (PY-9): operators see the refund requests and approve (the bank refunds) or reject them with a
 * reason. payment-service answers 403 to anybody without the operator role; the page shows that answer.
 */
export function OperatorRefundsPage() {
  const { t } = useTranslation();
  const { session } = useSession();
  const filterId = useId();
  useDocumentTitle(t('operatorRefunds.title'));
  const [status, setStatus] = useState<RefundStatus | ''>('REFUND_REQUESTED');
  const queue = useAsync(
    () =>
      call(
        paymentApi.GET('/v1/operator/refunds', {
          params: { query: { status: status === '' ? undefined : status, size: 100 } },
        }),
      ),
    [status],
  );
  return (
    <Shell me={session.status === 'authenticated' ? session.me : null}>
      <div className="page-narrow">
        <h1>{t('operatorRefunds.title')}</h1>
        <p>{t('operatorRefunds.lead')}</p>
        <div className="field">
          <label className="field__label" htmlFor={filterId}>
            {t('operatorRefunds.filter')}
          </label>
          <select
            id={filterId}
            className="field__input"
            value={status}
            onChange={(e) => setStatus(e.target.value as RefundStatus | '')}
          >
            {STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`refunds.status.${s}`)}
              </option>
            ))}
            <option value="">{t('operatorRefunds.all')}</option>
          </select>
        </div>
        {queue.error ? (
          <ErrorPanel error={queue.error} onRetry={queue.reload} />
        ) : !queue.data ? (
          <Spinner />
        ) : queue.data.length === 0 ? (
          <EmptyState title={t('operatorRefunds.empty')} />
        ) : (
          <ul className="refund-requests" data-testid="operator-refunds">
            {queue.data.map((r) => (
              <RefundRequest key={r.id} refund={r} onDecided={queue.reload} />
            ))}
          </ul>
        )}
      </div>
    </Shell>
  );
}

function RefundRequest({ refund, onDecided }: { refund: RefundView; onDecided: () => void }) {
  const { t } = useTranslation();
  const lang = currentLang();
  const noteId = useId();
  const [rejecting, setRejecting] = useState(false);
  const [note, setNote] = useState('');
  const [noteIssue, setNoteIssue] = useState<string>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();
  const path = { params: { path: { id: refund.id } } };

  const decide = async (action: () => Promise<unknown>) => {
    setBusy(true);
    setError(undefined);
    try {
      await action();
      onDecided();
    } catch (reason: unknown) {
      setError(reason);
    } finally {
      setBusy(false);
    }
  };
  const approve = () => decide(() => call(paymentApi.POST('/v1/operator/refunds/{id}/approve', path)));
  const reject = () => {
    if (note.trim() === '') {
      setNoteIssue(t('operatorRefunds.noteRequired'));
      return;
    }
    setNoteIssue(undefined);
    void decide(() =>
      call(paymentApi.POST('/v1/operator/refunds/{id}/reject', { ...path, body: { note: note.trim() } })),
    );
  };

  return (
    <li className="card card__pad" data-testid="operator-refund">
      <p>
        <span className={`badge ${REFUND_TONE[refund.status]}`} data-status={refund.status}>
          <span className="badge__dot" aria-hidden="true" />
          {t(`refunds.status.${refund.status}`)}
        </span>
      </p>
      <dl className="payments-page__details">
        <dt>{t('operatorRefunds.account')}</dt>
        <dd>{refund.accountNumber}</dd>
        <dt>{t('operatorRefunds.payment')}</dt>
        <dd>{refund.paymentId}</dd>
        <dt>{t('operatorRefunds.sum')}</dt>
        <dd>{formatKopecks(refund.amountKopecks, lang)}</dd>
        <dt>{t('operatorRefunds.reason')}</dt>
        <dd>{refund.reason}</dd>
        <dt>{t('refunds.requestedAt')}</dt>
        <dd>{formatDateTime(refund.requestedAt)}</dd>
      </dl>
      {refund.decidedBy && refund.decidedAt && (
        <p>{t('operatorRefunds.decidedBy', { who: refund.decidedBy, when: formatDateTime(refund.decidedAt) })}</p>
      )}
      {refund.decisionNote && (
        <p>
          {t('refunds.note')}: {refund.decisionNote}
        </p>
      )}
      {error !== undefined && <ErrorPanel error={error} />}
      {(refund.status === 'REFUND_REQUESTED' || refund.status === 'APPROVED') && (
        <div className="payment-result__actions">
          <button type="button" className="button button--primary" disabled={busy} onClick={() => void approve()}>
            {t('operatorRefunds.approve')}
          </button>
          {refund.status === 'REFUND_REQUESTED' && !rejecting && (
            <button type="button" className="button button--ghost" disabled={busy} onClick={() => setRejecting(true)}>
              {t('operatorRefunds.reject')}
            </button>
          )}
        </div>
      )}
      {rejecting && refund.status === 'REFUND_REQUESTED' && (
        <div className={`field${noteIssue ? ' field--invalid' : ''}`}>
          <label className="field__label" htmlFor={noteId}>
            {t('operatorRefunds.rejectNote')}
          </label>
          <textarea
            id={noteId}
            className="field__input"
            rows={2}
            maxLength={500}
            value={note}
            onChange={(e) => setNote(e.target.value)}
            aria-invalid={noteIssue ? true : undefined}
            aria-describedby={noteIssue ? `${noteId}-error` : undefined}
          />
          {noteIssue && (
            <p className="field__error" id={`${noteId}-error`}>
              {noteIssue}
            </p>
          )}
          <button type="button" className="button button--secondary" disabled={busy} onClick={reject}>
            {t('operatorRefunds.confirmReject')}
          </button>
        </div>
      )}
    </li>
  );
}
