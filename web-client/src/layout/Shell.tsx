import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { BffUser } from '../api/client';
import type { AccountOption } from './AccountSwitcher';
import { AppHeader } from './AppHeader';

interface Props {
  me?: BffUser | null;
  accounts?: AccountOption[];
  activeAccount?: string;
  children: ReactNode;
  wide?: boolean;
}

/** Page frame: skip link, header, main landmark, footer. */
export function Shell({ me, accounts, activeAccount, children, wide }: Props) {
  const { t } = useTranslation();
  return (
    <div className="shell">
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <AppHeader me={me} accounts={accounts} activeAccount={activeAccount} />
      <main id="main" tabIndex={-1} className={`main${wide ? ' main--wide' : ''}`}>
        {children}
      </main>
      <footer className="app-footer">
        <span>{t('app.footer')}</span>
        {/* AC-6: help anyone can read without logging in */}
        <nav className="app-footer__help" aria-label={t('help.footerNav')}>
          <Link to="/offices">{t('help.offices')}</Link>
          <Link to="/faq">{t('help.faq')}</Link>
          <Link to="/guide">{t('help.guide')}</Link>
        </nav>
        <span className="app-footer__version">{t('app.version', { version: __APP_VERSION__ })}</span>
      </footer>
    </div>
  );
}
