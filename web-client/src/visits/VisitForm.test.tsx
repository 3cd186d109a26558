// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

// The API client captures fetch/Request when it is created: the fake gateway goes in before any import runs.
const server = await vi.hoisted(async () => (await import('../test/fakeServer')).installFakeServer());

import '../i18n';
import { VisitForm, type VisitRequestView } from './VisitForm';
import { VisitList } from './VisitList';
import { addDays, dayIn } from './validation';

const json = (status: number, body: unknown, type = 'application/json') =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': type } });

const tomorrow = addDays(dayIn(new Date()), 1);
const sent: VisitRequestView = {
  id: '0193f0a8-6c2e-7b4a-9d1e-5f2a3b4c5d6e',
  reason: 'SEAL_METER',
  meterSerial: 'ЭМ-101-2019',
  preferredFrom: tomorrow,
  preferredTo: tomorrow,
  contactPhone: '+79160000011',
  comment: null,
  status: 'SENT',
  slotStart: null,
  slotEnd: null,
  cancelReason: null,
  requestedAt: '2026-11-29T10:00:00Z',
  updatedAt: '2026-11-29T10:00:00Z',
};

describe('AC-4 visit request form', () => {
  beforeEach(() => {
    server.requests.length = 0;
    document.cookie = 'XSRF-TOKEN=token-123';
  });
  afterEach(cleanup);

  it('starts with the phone on record and refuses past days next to the field, sending nothing', async () => {
    render(<VisitForm accountNumber="1000000011" meters={['ЭМ-101-2019']} phone="+79160000011" onSent={() => {}} />);
    expect((screen.getByLabelText('Телефон для связи') as HTMLInputElement).value).toBe('9160000011');
    fireEvent.click(screen.getByLabelText('Опломбировать счётчик'));
    fireEvent.change(screen.getByLabelText('Удобно с'), { target: { value: '2020-01-01' } });
    fireEvent.change(screen.getByLabelText('Удобно по'), { target: { value: '2019-12-31' } });
    fireEvent.click(screen.getByRole('button', { name: 'Отправить заявку' }));

    expect((await screen.findByTestId('error-preferredFrom')).textContent).toContain('с завтрашнего');
    expect(screen.getByTestId('error-preferredTo').textContent).toContain('раньше первого');
    expect(server.requests).toHaveLength(0);
  });

  it('sends the request and says the utility will call', async () => {
    const onSent = vi.fn();
    server.respond = () => json(201, sent);
    render(<VisitForm accountNumber="1000000011" meters={['ЭМ-101-2019']} phone="+79160000011" onSent={onSent} />);
    fireEvent.click(screen.getByLabelText('Опломбировать счётчик'));
    fireEvent.change(screen.getByLabelText(/Счётчик/), { target: { value: 'ЭМ-101-2019' } });
    fireEvent.change(screen.getByLabelText('Удобно с'), { target: { value: tomorrow } });
    fireEvent.change(screen.getByLabelText('Удобно по'), { target: { value: tomorrow } });
    fireEvent.click(screen.getByRole('button', { name: 'Отправить заявку' }));

    expect(await screen.findByText(/Заявка отправлена/)).toBeTruthy();
    const request = server.requests[0];
    expect(new URL(request.url).pathname).toBe('/api/account/v1/accounts/1000000011/visit-requests');
    expect(await request.clone().json()).toMatchObject({
      reason: 'SEAL_METER',
      meterSerial: 'ЭМ-101-2019',
      preferredFrom: tomorrow,
      contactPhone: '9160000011',
    });
    expect(onSent).toHaveBeenCalledWith(sent);
  });

  it('lists requests with their status and slot, and says when there are none', () => {
    const { rerender } = render(<VisitList requests={[]} />);
    expect(screen.getByText('Заявок пока нет')).toBeTruthy();

    rerender(
      <VisitList
        requests={[{ ...sent, status: 'ACCEPTED', slotStart: '2030-01-10T07:00:00Z', slotEnd: '2030-01-10T09:00:00Z' }]}
      />,
    );
    expect(screen.getByText('Принята')).toBeTruthy();
    expect(screen.getByTestId('visit-slot').textContent).toContain('10.01.2030');
  });
});
