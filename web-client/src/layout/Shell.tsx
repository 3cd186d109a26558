import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
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
        <span className="app-footer__version">{t('app.version', { version: __APP_VERSION__ })}</span>
      </footer>
    </div>
  );
}
