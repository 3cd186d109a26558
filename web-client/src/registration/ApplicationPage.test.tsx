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
import { ApplicationPage } from './ApplicationPage';
import { ApplicationStatusPage } from './ApplicationStatusPage';

const json = (status: number, body: unknown, type = 'application/json') =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': type } });

const render_ = (element: React.ReactElement) => render(<MemoryRouter>{element}</MemoryRouter>);
const type = (label: RegExp, value: string) => fireEvent.change(screen.getByLabelText(label), { target: { value } });

const fill = () => {
  type(/^Номер лицевого счёта/, '1000 000 011');
  type(/^Фамилия/, 'Иванова');
  type(/^Имя/, 'Анна');
  type(/^Мобильный телефон/, '9160000011');
  type(/^Электронная почта/, 'ivanova@kabinet.local');
  type(/^Заводской номер счётчика/, 'ЭМ-101-2019');
  type(/^Текущее показание/, '12345,6');
};

describe('ID-4 access application', () => {
  beforeEach(() => {
    server.requests.length = 0;
  });
  afterEach(cleanup);

  it('ID-4 marks required fields, says which are optional, and sends nothing with field problems', async () => {
    render_(<ApplicationPage />);
    expect(screen.getByLabelText(/^Фамилия/).closest('.field')?.textContent).toContain('обязательно');
    expect(screen.getByLabelText(/^Отчество/).closest('.field')?.textContent).toContain('необязательно');
    type(/^Мобильный телефон/, '12');
    fireEvent.click(screen.getByRole('button', { name: 'Отправить заявку' }));
    expect((await screen.findByTestId('error-phone')).textContent).toContain('10 цифр');
    expect(screen.getByTestId('error-consent')).toBeTruthy();
    expect(server.requests).toHaveLength(0);
  });

  it('ID-4 sends day/night readings and an extra account, then shows the number and the review days', async () => {
    server.respond = () => json(201, { applicationNumber: 100042, submittedAt: '2026-11-30T09:00:00Z', reviewDays: 3 });
    render_(<ApplicationPage />);
    fill();
    fireEvent.click(screen.getByTestId('tariff-two'));
    type(/^Показание «ночь»/, '4321');
    fireEvent.click(screen.getByTestId('add-extra'));
    type(/^Лицевой счёт 1/, '1000000012');
    fireEvent.click(screen.getByRole('checkbox'));
    fireEvent.click(screen.getByRole('button', { name: 'Я не робот' }));
    fireEvent.click(screen.getByRole('button', { name: 'Отправить заявку' }));

    const done = await screen.findByTestId('application-submitted');
    expect(done.textContent).toContain('100042');
    expect(done.textContent).toContain('3 рабочих дней');
    expect(new URL(server.requests[0].url).pathname).toBe('/api/identity/v1/access-applications');
    expect(await server.requests[0].json()).toMatchObject({
      accountNumber: '1000 000 011',
      readings: { T1: '12345,6', T2: '4321' },
      extraAccountNumbers: ['1000000012'],
      consent: true,
      captcha: 'solved-0',
    });
  });

  it("ID-4 shows the server's field problems next to the fields, readings.T2 included", async () => {
    server.respond = () =>
      json(
        400,
        {
          type: 'https://kabinet.dev/problems/access-application-invalid',
          status: 400,
          detail: 'Проверьте поля заявки.',
          errors: [
            { field: 'meterSerialNumber', message: 'Заводской номер — не длиннее 40 символов.' },
            { field: 'readings.T2', message: 'Показание — цифры' },
          ],
        },
        'application/problem+json',
      );
    render_(<ApplicationPage />);
    fill();
    fireEvent.click(screen.getByTestId('tariff-two'));
    type(/^Показание «ночь»/, '1');
    fireEvent.click(screen.getByRole('checkbox'));
    fireEvent.click(screen.getByRole('button', { name: 'Я не робот' }));
    fireEvent.click(screen.getByRole('button', { name: 'Отправить заявку' }));
    expect((await screen.findByTestId('error-meterSerialNumber')).textContent).toContain('40 символов');
    expect(screen.getByTestId('error-T2').textContent).toContain('цифры');
  });

  it('ID-4 the status page shows a rejection with its reason and offers a new application', async () => {
    server.respond = () =>
      json(200, {
        applicationNumber: 100042,
        status: 'REJECTED',
        submittedAt: '2026-11-30T09:00:00Z',
        decidedAt: '2026-11-30T09:00:05Z',
        reason: 'не является владельцем',
      });
    render_(<ApplicationStatusPage />);
    type(/^Номер заявки/, '100042');
    type(/^Электронная почта/, 'ivanova@kabinet.local');
    fireEvent.click(screen.getByRole('button', { name: 'Узнать' }));
    const status = await screen.findByTestId('application-status');
    expect(status.textContent).toContain('отклонена');
    expect(status.textContent).toContain('не является владельцем');
    expect(screen.getByTestId('apply-again')).toBeTruthy();
  });
});
