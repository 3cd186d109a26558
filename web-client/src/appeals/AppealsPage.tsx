import { useCallback, useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { accountApi, call, type BffUser } from '../api/client';
import { Shell } from '../layout/Shell';
import '../preferences/preferences.css';
import { AccountGate } from '../session/AccountGate';
import { ErrorPanel, Spinner } from '../ui/feedback';
import { useAsync } from '../ui/useAsync';
import { useDocumentTitle } from '../ui/useDocumentTitle';
import '../visits/visits.css';
import { AppealForm, type AppealType, type AppealView } from './AppealForm';
import { AppealList } from './AppealList';
import './appeals.css';

const TYPES: AppealType[] = ['READINGS', 'CHARGES', 'PAYMENTS', 'METERS', 'PORTAL', 'OTHER'];
const PAGE = 10;

/** `/accounts/:number/appeals` (AC-5): needs a session; otherwise back to the landing page. */
export function AppealsPage() {
  return <AccountGate>{(me, number) => <Appeals me={me} number={number} />}</AccountGate>;
}

function Appeals({ me, number }: { me: BffUser; number: string }) {
  const { t } = useTranslation();
  const id = useId();
  useDocumentTitle(t('appeals.title'));
  const [type, setType] = useState<AppealType | ''>('');
  const [writing, setWriting] = useState(false);
  const [draft, setDraft] = useState('');
  const [pages, setPages] = useState(1);
  const faq = useAsync(
    () => (type === '' ? Promise.resolve([]) : call(accountApi.GET('/v1/faq', { params: { query: { type } } }))),
    [type],
  );
  const list = useAsync(
    () =>
      call(
        accountApi.GET('/v1/accounts/{number}/appeals', {
          params: { path: { number }, query: { page: 0, size: PAGE * pages } },
        }),
      ),
    [number, pages],
  );

  // the back office answers within seconds in the demo: look again while an appeal is open
  const open = (list.data ?? []).some((a) => a.status !== 'ANSWERED');
  useEffect(() => {
    if (!open) return undefined;
    const timer = window.setInterval(list.reload, 5000);
    return () => window.clearInterval(timer);
  }, [open, list.reload]);

  const sent = useCallback(
    (appeal: AppealView) => list.update((was) => [appeal, ...(was ?? []).filter((a) => a.id !== appeal.id)]),
    [list],
  );

  return (
    <Shell me={me} accounts={me.accounts.map((n) => ({ number: n }))} activeAccount={number}>
      <div className="page-narrow">
        <p>
          <Link to={`/accounts/${number}`}>{t('preferences.back')}</Link>
        </p>
        <h1>{t('appeals.title')}</h1>
        <p className="field__hint">{t('appeals.lead')}</p>

        <div className="card card__pad">
          <div className="field">
            <label className="field__label" htmlFor={`${id}-type`}>
              {t('appeals.type')}
            </label>
            <select
              id={`${id}-type`}
              className="field__input"
              value={type}
              onChange={(e) => {
                setType(e.target.value as AppealType | '');
                setWriting(false);
              }}
            >
              <option value="">{t('appeals.chooseType')}</option>
              {TYPES.map((ty) => (
                <option key={ty} value={ty}>
                  {t(`appeals.types.${ty}`)}
                </option>
              ))}
            </select>
          </div>
          {type !== '' && (
            <section aria-labelledby={`${id}-faq`}>
              <h2 className="section__title" id={`${id}-faq`}>
                {t('appeals.faqTitle')}
              </h2>
              {faq.error ? (
                <ErrorPanel error={faq.error} onRetry={faq.reload} />
              ) : faq.data === undefined ? (
                <Spinner />
              ) : faq.data.length === 0 ? (
                <p className="field__hint">{t('appeals.faqEmpty')}</p>
              ) : (
                <div className="appeals__faq" data-testid="faq">
                  {faq.data.map((entry) => (
                    <details key={entry.id}>
                      <summary>{entry.question}</summary>
                      <p>{entry.answer}</p>
                    </details>
                  ))}
                </div>
              )}
              {!writing && (
                <button type="button" className="button button--primary" onClick={() => setWriting(true)}>
                  {t('appeals.write')}
                </button>
              )}
            </section>
          )}
        </div>

        {type !== '' && writing && (
          <AppealForm
            key={type}
            accountNumber={number}
            type={type}
            onSent={sent}
            draft={draft}
            onDraftChange={setDraft}
          />
        )}

        <section className="section" aria-labelledby={`${id}-history`}>
          <h2 className="section__title" id={`${id}-history`}>
            {t('appeals.history')}
          </h2>
          {list.error ? (
            <ErrorPanel error={list.error} onRetry={list.reload} />
          ) : list.data === undefined ? (
            <Spinner />
          ) : (
            <>
              <AppealList accountNumber={number} appeals={list.data} />
              {list.data.length >= PAGE * pages && (
                <button type="button" className="button" onClick={() => setPages((p) => p + 1)}>
                  {t('visits.more')}
                </button>
              )}
            </>
          )}
        </section>
      </div>
    </Shell>
  );
}
