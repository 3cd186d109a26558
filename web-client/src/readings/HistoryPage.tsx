import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useParams, useSearchParams } from 'react-router';
import { call, meteringApi, type BffUser } from '../api/client';
import type { MeterView } from '../api/types';
import { formatDate, formatDateTime } from '../format';
import { currentLang } from '../i18n';
import { Shell } from '../layout/Shell';
import { useSession } from '../session/SessionProvider';
import { EmptyState, ErrorPanel, Spinner } from '../ui/feedback';
import { ListIcon } from '../ui/icons';
import { useAsync } from '../ui/useAsync';
import { useDocumentTitle } from '../ui/useDocumentTitle';
import { apiQuery, ariaSort, paramsOf, periodProblem, queryFrom, sortedBy, type HistoryQuery, type SortColumn } from './history';
import { serviceName, unitOf, zoneEntries } from './labels';
import { StatusBadge } from './StatusBadge';
import { periodName } from './window';
import './readings.css';

const PAGE_SIZE = 20;

/** `/accounts/:number/readings` (MT-5): needs a session; otherwise back to the landing page. */
export function HistoryPage() {
  const { session } = useSession();
  const { number = '' } = useParams();
  if (session.status === 'loading') {
    return (
      <div className="page-center">
        <Spinner />
      </div>
    );
  }
  if (session.status !== 'authenticated') return <Navigate to="/" replace />;
  return <ReadingHistory me={session.me} number={number} />;
}

/**
 * MT-5: the account's reading history for a chosen period (days as the utility counts them), per
 * meter and status, sortable by every column metering sorts by, paged; a chosen meter shows its facts.
 */
