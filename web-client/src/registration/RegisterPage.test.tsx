// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
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
import { RegisterPage } from './RegisterPage';

const json = (status: number, body: unknown, type = 'application/json') =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': type } });

const page = () =>
  render(
    <MemoryRouter>
      <RegisterPage />
    </MemoryRouter>,
  );

function fillIn() {
  const type = (label: RegExp, value: string) => fireEvent.change(screen.getByLabelText(label), { target: { value } });
  type(/Номер лицевого счёта/, '1000 000 011');
  type(/Фамилия владельца/, 'Семёнова');
  type(/Ваше имя/, 'Ольга');
  type(/^Логин/, 'semenova');
  type(/^Пароль \(обязательно\)/, 'Kabinet-2026');
  type(/Пароль ещё раз/, 'Kabinet-2026');
  type(/Электронная почта/, 'olga@example.ru');
  fireEvent.click(screen.getByRole('checkbox'));
  fireEvent.click(screen.getByRole('button', { name: 'Я не робот' }));
}

describe('ID-1 registration page', () => {
  beforeEach(() => {
    server.requests.length = 0;
  });
  afterEach(cleanup);

  it('ID-1 labels every field in Russian, with an example under it, and sends nothing while fields are wrong', async () => {
    page();
    expect(screen.getByRole('heading', { level: 1, name: 'Регистрация' })).toBeTruthy();
    expect(screen.getByText('пример: 1000 000 011')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Зарегистрироваться' }));

    expect(await screen.findByText('Номер лицевого счёта — от 10 до 13 цифр, например 1000 000 011')).toBeTruthy();
    expect(screen.getByText('Без согласия на обработку персональных данных зарегистрироваться нельзя')).toBeTruthy();
    expect(screen.getByTestId('error-captcha')).toBeTruthy();
    expect(screen.getByLabelText(/Номер лицевого счёта/).getAttribute('aria-invalid')).toBe('true');
    expect(server.requests).toHaveLength(0);
  });

  it('ID-1 judges a field as the resident types once it was left', async () => {
    page();
    const username = screen.getByLabelText(/^Логин/);
    fireEvent.change(username, { target: { value: 'я' } });
    fireEvent.blur(username);
    expect(await screen.findByTestId('error-username')).toBeTruthy();
    fireEvent.change(username, { target: { value: 'ivanova_anna' } });
    await waitFor(() => expect(screen.queryByTestId('error-username')).toBeNull());
  });

  it('ID-1 sends the form to identity-service and offers to log in', async () => {
    server.respond = () => json(201, { username: 'semenova', accountNumber: '1000000011' });
    page();
    fillIn();
    fireEvent.click(screen.getByRole('button', { name: 'Зарегистрироваться' }));

    expect(await screen.findByTestId('registered')).toBeTruthy();
    expect(screen.getByText(/лицевой счёт № 1000000011/)).toBeTruthy();
    const request = server.requests[0];
    expect(request.method).toBe('POST');
    expect(new URL(request.url).pathname).toBe('/api/identity/v1/registrations');
    expect(await request.json()).toEqual({
      accountNumber: '1000 000 011',
      surname: 'Семёнова',
      firstName: 'Ольга',
      meterSerialNumber: null,
      username: 'semenova',
      password: 'Kabinet-2026',
      email: 'olga@example.ru',
      consent: true,
      captcha: 'solved-0',
    });
    expect(screen.getByTestId('login-after-register').getAttribute('href')).toBe('/oauth2/authorization/keycloak');
  });

  it('ID-1 asks for the meter serial number when the server does, then sends it with a new captcha', async () => {
    server.respond = () =>
      json(
        422,
        {
          type: 'https://kabinet.dev/problems/meter-serial-needed',
          status: 422,
          detail: 'По фамилии не удалось определить владельца лицевого счёта.',
          errors: [{ field: 'meterSerialNumber', message: 'Введите заводской номер счётчика.' }],
        },
        'application/problem+json',
      );
    page();
    fillIn();
    fireEvent.click(screen.getByRole('button', { name: 'Зарегистрироваться' }));

    const meter = await screen.findByLabelText(/Заводской номер счётчика/);
    expect(screen.getByTestId('error-meterSerialNumber').textContent).toBe('Введите заводской номер счётчика.');
    expect(screen.getByRole('alert').textContent).toContain('По фамилии не удалось определить владельца');

    server.respond = () => json(201, { username: 'semenova', accountNumber: '1000000011' });
    fireEvent.change(meter, { target: { value: 'СЧ-501' } });
    fireEvent.click(screen.getByRole('button', { name: 'Я не робот' }));
    fireEvent.click(screen.getByRole('button', { name: 'Зарегистрироваться' }));
    expect(await screen.findByTestId('registered')).toBeTruthy();
    const second = await server.requests[1].json();
    expect(second.meterSerialNumber).toBe('СЧ-501');
    expect(second.captcha).toBe('solved-1');
  });

  it('ID-1 shows server field problems next to their fields and what to do next when registration is impossible', async () => {
    server.respond = () =>
      json(
        409,
        {
          type: 'https://kabinet.dev/problems/login-taken',
          status: 409,
          detail: 'Такой логин или адрес электронной почты уже зарегистрирован.',
          errors: [{ field: 'username', message: 'Этот логин занят, выберите другой.' }],
        },
        'application/problem+json',
      );
    page();
    fillIn();
    fireEvent.click(screen.getByRole('button', { name: 'Зарегистрироваться' }));
    expect((await screen.findByTestId('error-username')).textContent).toBe('Этот логин занят, выберите другой.');
    expect(screen.getByRole('alert').textContent).toBe('Исправьте отмеченные поля.');

    server.respond = () =>
      json(
        422,
        {
          type: 'https://kabinet.dev/problems/registration-not-confirmed',
          status: 422,
          detail: 'Автоматическая регистрация невозможна. Обратитесь в ближайший офис обслуживания с паспортом.',
        },
        'application/problem+json',
      );
    fireEvent.change(screen.getByLabelText(/^Логин/), { target: { value: 'semenova2' } });
    fireEvent.click(screen.getByRole('button', { name: 'Я не робот' }));
    fireEvent.click(screen.getByRole('button', { name: 'Зарегистрироваться' }));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toContain('офис обслуживания с паспортом'));
  });
});
