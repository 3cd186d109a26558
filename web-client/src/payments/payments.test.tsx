// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { MemoryRouter, Route, Routes } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

// The API client captures fetch/Request when it is created: the fake gateway goes in before any import runs.
const server = await vi.hoisted(async () => (await import('../test/fakeServer')).installFakeServer());

import i18n from '../i18n';
import { SessionProvider } from '../session/SessionProvider';
import { browser } from './browser';
import { HistoryPage, PAGE_SIZE } from './HistoryPage';
import type { LineBalance, PaymentView } from './model';
import { PayPage } from './PayPage';
import { PaymentResultPage, PaymentReturn, polling } from './PaymentResultPage';

const json = (status: number, body: unknown, type = 'application/json') =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': type } });
const problem = (status: number, slug: string, detail: string, errors?: { field: string; message: string }[]) =>
  json(status, { type: `https://kabinet.dev/problems/${slug}`, title: 'x', status, detail, errors, traceId: 'trace-1' }, 'application/problem+json');

const NUMBER = '1000000011';
/** Intl writes money with no-break spaces; the expectations with plain ones. */
const text = (node: Element | null) => (node?.textContent ?? '').replace(/[\u00a0\u202f]/g, ' ');
const ID = '0193f0a8-6c2e-7b4a-9d1e-5f2a3b4c5d6e';

function line(code: string, name: string, debtKopecks: number, overpaymentKopecks = 0): LineBalance {
  return {
    code,
    name,
    service: 'ELECTRICITY',
    kind: 'CONSUMPTION',
    period: '2026-10',
    openingKopecks: 0,
    chargesKopecks: debtKopecks,
    recalculationsKopecks: 0,
    paymentsKopecks: 0,
    closingKopecks: debtKopecks - overpaymentKopecks,
    debtKopecks,
    overpaymentKopecks,
  };
}

const lines = [line('EL', 'Электроэнергия', 157200), line('EL_ODN', 'Электроэнергия ОДН', 4530), line('GAS', 'Газ', 0, 10000)];

function payment(status: PaymentView['status'], extra: Partial<PaymentView> = {}): PaymentView {
  return {
    id: ID,
    accountNumber: NUMBER,
    amountKopecks: 161730,
    status,
    channel: 'CARD',
    createdAt: '2026-11-29T10:00:00Z',
    lines: [
      { lineCode: 'EL', amountKopecks: 157200 },
      { lineCode: 'EL_ODN', amountKopecks: 4530 },
    ],
    formUrl: status === 'SENT' ? 'http://localhost:8088/payment/merchants/kabinet/payment_ru.html?mdOrder=o-1' : null,
    expiresAt: null,
    paidAt: status === 'CONFIRMED' || status === 'ACCOUNTED' ? '2026-11-29T10:03:00Z' : null,
    ...extra,
  };
}

/** The gateway: the session, billing's balances, the account record, no meters; payments by `payments`. */
let payments: (request: Request, url: URL) => Response | undefined = () => undefined;
function gateway(request: Request): Response {
  const url = new URL(request.url);
  if (url.pathname === '/bff/session') {
    return json(200, { authenticated: true, username: 'ivanova', name: 'Иванова А. С.', accounts: [NUMBER] });
  }
  if (url.pathname.endsWith('/balances')) return json(200, { accountNumber: NUMBER, lines });
  if (url.pathname === `/api/account/v1/accounts/${NUMBER}`) {
    return json(200, { number: NUMBER, ownerName: 'Иванова Анна Сергеевна', email: 'ivanova@kabinet.local', phone: '+79160000011' });
  }
  if (url.pathname.endsWith('/refunds')) {
    return json(200, { refundableKopecks: 0, refundableUntil: null, refusal: 'refund-not-allowed', requests: [] });
  }
  if (url.pathname.startsWith('/api/payment/')) return payments(request, url) ?? new Response(null, { status: 404 });
  if (url.pathname.startsWith('/api/metering/')) return json(200, []);
  return new Response(null, { status: 404 });
}

