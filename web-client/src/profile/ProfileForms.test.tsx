// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
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
import { checkLinkForm, LinksSection, normaliseAccountNumber } from './LinksSection';
import { EmailSection } from './EmailSection';
import { PasswordSection } from './PasswordSection';
import { normalisePhone, PhoneSection } from './PhoneSection';
import { UsernameSection } from './UsernameSection';

const json = (status: number, body: unknown, type = 'application/json') =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': type } });

const problem = (status: number, slug: string, detail: string, errors: { field: string; message: string }[] = []) =>
  json(status, { type: `https://kabinet.dev/problems/${slug}`, status, detail, errors }, 'application/problem+json');

const FIRST = { accountNumber: '9100000301', how: 'OWNER_SURNAME', linkedAt: '2026-11-29T10:00:00Z' };
const SECOND = { accountNumber: '9100000302', how: 'OWNER_SURNAME', linkedAt: '2026-11-29T10:05:00Z' };

describe('ID-9 linked accounts', () => {
  beforeEach(() => {
    server.requests.length = 0;
    document.cookie = 'XSRF-TOKEN=token-123';
  });
  afterEach(cleanup);

  it('normalises the number as typed and drops a leading zero of an old number (manual 002)', () => {
    expect(normaliseAccountNumber('9100 000-302')).toBe('9100000302');
    expect(normaliseAccountNumber('09100000302')).toBe('9100000302');
    expect(checkLinkForm({ accountNumber: '123', surname: '', meterSerialNumber: '' }, false)).toEqual({
      accountNumber: 'register.error.accountNumber',
      surname: 'register.error.surname',
    });
  });

  it('lists the links, links a second account and tells the session to re-read', async () => {
    const changed = vi.fn();
    server.respond = (request) =>
      request.method === 'GET' ? json(200, [FIRST]) : json(201, [FIRST, SECOND]);
    render(
      <MemoryRouter>
        <LinksSection onChanged={changed} />
      </MemoryRouter>,
    );
    expect(await screen.findByRole('link', { name: 'Лицевой счёт № 9100000301' })).toBeTruthy();

    const form = within(screen.getByRole('form', { name: 'Добавить лицевой счёт' }));
    fireEvent.change(form.getByLabelText(/Номер лицевого счёта/), { target: { value: '9100 000 302' } });
    fireEvent.change(form.getByLabelText(/Фамилия владельца/), { target: { value: 'Лебедев' } });
    fireEvent.click(form.getByRole('button', { name: 'Я не робот' }));
    fireEvent.click(form.getByRole('button', { name: 'Добавить' }));

    expect(await screen.findByText('Лицевой счёт № 9100000302 привязан.')).toBeTruthy();
    expect(changed).toHaveBeenCalledOnce();
    const post = server.requests.find((r) => r.method === 'POST')!;
    expect(new URL(post.url).pathname).toBe('/api/identity/v1/me/links');
    expect(post.headers.get('X-XSRF-TOKEN') ?? post.headers.get('X-CSRF-TOKEN')).toBeTruthy();
    expect(await post.clone().json()).toEqual({ accountNumber: '9100000302', surname: 'Лебедев', captcha: 'solved-0' });
  });

  it('asks for the meter when the server does, with the problem next to the field', async () => {
    server.respond = (request) =>
      request.method === 'GET'
        ? json(200, [FIRST])
        : problem(422, 'meter-serial-needed', 'Введите заводской номер счётчика.', [
            { field: 'meterSerialNumber', message: 'Введите заводской номер счётчика — он указан на корпусе.' },
          ]);
    render(
      <MemoryRouter>
        <LinksSection onChanged={() => {}} />
      </MemoryRouter>,
    );
    await screen.findByRole('link', { name: 'Лицевой счёт № 9100000301' });
    const form = within(screen.getByRole('form', { name: 'Добавить лицевой счёт' }));
    fireEvent.change(form.getByLabelText(/Номер лицевого счёта/), { target: { value: '9100000302' } });
    fireEvent.change(form.getByLabelText(/Фамилия владельца/), { target: { value: 'Иванов' } });
    fireEvent.click(form.getByRole('button', { name: 'Я не робот' }));
    fireEvent.click(form.getByRole('button', { name: 'Добавить' }));

    expect((await screen.findByTestId('error-meterSerialNumber')).textContent).toContain('на корпусе');
    expect(form.getByLabelText(/Заводской номер счётчика/).getAttribute('aria-invalid')).toBe('true');
  });

  it('links by the phone on record: the code goes out, then the code links the account', async () => {
    const changed = vi.fn();
    server.respond = (request) => {
      const path = new URL(request.url).pathname;
      if (request.method === 'GET') return json(200, [FIRST]);
      if (path.endsWith('/phone-codes'))
        return json(201, { confirmationId: 'c-1', maskedPhone: '+7 916 ***-**-99', expiresAt: '2026-11-29T10:05:00Z' });
      return json(201, [FIRST, SECOND]);
    };
    render(
      <MemoryRouter>
        <LinksSection onChanged={changed} />
      </MemoryRouter>,
    );
    await screen.findByRole('link', { name: 'Лицевой счёт № 9100000301' });
    const form = within(screen.getByRole('form', { name: 'Или подтвердите телефоном из лицевого счёта' }));
    fireEvent.change(form.getByLabelText(/Номер лицевого счёта/), { target: { value: '9100000302' } });
    fireEvent.change(form.getByLabelText(/Мобильный телефон/), { target: { value: '9161234599' } });
    fireEvent.click(form.getByRole('button', { name: 'Я не робот' }));
    fireEvent.click(form.getByRole('button', { name: 'Отправить код' }));

    expect(await form.findByText(/Код отправлен на \+7 916/)).toBeTruthy();
    fireEvent.change(form.getByLabelText(/Код из SMS/), { target: { value: '123456' } });
    fireEvent.click(form.getByRole('button', { name: 'Добавить' }));

    expect(await screen.findByText('Лицевой счёт № 9100000302 привязан.')).toBeTruthy();
    expect(changed).toHaveBeenCalledOnce();
    const byPhone = server.requests.find((r) => new URL(r.url).pathname.endsWith('/by-phone'))!;
    expect(await byPhone.clone().json()).toEqual({ accountNumber: '9100000302', confirmationId: 'c-1', code: '123456' });
  });

  it('unlinks an account and tells the session to re-read', async () => {
    const changed = vi.fn();
    server.respond = (request) => (request.method === 'GET' ? json(200, [FIRST, SECOND]) : json(200, [FIRST]));
    render(
      <MemoryRouter>
        <LinksSection onChanged={changed} />
      </MemoryRouter>,
    );
    await screen.findByRole('link', { name: 'Лицевой счёт № 9100000302' });
    fireEvent.click(screen.getByRole('button', { name: 'Отвязать Лицевой счёт № 9100000302' }));

    expect(await screen.findByText('Лицевой счёт № 9100000302 отвязан.')).toBeTruthy();
    await waitFor(() => expect(screen.queryByRole('link', { name: 'Лицевой счёт № 9100000302' })).toBeNull());
    expect(changed).toHaveBeenCalledOnce();
    const del = server.requests.find((r) => r.method === 'DELETE')!;
    expect(new URL(del.url).pathname).toBe('/api/identity/v1/me/links/9100000302');
  });
});

