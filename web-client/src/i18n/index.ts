import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { setApiLanguage } from '../api/client';
import type { Lang } from '../format';
import en from './en';
import ru from './ru';

export const LANGUAGES: readonly Lang[] = ['ru', 'en'];
const STORAGE_KEY = 'kabinet.lang';

function storedLanguage(): Lang {
  try {
    const value = localStorage.getItem(STORAGE_KEY);
    if (value === 'ru' || value === 'en') return value;
  } catch {
    // storage may be unavailable (private mode); Russian is the default
  }
  return 'ru';
}

function apply(lang: string): void {
  setApiLanguage(lang);
  if (typeof document !== 'undefined') document.documentElement.lang = lang;
}

const initial = storedLanguage();
void i18n.use(initReactI18next).init({
  resources: { ru: { translation: ru }, en: { translation: en } },
  lng: initial,
  fallbackLng: 'ru',
  supportedLngs: LANGUAGES as string[],
  interpolation: { escapeValue: false },
  returnNull: false,
});
apply(initial);

i18n.on('languageChanged', (lang) => {
  apply(lang);
  try {
    localStorage.setItem(STORAGE_KEY, lang);
  } catch {
    // not persisted, still switched
  }
});

export function currentLang(): Lang {
  return i18n.language === 'en' ? 'en' : 'ru';
}

export default i18n;
