import { useCallback, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useParams } from 'react-router';
import { AccountSummary } from '../account/AccountSummary';
import { accountApi, call, meteringApi, notificationApi, type BffUser } from '../api/client';
import { HomeOverview } from '../home/HomeOverview';
import type { ReadingView } from '../api/types';
import { Shell } from '../layout/Shell';
import { CommonHouseSection } from '../readings/CommonHouseSection';
import { MeterCard } from '../readings/MeterCard';
import { SubmissionWindowBanner } from '../readings/SubmissionWindowBanner';
import { ReadingsList } from '../readings/ReadingsList';
import { useAccountTariffs } from '../readings/useAccountTariffs';
import { withLatestReading } from '../readings/latest';
import { watchPreview } from '../readings/previewStore';
import { rememberAccount, useSession } from '../session/SessionProvider';
import { EmptyState, ErrorPanel, Spinner } from '../ui/feedback';
import { GaugeIcon } from '../ui/icons';
import { useAsync } from '../ui/useAsync';
import { useDocumentTitle } from '../ui/useDocumentTitle';

/** `/accounts/:number`: needs a session; otherwise back to the landing page. */
export function AccountPage() {
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
  return <AccountHome me={session.me} number={number} />;
}

function AccountHome({ me, number }: { me: BffUser; number: string }) {
  const { t } = useTranslation();
  useDocumentTitle(t('account.title', { number }));
  const linked = me.accounts.length === 0 || me.accounts.includes(number);

  useEffect(() => {
    if (linked) rememberAccount(number);
  }, [linked, number]);

  const accounts = useAsync(() => call(accountApi.GET('/v1/accounts')), []);
  const switcherAccounts = accounts.data?.length
    ? accounts.data
    : me.accounts.map((n) => ({ number: n }));

  return (
    <Shell me={me} accounts={switcherAccounts} activeAccount={number}>
      {linked ? (
        <AccountContent key={number} number={number} />
      ) : (
        <div className="page-narrow">
          <EmptyState icon={<GaugeIcon />} title={t('account.notLinked', { number })}>
            {me.accounts[0] && (
              <Link className="button button--primary" to={`/accounts/${me.accounts[0]}`}>
                {t('account.toFirst')}
              </Link>
            )}
          </EmptyState>
        </div>
      )}
    </Shell>
  );
}

function AccountContent({ number }: { number: string }) {
  const { t } = useTranslation();
  const params = { params: { path: { number } } };
  const account = useAsync(() => call(accountApi.GET('/v1/accounts/{number}', params)), [number]);
  const meters = useAsync(() => call(meteringApi.GET('/v1/accounts/{number}/meters', params)), [number]);
  const readings = useAsync(() => call(meteringApi.GET('/v1/accounts/{number}/readings', params)), [number]);
  const tariffs = useAccountTariffs(number);
  const unread = useAsync(
    () => call(notificationApi.GET('/v1/accounts/{number}/messages/unread-count', params)),
    [number],
  );

  const submitted = useCallback(
    (reading: ReadingView) => {
      watchPreview(number, reading.id, true);
      readings.update((list) => [reading, ...(list ?? []).filter((r) => r.id !== reading.id)]);
      meters.reload();
    },
    [number, readings, meters],
  );

  const deleted = useCallback(
    (readingId: string) => {
      readings.update((list) => (list ?? []).filter((r) => r.id !== readingId));
      meters.reload();
    },
    [readings, meters],
  );

  return (
    <div className="account-page">
      {/* AC-2: the home page — the account, quick actions, settlements first, latest receipts; then AC-1 details */}
      <h1 className="summary__title" id="account-title">
        {t('account.title', { number })}
      </h1>
      <HomeOverview number={number} closed={account.data?.closed ?? false} />
      <AccountSummary
        number={number}
        account={account.data}
        loading={account.loading}
        error={account.error}
        onRetry={account.reload}
        titled={false}
      />
      <nav className="section account-links" aria-label={t('account.links')}>
        <Link to={`/accounts/${number}/pay`} data-testid="pay-link">
          {t('payments.link')}
        </Link>
        <Link to={`/accounts/${number}/payments`}>{t('payments.historyLink')}</Link>
        <Link to={`/accounts/${number}/billing/settlements`}>{t('billing.link')}</Link>
        <Link to={`/accounts/${number}/billing/receipts`}>{t('billing.tabs.receipts')}</Link>
        <Link to={`/accounts/${number}/preferences`}>{t('preferences.link')}</Link>
        <Link to={`/accounts/${number}/visits`}>{t('visits.link')}</Link>
        <Link to={`/accounts/${number}/appeals`}>{t('appeals.link')}</Link>
        <Link to={`/accounts/${number}/readings`} data-testid="history-link">
          {t('meters.historyLink')}
        </Link>
        <Link to={`/accounts/${number}/messages`} data-testid="messages-link">
          {unread.data && unread.data.unread > 0
            ? t('messages.linkUnread', { count: unread.data.unread })
            : t('messages.link')}
        </Link>
      </nav>

      <section className="section" aria-labelledby="meters-title">
        <h2 className="section__title" id="meters-title">
          {t('meters.title')}
        </h2>
        <SubmissionWindowBanner />
        {meters.error ? (
          <ErrorPanel error={meters.error} onRetry={meters.reload} />
        ) : meters.data === undefined ? (
          <Spinner />
        ) : meters.data.length === 0 ? (
          <EmptyState icon={<GaugeIcon />} title={t('meters.empty')} hint={t('meters.emptyHint')} />
        ) : (
          <div className="meters">
            {meters.data.map((meter) => (
              <MeterCard
                key={meter.id}
                accountNumber={number}
                meter={withLatestReading(meter, readings.data)}
                onSubmitted={submitted}
                tariffs={tariffs}
              />
            ))}
          </div>
        )}
      </section>

      <CommonHouseSection number={number} />

      <section className="section" aria-labelledby="readings-title">
        <h2 className="section__title" id="readings-title">
          {t('readings.title')}
        </h2>
        <div className="card card--flush">
          {readings.error ? (
            <div className="card__pad">
              <ErrorPanel error={readings.error} onRetry={readings.reload} />
            </div>
          ) : readings.data === undefined ? (
            <div className="card__pad">
              <Spinner />
            </div>
          ) : (
            <ReadingsList
              accountNumber={number}
              readings={readings.data}
              meters={meters.data ?? []}
              onDeleted={deleted}
              onChanged={readings.reload}
            />
          )}
        </div>
      </section>
    </div>
  );
}
