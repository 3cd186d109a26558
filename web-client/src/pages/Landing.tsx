import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Shell } from '../layout/Shell';
import { loginHref } from '../session/SessionProvider';
import { BoltIcon, HomeIcon, ReceiptIcon } from '../ui/icons';
import { useDocumentTitle } from '../ui/useDocumentTitle';

/** Shown to anyone not logged in: what this is and the way in. */
export function Landing() {
  const { t, i18n } = useTranslation();
  useDocumentTitle(t('landing.eyebrow'));
  const features = [
    { key: 'readings', icon: <BoltIcon /> },
    { key: 'charges', icon: <ReceiptIcon /> },
    { key: 'accounts', icon: <HomeIcon /> },
  ] as const;
  return (
    <Shell me={null}>
      <section className="hero" aria-labelledby="landing-title">
        <div className="hero__text">
          <p className="hero__eyebrow">{t('landing.eyebrow')}</p>
          <h1 className="hero__title" id="landing-title">
            {t('landing.title')}
          </h1>
          <p className="hero__lead">{t('landing.lead')}</p>
          <div className="hero__actions">
            <a className="button button--primary button--large" href={loginHref(i18n.language)} data-testid="login">
              {t('landing.login')}
            </a>
            <Link className="button button--secondary button--large" to="/register" data-testid="register">
              {t('landing.register')}
            </Link>
            <span className="hero__hint">{t('landing.loginHint')}</span>
            <span className="hero__hint">{t('landing.registerHint')}</span>
            <Link className="hero__hint link" to="/recovery" data-testid="forgot">
              {t('landing.forgot')}
            </Link>
          </div>
        </div>
        <div className="hero__art" aria-hidden="true">
          <div className="hero-card">
            <div className="hero-card__row">
              <span className="hero-card__icon">
                <BoltIcon />
              </span>
              <span className="hero-card__lines">
                <span className="hero-card__line hero-card__line--strong" />
                <span className="hero-card__line" />
              </span>
            </div>
            <div className="hero-card__digits">
              {'12346,6'.split('').map((c, i) => (
                <span key={i} className={c === ',' ? 'hero-card__comma' : 'hero-card__digit'}>
                  {c}
                </span>
              ))}
            </div>
            <div className="hero-card__footer">
              <span className="badge badge--pending">
                <span className="badge__dot" />
                {t('reading.status.IN_PROCESSING')}
              </span>
              <span className="hero-card__sum">6,43 ₽</span>
            </div>
          </div>
        </div>
      </section>
      <ul className="features">
        {features.map(({ key, icon }) => (
          <li key={key} className="feature">
            <span className="feature__icon" aria-hidden="true">
              {icon}
            </span>
            <h2 className="feature__title">{t(`landing.features.${key}.title`)}</h2>
            <p className="feature__text">{t(`landing.features.${key}.text`)}</p>
          </li>
        ))}
      </ul>
    </Shell>
  );
}