function renderAt(path: string) {
  render(
    <SessionProvider>
      <MemoryRouter initialEntries={[path]}>
        <Routes>
          <Route path="/accounts/:number/pay" element={<PayPage />} />
          <Route path="/accounts/:number/payments" element={<HistoryPage />} />
          <Route path="/accounts/:number/payments/:id" element={<PaymentResultPage />} />
          <Route path="/payments/return" element={<PaymentReturn />} />
        </Routes>
      </MemoryRouter>
    </SessionProvider>,
  );
}

const paymentPosts = () => server.requests.filter((r) => r.method === 'POST' && new URL(r.url).pathname.endsWith('/payments'));

describe('PY-1, PY-2 the payment form', () => {
  const assign = vi.fn();
  beforeEach(async () => {
    server.requests.length = 0;
    server.respond = gateway;
    payments = () => undefined;
    document.cookie = 'XSRF-TOKEN=token-123';
    browser.assign = assign;
    assign.mockReset();
    await i18n.changeLanguage('ru');
  });
  afterEach(cleanup);

  it("suggests each line's debt and the payer on record, shows the bank details and terms", async () => {
    renderAt(`/accounts/${NUMBER}/pay`);
    const el = (await screen.findByLabelText('Электроэнергия')) as HTMLInputElement;
    expect(el.value).toBe('1 572,00');
    expect((screen.getByLabelText('Электроэнергия ОДН') as HTMLInputElement).value).toBe('45,30');
    expect((screen.getByLabelText('Газ') as HTMLInputElement).value).toBe('');
    expect(screen.getByText(/^Переплата: 100,00.₽\. Можно внести аванс\.$/)).toBeTruthy();
    expect(text(screen.getByTestId('payment-total'))).toBe('Итого к оплате: 1 617,30 ₽');
    expect((screen.getByLabelText('Фамилия, имя и отчество плательщика') as HTMLInputElement).value).toBe('Иванова Анна Сергеевна');
    expect((screen.getByLabelText('Мобильный телефон для чека') as HTMLInputElement).value).toBe('9160000011');
    expect(screen.getByText('Комиссия не взимается.')).toBeTruthy();
    expect(screen.getByText(/от 1 минуты до 24 часов/)).toBeTruthy();
    expect(within(screen.getByTestId('utility-details')).getByText('БИК')).toBeTruthy();

    // an advance on the line without debt counts into the total
    fireEvent.change(screen.getByLabelText('Газ'), { target: { value: '500' } });
    expect(text(screen.getByTestId('payment-total'))).toBe('Итого к оплате: 2 117,30 ₽');
  });

  it('MT-8 a reading given on the pay page reaches metering with the channel PAYMENT', async () => {
    const meter = {
      id: 101,
      serialNumber: 'ЭМ-101-2020',
      service: 'ELECTRICITY',
      zones: ['T1'],
      digitCapacity: 6,
      decimals: 1,
      remote: false,
      retired: false,
      verificationDue: '2031-06-30',
      lastAccepted: null,
      manualReadingRefusal: null,
      lastReading: null,
    };
    server.respond = (request) => {
      const url = new URL(request.url);
      if (url.pathname === `/api/metering/v1/accounts/${NUMBER}/meters`) return json(200, [meter]);
      if (url.pathname === `/api/metering/v1/accounts/${NUMBER}/meters/101/readings` && request.method === 'POST') {
        return json(201, {
          id: '0b7f4b1e-3a5c-4a3e-8f0e-2d1c9e8a7b60',
          meterId: 101,
          accountNumber: NUMBER,
          values: { T1: '12346.0' },
          status: 'IN_PROCESSING',
          channel: 'PAYMENT',
          submittedAt: '2026-11-22T10:00:00Z',
        });
      }
      return gateway(request);
    };
    renderAt(`/accounts/${NUMBER}/pay`);
    fireEvent.change(await screen.findByLabelText('Показание'), { target: { value: '12346' } });
    fireEvent.click(screen.getByRole('button', { name: 'Передать показания' }));

    await waitFor(() =>
      expect(server.requests.filter((r) => r.method === 'POST' && new URL(r.url).pathname.endsWith('/readings'))).toHaveLength(1),
    );
    const [request] = server.requests.filter((r) => r.method === 'POST' && new URL(r.url).pathname.endsWith('/readings'));
    expect(await request.json()).toEqual({ values: { T1: '12346.0' }, channel: 'PAYMENT' });
    expect(paymentPosts()).toHaveLength(0);
  });

  it('says what is wrong next to each field and sends nothing', async () => {
    renderAt(`/accounts/${NUMBER}/pay`);
    fireEvent.change(await screen.findByLabelText('Электроэнергия'), { target: { value: '12,345' } });
    fireEvent.change(screen.getByLabelText('Электронная почта для чека'), { target: { value: '' } });
    fireEvent.change(screen.getByLabelText('Мобильный телефон для чека'), { target: { value: '' } });
    fireEvent.click(screen.getByRole('button', { name: 'Перейти к оплате картой' }));

    expect((await screen.findByTestId('error-line.EL')).textContent).toContain('не больше двух цифр');
    expect(screen.getByTestId('error-contact').textContent).toContain('электронную почту или телефон');
    expect(screen.getByTestId('error-consent')).toBeTruthy();
    expect(screen.getByLabelText('Электроэнергия').getAttribute('aria-invalid')).toBe('true');
    expect(document.activeElement).toBe(screen.getByLabelText('Электроэнергия'));
    expect(paymentPosts()).toHaveLength(0);
  });

  it('creates the payment with an Idempotency-Key, repeats the key after a silent bank, then goes to the bank', async () => {
    let attempt = 0;
    payments = (request) => {
      if (request.method !== 'POST') return undefined;
      attempt += 1;
      return attempt === 1
        ? problem(503, 'payment-provider-unavailable', 'Банк не ответил. Попробуйте позже.')
        : json(201, payment('SENT'));
    };
    renderAt(`/accounts/${NUMBER}/pay`);
    fireEvent.change(await screen.findByLabelText('Газ'), { target: { value: '1 000,5' } });
    fireEvent.click(screen.getByLabelText(/Я соглашаюсь/));
    fireEvent.click(screen.getByRole('button', { name: 'Перейти к оплате картой' }));

    expect((await screen.findByTestId('payment-form-error')).textContent).toContain('Банк не ответил');
    fireEvent.click(screen.getByRole('button', { name: 'Перейти к оплате картой' }));
    await waitFor(() => expect(assign).toHaveBeenCalledWith(payment('SENT').formUrl));

    const [first, second] = paymentPosts();
    expect(new URL(first.url).pathname).toBe(`/api/payment/v1/accounts/${NUMBER}/payments`);
    expect(first.headers.get('Idempotency-Key')).toMatch(/^[A-Za-z0-9_-]{8,64}$/);
    expect(second.headers.get('Idempotency-Key')).toBe(first.headers.get('Idempotency-Key'));
    expect(first.headers.get('X-XSRF-TOKEN')).toBe('token-123');
    expect(await second.clone().json()).toEqual({
      lines: [
        { lineCode: 'EL', amountKopecks: 157200 },
        { lineCode: 'EL_ODN', amountKopecks: 4530 },
        { lineCode: 'GAS', amountKopecks: 100050 },
      ],
      payer: { name: 'Иванова Анна Сергеевна', email: 'ivanova@kabinet.local', phone: '+79160000011' },
      consent: true,
    });
  });

  it("shows payment-service's field problems next to the fields and uses a new key for the corrected request", async () => {
    payments = (request) =>
      request.method === 'POST'
        ? problem(422, 'payment-invalid', 'Проверьте платёж.', [{ field: 'lines[1].amountKopecks', message: 'Сумма больше допустимой' }])
        : undefined;
    renderAt(`/accounts/${NUMBER}/pay`);
    await screen.findByLabelText('Электроэнергия');
    fireEvent.click(screen.getByLabelText(/Я соглашаюсь/));
    fireEvent.click(screen.getByRole('button', { name: 'Перейти к оплате картой' }));
    expect((await screen.findByTestId('error-line.EL_ODN')).textContent).toBe('Сумма больше допустимой');
    expect(screen.queryByTestId('payment-form-error')).toBeNull();

    fireEvent.click(screen.getByRole('button', { name: 'Перейти к оплате картой' }));
    await waitFor(() => expect(paymentPosts()).toHaveLength(2));
    const [first, second] = paymentPosts();
    expect(second.headers.get('Idempotency-Key')).not.toBe(first.headers.get('Idempotency-Key'));
  });

  it("starts a new try with the failed payment's sums", async () => {
    payments = (_request, url) => (url.pathname.endsWith(`/payments/${ID}`) ? json(200, payment('DECLINED', { lines: [{ lineCode: 'GAS', amountKopecks: 30000 }] })) : undefined);
    renderAt(`/accounts/${NUMBER}/pay?again=${ID}`);
    expect(((await screen.findByLabelText('Газ')) as HTMLInputElement).value).toBe('300,00');
    expect((screen.getByLabelText('Электроэнергия') as HTMLInputElement).value).toBe('');
  });
});

