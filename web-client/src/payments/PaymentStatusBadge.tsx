import { useTranslation } from 'react-i18next';
import { STATUS_TONE, type PaymentStatus } from './model';

/** A payment's status as the resident reads it: «в обработке», «оплачено», «отклонён» … */
export function PaymentStatusBadge({ status }: { status: PaymentStatus }) {
  const { t } = useTranslation();
  return (
    <span className={`badge ${STATUS_TONE[status]}`} data-status={status} data-testid="payment-status">
      <span className="badge__dot" aria-hidden="true" />
      {t(`payments.status.${status}`)}
    </span>
  );
}
