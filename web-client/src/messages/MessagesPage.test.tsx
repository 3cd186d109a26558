// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

// The API client captures fetch/Request when it is created: the fake gateway goes in before any import runs.
const server = await vi.hoisted(async () => (await import('../test/fakeServer')).installFakeServer());

import i18n from '../i18n';
import type { DeliveryView, MessageView } from '../api/types';
import { Messages } from './MessagesPage';

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

const me = { username: 'ivanova', name: 'Иванова А. С.', accounts: ['1000000011'] };

function message(n: number, read = false): MessageView {
  return {
    id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
    subject: n === 1 ? 'Показания не приняты' : `Сообщение ${n}`,
    body: 'Показания счётчика ЭМ-101-2019 не приняты.\nПричина: расход выше обычного',
    createdAt: '2026-11-29T10:00:00Z',
    read,
  };
}

const delivery = (channel: DeliveryView['channel'], status: DeliveryView['status']): DeliveryView => ({
  id: `${channel}-${status}`,
  channel,
  template: 'reading-refused/1',
  language: 'ru',
  subject: 'Показания не приняты',
  recipient: channel === 'EMAIL' ? 'i***a@kabinet.local' : channel === 'SMS' ? '+7 *** ***-**-67' : '10******11',
  status,
  attempts: 1,
  createdAt: '2026-11-29T10:00:00Z',
  sentAt: '2026-11-29T10:00:05Z',
  nextAttemptAt: '2026-11-29T10:05:00Z',
});

let messages: MessageView[] = [];
let deliveries: DeliveryView[] = [];
let unread = 0;

function gateway(request: Request): Response {
  const url = new URL(request.url);
  if (url.pathname.endsWith('/messages/unread-count')) return json(200, { unread });
  if (url.pathname.endsWith('/messages/read') && request.method === 'POST') {
    unread = 0;
    return json(200, { unread: 0 });
  }
  if (url.pathname.endsWith('/read') && request.method === 'POST') return new Response(null, { status: 204 });
  if (url.pathname.endsWith('/messages')) {
    const size = Number(url.searchParams.get('size'));
    return json(200, messages.slice(0, size));
  }
  if (url.pathname.endsWith('/deliveries')) {
    const size = Number(url.searchParams.get('size'));
    return json(200, deliveries.slice(0, size));
  }
  return new Response(null, { status: 404 });
}

function renderPage() {
  render(
    <MemoryRouter>
      <Messages me={me} number="1000000011" />
    </MemoryRouter>,
  );
}

describe('NT-1 messages and notification history', () => {
  beforeEach(async () => {
    server.requests.length = 0;
    server.respond = gateway;
    document.cookie = 'XSRF-TOKEN=token-123';
    messages = [];
    deliveries = [];
    unread = 0;
    await i18n.changeLanguage('ru');
  });
  afterEach(cleanup);

  it('says so when there are no messages and no notifications yet', async () => {
    renderPage();

    expect(await screen.findByText('Сообщений пока нет')).toBeTruthy();
    expect(await screen.findByText('Уведомлений пока не было')).toBeTruthy();
    expect(screen.getByTestId('unread-count').textContent).toBe('Все сообщения прочитаны');
  });

  it('shows the unread count and marks a message read', async () => {
    messages = [message(1), message(2, true)];
    unread = 1;
    renderPage();

    expect((await screen.findByTestId('unread-count')).textContent).toBe('Непрочитанных: 1');
    const first = (await screen.findAllByTestId('message'))[0];
    expect(within(first).getByText('Новое')).toBeTruthy();
    fireEvent.click(within(first).getByRole('button', { name: 'Отметить прочитанным: Показания не приняты' }));

    await waitFor(() => expect(screen.getByTestId('unread-count').textContent).toBe('Все сообщения прочитаны'));
    const post = server.requests.find((r) => r.method === 'POST')!;
    expect(new URL(post.url).pathname).toBe(
      '/api/notification/v1/accounts/1000000011/messages/00000000-0000-4000-8000-000000000001/read',
    );
    expect(post.headers.get('X-XSRF-TOKEN')).toBe('token-123');
    expect(screen.queryByText('Новое')).toBeNull();
  });

  it('marks all messages read', async () => {
    messages = [message(1), message(2)];
    unread = 2;
    renderPage();

    fireEvent.click(await screen.findByRole('button', { name: 'Отметить все прочитанными' }));

    await waitFor(() => expect(screen.getByTestId('unread-count').textContent).toBe('Все сообщения прочитаны'));
    expect(screen.queryByText('Новое')).toBeNull();
    const post = server.requests.find((r) => r.method === 'POST')!;
    expect(await post.json()).toEqual({ upTo: message(1).id });
  });

  it('pages through the messages ten at a time', async () => {
    messages = Array.from({ length: 15 }, (_, i) => message(i + 1, true));
    renderPage();

    expect(await screen.findAllByTestId('message')).toHaveLength(10);
    fireEvent.click(screen.getAllByRole('button', { name: 'Показать ещё' })[0]);

    await waitFor(() => expect(screen.getAllByTestId('message')).toHaveLength(15));
    expect(screen.queryAllByRole('button', { name: 'Показать ещё' })).toHaveLength(0);
  });

  it('lists what was sent where, masked, with the outcome', async () => {
    deliveries = [delivery('EMAIL', 'SENT'), delivery('SMS', 'DEAD'), delivery('CABINET', 'SENT')];
    renderPage();

    const rows = await screen.findAllByTestId('delivery');
    expect(rows).toHaveLength(3);
    expect(rows[0].textContent).toContain('Эл. почта · i***a@kabinet.local');
    expect(rows[0].textContent).toContain('Отправлено');
    expect(rows[1].textContent).toContain('SMS · +7 *** ***-**-67');
    expect(rows[1].textContent).toContain('Не доставлено');
    expect(rows[2].textContent).toContain('в личный кабинет');
  });

  it('speaks English', async () => {
    await i18n.changeLanguage('en');
    deliveries = [delivery('EMAIL', 'PENDING')];
    renderPage();

    expect(await screen.findByText('No messages yet')).toBeTruthy();
    const row = await screen.findByTestId('delivery');
    expect(row.textContent).toContain('Waiting to be sent');
    expect(row.textContent).toContain('next attempt');
    await i18n.changeLanguage('ru');
  });
});
