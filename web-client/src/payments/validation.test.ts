import { describe, expect, it } from 'vitest';
import { kopecksToInput, parseRoubles } from './money';
import { fieldOfProblem, SubmissionKeys, totalKopecks, validatePayment, type PaymentInput } from './validation';

const valid: PaymentInput = {
  amounts: { EL: '1 572,00', EL_ODN: '', GAS: '' },
  name: ' Иванова  Анна Сергеевна ',
  email: 'ivanova@kabinet.local',
  phone: '',
  consent: true,
};

describe('PY-1 sums typed the Russian way', () => {
  it('reads roubles with spaces and a decimal comma as whole kopecks', () => {
    expect(parseRoubles('1 234,56')).toEqual({ kopecks: 123456 });
    expect(parseRoubles('1\u00a0234,5')).toEqual({ kopecks: 123450 });
    expect(parseRoubles('1\u202f234 ₽')).toEqual({ kopecks: 123400 });
    expect(parseRoubles('0,01')).toEqual({ kopecks: 1 });
    expect(parseRoubles('1234.56')).toEqual({ kopecks: 123456 });
    expect(parseRoubles('1234,')).toEqual({ kopecks: 123400 });
    // no float on the way: 0.29 * 100 would be 28.999…
    expect(parseRoubles('0,29')).toEqual({ kopecks: 29 });
    expect(parseRoubles('  ')).toBeNull();
  });

  it('refuses what is not a sum', () => {
    expect(parseRoubles('12,345')).toEqual({ problem: 'tooManyDecimals' });
    expect(parseRoubles('-5')).toEqual({ problem: 'format' });
    expect(parseRoubles('1,2,3')).toEqual({ problem: 'format' });
    expect(parseRoubles('abc')).toEqual({ problem: 'format' });
    expect(parseRoubles('0,00')).toEqual({ problem: 'zero' });
    expect(parseRoubles('100 000 000,01')).toEqual({ problem: 'tooLarge' });
  });

  it('writes kopecks back for a field', () => {
    expect(kopecksToInput(157200)).toBe('1 572,00');
    expect(kopecksToInput(5)).toBe('0,05');
    expect(kopecksToInput(123456789)).toBe('1 234 567,89');
    expect(kopecksToInput(157200, 'en')).toBe('1572.00');
  });

  it('adds up the lines that are sums', () => {
    expect(totalKopecks({ EL: '1 572,00', GAS: '10,5', X: 'abc', Y: '' })).toBe(158250);
  });
});

describe('PY-1, PY-2 the payment form rules', () => {
  it('builds the request of the lines with a sum and the payer', () => {
    const { issues, body } = validatePayment({ ...valid, phone: '8 (916) 000-00-11' });
    expect(issues).toEqual({});
    expect(body).toEqual({
      lines: [{ lineCode: 'EL', amountKopecks: 157200 }],
      payer: { name: 'Иванова Анна Сергеевна', email: 'ivanova@kabinet.local', phone: '+79160000011' },
      consent: true,
    });
  });

  it('asks for a sum, a name, a contact and the consent', () => {
    const { issues, body } = validatePayment({ amounts: { EL: '', GAS: '' }, name: ' ', email: '', phone: '', consent: false });
    expect(body).toBeUndefined();
    expect(issues).toEqual({
      lines: 'payments.error.noLines',
      name: 'payments.error.name',
      contact: 'payments.error.contact',
      consent: 'payments.error.consent',
    });
  });

  it('puts a bad sum, e-mail or phone next to its field', () => {
    const { issues } = validatePayment({ ...valid, amounts: { EL: '12,345', GAS: '0' }, email: 'ivanova@', phone: '123' });
    expect(issues).toEqual({
      'line.EL': 'payments.error.amountDecimals',
      'line.GAS': 'payments.error.amountZero',
      email: 'payments.error.email',
      phone: 'payments.error.phone',
    });
  });

  it("maps payment-service's field problems to the form's fields", () => {
    const codes = ['EL', 'GAS'];
    expect(fieldOfProblem('lines[1].amountKopecks', codes)).toBe('line.GAS');
    expect(fieldOfProblem('lines', codes)).toBe('lines');
    expect(fieldOfProblem('payer.name', codes)).toBe('name');
    expect(fieldOfProblem('payer.emailOrPhone', codes)).toBe('contact');
    expect(fieldOfProblem('consent', codes)).toBe('consent');
    expect(fieldOfProblem('somethingElse', codes)).toBe('');
  });
});

describe('PY-3 Idempotency-Key per submission', () => {
  it('repeats the key while the same request is retried and makes a new one otherwise', () => {
    const keys = new SubmissionKeys();
    const body = validatePayment(valid).body!;
    const first = keys.keyFor(body);
    expect(first).toMatch(/^[A-Za-z0-9_-]{8,64}$/);
    expect(keys.keyFor(structuredClone(body))).toBe(first);
    const changed = keys.keyFor({ ...body, lines: [{ lineCode: 'EL', amountKopecks: 100 }] });
    expect(changed).not.toBe(first);
    keys.settled();
    expect(keys.keyFor({ ...body, lines: [{ lineCode: 'EL', amountKopecks: 100 }] })).not.toBe(changed);
  });
});
