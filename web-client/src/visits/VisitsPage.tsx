import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { accountApi, call, meteringApi, type BffUser } from '../api/client';
import { Shell } from '../layout/Shell';
import '../preferences/preferences.css';
import { AccountGate } from '../session/AccountGate';
import { ErrorPanel, Spinner } from '../ui/feedback';
import { useAsync } from '../ui/useAsync';
import { useDocumentTitle } from '../ui/useDocumentTitle';
import { VisitForm, type VisitRequestView } from './VisitForm';
import { VisitList } from './VisitList';
import './visits.css';

const PAGE = 10;

/** `/accounts/:number/visits` (AC-4): needs a session; otherwise back to the landing page. */
export function VisitsPage() {
  return <AccountGate>{(me, number) => <Visits me={me} number={number} />}</AccountGate>;
}

function Visits({ me, number }: { me: BffUser; number: string }) {
  const { t } = useTranslation();
  useDocumentTitle(t('visits.title'));
  const path = { params: { path: { number } } };
  const contact = useAsync(() => call(accountApi.GET('/v1/accounts/{number}/preferences', path)), [number]);
  const meters = useAsync(() => call(meteringApi.GET('/v1/accounts/{number}/meters', path)), [number]);
  const [pages, setPages] = useState(1);
  const list = useAsync(
    () =>
      call(
        accountApi.GET('/v1/accounts/{number}/visit-requests', {
          params: { path: { number }, query: { page: 0, size: PAGE * pages } },
        }),
      ),
    [number, pages],
  );

  // the back office answers within seconds in the demo: look again while a request is open
  const open = (list.data ?? []).some((r) => r.status === 'SENT' || r.status === 'ACCEPTED');
  useEffect(() => {
    if (!open) return undefined;
    const timer = window.setInterval(list.reload, 5000);
    return () => window.clearInterval(timer);
  }, [open, list.reload]);

  const sent = useCallback(
    (request: VisitRequestView) => list.update((was) => [request, ...(was ?? []).filter((r) => r.id !== request.id)]),
    [list],
  );

  return (
    <Shell me={me} accounts={me.accounts.map((n) => ({ number: n }))} activeAccount={number}>
      <div className="page-narrow">
        <p>
          <Link to={`/accounts/${number}`}>{t('preferences.back')}</Link>
        </p>
        <h1>{t('visits.title')}</h1>
        <p className="field__hint">{t('visits.lead')}</p>
        {contact.data === undefined && !contact.error ? (
          <Spinner />
        ) : (
          <VisitForm
            accountNumber={number}
            meters={(meters.data ?? []).filter((m) => !m.retired).map((m) => m.serialNumber)}
            phone={contact.data?.phone}
            onSent={sent}
          />
        )}
        <section className="section" aria-labelledby="visits-history">
          <h2 className="section__title" id="visits-history">
            {t('visits.history')}
          </h2>
          {list.error ? (
            <ErrorPanel error={list.error} onRetry={list.reload} />
          ) : list.data === undefined ? (
            <Spinner />
          ) : (
            <>
              <VisitList requests={list.data} />
              {list.data.length >= PAGE * pages && (
                <button type="button" className="button" onClick={() => setPages((p) => p + 1)}>
                  {t('visits.more')}
                </button>
              )}
            </>
          )}
        </section>
      </div>
    </Shell>
  );
}
