import { useTranslation } from 'react-i18next';
import { formatDate, formatDateTime } from '../format';
import { EmptyState } from '../ui/feedback';
import type { VisitRequestView } from './VisitForm';

const tone: Record<string, string> = {
  SENT: 'badge--pending',
  ACCEPTED: 'badge--success',
  DONE: 'badge--success',
  CANCELLED: 'badge--danger',
};

/** AC-4: the account's requests, newest first, each with where it stands. */
export function VisitList({ requests }: { requests: VisitRequestView[] }) {
  const { t } = useTranslation();
  if (requests.length === 0) {
    return <EmptyState title={t('visits.empty')} hint={t('visits.emptyHint')} />;
  }
  return (
    <ul className="visits__list" data-testid="visit-list">
      {requests.map((r) => (
        <li className="card card__pad visits__item" key={r.id} data-testid="visit-request">
          <div className="visits__head">
            <strong>{t(`visits.reasons.${r.reason}`)}</strong>
            <span className={`badge ${tone[r.status] ?? ''}`} data-status={r.status}>
              <span className="badge__dot" aria-hidden="true" />
              {t(`visits.status.${r.status}`)}
            </span>
          </div>
          <p className="field__hint">
            {t('visits.requestedAt', { when: formatDateTime(r.requestedAt) })}
            {r.meterSerial ? ` · ${t('visits.meterShort', { serial: r.meterSerial })}` : ''}
          </p>
          <p>{t('visits.days', { from: formatDate(r.preferredFrom), to: formatDate(r.preferredTo) })}</p>
          {r.slotStart && r.slotEnd && r.status !== 'CANCELLED' && (
            <p data-testid="visit-slot">
              {t('visits.slot', { from: formatDateTime(r.slotStart), to: formatDateTime(r.slotEnd).slice(-5) })}
            </p>
          )}
          {r.status === 'CANCELLED' && r.cancelReason && <p>{t('visits.cancelReason', { reason: r.cancelReason })}</p>}
        </li>
      ))}
    </ul>
  );
}
