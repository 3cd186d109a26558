// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

// The API client captures fetch/Request when it is created: the fake gateway goes in before any import runs.
const server = await vi.hoisted(async () => (await import('../test/fakeServer')).installFakeServer());

// The ALTCHA widget needs Web Workers and Web Crypto; here a button stands for a solved proof of work.
vi.mock('../registration/Captcha', () => ({
  Captcha: ({ onChange, resetKey }: { onChange: (payload: string | null) => void; resetKey: number }) => (
    <button type="button" data-reset={resetKey} onClick={() => onChange(`solved-${resetKey}`)}>
      Я не робот
    </button>
  ),
}));

import '../i18n';
import { RecoverPage } from './RecoverPage';
import { ResetPasswordPage } from './ResetPasswordPage';

const json = (status: number, body: unknown, type = 'application/json') =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': type } });

const problem = (status: number, slug: string, detail: string, errors?: { field: string; message: string }[]) =>
  json(status, { type: `https://kabinet.dev/problems/${slug}`, status, detail, errors }, 'application/problem+json');

const type = (label: RegExp, value: string) => fireEvent.change(screen.getByLabelText(label), { target: { value } });

describe('ID-7 recovery page', () => {
  beforeEach(() => {
    server.requests.length = 0;
  });
  afterEach(cleanup);

  const page = () =>
    render(
      <MemoryRouter>
        <RecoverPage />
      </MemoryRouter>,
    );

  it('ID-7 by e-mail: sends the login, e-mail or account number with the captcha and answers alike for anyone', async () => {
    server.respond = () => json(202, { recoveryId: 'r-1', channel: 'EMAIL', expiresAt: '2026-11-29T12:30:00Z' });
    page();
    expect(screen.getByRole('heading', { level: 1, name: 'Восстановление пароля и логина' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Получить ссылку' }));
    expect(await screen.findByTestId('error-identifier')).toBeTruthy();
    expect(screen.getByTestId('error-captcha')).toBeTruthy();
    expect(server.requests).toHaveLength(0);

    type(/Логин, электронная почта или номер лицевого счёта/, '1000 000 011');
    fireEvent.click(screen.getByRole('button', { name: 'Я не робот' }));
    fireEvent.click(screen.getByRole('button', { name: 'Получить ссылку' }));

    expect((await screen.findByTestId('recovery-sent')).textContent).toContain('Если такая учётная запись есть');
    expect(screen.getByText(/Проверьте папку «Спам»/)).toBeTruthy();
    expect(screen.getByText(/Обратитесь в офис обслуживания с паспортом/)).toBeTruthy();
    const request = server.requests[0];
    expect(new URL(request.url).pathname).toBe('/api/identity/v1/recoveries');
    expect(await request.json()).toEqual({
      channel: 'EMAIL',
      identifier: '1000 000 011',
      accountNumber: null,
      phone: null,
      captcha: 'solved-0',
    });
  });

  it('ID-7 by SMS: the code, a new password and a new username; the answer names the login to log in with', async () => {
    server.respond = () => json(202, { recoveryId: 'r-2', channel: 'SMS', expiresAt: '2026-11-29T12:05:00Z' });
    page();
    fireEvent.click(screen.getByLabelText(/Код в SMS/));
    type(/Номер лицевого счёта/, '1000000011');
    type(/Мобильный телефон/, '912 345 67 89');
    fireEvent.click(screen.getByRole('button', { name: 'Я не робот' }));
    fireEvent.click(screen.getByRole('button', { name: 'Отправить код' }));
    expect(await screen.findByTestId('code-sent')).toBeTruthy();
    expect(await server.requests[0].json()).toEqual({
      channel: 'SMS',
      identifier: null,
      accountNumber: '1000000011',
      phone: '912 345 67 89',
      captcha: 'solved-0',
    });

    server.respond = () =>
      problem(422, 'confirmation-code-wrong', 'Неверный код. Осталось попыток: 4.', [
        { field: 'code', message: 'Неверный код. Осталось попыток: 4.' },
      ]);
    type(/Код из SMS/, '123456');
    type(/^Новый пароль \(/, 'Novyi-2027');
    type(/Новый пароль ещё раз/, 'Novyi-2027');
    type(/Новый логин/, 'anna_new');
    fireEvent.click(screen.getByRole('button', { name: 'Сохранить новый пароль' }));
    expect((await screen.findByTestId('error-code')).textContent).toBe('Неверный код. Осталось попыток: 4.');

    server.respond = () => json(200, { username: 'anna_new' });
    type(/Код из SMS/, '654321');
    fireEvent.click(screen.getByRole('button', { name: 'Сохранить новый пароль' }));
    expect((await screen.findByTestId('recovered')).textContent).toContain('anna_new');
    expect(await server.requests[2].json()).toEqual({
      recoveryId: 'r-2',
      code: '654321',
      newPassword: 'Novyi-2027',
      repeatPassword: 'Novyi-2027',
      newUsername: 'anna_new',
    });
  });

  it('ID-7 in English when English is chosen', async () => {
    const i18n = (await import('../i18n')).default;
    await i18n.changeLanguage('en');
    try {
      page();
      expect(screen.getByRole('heading', { level: 1, name: 'Recover your password or login' })).toBeTruthy();
      expect(screen.getByLabelText(/A code by SMS/)).toBeTruthy();
    } finally {
      await i18n.changeLanguage('ru');
    }
  });
});

describe('ID-7 the letter link page', () => {
  beforeEach(() => {
    server.requests.length = 0;
  });
  afterEach(() => {
    cleanup();
    window.history.replaceState(null, '', '/');
  });

  const open = (hash: string) => {
    window.history.replaceState(null, '', `/recovery/reset${hash}`);
    return render(
      <MemoryRouter>
        <ResetPasswordPage />
      </MemoryRouter>,
    );
  };

  it('ID-7 shows the login the link recovers, sets the password and takes the token out of the address bar', async () => {
    server.respond = (request) =>
      new URL(request.url).pathname.endsWith('/link-checks')
        ? json(200, { username: 'ivanova', expiresAt: '2026-11-29T12:30:00Z' })
        : json(200, { username: 'ivanova' });
    open('#token=abc_DEF-123');
    expect((await screen.findByTestId('reset-login')).textContent).toContain('ivanova');
    expect(window.location.hash).toBe('');
    expect(await server.requests[0].json()).toEqual({ token: 'abc_DEF-123' });

    type(/^Новый пароль \(/, 'Novyi-2027');
    type(/Новый пароль ещё раз/, 'Novyi-2028');
    fireEvent.click(screen.getByRole('button', { name: 'Сохранить новый пароль' }));
    expect((await screen.findByTestId('error-repeatPassword')).textContent).toBe('Пароли не совпадают');

    type(/Новый пароль ещё раз/, 'Novyi-2027');
    fireEvent.click(screen.getByRole('button', { name: 'Сохранить новый пароль' }));
    expect((await screen.findByTestId('recovered')).textContent).toContain('ivanova');
    expect(await server.requests[1].json()).toEqual({
      token: 'abc_DEF-123',
      newPassword: 'Novyi-2027',
      repeatPassword: 'Novyi-2027',
    });
  });

  it('ID-5 an expired link says so and offers to request recovery again', async () => {
    server.respond = () =>
      problem(410, 'recovery-link-expired', 'Срок действия ссылки истёк или отправлена более новая ссылка.');
    open('#token=old');
    const refused = await screen.findByTestId('link-refused');
    expect(refused.textContent).toContain('Срок действия ссылки истёк');
    expect(screen.getByRole('link', { name: 'Запросить восстановление заново' }).getAttribute('href')).toBe('/recovery');
  });

  it('ID-5 a used link offers to log in as well', async () => {
    server.respond = () => problem(409, 'recovery-link-used', 'По этой ссылке пароль уже изменён.');
    open('#token=used');
    const refused = await screen.findByTestId('link-refused');
    expect(within(refused).getByRole('link', { name: 'Войти' }).getAttribute('href')).toBe(
      '/oauth2/authorization/keycloak',
    );
  });

  it('ID-5 a link without its token asks for a new one without calling the server', async () => {
    open('');
    expect((await screen.findByTestId('link-refused')).textContent).toContain('Ссылка неполная');
    expect(server.requests).toHaveLength(0);
  });
});
