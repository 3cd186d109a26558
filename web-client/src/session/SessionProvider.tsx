import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { fetchSession, onUnauthorized, type BffUser } from '../api/client';

export type Session =
  | { status: 'loading' }
  | { status: 'anonymous' }
  | { status: 'authenticated'; me: BffUser }
  | { status: 'error'; error: unknown };

interface SessionContextValue {
  session: Session;
  refresh: () => void;
  /**
   * Re-reads the session without a loading state (ID-9: after a link or unlink the gateway renewed the token, so
   * `/bff/session` names the accounts as they now stand and the switcher follows at once).
   */
  reload: () => Promise<void>;
}

const SessionContext = createContext<SessionContextValue | null>(null);

/** Who is logged in, from the gateway's `GET /bff/session`; any 401 from an API call ends the session. */
export function SessionProvider({ children }: { children: ReactNode }) {
  const [session, setSession] = useState<Session>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let active = true;
    fetchSession().then(
      (me) => active && setSession(me ? { status: 'authenticated', me } : { status: 'anonymous' }),
      (error: unknown) => active && setSession({ status: 'error', error }),
    );
    return () => {
      active = false;
    };
  }, [attempt]);

  useEffect(() => onUnauthorized(() => setSession({ status: 'anonymous' })), []);

  const refresh = useCallback(() => {
    setSession({ status: 'loading' });
    setAttempt((n) => n + 1);
  }, []);

  const reload = useCallback(async () => {
    try {
      const me = await fetchSession();
      setSession(me ? { status: 'authenticated', me } : { status: 'anonymous' });
    } catch {
      // keep what is shown; the next page load asks again
    }
  }, []);

  const value = useMemo(() => ({ session, refresh, reload }), [session, refresh, reload]);
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionContextValue {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession outside SessionProvider');
  return value;
}

const ACTIVE_ACCOUNT_KEY = 'kabinet.account';

/** The account the resident looked at last, to open it again next time. */
export function rememberedAccount(): string | null {
  try {
    return localStorage.getItem(ACTIVE_ACCOUNT_KEY);
  } catch {
    return null;
  }
}

export function rememberAccount(number: string): void {
  try {
    localStorage.setItem(ACTIVE_ACCOUNT_KEY, number);
  } catch {
    // not remembered; the URL still holds it
  }
}

/**
 * Where «Войти» goes: the gateway starts the login with Keycloak, whose page opens in the page's language
 * (`lang` becomes OpenID Connect's `ui_locales`; the gateway takes only the languages the realm offers).
 */
export function loginHref(lang: string): string {
  return `/oauth2/authorization/keycloak?lang=${encodeURIComponent(lang)}`;
}
