// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

// The API client captures fetch/Request when it is created: the fake gateway goes in before any import runs.
const server = await vi.hoisted(async () => (await import('../test/fakeServer')).installFakeServer());

import '../i18n';
import { AppealForm, type AppealView } from './AppealForm';
import { AppealList } from './AppealList';
import { checkFiles, fileSize } from './validation';

const json = (status: number, body: unknown, type = 'application/json') =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': type } });

const sent: AppealView = {
  id: '0193f0b1-2a3b-7c4d-8e5f-6a7b8c9d0e1f',
  accountNumber: '1000000011',
  type: 'PORTAL',
  addressee: 'TECHNICAL_SUPPORT',
  text: 'Ошибка на странице',
  status: 'SENT',
  answer: null,
  answeredAt: null,
  sentAt: '2026-11-29T10:00:00Z',
  attachments: [{ id: '0193f0b1-2a3b-7c4d-8e5f-6a7b8c9d0e20', fileName: 'screen.png', contentType: 'image/png', size: 48213 }],
};

const png = (name = 'screen.png', size = 100) => new File([new Uint8Array(size)], name, { type: 'image/png' });

describe('AC-5 appeal form', () => {
  beforeEach(() => {
    server.requests.length = 0;
    document.cookie = 'XSRF-TOKEN=token-123';
  });
  afterEach(cleanup);

  it('checks the files before sending: at most 3, images or PDF, at most 5 MB', () => {
    expect(checkFiles([png(), png(), png(), png()])?.key).toBe('appeals.error.tooManyFiles');
    expect(checkFiles([png('page.html')])).toEqual({ key: 'appeals.error.fileType', name: 'page.html' });
    expect(checkFiles([png('big.png', 5 * 1024 * 1024 + 1)])?.key).toBe('appeals.error.fileSize');
    expect(checkFiles([png('a.JPG'), png('b.pdf')])).toBeNull();
    expect(fileSize(48213, 'ru')).toBe('47 КБ');
  });

  it('keeps the question typed so far when the resident picks another type (the form opens again with it)', () => {
    let draft = '';
    const first = render(
      <AppealForm accountNumber="1000000011" type="PORTAL" onSent={() => {}} draft={draft} onDraftChange={(text) => (draft = text)} />,
    );
    fireEvent.change(screen.getByLabelText('Вопрос'), { target: { value: 'Почему начислено больше?' } });
    expect(draft).toBe('Почему начислено больше?');
    first.unmount();
    render(<AppealForm accountNumber="1000000011" type="CHARGES" onSent={() => {}} draft={draft} onDraftChange={(text) => (draft = text)} />);
    expect((screen.getByLabelText('Вопрос') as HTMLTextAreaElement).value).toBe('Почему начислено больше?');
  });

  it('asks for the text next to its field and sends nothing', async () => {
    render(<AppealForm accountNumber="1000000011" type="PORTAL" onSent={() => {}} />);
    fireEvent.click(screen.getByRole('button', { name: 'Отправить обращение' }));
    expect((await screen.findByTestId('error-text')).textContent).toBe('Напишите ваш вопрос.');
    expect(server.requests).toHaveLength(0);
  });

  it('sends the question and a screenshot to technical support as one multipart body', async () => {
    const onSent = vi.fn();
    server.respond = () => json(201, sent);
    render(<AppealForm accountNumber="1000000011" type="PORTAL" onSent={onSent} />);
    expect((screen.getByLabelText(/Техническая поддержка/) as HTMLInputElement).checked).toBe(true);
    fireEvent.change(screen.getByLabelText('Вопрос'), { target: { value: 'Ошибка на странице' } });
    fireEvent.change(screen.getByLabelText(/Файлы/), { target: { files: [png()] } });
    fireEvent.click(screen.getByRole('button', { name: 'Отправить обращение' }));

    expect(await screen.findByText(/Обращение отправлено/)).toBeTruthy();
    const request = server.requests[0];
    expect(new URL(request.url).pathname).toBe('/api/account/v1/accounts/1000000011/appeals');
    expect(request.headers.get('Content-Type')).toMatch(/^multipart\/form-data; boundary=/);
    const body = await request.clone().formData();
    expect(body.get('type')).toBe('PORTAL');
    expect(body.get('addressee')).toBe('TECHNICAL_SUPPORT');
    // jsdom's File reaches the fetch polyfill as a Blob, so only its presence is checked here; the name is the
    // browser's to send (the Playwright spec sees it come back)
    expect(body.get('files')).toBeTruthy();
    expect(onSent).toHaveBeenCalledWith(sent);
  });

  it("shows the server's refusal of a file next to the files", async () => {
    server.respond = () =>
      json(
        422,
        {
          type: 'https://kabinet.dev/problems/appeal-invalid',
          status: 422,
          detail: 'Обращение не отправлено: исправьте отмеченные поля и отправьте снова.',
          errors: [{ field: 'files[0]', message: 'Файл «screen.png» — не изображение JPEG или PNG и не документ PDF.' }],
        },
        'application/problem+json',
      );
    render(<AppealForm accountNumber="1000000011" type="PORTAL" onSent={() => {}} />);
    fireEvent.change(screen.getByLabelText('Вопрос'), { target: { value: 'Ошибка' } });
    fireEvent.change(screen.getByLabelText(/Файлы/), { target: { files: [png()] } });
    fireEvent.click(screen.getByRole('button', { name: 'Отправить обращение' }));

    expect((await screen.findByTestId('error-files')).textContent).toContain('не изображение');
  });

  it('lists appeals with their files as downloads and the answer', () => {
    render(
      <AppealList
        accountNumber="1000000011"
        appeals={[{ ...sent, status: 'ANSWERED', answer: 'Ошибка исправлена.', answeredAt: '2026-11-29T12:00:00Z' }]}
      />,
    );
    const link = screen.getByRole('link', { name: 'screen.png' });
    expect(link.getAttribute('href')).toBe(
      '/api/account/v1/accounts/1000000011/appeals/0193f0b1-2a3b-7c4d-8e5f-6a7b8c9d0e1f/attachments/0193f0b1-2a3b-7c4d-8e5f-6a7b8c9d0e20',
    );
    expect(link.hasAttribute('download')).toBe(true);
    expect(screen.getByText('Дан ответ')).toBeTruthy();
    expect(screen.getByTestId('appeal-answer').textContent).toContain('Ошибка исправлена.');
  });
});
