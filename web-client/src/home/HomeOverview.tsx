import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { billingApi, call } from '../api/client';
import { receiptUrl } from '../billing/model';
import { formatKopecks } from '../format';
import { currentLang } from '../i18n';
import { serviceName } from '../readings/labels';
import { EmptyState, ErrorPanel, Spinner } from '../ui/feedback';
import { BoltIcon, ReceiptIcon } from '../ui/icons';
import { useAsync, type AsyncState } from '../ui/useAsync';
import {
  formatPeriod,
  settlementsOf,
  type BalancesView,
  type LineBalanceView,
  type ServiceSettlement,
} from './settlements';
import './home.css';

/** The receipts page (BL-3). */
export const receiptsPath = (number: string) => `/accounts/${encodeURIComponent(number)}/billing/receipts`;
/** How many of the closed periods' receipts the home page lists. */
const LATEST_RECEIPTS = 3;
/** Where paying starts (the payments feature). */
export const payPath = (number: string) => `/accounts/${encodeURIComponent(number)}/pay`;

/**
 * AC-2, the home page of a logged-in resident, above the account's details: quick "submit readings" and "pay",
 * the settlements per service (collapsed, manual 004: they come first) with the debt or overpayment of each, and the
 * latest receipts. Everything from billing's balances; honest empty states until billing has charged anything.
 */
export function HomeOverview({ number, closed }: { number: string; closed: boolean }) {
  const balances = useAsync(
    () =>
      call(billingApi.GET('/v1/accounts/{number}/balances', { params: { path: { number } } })).then(
        // an answer without lines (an older billing, a proxy's page) reads as "nothing charged", never a crash
        (answer): BalancesView => ({ accountNumber: number, lines: Array.isArray(answer?.lines) ? answer.lines : [] }),
      ),
    [number],
  );
  return (
    <>
      {!closed && <QuickActions number={number} balances={balances} />}
      <SettlementsSection balances={balances} />
      <LatestReceipts number={number} />
    </>
  );
}

function QuickActions({ number, balances }: { number: string; balances: AsyncState<BalancesView> }) {
  const { t } = useTranslation();
  const lang = currentLang();
  const due = balances.data ? settlementsOf(balances.data.lines).closingKopecks : 0;
  return (
    <nav className="home-actions" aria-label={t('home.actions')}>
      <a className="button button--secondary home-actions__item" href="#meters-title" data-testid="quick-readings">
        <BoltIcon />
        {t('home.submitReadings')}
      </a>
      <Link className="button button--primary home-actions__item" to={payPath(number)} data-testid="quick-pay">
        <ReceiptIcon />
        {due > 0 ? t('home.payAmount', { amount: formatKopecks(due, lang) }) : t('home.pay')}
      </Link>
    </nav>
  );
}

function SettlementsSection({ balances }: { balances: AsyncState<BalancesView> }) {
  const { t } = useTranslation();
  const lang = currentLang();
  let body;
  if (balances.error) {
    body = <ErrorPanel error={balances.error} title={t('home.settlementsError')} onRetry={balances.reload} />;
  } else if (!balances.data) {
    body = <Spinner />;
  } else {
    const settlements = settlementsOf(balances.data.lines);
    if (settlements.services.length === 0 || (settlements.period === null && allZero(balances.data.lines))) {
      body = <EmptyState icon={<ReceiptIcon />} title={t('home.noSettlements')} hint={t('home.noSettlementsHint')} />;
    } else {
      body = (
        <>
          <p className="home-total" data-testid="settlements-total">
            <span>{balanceText(settlements.closingKopecks, lang, t, 'total')}</span>
            {settlements.period && (
              <span className="home-total__period">
                {t('home.asOf', { period: formatPeriod(settlements.period, lang) })}
              </span>
            )}
          </p>
          <ul className="settlements">
            {settlements.services.map((s) => (
              <li key={s.service}>
                <ServiceDetails settlement={s} />
              </li>
            ))}
          </ul>
        </>
      );
    }
  }
  return (
    <section className="section home-section" aria-labelledby="settlements-title">
      <h2 className="section__title" id="settlements-title">
        {t('home.settlements')}
      </h2>
      {body}
    </section>
  );
}

