import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call, meteringApi } from '../api/client';
import { ApiError, readableMessage } from '../api/problem';

interface Props {
  accountNumber: string;
  readingId: string;
  /** Called once the reading is gone (deleted now, or already gone); the list drops it. */
  onDeleted: (readingId: string) => void;
  /**
   * Called when the back office decided it meanwhile (409), with metering's explanation: the list reloads to show the
   * decision and keeps the explanation in the row (this button goes once the reading is no longer in processing).
   */
  onChanged?: (message: string) => void;
}

/**
 * MT-4: «Удалить» on a reading still in processing, with a confirmation in place (no modal: it stays in the row, keyboard
 * and screen-reader friendly). Refused by metering once the back office decided it; the problem's text is shown.
 */
export function DeleteReading({ accountNumber, readingId, onDeleted, onChanged }: Props) {
  const { t } = useTranslation();
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const questionId = useId();
  const opener = useRef<HTMLButtonElement>(null);

  const remove = async () => {
    setBusy(true);
    setError(null);
    try {
      await call(
        meteringApi.DELETE('/v1/accounts/{number}/readings/{readingId}', {
          params: { path: { number: accountNumber, readingId } },
        }),
      );
      onDeleted(readingId);
    } catch (e) {
      if (e instanceof ApiError && e.kind === 'unauthorized') return;
      if (e instanceof ApiError && e.status === 404) {
        onDeleted(readingId);
        return;
      }
      const message = readableMessage(e, t);
      setError(message);
      setConfirming(false);
      if (e instanceof ApiError && e.status === 409) onChanged?.(message);
    } finally {
      setBusy(false);
    }
  };

  if (!confirming) {
    return (
      <span className="reading-delete">
        <button
          ref={opener}
          type="button"
          className="button button--ghost button--small"
          data-testid="delete-reading"
          onClick={() => {
            setError(null);
            setConfirming(true);
          }}
        >
          {t('readings.delete.action')}
        </button>
        {error && (
          <span className="reading-delete__error" role="alert">
            {error}
          </span>
        )}
      </span>
    );
  }

  return (
    <span className="reading-delete" role="group" aria-labelledby={questionId}>
      <span id={questionId} className="reading-delete__question">
        {t('readings.delete.question')}
      </span>
      <button
        type="button"
        className="button button--secondary button--small"
        data-testid="confirm-delete-reading"
        disabled={busy}
        aria-busy={busy || undefined}
        autoFocus
        onClick={remove}
      >
        {t('readings.delete.confirm')}
      </button>
      <button
        type="button"
        className="button button--ghost button--small"
        disabled={busy}
        onClick={() => {
          setConfirming(false);
          queueMicrotask(() => opener.current?.focus());
        }}
      >
        {t('readings.delete.cancel')}
      </button>
    </span>
  );
}
