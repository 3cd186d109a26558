import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { call, notificationApi, type BffUser } from '../api/client';
import { Shell } from '../layout/Shell';
import { AccountGate } from '../session/AccountGate';
import { ErrorPanel, Spinner } from '../ui/feedback';
import { useAsync } from '../ui/useAsync';
import { useDocumentTitle } from '../ui/useDocumentTitle';
import { DeliveryHistory } from './DeliveryHistory';
import { MessageList } from './MessageList';
import './messages.css';

const PAGE = 10;

/** `/accounts/:number/messages` (NT-1): needs a session; otherwise back to the landing page. */
export function MessagesPage() {
  return <AccountGate>{(me, number) => <Messages me={me} number={number} />}</AccountGate>;
}

export function Messages({ me, number }: { me: BffUser; number: string }) {
  const { t } = useTranslation();
  useDocumentTitle(t('messages.title'));
  const [pages, setPages] = useState(1);
  const [historyPages, setHistoryPages] = useState(1);
  const messages = useAsync(
    () =>
      call(
        notificationApi.GET('/v1/accounts/{number}/messages', {
          params: { path: { number }, query: { page: 0, size: PAGE * pages } },
        }),
      ),
    [number, pages],
  );
  const unread = useAsync(
    () =>
      call(notificationApi.GET('/v1/accounts/{number}/messages/unread-count', { params: { path: { number } } })),
    [number],
  );
  const history = useAsync(
    () =>
      call(
        notificationApi.GET('/v1/accounts/{number}/deliveries', {
          params: { path: { number }, query: { page: 0, size: PAGE * historyPages } },
        }),
      ),
    [number, historyPages],
  );
  const [markAllError, setMarkAllError] = useState<unknown>();

  const read = useCallback(
    (id: string) => {
      messages.update((list) => (list ?? []).map((m) => (m.id === id ? { ...m, read: true } : m)));
      unread.update((was) => ({ unread: Math.max(0, (was?.unread ?? 1) - 1) }));
    },
    [messages, unread],
  );

  const markAll = async () => {
    const newest = messages.data?.[0];
    if (!newest) return;
    setMarkAllError(undefined);
    try {
      const now = await call(
        notificationApi.POST('/v1/accounts/{number}/messages/read', {
          params: { path: { number } },
          body: { upTo: newest.id },
        }),
      );
      messages.update((list) => (list ?? []).map((m) => ({ ...m, read: true })));
      unread.update(() => now);
    } catch (e) {
      setMarkAllError(e);
    }
  };

  const unreadCount = unread.data?.unread ?? 0;
  return (
    <Shell me={me} accounts={me.accounts.map((n) => ({ number: n }))} activeAccount={number}>
      <div className="page-narrow">
        <p>
          <Link to={`/accounts/${number}`}>{t('preferences.back')}</Link>
        </p>
        <h1>{t('messages.title')}</h1>
        <p className="field__hint">{t('messages.lead', { number })}</p>

        <section className="section" aria-labelledby="messages-inbox">
          <div className="messages__head">
            <h2 className="section__title" id="messages-inbox">
              {t('messages.inbox')}
            </h2>
            {unread.data !== undefined && (
              <p className="messages__count" data-testid="unread-count" aria-live="polite">
                {unreadCount > 0 ? t('messages.unread', { count: unreadCount }) : t('messages.allRead')}
              </p>
            )}
          </div>
          {unreadCount > 0 && (
            <p>
              <button type="button" className="button button--small" onClick={() => void markAll()}>
                {t('messages.markAllRead')}
              </button>
            </p>
          )}
          {markAllError !== undefined && <ErrorPanel error={markAllError} />}
          {messages.error ? (
            <ErrorPanel error={messages.error} onRetry={messages.reload} />
          ) : messages.data === undefined ? (
            <Spinner />
          ) : (
            <>
              <MessageList accountNumber={number} messages={messages.data} onRead={read} />
              {messages.data.length >= PAGE * pages && (
                <button type="button" className="button" onClick={() => setPages((p) => p + 1)}>
                  {t('messages.more')}
                </button>
              )}
            </>
          )}
        </section>

        <section className="section" aria-labelledby="messages-history">
          <h2 className="section__title" id="messages-history">
            {t('messages.history')}
          </h2>
          {history.error ? (
            <ErrorPanel error={history.error} onRetry={history.reload} />
          ) : history.data === undefined ? (
            <Spinner />
          ) : (
            <>
              <DeliveryHistory deliveries={history.data} />
              {history.data.length >= PAGE * historyPages && (
                <button type="button" className="button" onClick={() => setHistoryPages((p) => p + 1)}>
                  {t('messages.more')}
                </button>
              )}
            </>
          )}
        </section>
      </div>
    </Shell>
  );
}
