// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

const server = await vi.hoisted(async () => (await import('../test/fakeServer')).installFakeServer());

// The ALTCHA widget needs Web Workers and Web Crypto; here a button stands for a solved proof of work.
vi.mock('./Captcha', () => ({
  Captcha: ({ onChange, resetKey }: { onChange: (payload: string | null) => void; resetKey: number }) => (
    <button type="button" onClick={() => onChange(`solved-${resetKey}`)}>
      Я не робот
    </button>
  ),
}));

import '../i18n';
import { normalisePhone, PhoneRegisterPage } from './PhoneRegisterPage';

const json = (status: number, body: unknown, type = 'application/json') =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': type } });

const page = () =>
  render(
    <MemoryRouter>
      <PhoneRegisterPage />
    </MemoryRouter>,
  );

describe('ID-3 registration by phone', () => {
  beforeEach(() => {
    server.requests.length = 0;
  });
  afterEach(cleanup);

  it('ID-3 takes a Russian mobile number as people type it', () => {
    for (const typed of ['9123456789', '+7 912 345-67-89', '8 (912) 345-67-89', '79123456789']) {
      expect(normalisePhone(typed)).toBe('+79123456789');
    }
    expect(normalisePhone('4951234567')).toBe('');
    expect(normalisePhone('912345678')).toBe('');
  });

  it('ID-3 shows the steps: send the code to the phone on record, then the code and the login', async () => {
    page();
    expect(screen.getByRole('heading', { level: 1, name: 'Регистрация по номеру телефона' })).toBeTruthy();
    fireEvent.change(screen.getByLabelText(/Номер лицевого счёта/), { target: { value: '1000 000 011' } });
    fireEvent.change(screen.getByLabelText(/Мобильный телефон/), { target: { value: '8 916 000-00-11' } });
    fireEvent.click(screen.getByRole('button', { name: 'Я не робот' }));
    server.respond = () =>
      json(201, { confirmationId: '0190b2a0-0000-7000-8000-000000000001', phone: '+7 *** ***-**-11', expiresAt: '2026-11-29T19:00:00Z' });
    fireEvent.click(screen.getByRole('button', { name: 'Отправить код' }));

    expect((await screen.findByTestId('code-sent')).textContent).toBe('Код отправлен на +7 *** ***-**-11.');
    expect(await server.requests[0].json()).toEqual({
      accountNumber: '1000 000 011',
      phone: '8 916 000-00-11',
      captcha: 'solved-0',
    });

    fireEvent.change(screen.getByLabelText(/Код из SMS/), { target: { value: '123456' } });
    fireEvent.change(screen.getByLabelText(/^Логин/), { target: { value: 'ivanova_a' } });
    fireEvent.change(screen.getByLabelText(/Ваше имя/), { target: { value: 'Анна' } });
    fireEvent.change(screen.getByLabelText(/Ваша фамилия/), { target: { value: 'Иванова' } });
    fireEvent.change(screen.getByLabelText(/^Пароль \(обязательно\)/), { target: { value: 'Kabinet-2026' } });
    fireEvent.change(screen.getByLabelText(/Пароль ещё раз/), { target: { value: 'Kabinet-2026' } });
    fireEvent.click(screen.getByRole('checkbox'));
    server.respond = () =>
      json(
        422,
        {
          type: 'https://kabinet.dev/problems/confirmation-code-wrong',
          status: 422,
          detail: 'Неверный код. Осталось попыток: 4.',
          errors: [{ field: 'code', message: 'Неверный код. Осталось попыток: 4.' }],
        },
        'application/problem+json',
      );
    fireEvent.click(screen.getByRole('button', { name: 'Зарегистрироваться' }));
    expect((await screen.findByTestId('error-code')).textContent).toBe('Неверный код. Осталось попыток: 4.');

    server.respond = () => json(201, { username: 'ivanova_a', accountNumber: '1000000011' });
    fireEvent.change(screen.getByLabelText(/Код из SMS/), { target: { value: '654321' } });
    fireEvent.click(screen.getByRole('button', { name: 'Зарегистрироваться' }));
    expect(await screen.findByTestId('registered')).toBeTruthy();
    const last = await server.requests[2].json();
    expect(new URL(server.requests[2].url).pathname).toBe('/api/identity/v1/registrations/by-phone');
    expect(last).toMatchObject({
      confirmationId: '0190b2a0-0000-7000-8000-000000000001',
      code: '654321',
      accountNumber: '1000 000 011',
      phone: '8 916 000-00-11',
      username: 'ivanova_a',
      email: null,
      consent: true,
    });
  });

  it('ID-3 a phone that is not on record says what to do next and sends no code', async () => {
    page();
    fireEvent.change(screen.getByLabelText(/Номер лицевого счёта/), { target: { value: '1000000011' } });
    fireEvent.change(screen.getByLabelText(/Мобильный телефон/), { target: { value: '9160000099' } });
    fireEvent.click(screen.getByRole('button', { name: 'Я не робот' }));
    server.respond = () =>
      json(
        422,
        {
          type: 'https://kabinet.dev/problems/registration-phone-not-confirmed',
          status: 422,
          detail: 'Не удалось подтвердить, что этот телефон указан в лицевом счёте.',
          errors: [{ field: 'phone', message: 'Этот телефон не указан в лицевом счёте.' }],
        },
        'application/problem+json',
      );
    fireEvent.click(screen.getByRole('button', { name: 'Отправить код' }));
    expect((await screen.findByTestId('error-phone')).textContent).toBe('Этот телефон не указан в лицевом счёте.');
    expect(screen.queryByTestId('code-sent')).toBeNull();
  });
});
