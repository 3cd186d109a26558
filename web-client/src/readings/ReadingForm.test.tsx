// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

// The API client captures fetch/Request when it is created: the fake gateway goes in before any import runs.
const server = await vi.hoisted(async () => (await import('../test/fakeServer')).installFakeServer());

import '../i18n';
import type { MeterView } from '../api/types';
import { ApiError } from '../api/problem';
import { bannerFor, ReadingForm } from './ReadingForm';

const dayNight: MeterView = {
  id: 102,
  serialNumber: 'ЭМ-102-2021',
  service: 'ELECTRICITY',
  zones: ['T1', 'T2'],
  digitCapacity: 6,
  decimals: 1,
  remote: false,
  retired: false,
  verificationDue: '2031-06-30',
  lastAccepted: null,
  manualReadingRefusal: null,
  lastReading: { values: { T1: '5000.0', T2: '2000.0' }, status: 'ACCEPTED', submittedAt: '2026-10-25T09:00:00Z' },
};

const json = (status: number, body: unknown, type = 'application/json') =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': type } });

describe('MT-2 reading form', () => {
  beforeEach(() => {
    server.requests.length = 0;
    document.cookie = 'XSRF-TOKEN=token-123';
  });
  afterEach(cleanup);

  it('MT-2 shows the price of each zone in force today from billing, or says it is unavailable', () => {
    const tariffs = [
      { service: 'ELECTRICITY', scheme: 'DAY_NIGHT', zone: 'T1', kopecksPerUnit: 725, validFrom: '2026-01-01' },
      { service: 'ELECTRICITY', scheme: 'DAY_NIGHT', zone: 'T2', kopecksPerUnit: 310, validFrom: '2026-01-01' },
    ];
    const { unmount } = render(
      <ReadingForm accountNumber="1000000012" meter={dayNight} onSubmitted={() => {}} tariffs={tariffs} />,
    );
    expect(screen.getByTestId('reading-tariff').textContent).toBe('Тариф: Двухтарифный (день / ночь)');
    expect(screen.getByTestId('reading-tariff-price').textContent?.replace(/\s/g, ' ')).toBe(
      'Цена: день 7,25 ₽/кВт·ч, ночь 3,10 ₽/кВт·ч',
    );
    unmount();
    render(<ReadingForm accountNumber="1000000012" meter={dayNight} onSubmitted={() => {}} tariffs={null} />);
    expect(screen.getByTestId('reading-tariff-price').textContent).toMatch(/^Цена по тарифу сейчас недоступна/);
  });

  it('has one labelled field per zone', () => {
    render(<ReadingForm accountNumber="1000000012" meter={dayNight} onSubmitted={() => {}} />);
    expect(screen.getByLabelText('Показание (день)')).toBeTruthy();
    expect(screen.getByLabelText('Показание (ночь)')).toBeTruthy();
    expect(screen.getAllByRole('textbox')).toHaveLength(2);
  });

  it('shows a format hint next to the field and sends nothing when a value is too wide or not a number', async () => {
    render(<ReadingForm accountNumber="1000000012" meter={dayNight} onSubmitted={() => {}} />);
    fireEvent.change(screen.getByLabelText('Показание (день)'), { target: { value: '1234567' } });
    fireEvent.change(screen.getByLabelText('Показание (ночь)'), { target: { value: '19a9' } });
    fireEvent.click(screen.getByRole('button', { name: 'Передать показания' }));

    expect(await screen.findByText('Не более 6 цифр до запятой')).toBeTruthy();
    expect(screen.getByText('Только цифры и, при необходимости, одна запятая')).toBeTruthy();
    expect(screen.getByLabelText('Показание (день)').getAttribute('aria-invalid')).toBe('true');
    expect(server.requests).toHaveLength(0);
  });

  it('sends a value lower than the last reading: a rollover or a correction is the server\'s to judge (#5)', async () => {
    const submitted = vi.fn();
    const nearlyFull: MeterView = {
      ...dayNight,
      zones: ['T1'],
      lastReading: { values: { T1: '999990.0' }, status: 'ACCEPTED', submittedAt: '2026-10-25T09:00:00Z' },
    };
    server.respond = () =>
      json(201, {
        id: '0b7f4b1e-3a5c-4a3e-8f0e-2d1c9e8a7b60',
        meterId: 102,
        accountNumber: '1000000012',
        values: { T1: '12.5' },
        status: 'IN_PROCESSING',
        channel: 'PORTAL',
        submittedAt: '2026-11-22T10:00:00Z',
      });
    render(<ReadingForm accountNumber="1000000012" meter={nearlyFull} onSubmitted={submitted} />);
    const field = screen.getByLabelText('Показание');
    fireEvent.change(field, { target: { value: '12,5' } });
    fireEvent.blur(field);
    expect(screen.queryByText(/предыдущ/i, { selector: '.field__error' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Передать показания' }));

    await waitFor(() => expect(submitted).toHaveBeenCalledTimes(1));
    const [request] = server.requests.filter((r) => r.method === 'POST');
    expect(await request.json()).toEqual({ values: { T1: '12.5' } });
  });

  it('sends a correction lower than a rejected reading, which is no reference for the next one', async () => {
    const afterRejection: MeterView = {
      ...dayNight,
      lastReading: { values: { T1: '9000.0', T2: '9000.0' }, status: 'REJECTED', submittedAt: '2026-11-20T09:00:00Z' },
    };
    server.respond = () =>
      json(201, {
        id: '1c2d3e4f-5a6b-4c7d-8e9f-a0b1c2d3e4f5',
        meterId: 102,
        accountNumber: '1000000012',
        values: { T1: '5001.0', T2: '2001.0' },
        status: 'IN_PROCESSING',
        channel: 'PORTAL',
        submittedAt: '2026-11-22T10:00:00Z',
      });
    render(<ReadingForm accountNumber="1000000012" meter={afterRejection} onSubmitted={() => {}} />);
    expect(screen.queryByText(/Предыдущее/)).toBeNull();
    fireEvent.change(screen.getByLabelText('Показание (день)'), { target: { value: '5001' } });
    fireEvent.change(screen.getByLabelText('Показание (ночь)'), { target: { value: '2001' } });
    fireEvent.click(screen.getByRole('button', { name: 'Передать показания' }));

    expect(await screen.findByText('Показания переданы и приняты в обработку.')).toBeTruthy();
    expect(server.requests.filter((r) => r.method === 'POST')).toHaveLength(1);
  });

  it('refuses decimals beyond what the meter shows', async () => {
    render(<ReadingForm accountNumber="1000000012" meter={dayNight} onSubmitted={() => {}} />);
    const day = screen.getByLabelText('Показание (день)');
    fireEvent.change(day, { target: { value: '5001,25' } });
    fireEvent.blur(day);
    expect(await screen.findByText('Не более 1 знака после запятой')).toBeTruthy();
  });

  it('posts normalized values with the CSRF header and the UI language', async () => {
    const submitted = vi.fn();
    server.respond = () =>
      json(201, {
        id: '6f1c0e7a-2a8e-4d8e-9a55-0b1f3c7d9e10',
        meterId: 102,
        accountNumber: '1000000012',
        values: { T1: '5001.5', T2: '2000.5' },
        status: 'IN_PROCESSING',
        channel: 'PORTAL',
        submittedAt: '2026-11-22T10:00:00Z',
      });
    render(<ReadingForm accountNumber="1000000012" meter={dayNight} onSubmitted={submitted} />);
    fireEvent.change(screen.getByLabelText('Показание (день)'), { target: { value: '5001,5' } });
    fireEvent.change(screen.getByLabelText('Показание (ночь)'), { target: { value: '2000,5' } });
    fireEvent.click(screen.getByRole('button', { name: 'Передать показания' }));

    await waitFor(() => expect(submitted).toHaveBeenCalledTimes(1));
    const [request] = server.requests.filter((r) => r.method === 'POST');
    expect(new URL(request.url).pathname).toBe('/api/metering/v1/accounts/1000000012/meters/102/readings');
    expect(request.headers.get('X-XSRF-TOKEN')).toBe('token-123');
    expect(request.headers.get('Accept-Language')).toBe('ru');
    expect(await request.json()).toEqual({ values: { T1: '5001.5', T2: '2000.5' } });
    expect(await screen.findByText('Показания переданы и приняты в обработку.')).toBeTruthy();
  });

  it('shows metering\'s refusal once: each errors[] entry next to its field, and no alert repeating it (#5)', async () => {
    // as metering answers reading-below-previous (Reading.submit, ProblemDetailsAdvice)
    server.respond = () =>
      json(
        422,
        {
          type: 'https://kabinet.dev/problems/reading-below-previous',
          title: 'Unprocessable Entity',
          status: 422,
          detail: 'Показание меньше предыдущего принятого (T2: 2100.0). Проверьте цифры на табло счётчика.',
          instance: '/api/metering/v1/accounts/1000000012/meters/102/readings',
          traceId: 'abc123',
          errors: [{ field: 'values.T2', message: 'Показание меньше предыдущего принятого (2100.0).' }],
        },
        'application/problem+json',
      );
    render(<ReadingForm accountNumber="1000000012" meter={dayNight} onSubmitted={() => {}} />);
    fireEvent.change(screen.getByLabelText('Показание (день)'), { target: { value: '5001' } });
    fireEvent.change(screen.getByLabelText('Показание (ночь)'), { target: { value: '2050' } });
    fireEvent.click(screen.getByRole('button', { name: 'Передать показания' }));

    const night = screen.getByLabelText('Показание (ночь)');
    const message = await screen.findByTestId('error-values.T2');
    expect(message.textContent).toBe('Показание меньше предыдущего принятого (2100.0).');
    expect(night.getAttribute('aria-invalid')).toBe('true');
    expect(night.getAttribute('aria-describedby')?.split(' ')).toContain(message.id);
    expect(document.activeElement).toBe(night);
    expect(screen.getByLabelText('Показание (день)').getAttribute('aria-invalid')).toBeNull();
    // the detail restates the field's message: said once, next to the field
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.queryByTestId('reading-form-error')).toBeNull();
    expect(screen.getAllByText(/меньше предыдущего/)).toHaveLength(1);

    // typing in the field takes the server's message away; the other field keeps nothing
    fireEvent.change(night, { target: { value: '2150' } });
    expect(screen.queryByTestId('error-values.T2')).toBeNull();
    expect(night.getAttribute('aria-invalid')).toBeNull();
  });

  it('shows every field of a reading-invalid refusal next to its field and only the one it has no field for in the alert', async () => {
    server.respond = () =>
      json(
        422,
        {
          type: 'https://kabinet.dev/problems/reading-invalid',
          title: 'Unprocessable Entity',
          status: 422,
          detail: 'Показания не приняты: исправьте отмеченные поля и отправьте снова.',
          errors: [
            { field: 'values.T1', message: 'Показание может иметь не больше 6 цифр до запятой, как на табло счётчика.' },
            { field: 'values.T2', message: 'Показание не может быть отрицательным.' },
            { field: 'values.T3', message: 'У этого счётчика нет шкалы T3: у него шкалы T1, T2.' },
          ],
        },
        'application/problem+json',
      );
    render(<ReadingForm accountNumber="1000000012" meter={dayNight} onSubmitted={() => {}} />);
    fireEvent.change(screen.getByLabelText('Показание (день)'), { target: { value: '5001' } });
    fireEvent.change(screen.getByLabelText('Показание (ночь)'), { target: { value: '2050' } });
    fireEvent.click(screen.getByRole('button', { name: 'Передать показания' }));

    expect((await screen.findByTestId('error-values.T1')).textContent).toBe(
      'Показание может иметь не больше 6 цифр до запятой, как на табло счётчика.',
    );
    expect(screen.getByTestId('error-values.T2').textContent).toBe('Показание не может быть отрицательным.');
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain('У этого счётчика нет шкалы T3');
    expect(alert.textContent).not.toContain('Показание не может быть отрицательным');
    expect(alert.textContent).not.toContain('не больше 6 цифр');
    expect(alert.textContent).not.toContain('исправьте отмеченные поля');
  });

  it('shows a refusal without field errors (the meter takes no readings) in the alert and marks no field', async () => {
    server.respond = () =>
      json(
        422,
        {
          type: 'https://kabinet.dev/problems/meter-verification-overdue',
          title: 'Unprocessable Entity',
          status: 422,
          detail: 'Срок поверки счётчика ЭМ-102-2021 истёк 30.06.2026, поэтому его показания не принимаются.',
        },
        'application/problem+json',
      );
    render(<ReadingForm accountNumber="1000000012" meter={dayNight} onSubmitted={() => {}} />);
    fireEvent.change(screen.getByLabelText('Показание (день)'), { target: { value: '5001' } });
    fireEvent.change(screen.getByLabelText('Показание (ночь)'), { target: { value: '2050' } });
    fireEvent.click(screen.getByRole('button', { name: 'Передать показания' }));

    expect((await screen.findByRole('alert')).textContent).toContain('Срок поверки счётчика ЭМ-102-2021 истёк');
    expect(screen.getByLabelText('Показание (день)').getAttribute('aria-invalid')).toBeNull();
    expect(screen.getByLabelText('Показание (ночь)').getAttribute('aria-invalid')).toBeNull();
  });
});

describe('MT-2 the alert under the form holds only what no field shows (#5)', () => {
  const t = (key: string) => `t:${key}`;
  const refusal = (fieldErrors: Record<string, string>, detail = 'Подробности', traceId = 'trace-1') =>
    new ApiError({ kind: 'problem', status: 422, detail, traceId, fieldErrors });

  it('none when every message is shown at a field', () => {
    expect(bannerFor(refusal({ 'values.T1': 'a' }), true, undefined, t)).toBeNull();
  });

  it('the messages without a field of this form, with the trace id, when the others are at fields', () => {
    expect(bannerFor(refusal({ 'values.T1': 'a', 'values.T3': 'b' }), true, 'b', t)).toEqual({
      message: 'b',
      traceId: 'trace-1',
    });
  });

  it('the detail when no field is concerned, and the generic sentence when there is no detail', () => {
    expect(bannerFor(refusal({}, 'Срок поверки истёк'), false, undefined, t)).toEqual({
      message: 'Срок поверки истёк',
      traceId: 'trace-1',
    });
    expect(bannerFor(new ApiError({ kind: 'network', status: 0 }), false, undefined, t)).toEqual({
      message: 't:errors.network',
      traceId: undefined,
    });
  });

});

describe('MT-2 reading form: rollover confirmation, the window and the review', () => {
  beforeEach(() => {
    server.requests.length = 0;
    document.cookie = 'XSRF-TOKEN=token-123';
  });
  afterEach(cleanup);

  it('MT-2 a rollover refused until confirmed: the resident ticks the confirmation and the same values go again', async () => {
    const submitted = vi.fn();
    const nearlyFull: MeterView = {
      ...dayNight,
      zones: ['T1'],
      lastAccepted: { values: { T1: '999950.0' }, status: 'ACCEPTED', submittedAt: '2026-10-25T09:00:00Z' },
    };
    let calls = 0;
    server.respond = () => {
      calls += 1;
      return calls === 1
        ? json(
            422,
            {
              type: 'https://kabinet.dev/problems/reading-rollover-unconfirmed',
              title: 'Unprocessable Entity',
              status: 422,
              detail: 'Показание меньше предыдущего принятого (T1: 999 950): так бывает, когда счётчик перешёл через ноль.',
              errors: [
                {
                  field: 'values.T1',
                  message: 'Показание меньше предыдущего принятого (999 950). Если счётчик перешёл через ноль, подтвердите это.',
                },
              ],
            },
            'application/problem+json',
          )
        : json(201, {
            id: 'r-roll',
            meterId: 102,
            accountNumber: '1000000012',
            values: { T1: '120.5' },
            status: 'IN_PROCESSING',
            channel: 'PORTAL',
            rejectionReason: null,
            submittedAt: '2026-11-20T09:00:00Z',
            period: '2026-11',
            outsideWindow: false,
            rollover: true,
            review: null,
          });
    };
    render(<ReadingForm accountNumber="1000000012" meter={nearlyFull} onSubmitted={submitted} />);
    fireEvent.change(screen.getByLabelText('Показание'), { target: { value: '120,5' } });
    fireEvent.click(screen.getByRole('button', { name: 'Передать показания' }));

    expect((await screen.findByTestId('error-values.T1')).textContent).toMatch(/перешёл через ноль/);
    const confirm = screen.getByRole('checkbox', { name: /счётчик перешёл через ноль/ });
    expect(await server.requests[0].clone().json()).toEqual({ values: { T1: '120.5' } });
    fireEvent.click(confirm);
    fireEvent.click(screen.getByRole('button', { name: 'Передать показания' }));

    await waitFor(() => expect(submitted).toHaveBeenCalled());
    expect(await server.requests[1].json()).toEqual({ values: { T1: '120.5' }, rolloverConfirmed: true });
    expect(screen.queryByTestId('rollover-confirmation')).toBeNull();
  });

  it('MT-2 tells the resident a reading outside the window counts for the next period, and one held for review why', async () => {
    server.respond = () =>
      json(201, {
        id: 'r-late',
        meterId: 102,
        accountNumber: '1000000012',
        values: { T1: '12345.6', T2: '2000.5' },
        status: 'IN_PROCESSING',
        channel: 'PORTAL',
        rejectionReason: null,
        submittedAt: '2026-11-27T09:00:00Z',
        period: '2026-12',
        outsideWindow: true,
        rollover: false,
        review: { zone: 'T1', consumption: '7345.6', average: '180.5', factor: '5' },
      });
    render(<ReadingForm accountNumber="1000000012" meter={dayNight} onSubmitted={() => {}} />);
    fireEvent.change(screen.getByLabelText('Показание (день)'), { target: { value: '12345,6' } });
    fireEvent.change(screen.getByLabelText('Показание (ночь)'), { target: { value: '2000,5' } });
    fireEvent.click(screen.getByRole('button', { name: 'Передать показания' }));

    expect((await screen.findByTestId('reading-outside-window')).textContent).toBe(
      'Приём показаний за текущий период закрыт: эти показания будут учтены в периоде «декабрь 2026».',
    );
    // numbers the Russian way: 7 345,6 and 180,5
    expect(screen.getByTestId('reading-review').textContent).toMatch(
      /^Расход по шкале T1 \(7[\u00a0 ]345,6\) более чем в 5 раз выше среднего за последние периоды \(180,5\): показания приняты и будут проверены\.$/,
    );
  });
});
