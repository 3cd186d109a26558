/**
 * PY-1 sums as the resident types them, the Russian way: roubles with a space between thousands and a decimal comma
 * («1 234,56»; a point and no spaces are taken too), turned into whole kopecks without going through a float, and
 * back. payment-service decides (a line's sum more than 0, the total under the utility's limit); these checks only
 * spare the round trip.
 */
export type AmountProblem = 'format' | 'tooManyDecimals' | 'zero' | 'tooLarge';

/** The largest line sum payment-service takes (PaymentLineRequest.amountKopecks' maximum). */
export const MAX_LINE_KOPECKS = 10_000_000_000;

/** Kopecks of a typed sum; null for an empty field (the line is not paid), a problem when it is not a sum. */
export function parseRoubles(typed: string): { kopecks: number } | { problem: AmountProblem } | null {
  // spaces of any kind (a copied «1 234,56» carries a no-break or narrow no-break space) group thousands
  const text = typed.replace(/[\s\u00a0\u202f]/g, '').replace(/₽|руб\.?|р\.?$/giu, '');
  if (text === '') return null;
  const match = /^(\d+)(?:[.,](\d*))?$/.exec(text);
  if (!match) return { problem: 'format' };
  const [, roubles, fraction = ''] = match;
  if (fraction.length > 2) return { problem: 'tooManyDecimals' };
  if (roubles.length > 12) return { problem: 'tooLarge' };
  const kopecks = Number(roubles) * 100 + Number(fraction.padEnd(2, '0'));
  if (kopecks === 0) return { problem: 'zero' };
  if (kopecks > MAX_LINE_KOPECKS) return { problem: 'tooLarge' };
  return { kopecks };
}

/** 157200 -> «1 572,00» for a field (plain spaces, easy to edit); in English «1572.00». */
export function kopecksToInput(kopecks: number, lang: 'ru' | 'en' = 'ru'): string {
  const roubles = Math.floor(kopecks / 100);
  const rest = String(kopecks % 100).padStart(2, '0');
  if (lang === 'en') return `${roubles}.${rest}`;
  return `${String(roubles).replace(/\B(?=(\d{3})+(?!\d))/g, ' ')},${rest}`;
}
