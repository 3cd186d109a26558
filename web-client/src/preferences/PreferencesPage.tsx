import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { accountApi, call, type BffUser } from '../api/client';
import { Shell } from '../layout/Shell';
import { AccountGate } from '../session/AccountGate';
import { ErrorPanel, Spinner } from '../ui/feedback';
import { useAsync } from '../ui/useAsync';
import { useDocumentTitle } from '../ui/useDocumentTitle';
import { PreferencesForm } from './PreferencesForm';
import './preferences.css';

/** `/accounts/:number/preferences` (AC-3): needs a session; otherwise back to the landing page. */
export function PreferencesPage() {
  return <AccountGate>{(me, number) => <Preferences me={me} number={number} />}</AccountGate>;
}

function Preferences({ me, number }: { me: BffUser; number: string }) {
  const { t } = useTranslation();
  useDocumentTitle(t('preferences.title'));
  const params = { params: { path: { number } } };
  const current = useAsync(() => call(accountApi.GET('/v1/accounts/{number}/preferences', params)), [number]);

  return (
    <Shell me={me} accounts={me.accounts.map((n) => ({ number: n }))} activeAccount={number}>
      <div className="page-narrow">
        <p>
          <Link to={`/accounts/${number}`}>{t('preferences.back')}</Link>
        </p>
        <h1>{t('preferences.title')}</h1>
        <p className="field__hint">{t('preferences.lead', { number })}</p>
        {current.error ? (
          <ErrorPanel error={current.error} onRetry={current.reload} />
        ) : current.data === undefined ? (
          <Spinner />
        ) : (
          <>
            {current.data.closed && (
              <div className="notice notice--warning" role="status">
                <div className="notice__body">
                  <p>{t('preferences.closed')}</p>
                </div>
              </div>
            )}
            <PreferencesForm
              accountNumber={number}
              current={current.data}
              onSaved={(saved) => current.update(() => saved)}
            />
          </>
        )}
      </div>
    </Shell>
  );
}
