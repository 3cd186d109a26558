import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, XAxis, YAxis } from 'recharts';
import { formatKopecks } from '../format';
import { currentLang } from '../i18n';
import { formatMonth, formatMonthShort } from './model';

/**
 * PY-5: what was paid per month of the period as bars (Recharts), with the same figures as a table: the table is
 * what a screen reader reads and what prints; the chart is a picture of it.
 */
export function PaymentsChart({ totals }: { totals: { month: string; kopecks: number }[] }) {
  const { t } = useTranslation();
  const lang = currentLang();
  const sum = totals.reduce((s, m) => s + m.kopecks, 0);
  const data = totals.map((m) => ({ month: formatMonthShort(m.month, lang), roubles: m.kopecks / 100 }));
  // jsdom and very old browsers have no ResizeObserver: a fixed size there
  const responsive = typeof ResizeObserver !== 'undefined';
  return (
    <div className="payments-chart" data-testid="payments-chart">
      {sum > 0 && (
        <figure
          className="payments-chart__figure"
          role="img"
          aria-label={t('payments.chartLabel', { sum: formatKopecks(sum, lang), months: totals.length })}
        >
          <BarChart
            data={data}
            responsive={responsive}
            width={responsive ? undefined : 640}
            height={responsive ? undefined : 240}
            // Recharts' sizing guide: the chart takes its box from CSS (set through the DOM, which the CSP allows)
            style={responsive ? { width: '100%', height: 240 } : undefined}
            accessibilityLayer={false}
            margin={{ top: 8, right: 8, bottom: 8, left: 8 }}
          >
            <CartesianGrid vertical={false} stroke="#d8dde8" />
            <XAxis dataKey="month" tick={{ fill: '#3f4756', fontSize: 12 }} interval="preserveStartEnd" />
            <YAxis width={64} tick={{ fill: '#3f4756', fontSize: 12 }} tickFormatter={(v: number) => `${v.toLocaleString(lang === 'en' ? 'en-GB' : 'ru-RU')} ₽`} />
            <Bar dataKey="roubles" fill="#1d4ed8" isAnimationActive={false} />
          </BarChart>
        </figure>
      )}
      <div className="payments-table__scroll" role="region" aria-labelledby="payments-chart-caption" tabIndex={0}>
        <table className="payments-table payments-table--compact" data-testid="payments-by-month">
          <caption id="payments-chart-caption">{t('payments.byMonthCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('payments.month')}</th>
              <th scope="col" className="num">
                {t('payments.paid')}
              </th>
            </tr>
          </thead>
          <tbody>
            {totals.map((m) => (
              <tr key={m.month}>
                <th scope="row">{formatMonth(m.month, lang)}</th>
                <td className="num">{formatKopecks(m.kopecks, lang)}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">{t('payments.periodTotal')}</th>
              <td className="num">{formatKopecks(sum, lang)}</td>
            </tr>
          </tfoot>
        </table>
      </div>
    </div>
  );
}
