import { useTranslation } from 'react-i18next';
import { Navigate } from 'react-router';
import { Shell } from '../layout/Shell';
import { rememberedAccount, useSession } from '../session/SessionProvider';
import { EmptyState, ErrorPanel, Spinner } from '../ui/feedback';
import { HomeIcon } from '../ui/icons';
import { Landing } from './Landing';

/** `/`: the landing page when not logged in, otherwise the remembered (or first) account. */
export function Home() {
  const { t } = useTranslation();
  const { session, refresh } = useSession();
  switch (session.status) {
    case 'loading':
      return (
        <div className="page-center">
          <Spinner />
        </div>
      );
    case 'anonymous':
      return <Landing />;
    case 'error':
      return (
        <Shell me={null}>
          <div className="page-narrow">
            <ErrorPanel error={session.error} title={t('session.error')} onRetry={refresh} />
          </div>
        </Shell>
      );
    default: {
      const { me } = session;
      const remembered = rememberedAccount();
      const target = remembered && me.accounts.includes(remembered) ? remembered : me.accounts[0];
      if (target) return <Navigate to={`/accounts/${encodeURIComponent(target)}`} replace />;
      return (
        <Shell me={me}>
          <EmptyState icon={<HomeIcon />} title={t('account.noAccounts')} />
        </Shell>
      );
    }
  }
}
