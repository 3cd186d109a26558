// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

// The API client captures fetch/Request when it is created: the fake gateway goes in before any import runs.
const server = await vi.hoisted(async () => (await import('../../test/fakeServer')).installFakeServer());

import i18n from '../../i18n';
import { Broadcasts, type BroadcastView } from './BroadcastsPage';

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': status >= 400 ? 'application/problem+json' : 'application/json' },
  });

const me = { username: 'operator', name: 'Оператор', accounts: [] };

const broadcast = (sent: number, failed = 0): BroadcastView => ({
  id: '00000000-0000-4000-8000-000000000001',
  topic: 'TARIFF_CHANGE',
  channel: 'EMAIL',
  title: 'Новые тарифы с 1 июля',
  createdBy: 'operator',
  createdAt: '2026-11-30T09:00:00Z',
  total: 3,
  sent,
  failed,
  pending: 3 - sent - failed,
});

let list: BroadcastView[] = [];
let progress = 0;
let posted: unknown;

function gateway(request: Request): Response | Promise<Response> {
  const url = new URL(request.url);
  if (url.pathname === '/api/notification/v1/operator/broadcasts' && request.method === 'POST') {
    return request.json().then((body: { title?: string }) => {
      posted = body;
      if (body.title === 'x'.repeat(5)) {
        return json(400, {
          type: 'https://kabinet.dev/problems/validation',
          title: 'Bad Request',
          status: 400,
          detail: 'Проверьте поля',
          errors: [{ field: 'body', message: 'Текст — не длиннее 2000 символов.' }],
        });
      }
      list = [broadcast(0)];
      return json(201, broadcast(0));
    });
  }
  if (url.pathname === '/api/notification/v1/operator/broadcasts') {
    return json(200, list.length ? [broadcast(progress)] : []);
  }
  return new Response(null, { status: 404 });
}

function renderPage() {
  render(
    <MemoryRouter>
      <Broadcasts me={me} pollMs={20} />
    </MemoryRouter>,
  );
}

describe('NT-3 the operator broadcasts a notice and follows its progress', () => {
  beforeEach(async () => {
    server.requests.length = 0;
    server.respond = gateway;
    document.cookie = 'XSRF-TOKEN=token-123';
    list = [];
    progress = 0;
    posted = undefined;
    await i18n.changeLanguage('ru');
  });
  afterEach(cleanup);

  it('says when there were no broadcasts', async () => {
    renderPage();

    expect(await screen.findByText('Рассылок ещё не было.')).toBeTruthy();
    expect(screen.getByRole('heading', { level: 1, name: 'Рассылки' })).toBeTruthy();
  });

  it('asks for a title and a text before sending anything', async () => {
    renderPage();
    await screen.findByText('Рассылок ещё не было.');

    fireEvent.click(screen.getByRole('button', { name: 'Отправить рассылку' }));

    expect((await screen.findByTestId('error-title')).textContent).toBe('Введите заголовок.');
    expect(screen.getByTestId('error-body').textContent).toBe('Введите текст рассылки.');
    expect(server.requests.some((r) => r.method === 'POST')).toBe(false);
  });

  it('sends the broadcast and follows its progress until all are sent', async () => {
    renderPage();
    await screen.findByText('Рассылок ещё не было.');

    fireEvent.change(screen.getByLabelText('Тема'), { target: { value: 'TARIFF_CHANGE' } });
    fireEvent.click(screen.getByLabelText('SMS'));
    fireEvent.click(screen.getByLabelText('Электронная почта'));
    fireEvent.change(screen.getByLabelText('Заголовок'), { target: { value: 'Новые тарифы с 1 июля' } });
    fireEvent.change(screen.getByLabelText('Текст'), { target: { value: 'С 1 июля меняются тарифы.' } });
    fireEvent.click(screen.getByRole('button', { name: 'Отправить рассылку' }));

    expect(await screen.findByText('Рассылка начата: 3 получателей.')).toBeTruthy();
    const post = server.requests.find((r) => r.method === 'POST')!;
    expect(post.headers.get('X-XSRF-TOKEN')).toBe('token-123');
    expect(posted).toEqual({
      topic: 'TARIFF_CHANGE',
      channel: 'EMAIL',
      title: 'Новые тарифы с 1 июля',
      body: 'С 1 июля меняются тарифы.',
    });
    const row = (await screen.findAllByTestId('broadcast'))[0];
    expect(within(row).getByTestId('broadcast-progress').textContent).toBe('Отправлено 0 из 3, не доставлено 0');
    expect(within(row).getByRole('progressbar', { name: 'Ход рассылки «Новые тарифы с 1 июля»' })).toBeTruthy();

    progress = 3;
    await waitFor(() =>
      expect(screen.getByTestId('broadcast-progress').textContent).toBe('Отправлено 3 из 3, не доставлено 0'),
    );
  });

  it('shows the server’s problem next to its field', async () => {
    renderPage();
    await screen.findByText('Рассылок ещё не было.');

    fireEvent.change(screen.getByLabelText('Заголовок'), { target: { value: 'xxxxx' } });
    fireEvent.change(screen.getByLabelText('Текст'), { target: { value: 'слишком длинный' } });
    fireEvent.click(screen.getByRole('button', { name: 'Отправить рассылку' }));

    expect((await screen.findByTestId('error-body')).textContent).toBe('Текст — не длиннее 2000 символов.');
  });

  it('speaks English', async () => {
    await i18n.changeLanguage('en');
    renderPage();

    expect(await screen.findByText('No broadcasts yet.')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Send the broadcast' })).toBeTruthy();
  });
});