export function ReadingHistory({ me, number }: { me: BffUser; number: string }) {
  const { t } = useTranslation();
  const lang = currentLang();
  useDocumentTitle(t('readingHistory.title'));
  const [params, setParams] = useSearchParams();
  const query = queryFrom(params);
  const [draft, setDraft] = useState<Pick<HistoryQuery, 'from' | 'to' | 'meterId' | 'status'>>({
    from: query.from,
    to: query.to,
    meterId: query.meterId,
    status: query.status,
  });
  const [problem, setProblem] = useState<string | null>(null);

  const meters = useAsync(
    () => call(meteringApi.GET('/v1/accounts/{number}/meters', { params: { path: { number } } })),
    [number],
  );
  const key = paramsOf(query).toString();
  const page = useAsync(async () => {
    const pending = meteringApi.GET('/v1/accounts/{number}/readings', {
      params: { path: { number }, query: apiQuery(query, PAGE_SIZE) },
    });
    const rows = await call(pending);
    const { response } = await pending;
    return { rows, total: Number(response.headers.get('X-Total-Count') ?? rows.length) };
  }, [number, key]);

  const go = (next: HistoryQuery) => setParams(paramsOf(next));
  const meterById = new Map((meters.data ?? []).map((m) => [m.id, m]));
  const chosen = query.meterId ? meterById.get(query.meterId) : undefined;
  const pages = page.data ? Math.max(1, Math.ceil(page.data.total / PAGE_SIZE)) : 1;

  const apply = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (periodProblem(draft)) {
      setProblem(t('readingHistory.reversed'));
      return;
    }
    setProblem(null);
    go({ ...query, ...draft, page: 0 });
  };

  const reset = () => {
    setDraft({});
    setProblem(null);
    setParams(new URLSearchParams());
  };

  const header = (column: SortColumn, label: string) => (
    <th scope="col" aria-sort={ariaSort(query, column)}>
      <button
        type="button"
        className="history-table__sort"
        onClick={() => go(sortedBy(query, column))}
        data-testid={`sort-${column}`}
        title={t('readingHistory.sortBy', { column: label })}
      >
        {label}
        <span aria-hidden="true">{query.sort === column ? (query.direction === 'asc' ? ' ▲' : ' ▼') : ''}</span>
      </button>
    </th>
  );

  return (
    <Shell me={me} accounts={me.accounts.map((n) => ({ number: n }))} activeAccount={number}>
      <div className="page-wide reading-history">
        <p>
          <Link to={`/accounts/${number}`}>{t('readingHistory.back')}</Link>
        </p>
        <h1>{t('readingHistory.title')}</h1>

        <form className="card card__pad history-filters" onSubmit={apply} noValidate aria-label={t('readingHistory.filters')}>
          <div className="field">
            <label className="field__label" htmlFor="history-from">
              {t('readingHistory.from')}
            </label>
            <input
              id="history-from"
              className="field__input"
              type="date"
              value={draft.from ?? ''}
              onChange={(e) => setDraft((d) => ({ ...d, from: e.target.value || undefined }))}
            />
          </div>
          <div className="field">
            <label className="field__label" htmlFor="history-to">
              {t('readingHistory.to')}
            </label>
            <input
              id="history-to"
              className="field__input"
              type="date"
              value={draft.to ?? ''}
              aria-invalid={problem ? true : undefined}
              aria-describedby={problem ? 'history-problem' : undefined}
              onChange={(e) => setDraft((d) => ({ ...d, to: e.target.value || undefined }))}
            />
          </div>
          <div className="field">
            <label className="field__label" htmlFor="history-meter">
              {t('readingHistory.meter')}
            </label>
            <select
              id="history-meter"
              className="field__input"
              value={draft.meterId ?? ''}
              onChange={(e) => setDraft((d) => ({ ...d, meterId: e.target.value ? Number(e.target.value) : undefined }))}
            >
              <option value="">{t('readingHistory.allMeters')}</option>
              {(meters.data ?? []).map((m) => (
                <option key={m.id} value={m.id}>
                  {serviceName(m.service, t)} · {m.serialNumber}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label className="field__label" htmlFor="history-status">
              {t('readingHistory.status')}
            </label>
            <select
              id="history-status"
              className="field__input"
              value={draft.status ?? ''}
              onChange={(e) =>
                setDraft((d) => ({ ...d, status: (e.target.value || undefined) as HistoryQuery['status'] }))
              }
            >
              <option value="">{t('readingHistory.allStatuses')}</option>
              {(['IN_PROCESSING', 'ACCEPTED', 'REJECTED'] as const).map((s) => (
                <option key={s} value={s}>
                  {t(`reading.status.${s}`)}
                </option>
              ))}
            </select>
          </div>
          <div className="history-filters__actions">
            <button type="submit" className="button button--primary">
              {t('readingHistory.apply')}
            </button>
            <button type="button" className="button" onClick={reset}>
              {t('readingHistory.reset')}
            </button>
          </div>
          {problem && (
            <p className="field__error" id="history-problem" role="alert">
              {problem}
            </p>
          )}
        </form>

        {chosen && <MeterDetail meter={chosen} />}

        <section className="section" aria-labelledby="history-results">
          <h2 className="section__title" id="history-results">
            {page.data ? t('readingHistory.total', { count: page.data.total }) : t('readingHistory.title')}
          </h2>
          {page.error ? (
            <ErrorPanel error={page.error} onRetry={page.reload} />
          ) : page.data === undefined ? (
            <Spinner />
          ) : page.data.rows.length === 0 ? (
            <EmptyState icon={<ListIcon />} title={t('readingHistory.empty')} />
          ) : (
            <div
              className="card card--flush history-table__wrap"
              role="region"
              aria-labelledby="history-results"
              tabIndex={0}
            >
              <table className="history-table" data-testid="history-table">
                <thead>
                  <tr>
                    {header('submittedAt', t('readings.submittedAt'))}
                    {header('meter', t('readings.meter'))}
                    <th scope="col">{t('readings.values')}</th>
                    {header('period', t('readingHistory.period'))}
                    {header('status', t('readings.status'))}
                    {header('channel', t('readings.channel'))}
                  </tr>
                </thead>
                <tbody>
                  {page.data.rows.map((reading) => {
                    const meter = meterById.get(reading.meterId);
                    const unit = meter ? unitOf(meter.service, t) : '';
                    return (
                      <tr
                        key={reading.id}
                        data-testid="history-row"
                        data-meter-id={reading.meterId}
                        data-status={reading.status}
                        data-submitted-at={reading.submittedAt}
                      >
                        <td>
                          <time dateTime={reading.submittedAt}>{formatDateTime(reading.submittedAt)}</time>
                        </td>
                        <td>
                          <Link to={`?${paramsOf({ ...query, meterId: reading.meterId, page: 0 })}`}>
                            {meter?.serialNumber ?? `#${reading.meterId}`}
                          </Link>
                        </td>
                        <td>
                          {zoneEntries(reading.values, lang, t).map(({ zone, raw, text, label }) => (
                            <span key={zone} className="readings__value" data-zone={zone} data-value={raw}>
                              {label && <span className="readings__zone">{label} </span>}
                              {text}
                              {unit && <span className="unit"> {unit}</span>}
                            </span>
                          ))}
                          {reading.rollover && <span className="badge">{t('readingHistory.rollover')}</span>}
                          {reading.review && <span className="badge badge--pending">{t('readingHistory.forReview')}</span>}
                        </td>
                        <td>
                          {reading.period ? periodName(reading.period, lang) : '—'}
                          {reading.outsideWindow && (
                            <span className="readings__channel"> {t('readingHistory.outsideWindow')}</span>
                          )}
                        </td>
                        <td>
                          <StatusBadge status={reading.status} />
                          {reading.status === 'REJECTED' && reading.rejectionReason && (
                            <span className="readings__reason">
                              {t('readings.reasonLabel')} {reading.rejectionReason}
                            </span>
                          )}
                        </td>
                        <td>{t(`reading.channel.${reading.channel}`, { defaultValue: reading.channel })}</td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </div>
          )}
          {page.data && pages > 1 && (
            <nav className="history-pages" aria-label={t('readingHistory.page', { page: query.page + 1, pages })}>
              <button
                type="button"
                className="button"
                disabled={query.page === 0}
                onClick={() => go({ ...query, page: query.page - 1 })}
              >
                {t('readingHistory.previous')}
              </button>
              <span>{t('readingHistory.page', { page: query.page + 1, pages })}</span>
              <button
                type="button"
                className="button"
                disabled={query.page + 1 >= pages}
                onClick={() => go({ ...query, page: query.page + 1 })}
              >
                {t('readingHistory.next')}
              </button>
            </nav>
          )}
        </section>
      </div>
    </Shell>
  );
}

/** MT-5 per-meter detail: the chosen meter's facts above its history. */
function MeterDetail({ meter }: { meter: MeterView }) {
  const { t } = useTranslation();
  const zones = meter.zones.length;
  return (
    <section className="card card__pad history-meter" aria-labelledby="history-meter-title" data-testid="history-meter">
      <h2 className="section__title" id="history-meter-title">
        {serviceName(meter.service, t)} · {t('readingHistory.meterDetail', { serial: meter.serialNumber })}
      </h2>
      <ul className="meter__facts">
        <li>{t(zones >= 3 ? 'meters.tariff_three' : zones === 2 ? 'meters.tariff_two' : 'meters.tariff_one')}</li>
        <li>{t('meters.digits', { digits: meter.digitCapacity, decimals: meter.decimals })}</li>
        <li>
          {meter.verificationDue
            ? t('meters.verification', { date: formatDate(meter.verificationDue) })
            : t('meters.verificationNone')}
        </li>
        {meter.manualReadingRefusal && <li>{t(`meters.mark.${meter.manualReadingRefusal}`)}</li>}
      </ul>
    </section>
  );
}
