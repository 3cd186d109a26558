import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, readableMessage } from '../api/problem';

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