describe('PY-3, PY-4 back from the bank', () => {
  beforeEach(async () => {
    server.requests.length = 0;
    server.respond = gateway;
    document.cookie = 'XSRF-TOKEN=token-123';
    polling.intervalMs = 20;
    await i18n.changeLanguage('ru');
  });
  afterEach(cleanup);

  it('shows «в обработке» after asking the bank, then «оплачено» once billing counted it', async () => {
    let gets = 0;
    payments = (request, url) => {
      if (request.method === 'POST' && url.pathname.endsWith('/return')) return json(200, payment('CONFIRMED'));
      if (request.method === 'GET') {
        gets += 1;
        return json(200, payment(gets < 2 ? 'CONFIRMED' : 'ACCOUNTED'));
      }
      return undefined;
    };
    renderAt(`/payments/return?account=${NUMBER}&payment=${ID}&orderId=o-1&lang=ru`);
    expect((await screen.findByTestId('payment-status')).textContent).toBe('в обработке');
    expect(screen.getByTestId('payment-result-title').textContent).toBe('Платёж в обработке');
    expect(text(screen.getByTestId('payment-result-sum'))).toBe('1 617,30 ₽');
    await waitFor(() => expect(screen.getByTestId('payment-status').textContent).toBe('оплачено'));
    expect(screen.getByTestId('payment-result-title').textContent).toBe('Оплачено');
    const returns = server.requests.filter((r) => new URL(r.url).pathname.endsWith('/return'));
    expect(returns).toHaveLength(1);
    expect(new URL(returns[0].url).pathname).toBe(`/api/payment/v1/accounts/${NUMBER}/payments/${ID}/return`);
  });

  it('shows the decline with a way to try again', async () => {
    payments = (request) => (request.method === 'POST' ? json(200, payment('DECLINED')) : undefined);
    renderAt(`/payments/return?account=${NUMBER}&payment=${ID}&failed=true&orderId=o-1&lang=ru`);
    expect((await screen.findByTestId('payment-status')).textContent).toBe('отклонён');
    expect(screen.getByTestId('payment-result-text').textContent).toContain('деньги не списаны');
    expect(screen.getByTestId('payment-try-again').getAttribute('href')).toBe(`/accounts/${NUMBER}/pay?again=${ID}`);
  });

  it('keeps asking while the bank has not said, then offers its page again', async () => {
    polling.openForMs = 100;
    payments = (request) => (request.method === 'POST' ? json(200, payment('SENT')) : undefined);
    renderAt(`/accounts/${NUMBER}/payments/${ID}`);
    expect((await screen.findByTestId('payment-result-text')).textContent).toContain('Ждём ответа банка');
    const back = await screen.findByRole('link', { name: 'Вернуться на страницу банка' }, { timeout: 3000 });
    expect(back.getAttribute('href')).toBe(payment('SENT').formUrl);
    expect(server.requests.filter((r) => r.method === 'POST').length).toBeGreaterThan(1);
    polling.openForMs = 60_000;
  });
});

