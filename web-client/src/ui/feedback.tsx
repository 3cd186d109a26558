import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, readableMessage } from '../api/problem';
import { CheckIcon } from './icons';

export function Spinner({ label }: { label?: string }) {
  const { t } = useTranslation();
  return (
    <div className="spinner" role="status" aria-live="polite">
      <span className="spinner__wheel" aria-hidden="true" />
      <span className="spinner__label">{label ?? t('session.loading')}</span>
    </div>
  );
}

/** A failed request shown readably (the problem's `detail`), with its trace id and a retry. */
export function ErrorPanel({ error, onRetry, title }: { error: unknown; onRetry?: () => void; title?: string }) {
  const { t } = useTranslation();
  const traceId = error instanceof ApiError ? error.traceId : undefined;
  return (
    <div className="notice notice--error" role="alert">
      <div className="notice__body">
        {title && <p className="notice__title">{title}</p>}
        <p>{readableMessage(error, t)}</p>
        {traceId && <p className="notice__meta">{t('errors.traceId', { traceId })}</p>}
      </div>
      {onRetry && (
        <button type="button" className="button button--secondary button--small" onClick={onRetry}>
          {t('session.retry')}
        </button>
      )}
    </div>
  );
}

export function EmptyState({ icon, title, hint, children }: { icon?: ReactNode; title: string; hint?: string; children?: ReactNode }) {
  return (
    <div className="empty">
      {icon && (
        <div className="empty__icon" aria-hidden="true">
          {icon}
        </div>
      )}
      <p className="empty__title">{title}</p>
      {hint && <p className="empty__hint">{hint}</p>}
      {children}
    </div>
  );
}

/**
 * What a form's submission came to, below its buttons: a success notice in a polite live region (present before
 * it fills, so screen readers announce it) and an error alert with the problem's trace id.
 */
export function FormOutcome({
  success,
  error,
  errorTestId,
}: {
  success: string | null;
  error: { message: string; traceId?: string } | null;
  errorTestId: string;
}) {
  const { t } = useTranslation();
  return (
    <>
      <div aria-live="polite" aria-atomic="true">
        {success && (
          <div className="notice notice--success" role="status">
            <span className="notice__icon">
              <CheckIcon />
            </span>
            <div className="notice__body">
              <p>{success}</p>
            </div>
          </div>
        )}
      </div>
      {error && (
        <div className="notice notice--error" role="alert" data-testid={errorTestId}>
          <div className="notice__body">
            <p>{error.message}</p>
            {error.traceId && <p className="notice__meta">{t('errors.traceId', { traceId: error.traceId })}</p>}
          </div>
        </div>
      )}
    </>
  );
}
