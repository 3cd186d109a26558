/** UX-4: Russian formats — dates ДД.ММ.ГГГГ, decimal comma, roubles from kopecks. */
export type Lang = 'ru' | 'en';

const localeOf = (lang: Lang) => (lang === 'en' ? 'en-GB' : 'ru-RU');

const moneyFormats = new Map<Lang, Intl.NumberFormat>();

/** 123456 kopecks -> "1 234,56 ₽" (Russian grouping uses a no-break space). */
export function formatKopecks(kopecks: number, lang: Lang = 'ru'): string {
  let format = moneyFormats.get(lang);
  if (!format) {
    format = new Intl.NumberFormat(localeOf(lang), { style: 'currency', currency: 'RUB' });
    moneyFormats.set(lang, format);
  }
  return format.format(kopecks / 100);
}

const pad = (n: number) => String(n).padStart(2, '0');

function toDate(value: string | Date): Date | null {
  const date = value instanceof Date ? value : new Date(value);
  return Number.isNaN(date.getTime()) ? null : date;
}

/** "2026-03-05" or an ISO instant -> "05.03.2026" in the browser's time zone. */
export function formatDate(value: string | Date): string {
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) {
    const [y, m, d] = value.split('-');
    return `${d}.${m}.${y}`;
  }
  const date = toDate(value);
  if (!date) return String(value);
  return `${pad(date.getDate())}.${pad(date.getMonth() + 1)}.${date.getFullYear()}`;
}

/** ISO instant -> "05.03.2026 14:07" in the browser's time zone. */
export function formatDateTime(value: string | Date): string {
  const date = toDate(value);
  if (!date) return String(value);
  return `${formatDate(date)} ${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/**
 * A decimal string as sent by the API ("12345.6") -> "12 345,6" (ru) or "12,345.6" (en),
 * keeping exactly the digits given (no rounding, no float conversion).
 */
export function formatDecimal(value: string | number, lang: Lang = 'ru'): string {
  const text = String(value).trim();
  const match = /^(-?)(\d+)(?:[.,](\d+))?$/.exec(text);
  if (!match) return text;
  const [, sign, integer, fraction] = match;
  const groupSeparator = lang === 'en' ? ',' : '\u00a0';
  const decimalSeparator = lang === 'en' ? '.' : ',';
  const grouped = integer.replace(/\B(?=(\d{3})+(?!\d))/g, groupSeparator);
  return sign + grouped + (fraction !== undefined ? decimalSeparator + fraction : '');
}
