import { useTranslation } from 'react-i18next';
import type { DeliveryView } from '../api/types';
import { formatDateTime } from '../format';
import { EmptyState } from '../ui/feedback';

const tone: Record<string, string> = {
  PENDING: 'badge--pending',
  SENT: 'badge--success',
  DEAD: 'badge--danger',
};

/** NT-1: what was sent about the account, where (the channel, the address or phone masked) and when, and how it went. */
export function DeliveryHistory({ deliveries }: { deliveries: DeliveryView[] }) {
  const { t } = useTranslation();
  if (deliveries.length === 0) {
    return <EmptyState title={t('messages.historyEmpty')} hint={t('messages.historyEmptyHint')} />;
  }
  return (
    <ul className="messages__list" data-testid="delivery-history" aria-label={t('messages.historyCaption')}>
      {deliveries.map((d) => (
        <li key={d.id} className="card card__pad messages__delivery" data-testid="delivery" data-channel={d.channel}>
          <div className="messages__head">
            <strong>{d.subject}</strong>
            <span className={`badge ${tone[d.status] ?? ''}`} data-status={d.status}>
              <span className="badge__dot" aria-hidden="true" />
              {t(`messages.status.${d.status}`)}
            </span>
          </div>
          <dl className="messages__facts">
            <div>
              <dt>{t('messages.where')}</dt>
              <dd>
                {t(`messages.channel.${d.channel}`)}
                {' · '}
                {d.channel === 'CABINET' ? t('messages.cabinet') : d.recipient}
              </dd>
            </div>
            <div>
              <dt>{t('messages.when')}</dt>
              <dd>
                <time dateTime={d.sentAt ?? d.createdAt}>{formatDateTime(d.sentAt ?? d.createdAt)}</time>
                {d.status === 'PENDING' && d.nextAttemptAt
                  ? ` · ${t('messages.nextAttempt', { when: formatDateTime(d.nextAttemptAt) })}`
                  : ''}
              </dd>
            </div>
          </dl>
        </li>
      ))}
    </ul>
  );
}
