import { useTranslation } from 'react-i18next';
import { ScrollRegion } from './ScrollRegion';
import { formatKopecks, type Lang } from '../format';
import type { SettlementPeriod } from './model';

/** BL-1: one period's settlements per charge line, with a total row; prints on A4. */
export function SettlementsTable({ period, caption }: { period: SettlementPeriod; caption: string }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Lang;
  const money = (kopecks: number) => formatKopecks(kopecks, lang);
  const sum = (pick: (l: SettlementPeriod['lines'][number]) => number) =>
    period.lines.reduce((total, line) => total + pick(line), 0);
  return (
    <ScrollRegion label={caption}>
      <table className="billing-table" data-testid="settlements-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('billing.columns.line')}</th>
            <th scope="col" className="num">{t('billing.columns.opening')}</th>
            <th scope="col" className="num">{t('billing.columns.charges')}</th>
            <th scope="col" className="num">{t('billing.columns.recalculations')}</th>
            <th scope="col" className="num">{t('billing.columns.payments')}</th>
            <th scope="col" className="num">{t('billing.columns.closing')}</th>
          </tr>
        </thead>
        <tbody>
          {period.lines.map((line) => (
            <tr key={line.code} data-line={line.code}>
              <th scope="row">{line.name}</th>
              <td className="num">{money(line.openingKopecks)}</td>
              <td className="num">{money(line.chargesKopecks)}</td>
              <td className="num">{money(line.recalculationsKopecks)}</td>
              <td className="num">{money(line.paymentsKopecks)}</td>
              <td className="num">
                <strong>{money(line.closingKopecks)}</strong>
              </td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{t('billing.total')}</th>
            <td className="num">{money(sum((l) => l.openingKopecks))}</td>
            <td className="num">{money(sum((l) => l.chargesKopecks))}</td>
            <td className="num">{money(sum((l) => l.recalculationsKopecks))}</td>
            <td className="num">{money(sum((l) => l.paymentsKopecks))}</td>
            <td className="num" data-testid="settlements-closing">
              <strong>{money(sum((l) => l.closingKopecks))}</strong>
            </td>
          </tr>
        </tfoot>
      </table>
    </ScrollRegion>
  );
}
