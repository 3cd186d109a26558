import { lazy, Suspense, useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { billingApi, call, paymentApi, type BffUser } from '../api/client';
import { formatDate, formatDateTime, formatKopecks } from '../format';
import { currentLang } from '../i18n';
import { Shell } from '../layout/Shell';
import { AccountGate } from '../session/AccountGate';
import { EmptyState, ErrorPanel, Spinner } from '../ui/feedback';
import { useAsync } from '../ui/useAsync';
import { useDocumentTitle } from '../ui/useDocumentTitle';
import { dayIn } from '../visits/validation';
import { lineName, monthlyTotals, PAID, type PaymentView } from './model';
import { PaymentStatusBadge } from './PaymentStatusBadge';
import './payments.css';

export const PAGE_SIZE = 10;
// Recharts is big: loaded with the history page's chart only, not with every page of the cabinet
const PaymentsChart = lazy(() => import('./PaymentsChart').then((m) => ({ default: m.PaymentsChart })));
const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The default period: from the first day of the month eleven months ago to today, in the utility's zone. */
export function defaultPeriod(now: Date): { from: string; to: string } {
  const to = dayIn(now);
  let [y, m] = to.split('-').map(Number);
  m -= 11;
  if (m < 1) {
    m += 12;
    y -= 1;
  }
  return { from: `${y}-${String(m).padStart(2, '0')}-01`, to };
}

/** `/accounts/:number/payments` (PY-5): every payment whatever the channel, with status, for a period, paged, a chart. */
export function HistoryPage() {
  return <AccountGate>{(me, number) => <History me={me} number={number} />}</AccountGate>;
}

function History({ me, number }: { me: BffUser; number: string }) {
  const { t } = useTranslation();
  const lang = currentLang();
  useDocumentTitle(t('payments.historyTitle'));
  const [search, setSearch] = useSearchParams();
  const fallback = defaultPeriod(new Date());
  const from = DAY.test(search.get('from') ?? '') ? search.get('from')! : fallback.from;
  const to = DAY.test(search.get('to') ?? '') ? search.get('to')! : fallback.to;
  const page = Math.max(0, Number.parseInt(search.get('page') ?? '0', 10) || 0);

  const list = useAsync(
    () =>
      call(
        paymentApi.GET('/v1/accounts/{number}/payments', {
          params: { path: { number }, query: { from, to, page, size: PAGE_SIZE } },
        }),
      ),
    [number, from, to, page],
  );
  const paid = useAsync(() => paidInPeriod(number, from, to), [number, from, to]);
  const balances = useAsync(
    () => call(billingApi.GET('/v1/accounts/{number}/balances', { params: { path: { number } } })),
    [number],
  );

  const show = (next: { from: string; to: string; page: number }) =>
    setSearch({ from: next.from, to: next.to, page: String(next.page) });

  return (
    <Shell me={me} accounts={me.accounts.map((n) => ({ number: n }))} activeAccount={number} wide>
      <div className="payments-page">
        <p>
          <Link to={`/accounts/${number}`}>{t('preferences.back')}</Link>
        </p>
        <h1>{t('payments.historyTitle')}</h1>
        <p className="field__hint">{t('payments.historyLead')}</p>
        <p>
          <Link className="button button--primary" to={`/accounts/${number}/pay`}>
            {t('payments.payLink')}
          </Link>
        </p>
        <PeriodFilter key={`${from}/${to}`} from={from} to={to} onApply={(f, tt) => show({ from: f, to: tt, page: 0 })} />

        <section className="section" aria-labelledby="payments-list-title">
          <h2 className="section__title" id="payments-list-title">
            {t('payments.listTitle', { from: formatDate(from), to: formatDate(to) })}
          </h2>
          {list.error ? (
            <ErrorPanel error={list.error} onRetry={list.reload} />
          ) : list.data === undefined ? (
            <Spinner />
          ) : list.data.length === 0 && page === 0 ? (
            <EmptyState title={t('payments.empty')} hint={t('payments.emptyHint')} />
          ) : (
            <>
              <div className="payments-table__scroll" role="region" aria-label={t('payments.tableRegion')} tabIndex={0}>
                <table className="payments-table" data-testid="payments-table">
                  <thead>
                    <tr>
                      <th scope="col">{t('payments.createdAt')}</th>
                      <th scope="col" className="num">
                        {t('payments.sum')}
                      </th>
                      <th scope="col">{t('payments.lines')}</th>
                      <th scope="col">{t('payments.channelTitle')}</th>
                      <th scope="col">{t('payments.statusTitle')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {list.data.map((p) => (
                      <tr key={p.id} data-testid="payment-row">
                        <td>
                          <Link to={`/accounts/${number}/payments/${p.id}`}>{formatDateTime(p.createdAt)}</Link>
                        </td>
                        <td className="num">{formatKopecks(p.amountKopecks, lang)}</td>
                        <td>
                          {p.lines.length === 0
                            ? '—'
                            : p.lines
                                .map((l) => `${lineName(l.lineCode, balances.data?.lines)}: ${formatKopecks(l.amountKopecks, lang)}`)
                                .join('; ')}
                        </td>
                        <td>{t(`payments.channel.${p.channel}`)}</td>
                        <td>
                          <PaymentStatusBadge status={p.status} />
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
              <nav className="payments-pager" aria-label={t('payments.pages')}>
                <button
                  type="button"
                  className="button button--secondary button--small"
                  disabled={page === 0}
                  onClick={() => show({ from, to, page: page - 1 })}
                >
                  {t('payments.previous')}
                </button>
                <span aria-live="polite">{t('payments.page', { page: page + 1 })}</span>
                <button
                  type="button"
                  className="button button--secondary button--small"
                  disabled={list.data.length < PAGE_SIZE}
                  onClick={() => show({ from, to, page: page + 1 })}
                >
                  {t('payments.next')}
                </button>
              </nav>
            </>
          )}
        </section>

        <section className="section" aria-labelledby="payments-chart-title">
          <h2 className="section__title" id="payments-chart-title">
            {t('payments.chartTitle')}
          </h2>
          {paid.error ? (
            <ErrorPanel error={paid.error} onRetry={paid.reload} />
          ) : paid.data === undefined ? (
            <Spinner />
          ) : (
            <Suspense fallback={<Spinner />}>
              <PaymentsChart totals={monthlyTotals(paid.data, from, to)} />
            </Suspense>
          )}
        </section>
      </div>
    </Shell>
  );
}

/** Every paid payment of the period for the chart: pages of 100, at most 1 000 payments. */
async function paidInPeriod(number: string, from: string, to: string): Promise<PaymentView[]> {
  const all: PaymentView[] = [];
  for (let page = 0; page < 10; page++) {
    const chunk = await call(
      paymentApi.GET('/v1/accounts/{number}/payments', {
        params: { path: { number }, query: { from, to, page, size: 100, status: [...PAID] } },
      }),
    );
    all.push(...chunk);
    if (chunk.length < 100) break;
  }
  return all;
}

/** The period's two days; the first not after the last; applied by the button (a form, so Enter works). */
function PeriodFilter({ from, to, onApply }: { from: string; to: string; onApply: (from: string, to: string) => void }) {
  const { t } = useTranslation();
  const id = useId();
  const [values, setValues] = useState({ from, to });
  const [issues, setIssues] = useState<{ from?: string; to?: string }>({});

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const found: { from?: string; to?: string } = {};
    if (!DAY.test(values.from)) found.from = t('payments.error.day');
    if (!DAY.test(values.to)) found.to = t('payments.error.day');
    else if (!found.from && values.to < values.from) found.to = t('payments.error.toBeforeFrom');
    setIssues(found);
    if (found.from || found.to) return;
    onApply(values.from, values.to);
  };

  const field = (name: 'from' | 'to', label: string) => (
    <div className={`field${issues[name] ? ' field--invalid' : ''}`}>
      <label className="field__label" htmlFor={`${id}-${name}`}>
        {label}
      </label>
      <input
        id={`${id}-${name}`}
        className="field__input"
        type="date"
        value={values[name]}
        onChange={(e) => setValues({ ...values, [name]: e.target.value })}
        aria-invalid={issues[name] ? true : undefined}
        aria-describedby={issues[name] ? `${id}-${name}-error` : undefined}
      />
      {issues[name] && (
        <p className="field__error" id={`${id}-${name}-error`} data-testid={`error-${name}`}>
          {issues[name]}
        </p>
      )}
    </div>
  );

  return (
    <form className="card card__pad payments-filter" noValidate onSubmit={submit} aria-label={t('payments.filter')}>
      {field('from', t('payments.from'))}
      {field('to', t('payments.to'))}
      <div className="payments-filter__action">
        <button type="submit" className="button button--secondary">
          {t('payments.show')}
        </button>
      </div>
    </form>
  );
}
