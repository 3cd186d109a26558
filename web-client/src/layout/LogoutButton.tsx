import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { CSRF_PARAMETER, csrfToken } from '../api/csrf';
import { LogoutIcon } from '../ui/icons';

/**
 * ID-10: a real form POST to the gateway's `/logout` carrying the CSRF token from the
 * `XSRF-TOKEN` cookie; the gateway ends the Keycloak session and redirects back to `/`.
 */
export function LogoutButton({ className = '' }: { className?: string }) {
  const { t } = useTranslation();
  const token = useRef<HTMLInputElement>(null);
  return (
    <form
      method="post"
      action="/logout"
      className={`logout-form ${className}`}
      onSubmit={() => {
        // read the cookie at the last moment: the token may have been rotated since render
        if (token.current) token.current.value = csrfToken() ?? '';
      }}
    >
      <input ref={token} type="hidden" name={CSRF_PARAMETER} defaultValue="" />
      <button type="submit" className="button button--ghost button--small">
        <LogoutIcon />
        <span>{t('header.logout')}</span>
      </button>
    </form>
  );
}
