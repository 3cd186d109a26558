import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call, notificationApi } from '../api/client';
import type { MessageView } from '../api/types';
import { formatDateTime } from '../format';
import { EmptyState, ErrorPanel } from '../ui/feedback';

/**
 * NT-1: the account's messages in the cabinet, newest first; an unread one is marked "new" and can be marked read
 * (`onRead` is told, so the page's unread count follows).
 */
export function MessageList({
  accountNumber,
  messages,
  onRead,
}: {
  accountNumber: string;
  messages: MessageView[];
  onRead: (id: string) => void;
}) {
  const { t } = useTranslation();
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState<string>();
  if (messages.length === 0) {
    return <EmptyState title={t('messages.empty')} hint={t('messages.emptyHint')} />;
  }
  const markRead = async (id: string) => {
    setBusy(id);
    setError(undefined);
    try {
      await call(
        notificationApi.POST('/v1/accounts/{number}/messages/{id}/read', {
          params: { path: { number: accountNumber, id } },
        }),
      );
      onRead(id);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(undefined);
    }
  };
  return (
    <>
      {error !== undefined && <ErrorPanel error={error} />}
      <ul className="messages__list" data-testid="message-list">
        {messages.map((m) => (
          <li
            key={m.id}
            className={`card card__pad messages__item${m.read ? '' : ' messages__item--unread'}`}
            data-testid="message"
            data-read={m.read}
          >
            <div className="messages__head">
              <h3 className="messages__subject">
                {!m.read && <span className="badge badge--pending messages__new">{t('messages.newBadge')}</span>}
                {m.subject}
              </h3>
              <time className="field__hint" dateTime={m.createdAt}>
                {formatDateTime(m.createdAt)}
              </time>
            </div>
            <p className="messages__body">{m.body}</p>
            {!m.read && (
              <button
                type="button"
                className="button button--secondary button--small"
                disabled={busy === m.id}
                onClick={() => void markRead(m.id)}
                aria-label={`${t('messages.markRead')}: ${m.subject}`}
              >
                {t('messages.markRead')}
              </button>
            )}
          </li>
        ))}
      </ul>
    </>
  );
}
