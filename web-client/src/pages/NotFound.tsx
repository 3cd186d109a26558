import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Shell } from '../layout/Shell';
import { useSession } from '../session/SessionProvider';
import { useDocumentTitle } from '../ui/useDocumentTitle';

export function NotFound() {
  const { t } = useTranslation();
  const { session } = useSession();
  useDocumentTitle(t('notFound.title'));
  return (
    <Shell me={session.status === 'authenticated' ? session.me : null}>
      <section className="not-found" aria-labelledby="not-found-title">
        <p className="not-found__code" aria-hidden="true">
          {t('notFound.code')}
        </p>
        <h1 id="not-found-title">{t('notFound.title')}</h1>
        <p className="not-found__text">{t('notFound.text')}</p>
        <Link className="button button--primary" to="/">
          {t('notFound.back')}
        </Link>
      </section>
    </Shell>
  );
}
