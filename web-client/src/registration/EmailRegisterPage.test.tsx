// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

// The API client captures fetch/Request when it is created: the fake gateway goes in before any import runs.
const server = await vi.hoisted(async () => (await import('../test/fakeServer')).installFakeServer());

// The ALTCHA widget needs Web Workers and Web Crypto; here a button stands for a solved proof of work.
vi.mock('./Captcha', () => ({
  Captcha: ({ onChange, resetKey }: { onChange: (payload: string | null) => void; resetKey: number }) => (
    <button type="button" data-reset={resetKey} onClick={() => onChange(`solved-${resetKey}`)}>
      Я не робот
    </button>
  ),
}));

import '../i18n';
import { EmailRegisterPage } from './EmailRegisterPage';

const json = (status: number, body: unknown, type = 'application/json') =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': type } });

const page = () =>
  render(
    <MemoryRouter>
      <EmailRegisterPage />
    </MemoryRouter>,
  );

const type = (label: RegExp, value: string) => fireEvent.change(screen.getByLabelText(label), { target: { value } });

describe('ID-2 registration by e-mail', () => {
  beforeEach(() => {
    server.requests.length = 0;
  });
  afterEach(cleanup);

  it('ID-2 sends nothing while the password repeat differs or consent is missing', async () => {
    page();
    type(/^Логин/, 'vera_l');
    type(/^Пароль \(обязательно\)/, 'Kabinet-2026');
    type(/Пароль ещё раз/, 'Kabinet-2027');
    type(/Электронная почта/, 'vera@example.ru');
    fireEvent.click(screen.getByRole('button', { name: 'Зарегистрироваться' }));
    expect((await screen.findByTestId('error-passwordRepeat')).textContent).toBe('Пароли не совпадают');
    expect(screen.getByTestId('error-consent')).toBeTruthy();
    expect(server.requests).toHaveLength(0);
  });

  it('ID-2 registers, then says the confirmation link went out and the cabinet is limited until confirmed', async () => {
    server.respond = () => json(201, { username: 'vera_l', email: 'vera@example.ru' });
    page();
    type(/^Логин/, 'vera_l');
    type(/^Пароль \(обязательно\)/, 'Kabinet-2026');
    type(/Пароль ещё раз/, 'Kabinet-2026');
    type(/Электронная почта/, 'vera@example.ru');
    fireEvent.click(screen.getByRole('checkbox'));
    fireEvent.click(screen.getByRole('button', { name: 'Я не робот' }));
    fireEvent.click(screen.getByRole('button', { name: 'Зарегистрироваться' }));

    const done = await screen.findByTestId('registered');
    expect(done.textContent).toContain('vera@example.ru');
    expect(done.textContent).toContain('ограничены');
    expect(done.textContent).toContain('«Спам»');
    expect(new URL(server.requests[0].url).pathname).toBe('/api/identity/v1/registrations/by-email');
    expect(await server.requests[0].json()).toEqual({
      username: 'vera_l',
      password: 'Kabinet-2026',
      repeatPassword: 'Kabinet-2026',
      email: 'vera@example.ru',
      consent: true,
      captcha: 'solved-0',
    });
  });
});
