// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

const server = await vi.hoisted(async () => (await import('../test/fakeServer')).installFakeServer());

import i18n from '../i18n';
import type { MeterView, ReadingView } from '../api/types';
import { ReadingsList } from './ReadingsList';

const meter: MeterView = {
  id: 101,
  serialNumber: 'ЭМ-101-2020',
  service: 'ELECTRICITY',
  zones: ['T1'],
  digitCapacity: 6,
  decimals: 1,
  remote: false,
  retired: false,
  verificationDue: '2031-06-30',
  lastAccepted: null,
  manualReadingRefusal: null,
  lastReading: null,
};

const reading = (id: string, status: ReadingView['status'], channel: ReadingView['channel'] = 'PORTAL'): ReadingView => ({
  id,
  meterId: 101,
  accountNumber: '1000000011',
  values: { T1: '12346.0' },
  status,
  channel,
  submittedAt: '2026-10-25T09:00:00Z',
  rejectionReason: null, period: '2026-11', outsideWindow: false, rollover: false, review: null,
});

const problem = (status: number, slug: string, detail: string) =>
  new Response(JSON.stringify({ type: `https://kabinet.dev/problems/${slug}`, title: 'x', status, detail }), {
    status,
    headers: { 'Content-Type': 'application/problem+json' },
  });

describe('MT-4 deleting one\'s own reading while it is in processing', () => {
  beforeEach(async () => {
    server.requests.length = 0;
    await i18n.changeLanguage('ru');
  });
  afterEach(cleanup);

  it('offers «Удалить» only on the resident\'s readings in processing, and says so on the page', () => {
    render(
      <ReadingsList
        accountNumber="1000000011"
        meters={[meter]}
        readings={[reading('r1', 'IN_PROCESSING'), reading('r2', 'ACCEPTED'), reading('r3', 'IN_PROCESSING', 'OFFICE')]}
        onDeleted={() => {}}
      />,
    );
    const [pending, accepted, office] = screen.getAllByTestId('reading-row');
    expect(within(pending).getByRole('button', { name: 'Удалить' })).toBeTruthy();
    expect(within(accepted).queryByTestId('delete-reading')).toBeNull();
    expect(within(office).queryByTestId('delete-reading')).toBeNull();
    expect(screen.getByText(/Показание можно удалить, пока оно в обработке/)).toBeTruthy();
  });

  it('asks first, then sends DELETE and drops the row; «Отмена» sends nothing', async () => {
    server.respond = () => new Response(null, { status: 204 });
    const onDeleted = vi.fn();
    render(<ReadingsList accountNumber="1000000011" meters={[meter]} readings={[reading('r1', 'IN_PROCESSING')]} onDeleted={onDeleted} />);

    fireEvent.click(screen.getByRole('button', { name: 'Удалить' }));
    expect(screen.getByRole('group', { name: 'Удалить это показание?' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Отмена' }));
    expect(server.requests).toHaveLength(0);

    fireEvent.click(screen.getByRole('button', { name: 'Удалить' }));
    fireEvent.click(screen.getByRole('button', { name: 'Да, удалить' }));
    await waitFor(() => expect(onDeleted).toHaveBeenCalledWith('r1'));
    const [request] = server.requests;
    expect(request.method).toBe('DELETE');
    expect(new URL(request.url).pathname).toBe('/api/metering/v1/accounts/1000000011/readings/r1');
  });

  it('shows metering\'s refusal when the back office decided meanwhile, and asks for a reload', async () => {
    server.respond = () => problem(409, 'reading-already-decided', 'По этому показанию уже принято решение (принято).');
    const onDeleted = vi.fn();
    const onChanged = vi.fn();
    render(
      <ReadingsList
        accountNumber="1000000011"
        meters={[meter]}
        readings={[reading('r1', 'IN_PROCESSING')]}
        onDeleted={onDeleted}
        onChanged={onChanged}
      />,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Удалить' }));
    fireEvent.click(screen.getByRole('button', { name: 'Да, удалить' }));

    expect((await screen.findByRole('alert')).textContent).toBe('По этому показанию уже принято решение (принято).');
    expect(onDeleted).not.toHaveBeenCalled();
    expect(onChanged).toHaveBeenCalled();
  });

  it('MT-4 keeps metering\'s refusal in the row once the reloaded list shows the decision', async () => {
    server.respond = () => problem(409, 'reading-already-decided', 'По этому показанию уже принято решение (принято).');
    const props = { accountNumber: '1000000011', meters: [meter], onDeleted: () => {} };
    const { rerender } = render(
      <ReadingsList {...props} readings={[reading('r1', 'IN_PROCESSING')]} onChanged={() => {}} />,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Удалить' }));
    fireEvent.click(screen.getByRole('button', { name: 'Да, удалить' }));
    await screen.findByRole('alert');

    rerender(<ReadingsList {...props} readings={[reading('r1', 'ACCEPTED')]} onChanged={() => {}} />);

    expect(screen.queryByRole('button', { name: 'Удалить' })).toBeNull();
    expect(screen.getByTestId('delete-refused').textContent).toBe('По этому показанию уже принято решение (принято).');
  });

  it('speaks English on an English page', async () => {
    await i18n.changeLanguage('en');
    render(<ReadingsList accountNumber="1000000011" meters={[meter]} readings={[reading('r1', 'IN_PROCESSING')]} onDeleted={() => {}} />);
    fireEvent.click(screen.getByRole('button', { name: 'Delete' }));
    expect(screen.getByRole('button', { name: 'Yes, delete' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Cancel' })).toBeTruthy();
  });
});
