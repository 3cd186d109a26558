import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate } from 'react-router';
import { call, notificationApi, type BffUser } from '../../api/client';
import type { paths as NotificationPaths } from '../../api/generated/notification';
import { ApiError, readableMessage } from '../../api/problem';
import { Shell } from '../../layout/Shell';
import { useSession } from '../../session/SessionProvider';
import { EmptyState, ErrorPanel, FormOutcome, Spinner } from '../../ui/feedback';
import { useAsync } from '../../ui/useAsync';
import { useDocumentTitle } from '../../ui/useDocumentTitle';
import './i18n';
import './broadcasts.css';

export type BroadcastView =
  NotificationPaths['/v1/operator/broadcasts/{id}']['get']['responses'][200]['content']['application/json'];
type Topic = BroadcastView['topic'];
type BroadcastChannel = 'EMAIL' | 'SMS';

const TOPICS: Topic[] = ['TARIFF_CHANGE', 'METER_INSTALLATION', 'OFFICE_NEWS'];
const CHANNELS: BroadcastChannel[] = ['EMAIL', 'SMS'];
const POLL_MS = 2000;

/** `/operator/broadcasts` (NT-3): operators broadcast a templated notice and follow its progress. */
export function BroadcastsPage() {
  const { session } = useSession();
  if (session.status === 'loading') {
    return (
      <div className="page-center">
        <Spinner />
      </div>
    );
  }
  if (session.status !== 'authenticated') return <Navigate to="/" replace />;
  return <Broadcasts me={session.me} />;
}

export function Broadcasts({ me, pollMs = POLL_MS }: { me: BffUser; pollMs?: number }) {
  const { t } = useTranslation();
  useDocumentTitle(t('broadcasts.title'));
  const latest = useAsync(() => call(notificationApi.GET('/v1/operator/broadcasts')), []);
  const running = (latest.data ?? []).some((b) => b.pending > 0);

  // follow the progress while something is still pending
  const reload = latest.reload;
  useEffect(() => {
    if (!running) return;
    const timer = setInterval(reload, pollMs);
    return () => clearInterval(timer);
  }, [running, reload, pollMs]);

  const forbidden = latest.error instanceof ApiError && latest.error.status === 403;
  return (
    <Shell me={me} accounts={me.accounts.map((n) => ({ number: n }))}>
      <div className="page-narrow">
        <h1>{t('broadcasts.title')}</h1>
        {forbidden ? (
          <p className="notice notice--error" role="alert">
            {t('broadcasts.forbidden')}
          </p>
        ) : (
          <>
            <p className="field__hint">{t('broadcasts.lead')}</p>
            <BroadcastForm onStarted={(b) => latest.update((list) => [b, ...(list ?? [])])} />
            <section className="section" aria-labelledby="broadcasts-latest">
              <h2 className="section__title" id="broadcasts-latest">
                {t('broadcasts.latest')}
              </h2>
              {latest.error ? (
                <ErrorPanel error={latest.error} onRetry={latest.reload} />
              ) : latest.data === undefined ? (
                <Spinner />
              ) : latest.data.length === 0 ? (
                <EmptyState title={t('broadcasts.none')} />
              ) : (
                <ul className="broadcasts__list">
                  {latest.data.map((b) => (
                    <BroadcastRow key={b.id} broadcast={b} />
                  ))}
                </ul>
              )}
            </section>
          </>
        )}
      </div>
    </Shell>
  );
}

function BroadcastRow({ broadcast: b }: { broadcast: BroadcastView }) {
  const { t, i18n } = useTranslation();
  const when = new Date(b.createdAt).toLocaleString(i18n.language === 'en' ? 'en-GB' : 'ru-RU', {
    dateStyle: 'short',
    timeStyle: 'short',
  });
  const label = t('broadcasts.progressLabel', { title: b.title });
  return (
    <li className="card card__pad broadcasts__item" data-testid="broadcast">
      <p className="broadcasts__title">
        <strong>{b.title}</strong> · {t(`broadcasts.topics.${b.topic}`)} · {t(`broadcasts.channels.${b.channel}`)}
      </p>
      <p className="field__hint">{t('broadcasts.createdBy', { when, who: b.createdBy })}</p>
      <progress className="broadcasts__progress" max={Math.max(1, b.total)} value={b.sent + b.failed} aria-label={label} />
      <p aria-live="polite" data-testid="broadcast-progress">
        {t('broadcasts.progress', { sent: b.sent, total: b.total, failed: b.failed })}
      </p>
    </li>
  );
}

