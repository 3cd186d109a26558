import { useTranslation } from 'react-i18next';
import { Cell, Pie, PieChart } from 'recharts';
import { formatKopecks, type Lang } from '../format';
import { chargesByService, formatMonth, type SettlementPeriod } from './model';

/** Colours with at least 3:1 contrast against white; billing.css gives the table's keys the same, in this order. */
const COLOURS = ['#1d4ed8', '#b45309', '#047857', '#7c3aed', '#be123c', '#0e7490', '#4d7c0f', '#57534e'];

/**
 * BL-2: a month's services' shares of the charges as a pie chart (Recharts), with the same figures as a table: the
 * table is what a screen reader reads and what prints; the chart is a picture of it.
 */
export function ServicesPie({ period }: { period: SettlementPeriod }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Lang;
  const month = formatMonth(period.period, lang);
  const shares = chargesByService(period);
  const total = shares.reduce((sum, s) => sum + s.kopecks, 0);
  if (total === 0) return <p className="field__hint">{t('billing.noCharges')}</p>;
  const data = shares.map((s) => ({
    name: t(`billing.services.${s.service}`, { defaultValue: s.service }),
    value: s.kopecks,
  }));
  const percent = (kopecks: number) =>
    new Intl.NumberFormat(lang === 'en' ? 'en-GB' : 'ru-RU', { style: 'percent', maximumFractionDigits: 1 }).format(
      kopecks / total,
    );
  return (
    <div className="services-pie" data-testid="services-pie">
      <figure className="services-pie__chart" role="img" aria-label={t('billing.shares', { month })}>
        <PieChart width={220} height={220} accessibilityLayer={false}>
          <Pie data={data} dataKey="value" nameKey="name" outerRadius={100} isAnimationActive={false} stroke="#fff">
            {data.map((entry, index) => (
              <Cell key={entry.name} fill={COLOURS[index % COLOURS.length]} />
            ))}
          </Pie>
        </PieChart>
      </figure>
      <table className="billing-table billing-table--compact" data-testid="services-shares">
        <caption>{t('billing.sharesTable', { month })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('billing.columns.line')}</th>
            <th scope="col" className="num">{t('billing.columns.charges')}</th>
            <th scope="col" className="num">{t('billing.share')}</th>
          </tr>
        </thead>
        <tbody>
          {shares.map((s, index) => (
            <tr key={s.service}>
              <th scope="row">
                <span className={`services-pie__key services-pie__key--${index % COLOURS.length}`} aria-hidden="true" />
                {data[index].name}
              </th>
              <td className="num">{formatKopecks(s.kopecks, lang)}</td>
              <td className="num">{percent(s.kopecks)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
