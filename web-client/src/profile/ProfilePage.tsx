import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate } from 'react-router';
import { readableMessage } from '../api/problem';
import { Shell } from '../layout/Shell';
import { Captcha } from '../registration/Captcha';
import { rememberedAccount, useSession } from '../session/SessionProvider';
import { useDocumentTitle } from '../ui/useDocumentTitle';
import { password } from './api';
import { EmailSection } from './EmailSection';
import { LinksSection } from './LinksSection';
import { PasswordSection } from './PasswordSection';
import { PhoneSection } from './PhoneSection';
import { UsernameSection } from './UsernameSection';

/**
 * `/profile` (ID-8, ID-9, ID-10; manual 003 «Личные данные»): the linked accounts with add and unlink, the password,
 * e-mail, phone (SMS code) and username changes, and "log out everywhere". Needs a session; otherwise back to the landing page.
 */
export function ProfilePage() {
  const { t } = useTranslation();
  useDocumentTitle(t('profile.title'));
  const { session, reload } = useSession();
  const [everywhereError, setEverywhereError] = useState<string | null>(null);
  const [captcha, setCaptcha] = useState<string | null>(null);
  const [captchaReset, setCaptchaReset] = useState(0);
  if (session.status === 'loading') return <p role="status">{t('session.loading')}</p>;
  if (session.status !== 'authenticated') return <Navigate to="/" replace />;
  const { me } = session;
  const remembered = rememberedAccount();
  const active = remembered && me.accounts.includes(remembered) ? remembered : me.accounts[0];

  const logOutEverywhere = async () => {
    setEverywhereError(null);
    if (!captcha) {
      setEverywhereError(t('register.error.captcha'));
      return;
    }
    try {
      await password.logOutEverywhere(captcha);
      window.location.assign('/');
    } catch (error) {
      setCaptchaReset((n) => n + 1);
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
        <EmailSection />
        <PhoneSection />
        <UsernameSection username={me.username} onChanged={() => void reload()} />
        <section className="card card__pad profile__section" aria-labelledby="everywhere-title">
          <h2 id="everywhere-title">{t('profile.everywhereTitle')}</h2>
          <p>{t('profile.everywhereText')}</p>
          <div className="field">
            <Captcha onChange={setCaptcha} resetKey={captchaReset} />
          </div>
          {everywhereError && (
            <p className="field__error" role="alert" data-testid="everywhere-error">
              {everywhereError}
            </p>
          )}
          <button type="button" className="button button--ghost" onClick={() => void logOutEverywhere()}>
            {t('profile.everywhere')}
          </button>
        </section>
      </div>
    </Shell>
  );
}
