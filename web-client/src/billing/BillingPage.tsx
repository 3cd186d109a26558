import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, NavLink, Navigate, useParams } from 'react-router';
import { billingApi, call, type BffUser } from '../api/client';
import type { Lang } from '../format';
import { Shell } from '../layout/Shell';
import { useSession } from '../session/SessionProvider';
import { EmptyState, ErrorPanel, Spinner } from '../ui/feedback';
import { useAsync } from '../ui/useAsync';
import { useDocumentTitle } from '../ui/useDocumentTitle';
import { HistoryTable } from './HistoryTable';
import { formatMonth, type Penalties, type ReceiptPeriod, type SettlementPeriod, type TariffRow } from './model';
import { PenaltiesTable } from './PenaltiesTable';
import { ReceiptsList } from './ReceiptsList';
import { SettlementsTable } from './SettlementsTable';
import { TariffsTable } from './TariffsTable';
import './billing.css';

export const SECTIONS = ['settlements', 'history', 'receipts', 'penalties', 'tariffs'] as const;
export type Section = (typeof SECTIONS)[number];

/** `/accounts/:number/billing/:section` (BL-1 … BL-5): needs a session; otherwise back to the landing page. */
export function BillingPage() {
  const { session } = useSession();
  const { number = '', section = 'settlements' } = useParams();
  if (session.status === 'loading') {
    return (
      <div className="page-center">
        <Spinner />
      </div>
    );
  }
  if (session.status !== 'authenticated') return <Navigate to="/" replace />;
  if (!(SECTIONS as readonly string[]).includes(section)) {
    return <Navigate to={`/accounts/${number}/billing/settlements`} replace />;
  }
  return (
    <Shell me={session.me} accounts={session.me.accounts.map((n) => ({ number: n }))} activeAccount={number}>
      <Billing me={session.me} number={number} section={section as Section} />
    </Shell>
  );
}

function Billing({ number, section }: { me: BffUser; number: string; section: Section }) {
  const { t } = useTranslation();
  useDocumentTitle(`${t(`billing.tabs.${section}`)} — ${t('billing.title')}`);
  return (
    <div className="billing">
      <p className="no-print">
        <Link to={`/accounts/${number}`}>{t('billing.back')}</Link>
      </p>
      <div className="billing__head">
        <h1>
          {t('billing.title')} <span className="billing__account">№ {number}</span>
        </h1>
        <button type="button" className="button button--secondary button--small no-print" onClick={() => window.print()}>
          {t('billing.print')}
        </button>
      </div>
      <nav className="billing-tabs no-print" aria-label={t('billing.sections')}>
        {SECTIONS.map((s) => (
          <NavLink key={s} className="billing-tabs__tab" to={`/accounts/${number}/billing/${s}`}>
            {t(`billing.tabs.${s}`)}
          </NavLink>
        ))}
      </nav>
      <section className="section" aria-labelledby="billing-section">
        <h2 className="section__title" id="billing-section">
          {t(`billing.tabs.${section}`)}
        </h2>
        {section === 'settlements' && <SettlementsSection number={number} />}
        {section === 'history' && <HistorySection number={number} />}
        {section === 'receipts' && <ReceiptsSection number={number} />}
        {section === 'penalties' && <PenaltiesSection number={number} />}
        {section === 'tariffs' && <TariffsSection number={number} />}
      </section>
    </div>
  );
}

const path = (number: string) => ({ params: { path: { number } } });

function useHistory(number: string) {
  return useAsync(
    async () =>
      (await call(billingApi.GET('/v1/accounts/{number}/settlements', path(number)))).periods as SettlementPeriod[],
    [number],
  );
}

function SettlementsSection({ number }: { number: string }) {
  const { t, i18n } = useTranslation();
  const history = useHistory(number);
  const [chosen, setChosen] = useState<string>();
  if (history.error) return <ErrorPanel error={history.error} onRetry={history.reload} />;
  if (history.data === undefined) return <Spinner />;
  if (history.data.length === 0) return <EmptyState title={t('billing.empty')} hint={t('billing.emptyHint')} />;
  const period = history.data.find((p) => p.period === chosen) ?? history.data[0];
  const month = formatMonth(period.period, i18n.language as Lang);
  return (
    <>
      <p className="field__hint">{t('billing.settlementsLead')}</p>
      <div className="field billing__period no-print">
        <label className="field__label" htmlFor="billing-period">
          {t('billing.period')}
        </label>
        <select
          id="billing-period"
          className="input"
          value={period.period}
          onChange={(e) => setChosen(e.target.value)}
        >
          {history.data.map((p) => (
            <option key={p.period} value={p.period}>
              {formatMonth(p.period, i18n.language as Lang)}
            </option>
          ))}
        </select>
      </div>
      <SettlementsTable period={period} caption={month} />
    </>
  );
}

function HistorySection({ number }: { number: string }) {
  const { t } = useTranslation();
  const history = useHistory(number);
  if (history.error) return <ErrorPanel error={history.error} onRetry={history.reload} />;
  if (history.data === undefined) return <Spinner />;
  return (
    <>
      <p className="field__hint">{t('billing.historyLead')}</p>
      <HistoryTable periods={history.data} />
    </>
  );
}

function ReceiptsSection({ number }: { number: string }) {
  const { t } = useTranslation();
  const receipts = useAsync(
    async () =>
      (await call(billingApi.GET('/v1/accounts/{number}/receipts', path(number)))).periods as ReceiptPeriod[],
    [number],
  );
  if (receipts.error) return <ErrorPanel error={receipts.error} onRetry={receipts.reload} />;
  if (receipts.data === undefined) return <Spinner />;
  return (
    <>
      <p className="field__hint">{t('billing.receiptsLead')}</p>
      <ReceiptsList accountNumber={number} periods={receipts.data} />
    </>
  );
}

function PenaltiesSection({ number }: { number: string }) {
  const { t } = useTranslation();
  const penalties = useAsync(
    async () => (await call(billingApi.GET('/v1/accounts/{number}/penalties', path(number)))) as Penalties,
    [number],
  );
  if (penalties.error) return <ErrorPanel error={penalties.error} onRetry={penalties.reload} />;
  if (penalties.data === undefined) return <Spinner />;
  return (
    <>
      <p className="field__hint">{t('billing.penaltiesLead')}</p>
      <PenaltiesTable penalties={penalties.data} />
    </>
  );
}

function TariffsSection({ number }: { number: string }) {
  const { t } = useTranslation();
  const tariffs = useAsync(
    async () => (await call(billingApi.GET('/v1/accounts/{number}/tariffs', path(number)))).tariffs as TariffRow[],
    [number],
  );
  if (tariffs.error) return <ErrorPanel error={tariffs.error} onRetry={tariffs.reload} />;
  if (tariffs.data === undefined) return <Spinner />;
  return (
    <>
      <p className="field__hint">{t('billing.tariffsLead')}</p>
      <TariffsTable tariffs={tariffs.data} />
    </>
  );
}
