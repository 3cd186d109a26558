import type { TFunction } from 'i18next';
import type { Lang } from '../format';

/** AC-1: an area as the API sends it (a decimal string or a number, m²) or null when the record has none. */
export type Area = string | number | null | undefined;

const areaFormats = new Map<Lang, Intl.NumberFormat>();

function areaFormat(lang: Lang): Intl.NumberFormat {
  let format = areaFormats.get(lang);
  if (!format) {
    format = new Intl.NumberFormat(lang === 'en' ? 'en-GB' : 'ru-RU', {
      minimumFractionDigits: 1,
      maximumFractionDigits: 2,
    });
    areaFormats.set(lang, format);
  }
  return format;
}

/** "3120.5" -> "3 120,5 м²" (ru, no-break spaces) or "3,120.5 m²" (en); null when there is no area. */
export function formatArea(value: Area, lang: Lang = 'ru'): string | null {
  if (value === null || value === undefined || String(value).trim() === '') return null;
  const number = typeof value === 'number' ? value : Number(String(value).trim().replace(',', '.'));
  if (!Number.isFinite(number)) return String(value);
  return `${areaFormat(lang).format(number)}\u00a0${lang === 'en' ? 'm²' : 'м²'}`;
}

/** "+79161234567" -> "+7 916 123-45-67"; other numbers are shown as given. */
export function formatPhone(phone: string): string {
  const match = /^\+7(\d{3})(\d{3})(\d{2})(\d{2})$/.exec(phone.trim());
  return match ? `+7\u00a0${match[1]}\u00a0${match[2]}-${match[3]}-${match[4]}` : phone;
}

export interface PropertyFacts {
  flatNumber: string | null;
  totalArea: Area;
  houseArea: Area;
  rooms: number | null;
  residents: number | null;
}

/**
 * AC-1 side panel: "Квартира 12, 2 комнаты, 54,3 м² из 3 120,0 м² дома, зарегистрировано 3 человека".
 * Plurals come from i18next's `_one/_few/_many` keys, chosen by Intl.PluralRules for the UI language.
 */
export function describeProperty(facts: PropertyFacts, lang: Lang, t: TFunction): string {
  const parts: string[] = [];
  parts.push(facts.flatNumber ? t('account.describe.flat', { number: facts.flatNumber }) : t('account.describe.house'));
  if (facts.rooms !== null && facts.rooms !== undefined) parts.push(t('account.describe.rooms', { count: facts.rooms }));
  const flatArea = formatArea(facts.totalArea, lang);
  const houseArea = formatArea(facts.houseArea, lang);
  if (flatArea && houseArea) parts.push(t('account.describe.areaOfHouse', { area: flatArea, houseArea }));
  else if (flatArea) parts.push(flatArea);
  else if (houseArea) parts.push(t('account.describe.houseOnly', { houseArea }));
  if (facts.residents !== null && facts.residents !== undefined) {
    parts.push(t('account.describe.residents', { count: facts.residents }));
  }
  return parts.join(', ');
}
