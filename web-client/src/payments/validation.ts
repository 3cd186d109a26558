import { isEmail, normalisePhone } from '../preferences/validation';
import { parseRoubles, type AmountProblem } from './money';

/**
 * PY-1, PY-2 checks as the resident fills the payment form, the rules payment-service applies (it decides): at least
 * one line with a sum, each sum a positive amount of roubles and kopecks, the payer's name, an e-mail and/or a
 * mobile phone for the e-receipt, the consent.
 */
export interface PaymentInput {
  /** Typed sums by charge line code, in the receipt's order. */
  amounts: Record<string, string>;
  name: string;
  email: string;
  phone: string;
  consent: boolean;
}

/** Field keys: `line.<code>` for a line's sum, `lines` for the whole, then the payer's fields. */
export type PaymentIssues = Record<string, string>;

const amountMessages: Record<AmountProblem, string> = {
  format: 'payments.error.amountFormat',
  tooManyDecimals: 'payments.error.amountDecimals',
  zero: 'payments.error.amountZero',
  tooLarge: 'payments.error.amountLarge',
};

export interface PaymentRequestBody {
  lines: { lineCode: string; amountKopecks: number }[];
  payer: { name: string; email: string | null; phone: string | null };
  consent: boolean;
}

/** The issues (i18n keys by field) and, when there are none, the request body. */
export function validatePayment(input: PaymentInput): { issues: PaymentIssues; body?: PaymentRequestBody } {
  const issues: PaymentIssues = {};
  const lines: PaymentRequestBody['lines'] = [];
  for (const [code, typed] of Object.entries(input.amounts)) {
    const parsed = parseRoubles(typed);
    if (parsed === null) continue;
    if ('problem' in parsed) issues[`line.${code}`] = amountMessages[parsed.problem];
    else lines.push({ lineCode: code, amountKopecks: parsed.kopecks });
  }
  if (lines.length === 0 && Object.keys(issues).length === 0) issues.lines = 'payments.error.noLines';

  const name = input.name.trim().replace(/\s+/g, ' ');
  if (name === '') issues.name = 'payments.error.name';
  else if (name.length > 200) issues.name = 'payments.error.nameLong';

  const email = input.email.trim();
  const phone = input.phone.trim();
  const e164 = phone === '' ? null : normalisePhone(phone);
  if (email !== '' && !isEmail(email)) issues.email = 'payments.error.email';
  if (phone !== '' && e164 === null) issues.phone = 'payments.error.phone';
  if (email === '' && phone === '') issues.contact = 'payments.error.contact';
  if (!input.consent) issues.consent = 'payments.error.consent';

  if (Object.keys(issues).length > 0) return { issues };
  return {
    issues,
    body: { lines, payer: { name, email: email === '' ? null : email, phone: e164 }, consent: true },
  };
}

/** The sum of the lines typed so far that are sums (for the total shown under them). */
export function totalKopecks(amounts: Record<string, string>): number {
  return Object.values(amounts).reduce((sum, typed) => {
    const parsed = parseRoubles(typed);
    return parsed !== null && 'kopecks' in parsed ? sum + parsed.kopecks : sum;
  }, 0);
}

/**
 * Where a field problem of payment-service goes on the form: `lines[1].amountKopecks` to that line's sum,
 * `payer.name` to the name, `payer.emailOrPhone` to the contact pair, `consent` to the checkbox.
 */
export function fieldOfProblem(field: string, codes: string[]): string {
  const line = /^lines\[(\d+)\]/.exec(field);
  if (line) {
    const code = codes[Number(line[1])];
    return code ? `line.${code}` : 'lines';
  }
  if (field.startsWith('lines')) return 'lines';
  if (field === 'payer.name') return 'name';
  if (field === 'payer.email') return 'email';
  if (field === 'payer.phone') return 'phone';
  if (field.startsWith('payer')) return 'contact';
  if (field === 'consent') return 'consent';
  return '';
}

/**
 * The Idempotency-Key of a submission (ADR 0022: 8–64 of A-Za-z0-9_-): the same key while the resident retries the
 * same request after the answer was lost or the bank was silent, a new one once the request changed or was answered.
 */
export class SubmissionKeys {
  private last: { key: string; fingerprint: string } | null = null;

  keyFor(body: PaymentRequestBody): string {
    const fingerprint = JSON.stringify(body);
    if (this.last?.fingerprint !== fingerprint) this.last = { key: newKey(), fingerprint };
    return this.last.key;
  }

  /** The submission was answered for good (created, or refused): the next one is another payment. */
  settled(): void {
    this.last = null;
  }
}

function newKey(): string {
  if (typeof crypto !== 'undefined' && typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}
