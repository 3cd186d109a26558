import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { call, identityApi } from '../api/client';
import { ApiError, readableMessage } from '../api/problem';
import { Shell } from '../layout/Shell';
import { useDocumentTitle } from '../ui/useDocumentTitle';
import { TextField } from './TextField';

type Status = { applicationNumber: number; status: 'SUBMITTED' | 'APPROVED' | 'REJECTED'; reason?: string | null };

/**
 * ID-4: where an access application stands, by its number and the e-mail given in it; nothing else is shown (a wrong
 * number and a wrong e-mail get the same answer). A rejection shows the reason and offers a new application.
 */
export function ApplicationStatusPage() {
  const { t } = useTranslation();
  const formId = useId();
  useDocumentTitle(t('application.status.title'));
  const [number, setNumber] = useState('');
  const [email, setEmail] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [alert, setAlert] = useState<string | null>(null);
  const [status, setStatus] = useState<Status | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (busy) return;
    setAlert(null);
    setStatus(null);
    const problems: Record<string, string> = {};
    if (!/^[0-9]{1,12}$/.test(number.trim())) problems.number = t('application.status.error.number');
    if (!email.includes('@')) problems.email = t('register.error.email');
    setErrors(problems);
    if (Object.keys(problems).length > 0) return;
    setBusy(true);
    try {
      const found = await call(
        identityApi.POST('/v1/access-applications/status-checks', {
          body: { applicationNumber: Number(number.trim()), email: email.trim() },
        }),
      );
      setStatus(found as Status);
    } catch (error) {
      setAlert(error instanceof ApiError ? error.message : readableMessage(error, t));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Shell me={null}>
      <section className="register page-narrow" aria-labelledby="application-status-title">
        <h1 id="application-status-title">{t('application.status.title')}</h1>
        <p>{t('application.status.lead')}</p>
        {alert && (
          <div className="notice notice--error" role="alert" data-testid="application-status-error">
            <div className="notice__body">
              <p>{alert}</p>
            </div>
          </div>
        )}
        {status && (
          <div
            className={`notice ${status.status === 'REJECTED' ? 'notice--error' : 'notice--success'}`}
            role="status"
            data-testid="application-status"
          >
            <div className="notice__body">
              <p className="notice__title">{t(`application.status.${status.status}`, { number: status.applicationNumber })}</p>
              {status.status === 'REJECTED' && (
                <>
                  <p>
                    {t('application.status.reason')} {status.reason}
                  </p>
                  <p>{t('application.status.controller')}</p>
                  <Link to="/register/application" data-testid="apply-again">
                    {t('application.status.applyAgain')}
                  </Link>
                </>
              )}
            </div>
          </div>
        )}
        <form className="register__form card card__pad" noValidate onSubmit={submit} aria-labelledby="application-status-title">
          <TextField
            id={`${formId}-number`}
            name="number"
            label={t('application.status.number')}
            requiredNote={t('register.required')}
            inputMode="numeric"
            value={number}
            onChange={setNumber}
            message={errors.number}
            hint={t('register.example', { example: '100001' })}
          />
          <TextField
            id={`${formId}-email`}
            name="email"
            label={t('application.field.email')}
            requiredNote={t('register.required')}
            type="email"
            inputMode="email"
            autoComplete="email"
            value={email}
            onChange={setEmail}
            message={errors.email}
          />
          <button type="submit" className="button button--primary button--large" disabled={busy} aria-busy={busy || undefined}>
            {t('application.status.check')}
          </button>
        </form>
        <p className="register__login">
          <Link to="/register/application">{t('application.link')}</Link>
        </p>
      </section>
    </Shell>
  );
}