describe('PY-5 payment history', () => {
  beforeEach(async () => {
    server.requests.length = 0;
    server.respond = gateway;
    await i18n.changeLanguage('ru');
  });
  afterEach(cleanup);

  const many = (n: number, status: PaymentView['status'] = 'ACCOUNTED') =>
    Array.from({ length: n }, (_, i) => payment(status, { id: `0193f0a8-6c2e-7b4a-9d1e-${String(i).padStart(12, '0')}`, createdAt: '2026-10-15T10:00:00Z', paidAt: '2026-10-15T10:01:00Z' }));

  it('lists the period with statuses and channels, pages on, and sums the paid months in a chart with its table', { timeout: 20_000 }, async () => {
    payments = (_request, url) => {
      const statuses = url.searchParams.getAll('status');
      if (statuses.length > 0) return json(200, many(3));
      const page = Number(url.searchParams.get('page'));
      return json(200, page === 0 ? many(PAGE_SIZE) : [payment('DECLINED', { channel: 'POST' })]);
    };
    renderAt(`/accounts/${NUMBER}/payments?from=2026-09-01&to=2026-11-30`);
    expect(await screen.findAllByTestId('payment-row')).toHaveLength(PAGE_SIZE);
    expect(screen.getAllByText('оплачено').length).toBe(PAGE_SIZE);
    expect(screen.getAllByText('Картой онлайн').length).toBe(PAGE_SIZE);

    // the chart's module (Recharts) loads lazily: give the first import time
    const table = await screen.findByTestId('payments-by-month', {}, { timeout: 15_000 });
    const rows = within(table).getAllByRole('row');
    expect(rows.map((r) => text(r))).toEqual([
      'МесяцОплачено',
      'сентябрь 20260,00 ₽',
      'октябрь 20264 851,90 ₽',
      'ноябрь 20260,00 ₽',
      'Итого за период4 851,90 ₽',
    ]);
    expect(screen.getByRole('img', { name: /оплачено 4.851,90.₽ за 3 мес/ })).toBeTruthy();
    const chartQuery = server.requests.map((r) => new URL(r.url)).find((u) => u.searchParams.has('status'))!;
    expect(chartQuery.searchParams.getAll('status')).toEqual(['CONFIRMED', 'ACCOUNTED']);
    expect(chartQuery.searchParams.get('from')).toBe('2026-09-01');

    fireEvent.click(screen.getByRole('button', { name: 'Дальше' }));
    await waitFor(() => expect(screen.getAllByTestId('payment-row')).toHaveLength(1));
    expect(screen.getByText('На почте')).toBeTruthy();
    expect(screen.getByText('отклонён')).toBeTruthy();
    expect((screen.getByRole('button', { name: 'Дальше' }) as HTMLButtonElement).disabled).toBe(true);
  });

  it('refuses a period that ends before it starts and says when there are no payments', async () => {
    payments = () => json(200, []);
    renderAt(`/accounts/${NUMBER}/payments?from=2026-09-01&to=2026-11-30`);
    expect(await screen.findByText('Платежей за этот период нет')).toBeTruthy();
    fireEvent.change(screen.getByLabelText('С'), { target: { value: '2026-12-01' } });
    fireEvent.click(screen.getByRole('button', { name: 'Показать' }));
    expect((await screen.findByTestId('error-to')).textContent).toBe('Конец периода раньше начала');
  });
});
