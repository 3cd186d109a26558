// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

// The API client captures fetch/Request when it is created: stub them before any import runs.
const server = vi.hoisted(() => {
  const state = { requests: [] as Request[], respond: (_: Request) => new Response(null, { status: 500 }) };
  const BaseRequest = globalThis.Request;
  class RelativeRequest extends BaseRequest {
    constructor(input: RequestInfo | URL, init?: RequestInit) {
      super(typeof input === 'string' ? new URL(input, 'http://localhost') : input, init);
    }
  }
  globalThis.Request = RelativeRequest as typeof Request;
  globalThis.fetch = (async (input: Request) => {
    state.requests.push(input);
    return state.respond(input);
  }) as typeof fetch;
  return state;
});

import '../i18n';
import type { MeterView } from '../api/types';
import { ReadingForm } from './ReadingForm';

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

  it('has one labelled field per zone', () => {
    render(<ReadingForm accountNumber="1000000012" meter={dayNight} onSubmitted={() => {}} />);
    expect(screen.getByLabelText('Показание (день)')).toBeTruthy();
    expect(screen.getByLabelText('Показание (ночь)')).toBeTruthy();
    expect(screen.getAllByRole('textbox')).toHaveLength(2);
  });

  it('shows the reason next to the field and sends nothing when a value is too wide or below the previous', async () => {
    render(<ReadingForm accountNumber="1000000012" meter={dayNight} onSubmitted={() => {}} />);
    fireEvent.change(screen.getByLabelText('Показание (день)'), { target: { value: '1234567' } });
    fireEvent.change(screen.getByLabelText('Показание (ночь)'), { target: { value: '1999,9' } });
    fireEvent.click(screen.getByRole('button', { name: 'Передать показания' }));

    expect(await screen.findByText('Не более 6 цифр до запятой')).toBeTruthy();
    expect(screen.getByText(/^Меньше предыдущего показания \(2\s000,0\)$/)).toBeTruthy();
    expect(screen.getByLabelText('Показание (день)').getAttribute('aria-invalid')).toBe('true');
    expect(server.requests).toHaveLength(0);
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

  it('shows server problem details: errors[] next to the field, detail as a message', async () => {
    server.respond = () =>
      json(
        422,
        {
          type: 'https://kabinet.dev/problems/reading-below-previous',
          title: 'Unprocessable Entity',
          status: 422,
          detail: 'Показание меньше предыдущего (2100.0)',
          traceId: 'abc123',
          errors: [{ field: 'values.T2', message: 'Меньше предыдущего показания 2100.0' }],
        },
        'application/problem+json',
      );
    render(<ReadingForm accountNumber="1000000012" meter={dayNight} onSubmitted={() => {}} />);
    fireEvent.change(screen.getByLabelText('Показание (день)'), { target: { value: '5001' } });
    fireEvent.change(screen.getByLabelText('Показание (ночь)'), { target: { value: '2050' } });
    fireEvent.click(screen.getByRole('button', { name: 'Передать показания' }));

    expect(await screen.findByText('Меньше предыдущего показания 2100.0')).toBeTruthy();
    expect(screen.getByLabelText('Показание (ночь)').getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByRole('alert').textContent).toContain('Показание меньше предыдущего (2100.0)');
    expect(screen.getByRole('alert').textContent).toContain('abc123');
  });
});
