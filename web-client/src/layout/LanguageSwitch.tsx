import { useTranslation } from 'react-i18next';
import { LANGUAGES } from '../i18n';

/** RU / EN, remembered in localStorage by the i18n module. */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  return (
    <div className="lang-switch" role="group" aria-label={t('header.language')}>
      {LANGUAGES.map((lang) => (
        <button
          key={lang}
          type="button"
          className="lang-switch__option"
          aria-pressed={i18n.language === lang}
          lang={lang}
          title={t(`language.${lang}`)}
          onClick={() => void i18n.changeLanguage(lang)}
        >
          {lang.toUpperCase()}
        </button>
      ))}
    </div>
  );
}
