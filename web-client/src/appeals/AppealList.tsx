import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../format';
import { currentLang } from '../i18n';
import { EmptyState } from '../ui/feedback';
import type { AppealView } from './AppealForm';
import { fileSize } from './validation';

const tone: Record<string, string> = { SENT: 'badge--pending', IN_PROGRESS: 'badge--pending', ANSWERED: 'badge--success' };

/** AC-5: the account's appeals, newest first: status, the question, its files (downloads), the answer. */
export function AppealList({ accountNumber, appeals }: { accountNumber: string; appeals: AppealView[] }) {
  const { t } = useTranslation();
  const lang = currentLang();
  if (appeals.length === 0) return <EmptyState title={t('appeals.empty')} hint={t('appeals.emptyHint')} />;
  return (
    <ul className="visits__list" data-testid="appeal-list">
      {appeals.map((a) => (
        <li className="card card__pad visits__item" key={a.id} data-testid="appeal">
          <div className="visits__head">
            <strong>
              {t(`appeals.types.${a.type}`)} · {t(`appeals.addressees.${a.addressee}`)}
            </strong>
            <span className={`badge ${tone[a.status] ?? ''}`} data-status={a.status}>
              <span className="badge__dot" aria-hidden="true" />
              {t(`appeals.status.${a.status}`)}
            </span>
          </div>
          <p className="field__hint">{t('appeals.sentAt', { when: formatDateTime(a.sentAt) })}</p>
          <p className="appeals__text">{a.text}</p>
          {a.attachments.length > 0 && (
            <ul className="appeals__files" aria-label={t('appeals.files')}>
              {a.attachments.map((f) => (
                <li key={f.id}>
                  <a
                    href={`/api/account/v1/accounts/${accountNumber}/appeals/${a.id}/attachments/${f.id}`}
                    download={f.fileName}
                  >
                    {f.fileName}
                  </a>{' '}
                  <span className="field__hint">({fileSize(f.size, lang)})</span>
                </li>
              ))}
            </ul>
          )}
          {a.answer && (
            <div className="appeals__answer" data-testid="appeal-answer">
              <p className="field__label">{t('appeals.answer', { when: a.answeredAt ? formatDateTime(a.answeredAt) : '' })}</p>
              <p className="appeals__text">{a.answer}</p>
            </div>
          )}
        </li>
      ))}
    </ul>
  );
}