function BroadcastForm({ onStarted }: { onStarted: (b: BroadcastView) => void }) {
  const { t } = useTranslation();
  const id = useId();
  const [topic, setTopic] = useState<Topic>('TARIFF_CHANGE');
  const [channel, setChannel] = useState<BroadcastChannel>('EMAIL');
  const [title, setTitle] = useState('');
  const [body, setBody] = useState('');
  const [titleEn, setTitleEn] = useState('');
  const [bodyEn, setBodyEn] = useState('');
  const [issues, setIssues] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<{ message: string; traceId?: string } | null>(null);
  const [started, setStarted] = useState<string | null>(null);
  const [sending, setSending] = useState(false);
  const titleRef = useRef<HTMLInputElement>(null);
  const bodyRef = useRef<HTMLTextAreaElement>(null);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (sending) return;
    setFormError(null);
    setStarted(null);
    const found: Record<string, string> = {};
    if (title.trim() === '') found.title = t('broadcasts.error.title');
    if (body.trim() === '') found.body = t('broadcasts.error.body');
    setIssues(found);
    if (found.title) return titleRef.current?.focus();
    if (found.body) return bodyRef.current?.focus();
    setSending(true);
    try {
      const broadcast = await call(
        notificationApi.POST('/v1/operator/broadcasts', {
          body: {
            topic,
            channel,
            title: title.trim(),
            body: body.trim(),
            titleEn: titleEn.trim() || undefined,
            bodyEn: bodyEn.trim() || undefined,
          },
        }),
      );
      setTitle('');
      setBody('');
      setTitleEn('');
      setBodyEn('');
      setStarted(t('broadcasts.started', { total: broadcast.total }));
      onStarted(broadcast);
    } catch (error) {
      if (error instanceof ApiError && error.kind === 'unauthorized') return;
      const byField: Record<string, string> = {};
      if (error instanceof ApiError) Object.assign(byField, error.fieldErrors);
      setIssues(byField);
      if (Object.keys(byField).length === 0) {
        setFormError({ message: readableMessage(error, t), traceId: error instanceof ApiError ? error.traceId : undefined });
      } else if (byField.title) titleRef.current?.focus();
      else if (byField.body) bodyRef.current?.focus();
    } finally {
      setSending(false);
    }
  };

  const field = (
    name: 'title' | 'body' | 'titleEn' | 'bodyEn',
    label: string,
    value: string,
    set: (v: string) => void,
    multiline: boolean,
  ) => {
    const issue = issues[name];
    const common = {
      id: `${id}-${name}`,
      className: 'field__input',
      value,
      maxLength: multiline ? 2000 : 120,
      'aria-invalid': issue ? true : undefined,
      'aria-describedby': issue ? `${id}-${name}-error` : undefined,
    } as const;
    return (
      <div className={`field${issue ? ' field--invalid' : ''}`}>
        <label className="field__label" htmlFor={`${id}-${name}`}>
          {label}
        </label>
        {multiline ? (
          <textarea
            {...common}
            ref={name === 'body' ? bodyRef : undefined}
            rows={4}
            onChange={(e) => set(e.target.value)}
          />
        ) : (
          <input {...common} ref={name === 'title' ? titleRef : undefined} type="text" onChange={(e) => set(e.target.value)} />
        )}
        {issue && (
          <p className="field__error" id={`${id}-${name}-error`} data-testid={`error-${name}`}>
            {issue}
          </p>
        )}
      </div>
    );
  };

  return (
    <form className="card card__pad" noValidate onSubmit={submit} aria-labelledby={`${id}-form`}>
      <h2 className="section__title" id={`${id}-form`}>
        {t('broadcasts.formTitle')}
      </h2>
      <div className="field">
        <label className="field__label" htmlFor={`${id}-topic`}>
          {t('broadcasts.topic')}
        </label>
        <select id={`${id}-topic`} className="field__input" value={topic} onChange={(e) => setTopic(e.target.value as Topic)}>
          {TOPICS.map((value) => (
            <option key={value} value={value}>
              {t(`broadcasts.topics.${value}`)}
            </option>
          ))}
        </select>
      </div>
      <fieldset className="preferences__group">
        <legend className="field__label">{t('broadcasts.channel')}</legend>
        {CHANNELS.map((value) => (
          <label className="preferences__check" key={value}>
            <input type="radio" name="channel" value={value} checked={channel === value} onChange={() => setChannel(value)} />
            <span>{t(`broadcasts.channels.${value}`)}</span>
          </label>
        ))}
      </fieldset>
      {field('title', t('broadcasts.heading'), title, setTitle, false)}
      {field('body', t('broadcasts.body'), body, setBody, true)}
      <details className="broadcasts__english">
        <summary>{t('broadcasts.english')}</summary>
        {field('titleEn', t('broadcasts.headingEn'), titleEn, setTitleEn, false)}
        {field('bodyEn', t('broadcasts.bodyEn'), bodyEn, setBodyEn, true)}
      </details>
      <div className="reading-form__actions">
        <button type="submit" className="button button--primary" disabled={sending} aria-busy={sending || undefined}>
          {sending ? t('broadcasts.sending') : t('broadcasts.send')}
        </button>
      </div>
      <FormOutcome success={started} error={formError} errorTestId="broadcast-form-error" />
    </form>
  );
}
