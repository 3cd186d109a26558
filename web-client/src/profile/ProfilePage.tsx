import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate } from 'react-router';
import { readableMessage } from '../api/problem';
import { Shell } from '../layout/Shell';
import { rememberedAccount, useSession } from '../session/SessionProvider';
import { useDocumentTitle } from '../ui/useDocumentTitle';
import { password } from './api';
import { LinksSection } from './LinksSection';
import { PasswordSection } from './PasswordSection';

/**
 * `/profile` (ID-8, ID-9, ID-10; manual 003 «Личные данные»): the linked accounts with add and unlink, the password
 * change, and "log out everywhere". Needs a session; otherwise back to the landing page.
 */
export function ProfilePage() {
  const { t } = useTranslation();
  useDocumentTitle(t('profile.title'));
  const { session, reload } = useSession();
  const [everywhereError, setEverywhereError] = useState<string | null>(null);
  if (session.status === 'loading') return <p role="status">{t('session.loading')}</p>;
  if (session.status !== 'authenticated') return <Navigate to="/" replace />;
  const { me } = session;
  const remembered = rememberedAccount();
  const active = remembered && me.accounts.includes(remembered) ? remembered : me.accounts[0];

  const logOutEverywhere = async () => {
    setEverywhereError(null);
    try {
      await password.logOutEverywhere();
      window.location.assign('/');
    } catch (error) {
      setEverywhereError(readableMessage(error, t));
    }
  };

  return (
    <Shell me={me} accounts={me.accounts.map((number) => ({ number }))} activeAccount={active}>
      <div className="profile page-narrow">
        <h1>{t('profile.title')}</h1>
        <p data-testid="profile-username">{t('profile.username', { username: me.username })}</p>
        <LinksSection onChanged={() => void reload()} />
        <PasswordSection />
        <section className="card card__pad profile__section" aria-labelledby="everywhere-title">
          <h2 id="everywhere-title">{t('profile.everywhereTitle')}</h2>
          <p>{t('profile.everywhereText')}</p>
          {everywhereError && <p role="alert">{everywhereError}</p>}
          <button type="button" className="button button--ghost" onClick={() => void logOutEverywhere()}>
            {t('profile.everywhere')}
          </button>
        </section>
      </div>
    </Shell>
  );
}
