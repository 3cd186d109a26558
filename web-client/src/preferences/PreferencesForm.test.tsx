// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

// The API client captures fetch/Request when it is created: the fake gateway goes in before any import runs.
const server = await vi.hoisted(async () => (await import('../test/fakeServer')).installFakeServer());

import '../i18n';
import { PreferencesForm, type PreferencesView } from './PreferencesForm';

const current: PreferencesView = {
  phone: '+79160000011',
  email: 'ivanova@kabinet.local',
  smsInforming: false,
  emailInforming: true,
  billDelivery: 'PAPER',
  closed: false,
};

const json = (status: number, body: unknown, type = 'application/json') =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': type } });

describe('AC-3 preferences form', () => {
  beforeEach(() => {
    server.requests.length = 0;
    document.cookie = 'XSRF-TOKEN=token-123';
  });
  afterEach(cleanup);

  it('shows the contact on record and the choices', () => {
    render(<PreferencesForm accountNumber="1000000011" current={current} onSaved={() => {}} />);
    expect((screen.getByLabelText(/Мобильный телефон/) as HTMLInputElement).value).toBe('9160000011');
    expect((screen.getByLabelText(/Электронная почта/) as HTMLInputElement).value).toBe('ivanova@kabinet.local');
    expect((screen.getByLabelText(/СМС-информирование/) as HTMLInputElement).checked).toBe(false);
    expect((screen.getByLabelText(/На бумаге/) as HTMLInputElement).checked).toBe(true);
    expect(screen.getByText('пример: 9123456789')).toBeTruthy();
  });

  it('shows a bad phone next to its field and sends nothing', async () => {
    render(<PreferencesForm accountNumber="1000000011" current={current} onSaved={() => {}} />);
    fireEvent.change(screen.getByLabelText(/Мобильный телефон/), { target: { value: '12345' } });
    fireEvent.click(screen.getByRole('button', { name: 'Сохранить изменения' }));

    expect((await screen.findByTestId('error-phone')).textContent).toContain('10 цифр после +7');
    expect(screen.getByLabelText(/Мобильный телефон/).getAttribute('aria-invalid')).toBe('true');
    expect(server.requests).toHaveLength(0);
  });

  it('saves the whole form and says it went to the utility', async () => {
    const saved = vi.fn();
    server.respond = () => json(200, { ...current, phone: '+79123456789', smsInforming: true, billDelivery: 'EMAIL' });
    render(<PreferencesForm accountNumber="1000000011" current={current} onSaved={saved} />);
    fireEvent.change(screen.getByLabelText(/Мобильный телефон/), { target: { value: '8 912 345-67-89' } });
    fireEvent.click(screen.getByLabelText(/СМС-информирование/));
    fireEvent.click(screen.getByLabelText(/По электронной почте/));
    fireEvent.click(screen.getByRole('button', { name: 'Сохранить изменения' }));

    expect(await screen.findByText('Изменения сохранены и переданы поставщику.')).toBeTruthy();
    const request = server.requests[0];
    expect(request.method).toBe('PUT');
    expect(new URL(request.url).pathname).toBe('/api/account/v1/accounts/1000000011/preferences');
    expect(await request.clone().json()).toEqual({
      phone: '8 912 345-67-89',
      email: 'ivanova@kabinet.local',
      smsInforming: true,
      emailInforming: true,
      billDelivery: 'EMAIL',
    });
    await waitFor(() => expect(saved).toHaveBeenCalled());
    expect((screen.getByLabelText(/Мобильный телефон/) as HTMLInputElement).value).toBe('9123456789');
  });

  it("puts the server's field errors next to the fields", async () => {
    server.respond = () =>
      json(
        422,
        {
          type: 'https://kabinet.dev/problems/contact-preferences-invalid',
          status: 422,
          detail: 'Настройки не сохранены: исправьте отмеченные поля и сохраните снова.',
          errors: [{ field: 'email', message: 'Проверьте адрес электронной почты, например ivanova@mail.ru.' }],
        },
        'application/problem+json',
      );
    render(<PreferencesForm accountNumber="1000000011" current={current} onSaved={() => {}} />);
    fireEvent.click(screen.getByRole('button', { name: 'Сохранить изменения' }));

    expect((await screen.findByTestId('error-email')).textContent).toContain('Проверьте адрес');
    expect(screen.queryByTestId('preferences-form-error')).toBeNull();
  });
});
