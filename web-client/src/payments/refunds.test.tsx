// @vitest-environment jsdom
import { cleanup, configure, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { MemoryRouter, Route, Routes } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

// The API client captures fetch/Request when it is created: the fake gateway goes in before any import runs.
const server = await vi.hoisted(async () => (await import('../test/fakeServer')).installFakeServer());

import i18n from '../i18n';
import { OperatorRefundsPage } from '../operator/refunds/OperatorRefundsPage';
import { SessionProvider } from '../session/SessionProvider';
import { FiscalReceiptPage } from './FiscalReceiptPage';
import { PaymentSecurityPage, PaymentTermsPage } from './InfoPages';
import type { PaymentView } from './model';
import { PaymentResultPage } from './PaymentResultPage';
import type { RefundView, RefundsView } from './refundModel';

// a loaded build machine renders slowly: wait longer than the default second for the page to come
configure({ asyncUtilTimeout: 5000 });
vi.setConfig({ testTimeout: 20_000 });

const json = (status: number, body: unknown, type = 'application/json') =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': type } });
const problem = (status: number, slug: string, detail: string, errors?: { field: string; message: string }[]) =>
  json(status, { type: `https://kabinet.dev/problems/${slug}`, title: 'x', status, detail, errors, traceId: 't' }, 'application/problem+json');
const text = (node: Element | null) => (node?.textContent ?? '').replace(/[\u00a0\u202f]/g, ' ');

const NUMBER = '1000000011';
const ID = '0193f0a8-6c2e-7b4a-9d1e-5f2a3b4c5d6e';
const REFUND_ID = '11111111-2222-3333-4444-555555555555';

const paid: PaymentView = {
  id: ID,
  accountNumber: NUMBER,
  amountKopecks: 162200,
  status: 'ACCOUNTED',
  channel: 'CARD',
  createdAt: '2026-11-29T10:00:00Z',
  lines: [
    { lineCode: 'EL', amountKopecks: 157200 },
    { lineCode: 'EL_PENALTY', amountKopecks: 5000 },
  ],
  paidAt: '2026-11-29T10:03:00Z',
  formUrl: null,
  expiresAt: null,
};

function refund(status: RefundView['status'], extra: Partial<RefundView> = {}): RefundView {
  return {
    id: REFUND_ID,
    paymentId: ID,
    accountNumber: NUMBER,
    amountKopecks: 157200,
    reason: 'Оплатила дважды',
    status,
    requestedAt: '2026-11-29T11:00:00Z',
    decidedAt: null,
    decidedBy: null,
    decisionNote: null,
    refundedAt: null,
    ...extra,
  };
}

let refunds: RefundsView = { refundableKopecks: 157200, refundableUntil: '2026-12-29T10:03:00Z', refusal: null, requests: [] };
let answerPost: (request: Request) => Response | Promise<Response> = () => json(201, refund('REFUND_REQUESTED'));
let queue: RefundView[] = [];

function gateway(request: Request): Response | Promise<Response> {
  const url = new URL(request.url);
  if (url.pathname === '/bff/session') {
    return json(200, { authenticated: true, username: 'ivanova', name: 'Иванова А. С.', accounts: [NUMBER] });
  }
  if (url.pathname.endsWith('/balances')) return json(200, { accountNumber: NUMBER, lines: [] });
  if (url.pathname.endsWith(`/payments/${ID}/refunds`)) {
    return request.method === 'POST' ? answerPost(request) : json(200, refunds);
  }
  if (url.pathname.endsWith(`/payments/${ID}`) || url.pathname.endsWith(`/payments/${ID}/return`)) return json(200, paid);
  if (url.pathname === '/api/payment/v1/operator/refunds') return json(200, queue);
  if (url.pathname.startsWith('/api/payment/v1/operator/refunds/')) {
    return json(200, refund(url.pathname.endsWith('/approve') ? 'REFUNDED' : 'REFUND_REJECTED'));
  }
  if (url.pathname === `/api/payment/v1/fiscal-receipts/${ID}`) {
    return json(200, {
      paymentId: ID,
      operation: 'Приход',
      issuedAt: '2026-11-29T10:05:14Z',
      seller: { name: 'АО «Кабинет-Энерго»', inn: '7700000000', address: 'Москва', site: 'http://localhost:8080' },
      taxation: 'ОСН',
      items: [
        { name: 'Электроэнергия', quantity: 1, priceKopecks: 157200, amountKopecks: 157200, vat: 'без НДС', paymentSubject: 'Услуга', paymentMethod: 'Полный расчёт' },
      ],
      totalKopecks: 157200,
      paymentForm: 'Безналичными',
      fiscalDocumentNumber: '12345',
      fiscalSign: '3025117496',
      fiscalStorageNumber: '9999078900012345',
      customerContact: 'iv***@example.test',
      accountNumber: '******0011',
      taxAuthoritySite: 'www.nalog.gov.ru',
      qr: 't=20261129T1305&s=1572.00&fn=9999078900012345&i=12345&fp=3025117496&n=1',
    });
  }
  if (url.pathname.startsWith('/api/payment/v1/fiscal-receipts/')) {
    return problem(404, 'fiscal-receipt-not-found', 'Чек не найден');
  }
  return new Response(null, { status: 404 });
}

function renderAt(path: string) {
  render(
    <SessionProvider>
      <MemoryRouter initialEntries={[path]}>
        <Routes>
          <Route path="/accounts/:number/payments/:id" element={<PaymentResultPage />} />
          <Route path="/operator/refunds" element={<OperatorRefundsPage />} />
          <Route path="/receipts/fiscal/:id" element={<FiscalReceiptPage />} />
          <Route path="/payments/terms" element={<PaymentTermsPage />} />
          <Route path="/payments/security" element={<PaymentSecurityPage />} />
        </Routes>
      </MemoryRouter>
    </SessionProvider>,
  );
}

const posts = () => server.requests.filter((r) => r.method === 'POST' && !r.url.endsWith('/return'));

beforeEach(async () => {
  server.requests.length = 0;
  server.respond = gateway;
  refunds = { refundableKopecks: 157200, refundableUntil: '2026-12-29T10:03:00Z', refusal: null, requests: [] };
  answerPost = () => json(201, refund('REFUND_REQUESTED'));
  queue = [];
  document.cookie = 'XSRF-TOKEN=token-123';
  await i18n.changeLanguage('ru');
});
afterEach(cleanup);

describe('PY-9 «Вернуть платёж» on the payment page', () => {
  it('offers the refundable sum less penalties and sends the request', async () => {
    renderAt(`/accounts/${NUMBER}/payments/${ID}`);
    expect(text(await screen.findByTestId('refund-refundable'))).toContain('Можно вернуть: до 1 572,00 ₽');
    fireEvent.click(screen.getByRole('button', { name: 'Вернуть платёж' }));
    fireEvent.change(screen.getByLabelText('Сумма возврата, ₽'), { target: { value: '1 572,00' } });
    fireEvent.change(screen.getByLabelText('Причина возврата'), { target: { value: 'Оплатила дважды' } });
    refunds = { ...refunds, refusal: 'refund-already-requested', requests: [refund('REFUND_REQUESTED')] };
    fireEvent.click(screen.getByRole('button', { name: 'Подать заявление на возврат' }));

    expect(await screen.findByTestId('refund-sent')).toBeTruthy();
    const sent = posts().find((r) => r.url.endsWith('/refunds'));
    expect(await sent?.clone().json()).toEqual({ amountKopecks: 157200, reason: 'Оплатила дважды' });
    expect((await screen.findByTestId('refund-status')).textContent).toContain('На рассмотрении');
  });

  it('refuses more than refundable and an empty reason next to the fields, and sends nothing', async () => {
    renderAt(`/accounts/${NUMBER}/payments/${ID}`);
    fireEvent.click(await screen.findByRole('button', { name: 'Вернуть платёж' }));
    fireEvent.change(screen.getByLabelText('Сумма возврата, ₽'), { target: { value: '1 572,01' } });
    fireEvent.click(screen.getByRole('button', { name: 'Подать заявление на возврат' }));

    expect(text(await screen.findByTestId('error-refund-amount'))).toContain('не больше 1 572,00 ₽');
    expect(screen.getByTestId('error-refund-reason')).toBeTruthy();
    expect(screen.getByLabelText('Сумма возврата, ₽').getAttribute('aria-invalid')).toBe('true');
    expect(posts()).toHaveLength(0);
  });

  it("shows the server's field problem next to the field", async () => {
    answerPost = () =>
      problem(422, 'refund-too-large', 'Вернуть можно не больше 1 000,00 ₽', [{ field: 'amountKopecks', message: 'Не больше 1 000,00 ₽.' }]);
    renderAt(`/accounts/${NUMBER}/payments/${ID}`);
    fireEvent.click(await screen.findByRole('button', { name: 'Вернуть платёж' }));
    fireEvent.change(screen.getByLabelText('Сумма возврата, ₽'), { target: { value: '1500' } });
    fireEvent.change(screen.getByLabelText('Причина возврата'), { target: { value: 'Ошибка' } });
    fireEvent.click(screen.getByRole('button', { name: 'Подать заявление на возврат' }));
    expect(text(await screen.findByTestId('error-refund-amount'))).toBe('Не больше 1 000,00 ₽.');
  });

  it('says why no refund may be asked and shows the decision', async () => {
    refunds = {
      refundableKopecks: 157200,
      refundableUntil: null,
      refusal: 'refund-not-allowed',
      requests: [refund('REFUND_REJECTED', { decisionNote: 'Учтено в перерасчёте' })],
    };
    renderAt(`/accounts/${NUMBER}/payments/${ID}`);
    expect((await screen.findByTestId('refund-refusal')).textContent).toBe('Этот платёж вернуть нельзя.');
    expect(screen.queryByRole('button', { name: 'Вернуть платёж' })).toBeNull();
    expect(screen.getByTestId('refund-requests').textContent).toContain('Учтено в перерасчёте');
  });

  it('reads in English', async () => {
    await i18n.changeLanguage('en');
    renderAt(`/accounts/${NUMBER}/payments/${ID}`);
    expect(await screen.findByRole('button', { name: 'Refund the payment' })).toBeTruthy();
  });
});

describe('PY-9 the operators’ refund requests', () => {
  it('lists the open requests and approves one', async () => {
    queue = [refund('REFUND_REQUESTED')];
    renderAt('/operator/refunds');
    expect((await screen.findByTestId('operator-refund')).textContent).toContain('Оплатила дважды');
    queue = [];
    fireEvent.click(screen.getByRole('button', { name: 'Одобрить возврат' }));
    await waitFor(() => expect(posts().some((r) => r.url.endsWith(`/operator/refunds/${REFUND_ID}/approve`))).toBe(true));
    expect(await screen.findByText('Заявлений нет')).toBeTruthy();
  });

  it('rejects only with a reason', async () => {
    queue = [refund('REFUND_REQUESTED')];
    renderAt('/operator/refunds');
    fireEvent.click(await screen.findByRole('button', { name: 'Отказать' }));
    fireEvent.click(screen.getByRole('button', { name: 'Отказать в возврате' }));
    expect(await screen.findByText('Укажите причину отказа.')).toBeTruthy();
    expect(posts()).toHaveLength(0);
    fireEvent.change(screen.getByLabelText('Причина отказа'), { target: { value: 'Учтено в перерасчёте' } });
    fireEvent.click(screen.getByRole('button', { name: 'Отказать в возврате' }));
    await waitFor(() => expect(posts()).toHaveLength(1));
    expect(await posts()[0].clone().json()).toEqual({ note: 'Учтено в перерасчёте' });
  });

  it('shows the service’s refusal to a resident', async () => {
    server.respond = (request) =>
      new URL(request.url).pathname === '/api/payment/v1/operator/refunds'
        ? problem(403, 'forbidden', 'Недостаточно прав')
        : gateway(request);
    renderAt('/operator/refunds');
    expect(await screen.findByText(/Недостаточно прав/)).toBeTruthy();
  });
});

describe('PY-8 the fiscal receipt page and PY-2 the public payment pages', () => {
  it("shows the receipt's 54-FZ details", async () => {
    renderAt(`/receipts/fiscal/${ID}`);
    expect((await screen.findByTestId('fiscal-fd')).textContent).toBe('12345');
    expect(screen.getByTestId('fiscal-fp').textContent).toBe('3025117496');
    expect(screen.getByTestId('fiscal-fn').textContent).toBe('9999078900012345');
    expect(text(screen.getByTestId('fiscal-total'))).toBe('1 572,00 ₽');
    expect(screen.getByTestId('fiscal-item').textContent).toContain('без НДС');
    expect(screen.getByText(/ИНН 7700000000/)).toBeTruthy();
  });

  it('says when a receipt is not issued (yet)', async () => {
    renderAt(`/receipts/fiscal/${REFUND_ID}`);
    expect((await screen.findByTestId('fiscal-not-found')).textContent).toContain('Чек не найден');
  });

  it('tells the terms, refunds and security without a login', async () => {
    server.respond = (request) =>
      new URL(request.url).pathname === '/bff/session' ? json(200, { authenticated: false }) : gateway(request);
    renderAt('/payments/terms');
    expect(await screen.findByRole('heading', { level: 1, name: 'Условия оплаты и возврата' })).toBeTruthy();
    expect(screen.getByText(/в течение 30 дней/)).toBeTruthy();
    cleanup();
    renderAt('/payments/security');
    expect(await screen.findByText(/PCI DSS/)).toBeTruthy();
    expect(screen.getByText(/3-D Secure/)).toBeTruthy();
  });
});
