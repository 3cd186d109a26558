import { useTranslation } from 'react-i18next';
import type { Lang } from '../format';
import { EmptyState } from '../ui/feedback';
import { formatMonth, receiptUrl, type ReceiptPeriod } from './model';

/**
 * BL-3: the closed periods' receipts, newest first. Plain links (UX-1: no pop-up window): «Открыть» opens the PDF in a
 * new tab, «Скачать PDF» saves it under the service's file name.
 */
export function ReceiptsList({ accountNumber, periods }: { accountNumber: string; periods: ReceiptPeriod[] }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Lang;
  if (periods.length === 0) {
    return <EmptyState title={t('billing.receiptsEmpty')} hint={t('billing.receiptsEmptyHint')} />;
  }
  return (
    <ul className="receipts" data-testid="receipts">
      {periods.map((p) => {
        const month = formatMonth(p.period, lang);
        const url = receiptUrl(accountNumber, p.period);
        return (
          <li key={p.period} className="card card__pad receipts__item" data-period={p.period}>
            <span className="receipts__title">{t('billing.receiptFor', { month })}</span>
            <span className="receipts__actions">
              <a
                className="button button--secondary button--small"
                href={url}
                target="_blank"
                rel="noopener"
                aria-label={t('billing.openReceiptLabel', { month })}
              >
                {t('billing.openReceipt')}
              </a>
              <a
                className="button button--primary button--small"
                href={url}
                download={p.fileName}
                aria-label={t('billing.downloadLabel', { month })}
              >
                {t('billing.download')}
              </a>
            </span>
          </li>
        );
      })}
    </ul>
  );
}
