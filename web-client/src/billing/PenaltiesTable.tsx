import { useTranslation } from 'react-i18next';
import { ScrollRegion } from './ScrollRegion';
import { formatDate, formatDecimal, formatKopecks, type Lang } from '../format';
import { EmptyState } from '../ui/feedback';
import type { Penalties } from './model';

/** BL-5: the penalty explained line by line, each interval of delay with its days, debt, rate, share and sum. */
export function PenaltiesTable({ penalties }: { penalties: Penalties }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Lang;
  const lines = penalties.lines.filter((l) => l.intervals.length > 0);
  return (
    <div data-testid="penalties">
      <p className="field__hint">{t('billing.penaltiesAsOf', { date: formatDate(penalties.asOf) })}</p>
      <p>
        <strong data-testid="penalties-total">
          {t('billing.penaltiesTotal', { sum: formatKopecks(penalties.totalKopecks, lang) })}
        </strong>
      </p>
      {lines.length === 0 ? (
        <EmptyState title={t('billing.penaltiesNone')} hint={t('billing.penaltiesNoneHint')} />
      ) : (
        lines.map((line) => (
          <ScrollRegion key={line.code} label={line.name}>
            <table className="billing-table" data-line={line.code}>
              <caption>
                {line.name}: {formatKopecks(line.totalKopecks, lang)}
              </caption>
              <thead>
                <tr>
                  <th scope="col">{t('billing.penaltyColumns.due')}</th>
                  <th scope="col">{t('billing.penaltyColumns.from')}</th>
                  <th scope="col">{t('billing.penaltyColumns.to')}</th>
                  <th scope="col" className="num">{t('billing.penaltyColumns.days')}</th>
                  <th scope="col" className="num">{t('billing.penaltyColumns.delayDay')}</th>
                  <th scope="col" className="num">{t('billing.penaltyColumns.debt')}</th>
                  <th scope="col" className="num">{t('billing.penaltyColumns.rate')}</th>
                  <th scope="col" className="num">{t('billing.penaltyColumns.fraction')}</th>
                  <th scope="col" className="num">{t('billing.penaltyColumns.sum')}</th>
                  <th scope="col">{t('billing.penaltyColumns.paidOn')}</th>
                </tr>
              </thead>
              <tbody>
                {line.intervals.map((i) => (
                  <tr key={`${i.dueDate}-${i.from}`}>
                    <td>{formatDate(i.dueDate)}</td>
                    <td>{formatDate(i.from)}</td>
                    <td>{formatDate(i.to)}</td>
                    <td className="num">{i.days}</td>
                    <td className="num">{i.firstDelayDay}</td>
                    <td className="num">{formatKopecks(i.debtKopecks, lang)}</td>
                    <td className="num">{formatDecimal(i.ratePercent, lang)}</td>
                    <td className="num">{i.fraction}</td>
                    <td className="num">{formatKopecks(i.kopecks, lang)}</td>
                    <td>{i.paidOn ? formatDate(i.paidOn) : t('billing.owed')}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollRegion>
        ))
      )}
    </div>
  );
}