describe('ID-8 password change', () => {
  beforeEach(() => {
    server.requests.length = 0;
    document.cookie = 'XSRF-TOKEN=token-123';
  });
  afterEach(cleanup);

  const type = (label: RegExp, value: string) => fireEvent.change(screen.getByLabelText(label), { target: { value } });

  it('shows a different repeat next to its field and sends nothing', async () => {
    render(<PasswordSection />);
    type(/Текущий пароль/, 'Kabinet-2026');
    type(/^Новый пароль \(/, 'Novyi-parol-2027');
    type(/Новый пароль ещё раз/, 'Novyi-parol-2028');
    fireEvent.click(screen.getByRole('button', { name: 'Я не робот' }));
    fireEvent.click(screen.getByRole('button', { name: 'Сменить пароль' }));

    expect((await screen.findByTestId('error-repeatPassword')).textContent).toBe('Пароли не совпадают');
    expect(server.requests).toHaveLength(0);
  });

  it('puts a wrong current password from the server next to its field', async () => {
    server.respond = () =>
      problem(400, 'password-change-invalid', 'Пароль не изменён: исправьте отмеченные поля.', [
        { field: 'currentPassword', message: 'Текущий пароль введён неверно.' },
      ]);
    render(<PasswordSection />);
    type(/Текущий пароль/, 'wrong-1234');
    type(/^Новый пароль \(/, 'Novyi-parol-2027');
    type(/Новый пароль ещё раз/, 'Novyi-parol-2027');
    fireEvent.click(screen.getByRole('button', { name: 'Я не робот' }));
    fireEvent.click(screen.getByRole('button', { name: 'Сменить пароль' }));

    expect((await screen.findByTestId('error-currentPassword')).textContent).toBe('Текущий пароль введён неверно.');
  });

  it('says the password changed and other sessions ended', async () => {
    server.respond = () => new Response(null, { status: 204 });
    render(<PasswordSection />);
    type(/Текущий пароль/, 'Kabinet-2026');
    type(/^Новый пароль \(/, 'Novyi-parol-2027');
    type(/Новый пароль ещё раз/, 'Novyi-parol-2027');
    fireEvent.click(screen.getByRole('button', { name: 'Я не робот' }));
    fireEvent.click(screen.getByRole('button', { name: 'Сменить пароль' }));

    expect(await screen.findByText('Пароль изменён. Вход на других устройствах завершён.')).toBeTruthy();
    expect(new URL(server.requests[0].url).pathname).toBe('/api/identity/v1/me/password');
  });
});

describe('ID-8 e-mail change', () => {
  beforeEach(() => {
    server.requests.length = 0;
    document.cookie = 'XSRF-TOKEN=token-123';
  });
  afterEach(cleanup);

  it('shows the current address, refuses a different repeat, and says where the confirmation link went', async () => {
    server.respond = (request) =>
      request.method === 'GET'
        ? json(200, { username: 'lebedeva', email: 'vera@kabinet.local', accounts: [] })
        : new Response(null, { status: 204 });
    render(<EmailSection />);
    expect((await screen.findByTestId('current-email')).textContent).toContain('vera@kabinet.local');

    fireEvent.change(screen.getByLabelText(/^Новый адрес электронной почты/), { target: { value: 'vera@example.ru' } });
    fireEvent.change(screen.getByLabelText(/Новый адрес ещё раз/), { target: { value: 'vera@example.com' } });
    fireEvent.click(screen.getByRole('button', { name: 'Я не робот' }));
    fireEvent.click(screen.getByRole('button', { name: 'Сменить адрес' }));
    expect((await screen.findByTestId('error-repeatEmail')).textContent).toBe('Адреса не совпадают');
    expect(server.requests.filter((r) => r.method === 'PUT')).toHaveLength(0);

    fireEvent.change(screen.getByLabelText(/Новый адрес ещё раз/), { target: { value: 'vera@example.ru' } });
    fireEvent.click(screen.getByRole('button', { name: 'Сменить адрес' }));
    await waitFor(() => expect(screen.getByTestId('email-status').textContent).toContain('Подтвердите его по ссылке'));
    expect((await screen.findByTestId('current-email')).textContent).toContain('vera@example.ru');
  });

  it('ID-2 says an unconfirmed address is not confirmed and sends the confirmation letter again', async () => {
    server.respond = (request) =>
      request.method === 'GET'
        ? json(200, { username: 'lebedeva', email: 'vera@kabinet.local', accounts: [], emailVerified: false })
        : json(200, { sent: true });
    render(<EmailSection />);
    expect((await screen.findByTestId('email-unconfirmed')).textContent).toContain('Адрес не подтверждён');

    fireEvent.click(screen.getByRole('button', { name: 'Отправить письмо ещё раз' }));
    expect(await screen.findByTestId('error-captcha')).toBeTruthy();
    expect(server.requests.filter((r) => r.method === 'POST')).toHaveLength(0);

    fireEvent.click(screen.getByRole('button', { name: 'Я не робот' }));
    fireEvent.click(screen.getByRole('button', { name: 'Отправить письмо ещё раз' }));
    await waitFor(() =>
      expect(screen.getByTestId('email-status').textContent).toContain('Письмо со ссылкой для подтверждения отправлено'),
    );
    const post = server.requests.find((r) => r.method === 'POST');
    expect(new URL(post!.url).pathname).toBe('/api/identity/v1/me/email-confirmations');
    expect(await post!.json()).toEqual({ captcha: 'solved-0' });
  });

  it('ID-2 a confirmed address shows no notice', async () => {
    server.respond = () => json(200, { username: 'lebedeva', email: 'vera@kabinet.local', accounts: [], emailVerified: true });
    render(<EmailSection />);
    await screen.findByTestId('current-email');
    expect(screen.queryByTestId('email-unconfirmed')).toBeNull();
  });
});

describe('ID-8 username and phone changes', () => {
  beforeEach(() => {
    server.requests.length = 0;
    document.cookie = 'XSRF-TOKEN=token-123';
  });
  afterEach(cleanup);

  it('checks the username as typed, sends it with the captcha, tells the session to re-read', async () => {
    const changed = vi.fn();
    server.respond = () => json(200, { username: 'anna_ivanova' });
    render(<UsernameSection username="ivanova" onChanged={changed} />);
    const field = screen.getByLabelText(/Новый логин/);

    fireEvent.change(field, { target: { value: 'я логин' } });
    fireEvent.click(screen.getByRole('button', { name: 'Сменить логин' }));
    expect(field.getAttribute('aria-invalid')).toBe('true');
    expect(server.requests).toHaveLength(0);

    fireEvent.change(field, { target: { value: 'anna_ivanova' } });
    fireEvent.click(screen.getByRole('button', { name: 'Я не робот' }));
    fireEvent.click(screen.getByRole('button', { name: 'Сменить логин' }));

    expect(await screen.findByText(/Теперь входите как anna_ivanova/)).toBeTruthy();
    expect(changed).toHaveBeenCalledOnce();
    const put = server.requests[0];
    expect(put.method).toBe('PUT');
    expect(new URL(put.url).pathname).toBe('/api/identity/v1/me/username');
    expect(await put.clone().json()).toEqual({ username: 'anna_ivanova', captcha: 'solved-0' });
  });

  it('shows a taken username next to the field', async () => {
    server.respond = () =>
      problem(400, 'username-change-invalid', 'Логин не изменён: исправьте поле.', [
        { field: 'username', message: 'Этот логин занят, выберите другой.' },
      ]);
    render(<UsernameSection username="ivanova" onChanged={() => {}} />);
    fireEvent.change(screen.getByLabelText(/Новый логин/), { target: { value: 'petrov' } });
    fireEvent.click(screen.getByRole('button', { name: 'Я не робот' }));
    fireEvent.click(screen.getByRole('button', { name: 'Сменить логин' }));

    expect(await screen.findByText('Этот логин занят, выберите другой.')).toBeTruthy();
    expect(screen.getByLabelText(/Новый логин/).getAttribute('aria-invalid')).toBe('true');
  });

  it('normalises a phone as typed', () => {
    expect(normalisePhone('+7 912 345-67-89')).toBe('9123456789');
    expect(normalisePhone('8 (912) 345 67 89')).toBe('9123456789');
    expect(normalisePhone('12345')).toBeNull();
  });

  it('changes the phone in two steps: the code goes to the new number, then the code stores it', async () => {
    server.respond = (request) => {
      const path = new URL(request.url).pathname;
      if (request.method === 'GET') return json(200, { username: 'ivanova', accounts: [], phone: null });
      if (path.endsWith('/phone-codes'))
        return json(201, { confirmationId: 'c-9', maskedPhone: '+7 912 ***-**-89', expiresAt: '2026-11-30T10:05:00Z' });
      return json(200, { phone: '+79123456789' });
    };
    render(<PhoneSection />);
    expect((await screen.findByTestId('current-phone')).textContent).toBe('Телефон не указан.');

    fireEvent.change(screen.getByLabelText(/Новый номер мобильного телефона/), { target: { value: '+7 912 345-67-89' } });
    fireEvent.click(screen.getByRole('button', { name: 'Я не робот' }));
    fireEvent.click(screen.getByRole('button', { name: 'Получить код' }));

    expect(await screen.findByText(/\+7 912 \*\*\*-\*\*-89/)).toBeTruthy();
    fireEvent.change(screen.getByLabelText(/Код из SMS/), { target: { value: '654321' } });
    fireEvent.click(screen.getByRole('button', { name: 'Подтвердить' }));

    expect(await screen.findByText('Телефон изменён.')).toBeTruthy();
    expect(screen.getByTestId('current-phone').textContent).toContain('+79123456789');
    const sendCode = server.requests.find((r) => new URL(r.url).pathname.endsWith('/phone-codes'))!;
    expect(await sendCode.clone().json()).toEqual({ phone: '9123456789', captcha: 'solved-0' });
    const put = server.requests.find((r) => r.method === 'PUT')!;
    expect(new URL(put.url).pathname).toBe('/api/identity/v1/me/phone');
    expect(await put.clone().json()).toEqual({ confirmationId: 'c-9', code: '654321' });
  });

  it('shows a wrong code as the service words it', async () => {
    server.respond = (request) => {
      const path = new URL(request.url).pathname;
      if (request.method === 'GET') return json(200, { username: 'ivanova', accounts: [], phone: '+79000000001' });
      if (path.endsWith('/phone-codes'))
        return json(201, { confirmationId: 'c-9', maskedPhone: '+7 912 ***-**-89', expiresAt: '2026-11-30T10:05:00Z' });
      return problem(422, 'confirmation-code-wrong', 'Неверный код. Осталось попыток: 4.');
    };
    render(<PhoneSection />);
    expect((await screen.findByTestId('current-phone')).textContent).toContain('+79000000001');
    fireEvent.change(screen.getByLabelText(/Новый номер мобильного телефона/), { target: { value: '9123456789' } });
    fireEvent.click(screen.getByRole('button', { name: 'Я не робот' }));
    fireEvent.click(screen.getByRole('button', { name: 'Получить код' }));
    fireEvent.change(await screen.findByLabelText(/Код из SMS/), { target: { value: '000000' } });
    fireEvent.click(screen.getByRole('button', { name: 'Подтвердить' }));

    expect((await screen.findByTestId('phone-error')).textContent).toContain('Осталось попыток: 4');
  });
});