/** One service, collapsed: its name and its debt or overpayment; opened, each charge line's movement. */
function ServiceDetails({ settlement }: { settlement: ServiceSettlement }) {
  const { t } = useTranslation();
  const lang = currentLang();
  const tone = settlement.closingKopecks > 0 ? 'debt' : settlement.closingKopecks < 0 ? 'overpaid' : 'settled';
  return (
    <details className="settlement" data-testid={`settlement-${settlement.service}`}>
      <summary className="settlement__summary">
        <span className="settlement__name">{serviceName(settlement.service, t)}</span>
        <span className={`settlement__balance settlement__balance--${tone}`}>
          {balanceText(settlement.closingKopecks, lang, t, 'service')}
        </span>
      </summary>
      <div className="settlement__lines">
        {settlement.lines.map((line) => (
          <div key={line.code} className="settlement__line">
            <h3 className="settlement__line-name">
              {line.name}
              {line.period && <span className="settlement__period"> · {formatPeriod(line.period, lang)}</span>}
            </h3>
            <dl className="settlement__figures">
              <Figure label={t('home.opening')} kopecks={line.openingKopecks} />
              <Figure label={t('home.charges')} kopecks={line.chargesKopecks} />
              {line.recalculationsKopecks !== 0 && (
                <Figure label={t('home.recalculations')} kopecks={line.recalculationsKopecks} />
              )}
              <Figure label={t('home.payments')} kopecks={line.paymentsKopecks} />
              <div className="settlement__figure settlement__figure--total">
                <dt>{line.closingKopecks < 0 ? t('home.overpaymentLabel') : t('home.debtLabel')}</dt>
                <dd>{formatKopecks(Math.abs(line.closingKopecks), lang)}</dd>
              </div>
            </dl>
          </div>
        ))}
      </div>
    </details>
  );
}

function Figure({ label, kopecks }: { label: string; kopecks: number }) {
  return (
    <div className="settlement__figure">
      <dt>{label}</dt>
      <dd>{formatKopecks(kopecks, currentLang())}</dd>
    </div>
  );
}

/** The latest closed periods' receipts (BL-3): plain links that open the PDF in a new tab, no pop-up. */
function LatestReceipts({ number }: { number: string }) {
  const { t } = useTranslation();
  const lang = currentLang();
  const receipts = useAsync(
    () => call(billingApi.GET('/v1/accounts/{number}/receipts', { params: { path: { number } } })),
    [number],
  );
  const periods = (receipts.data?.periods ?? []).slice(0, LATEST_RECEIPTS);
  return (
    <section className="section home-section" aria-labelledby="receipts-title">
      <h2 className="section__title" id="receipts-title">
        {t('home.receipts')}
      </h2>
      {receipts.error ? (
        <p className="home-muted">{t('home.receiptsUnavailable')}</p>
      ) : !receipts.data ? (
        <Spinner />
      ) : periods.length === 0 ? (
        <EmptyState icon={<ReceiptIcon />} title={t('home.noReceipts')} hint={t('home.noReceiptsHint')} />
      ) : (
        <ul className="home-receipts" data-testid="latest-receipts">
          {periods.map(({ period }) => (
            <li key={period}>
              <a href={receiptUrl(number, period)} target="_blank" rel="noopener">
                {t('home.receiptFor', { period: formatPeriod(period, lang) })}
              </a>
            </li>
          ))}
        </ul>
      )}
      <p>
        <Link className="home-all" to={receiptsPath(number)}>
          {t('home.allReceipts')}
        </Link>
      </p>
    </section>
  );
}

function allZero(lines: readonly LineBalanceView[]): boolean {
  return lines.every(
    (l) => l.openingKopecks === 0 && l.chargesKopecks === 0 && l.paymentsKopecks === 0 && l.closingKopecks === 0,
  );
}

/** "Долг 1 572,00 ₽" / "Переплата 100,00 ₽" / "Долга нет" — in words, never by colour alone. */
export function balanceText(
  closingKopecks: number,
  lang: 'ru' | 'en',
  t: (key: string, options?: Record<string, unknown>) => string,
  scope: 'total' | 'service',
): string {
  if (closingKopecks > 0) return t(`home.${scope}Debt`, { amount: formatKopecks(closingKopecks, lang) });
  if (closingKopecks < 0) return t(`home.${scope}Overpaid`, { amount: formatKopecks(-closingKopecks, lang) });
  return t(`home.${scope}Settled`);
}
