import { Fragment, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ScrollRegion } from './ScrollRegion';
import { formatKopecks, type Lang } from '../format';
import { EmptyState } from '../ui/feedback';
import { formatMonth, type SettlementPeriod } from './model';
import { ServicesPie } from './ServicesPie';
import { SettlementsTable } from './SettlementsTable';

/** BL-2: charges and payments by month, newest first; a month opens its detail with the services' shares. */
export function HistoryTable({ periods }: { periods: SettlementPeriod[] }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Lang;
  const [open, setOpen] = useState<string | null>(null);
  if (periods.length === 0) return <EmptyState title={t('billing.empty')} hint={t('billing.emptyHint')} />;
  return (
    <ScrollRegion label={t('billing.tabs.history')}>
      <table className="billing-table" data-testid="history-table">
        <caption className="visually-hidden">{t('billing.tabs.history')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('billing.columns.month')}</th>
            <th scope="col" className="num">{t('billing.columns.charges')}</th>
            <th scope="col" className="num">{t('billing.columns.recalculations')}</th>
            <th scope="col" className="num">{t('billing.columns.payments')}</th>
            <th scope="col" className="num">{t('billing.columns.closing')}</th>
            <th scope="col" className="no-print">{t('billing.columns.detail')}</th>
          </tr>
        </thead>
        <tbody>
          {periods.map((p) => {
            const month = formatMonth(p.period, lang);
            const expanded = open === p.period;
            const detailId = `history-detail-${p.period}`;
            return (
              <Fragment key={p.period}>
                <tr data-period={p.period}>
                  <th scope="row">{month}</th>
                  <td className="num">{formatKopecks(p.chargesKopecks, lang)}</td>
                  <td className="num">{formatKopecks(p.recalculationsKopecks, lang)}</td>
                  <td className="num">{formatKopecks(p.paymentsKopecks, lang)}</td>
                  <td className="num">{formatKopecks(p.closingKopecks, lang)}</td>
                  <td className="no-print">
                    <button
                      type="button"
                      className="button button--secondary button--small"
                      aria-expanded={expanded}
                      aria-controls={expanded ? detailId : undefined}
                      onClick={() => setOpen(expanded ? null : p.period)}
                    >
                      {expanded ? t('billing.close', { month }) : t('billing.open', { month })}
                    </button>
                  </td>
                </tr>
                {expanded && (
                  <tr id={detailId} className="history-detail">
                    <td colSpan={6}>
                      <ServicesPie period={p} />
                      <SettlementsTable period={p} caption={month} />
                    </td>
                  </tr>
                )}
              </Fragment>
            );
          })}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
