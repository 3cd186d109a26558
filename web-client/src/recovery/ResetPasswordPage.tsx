import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { call, identityApi } from '../api/client';
import { ApiError, readableMessage } from '../api/problem';
import { Shell } from '../layout/Shell';
import { CheckIcon } from '../ui/icons';
import { useDocumentTitle } from '../ui/useDocumentTitle';
import { TextField } from '../registration/TextField';
import { passwordProblem } from './RecoverPage';
import './recovery.css';

const LOGIN = '/oauth2/authorization/keycloak';

/** The token after `#token=` in the letter's link; it never reaches a server log or a Referer. */
function tokenFromHash(hash: string): string {
  const match = /(?:^#|&)token=([A-Za-z0-9_-]+)/.exec(hash);
  return match ? match[1] : '';
}

type State =
  | { kind: 'checking' }
  | { kind: 'ready'; username: string }
  | { kind: 'refused'; message: string; used: boolean }
  | { kind: 'done'; username: string };

/**
 * ID-7, ID-5: the page the recovery letter's link opens. It shows the login the link recovers, then takes the new
 * password twice; an expired, replaced or used link says so and offers to request recovery again (or to log in).
 */
export function ResetPasswordPage() {
  const { t } = useTranslation();
  const formId = useId();
  useDocumentTitle(t('recovery.reset.title'));
  const [token] = useState(() => tokenFromHash(window.location.hash));
  const [state, setState] = useState<State>({ kind: 'checking' });
  const [form, setForm] = useState({ newPassword: '', repeatPassword: '' });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [alert, setAlert] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const inputs = useRef<Record<string, HTMLInputElement | null>>({});

  const refuse = (error: unknown) =>
    setState({
      kind: 'refused',
      message: readableMessage(error, t),
      used: error instanceof ApiError && error.slug === 'recovery-link-used',
    });

  useEffect(() => {
    // keep the token out of the address bar and the history once read
    if (window.location.hash) window.history.replaceState(null, '', window.location.pathname);
    if (!token) {
      setState({ kind: 'refused', message: t('recovery.reset.noToken'), used: false });
      return;
    }
    let live = true;
    call(identityApi.POST('/v1/recoveries/link-checks', { body: { token } }))
      .then((link) => live && setState({ kind: 'ready', username: link.username }))
      .catch((error: unknown) => live && refuse(error));
    return () => {
      live = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [token]);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (busy || state.kind !== 'ready') return;
    setAlert(null);
    const problems: Record<string, string> = {};
    if (passwordProblem(form.newPassword, state.username)) problems.newPassword = t('register.error.password');
    if (form.repeatPassword !== form.newPassword) problems.repeatPassword = t('register.error.passwordRepeat');
    setErrors(problems);
    if (Object.keys(problems).length > 0) {
      inputs.current[Object.keys(problems)[0]]?.focus();
      return;
    }
    setBusy(true);
    try {
      const done = await call(
        identityApi.POST('/v1/recoveries/by-link', {
          body: { token, newPassword: form.newPassword, repeatPassword: form.repeatPassword },
        }),
      );
      setState({ kind: 'done', username: done.username });
    } catch (error) {
      if (error instanceof ApiError && error.status !== 400 && error.slug.startsWith('recovery-link')) {
        refuse(error);
      } else if (error instanceof ApiError && Object.keys(error.fieldErrors).length > 0) {
        setErrors(error.fieldErrors);
      } else {
        setAlert(readableMessage(error, t));
      }
    } finally {
      setBusy(false);
    }
  };

  return (
    <Shell me={null}>
      <section className="register page-narrow" aria-labelledby="reset-title">
        <h1 id="reset-title">{t('recovery.reset.title')}</h1>
        {state.kind === 'checking' && <p role="status">{t('recovery.reset.checking')}</p>}
        {state.kind === 'refused' && (
          <div className="notice notice--error" role="alert" data-testid="link-refused">
            <div className="notice__body">
              <p>{state.message}</p>
              <p>
                <Link to="/recovery">{t('recovery.reset.requestAgain')}</Link>
                {state.used && (
                  <>
                    {' · '}
                    <a href={LOGIN}>{t('landing.login')}</a>
                  </>
                )}
              </p>
            </div>
          </div>
        )}
        {state.kind === 'done' && (
          <>
            <div className="notice notice--success" role="status" data-testid="recovered">
              <span className="notice__icon">
                <CheckIcon />
              </span>
              <div className="notice__body">
                <p className="notice__title">{t('recovery.done.title')}</p>
                <p>
                  {t('recovery.done.login')} <span className="recovery__login">{state.username}</span>
                </p>
              </div>
            </div>
            <a className="button button--primary button--large" href={LOGIN} data-testid="login-after-recovery">
              {t('landing.login')}
            </a>
          </>
        )}
        {state.kind === 'ready' && (
          <form className="register__form card card__pad" noValidate onSubmit={submit} aria-labelledby="reset-title">
            <p data-testid="reset-login">
              {t('recovery.done.login')} <span className="recovery__login">{state.username}</span>
            </p>
            {alert && (
              <div className="notice notice--error" role="alert">
                <div className="notice__body">
                  <p>{alert}</p>
                </div>
              </div>
            )}
            {(['newPassword', 'repeatPassword'] as const).map((name) => (
              <TextField
                key={name}
                ref={(el) => {
                  inputs.current[name] = el;
                }}
                id={`${formId}-${name}`}
                name={name}
                label={t(`recovery.field.${name}`)}
                requiredNote={t('register.required')}
                value={form[name]}
                onChange={(v) => {
                  setForm((f) => ({ ...f, [name]: v }));
                  if (errors[name]) setErrors(({ [name]: _, ...rest }) => rest);
                }}
                message={errors[name]}
                type="password"
                autoComplete="new-password"
                hint={name === 'newPassword' ? t('register.passwordHint') : undefined}
              />
            ))}
            <button type="submit" className="button button--primary button--large" disabled={busy} aria-busy={busy || undefined}>
              {t('recovery.setPassword')}
            </button>
          </form>
        )}
      </section>
    </Shell>
  );
}
