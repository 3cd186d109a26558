import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import type { BffUser } from '../api/client';
import { loginHref } from '../session/SessionProvider';
import { CloseIcon, LogoMark, MenuIcon } from '../ui/icons';
import { AccountSwitcher, type AccountOption } from './AccountSwitcher';
import { LanguageSwitch } from './LanguageSwitch';
import { LogoutButton } from './LogoutButton';

interface Props {
  me?: BffUser | null;
  accounts?: AccountOption[];
  activeAccount?: string;
}

function initials(name: string): string {
  const letters = name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((part) => part[0]?.toUpperCase() ?? '');
  return letters.join('') || '?';
}

export function AppHeader({ me, accounts, activeAccount }: Props) {
  const { t, i18n } = useTranslation();
  const [menuOpen, setMenuOpen] = useState(false);
  const location = useLocation();
  useEffect(() => setMenuOpen(false), [location.pathname]);

  return (
    <header className={`app-header${menuOpen ? ' app-header--open' : ''}`}>
      <div className="app-header__inner">
        {/* the name is the visible text (WCAG 2.5.3 label in name): no aria-label that differs from it */}
        <Link to="/" className="brand">
          <LogoMark />
          <span className="brand__text">
            <span className="brand__name">{t('app.name')}</span>{' '}
            <span className="brand__tagline">{t('app.tagline')}</span>
          </span>
        </Link>

        {me && accounts && activeAccount && (
          <div className="app-header__switcher">
            <AccountSwitcher accounts={accounts} active={activeAccount} />
          </div>
        )}

        <button
          type="button"
          className="menu-toggle"
          aria-expanded={menuOpen}
          aria-controls="header-menu"
          onClick={() => setMenuOpen((open) => !open)}
        >
          {menuOpen ? <CloseIcon /> : <MenuIcon />}
          <span className="visually-hidden">{menuOpen ? t('header.closeMenu') : t('header.menu')}</span>
        </button>

        <div className="app-header__menu" id="header-menu">
          <LanguageSwitch />
          {me ? (
            <div className="user-menu">
              <span className="user-menu__avatar" aria-hidden="true">
                {initials(me.name)}
              </span>
              <span className="user-menu__who">
                <span className="visually-hidden">{t('header.loggedInAs')} </span>
                <span className="user-menu__name" data-testid="user-name">
                  {me.name}
                </span>
              </span>
              <Link className="button button--ghost button--small" to="/profile" data-testid="profile-link">
                {t('header.profile')}
              </Link>
              <LogoutButton />
            </div>
          ) : (
            <a className="button button--primary button--small" href={loginHref(i18n.language)}>
              {t('landing.login')}
            </a>
          )}
        </div>
      </div>
    </header>
  );
}
