import { describe, expect, it } from 'vitest';
import { ApiError, networkError, readableMessage, toApiError } from './problem';

const t = (key: string) => `t:${key}`;

describe('problem details mapping', () => {
  const belowPrevious = {
    type: 'https://kabinet.dev/problems/reading-below-previous',
    title: 'Unprocessable Entity',
    status: 422,
    detail: 'Показание меньше предыдущего (12345.6)',
    instance: '/api/v1/accounts/1000000011/meters/101/readings',
    traceId: '4bf92f3577b34da6a3ce929d0e0e4736',
    errors: [{ field: 'values.T1', message: 'Меньше предыдущего показания 12345.6' }],
  };

  it('maps a problem document to a typed error with slug, detail and field errors', () => {
    const error = toApiError(422, belowPrevious);
    expect(error).toBeInstanceOf(ApiError);
    expect(error.kind).toBe('problem');
    expect(error.status).toBe(422);
    expect(error.slug).toBe('reading-below-previous');
    expect(error.is('reading-below-previous')).toBe(true);
    expect(error.detail).toBe('Показание меньше предыдущего (12345.6)');
    expect(error.traceId).toBe('4bf92f3577b34da6a3ce929d0e0e4736');
    expect(error.fieldErrors).toEqual({ 'values.T1': 'Меньше предыдущего показания 12345.6' });
    expect(error.message).toBe('Показание меньше предыдущего (12345.6)');
  });

  it('parses a problem document that arrives as text', () => {
    const error = toApiError(404, JSON.stringify({
      type: 'https://kabinet.dev/problems/charge-preview-not-ready',
      status: 404,
      detail: 'Начисление ещё рассчитывается',
    }));
    expect(error.is('charge-preview-not-ready')).toBe(true);
  });

  it('joins several messages for one field and keeps errors without a field under ""', () => {
    const error = toApiError(422, {
      status: 422,
      errors: [
        { field: 'values.T2', message: 'Слишком много цифр' },
        { field: 'values.T2', message: 'Меньше предыдущего' },
        { message: 'Прибор выведен из эксплуатации' },
      ],
    });
    expect(error.fieldErrors).toEqual({
      'values.T2': 'Слишком много цифр; Меньше предыдущего',
      '': 'Прибор выведен из эксплуатации',
    });
  });

  it('keeps only the status when the body is not a problem document', () => {
    const error = toApiError(502, '<html>Bad Gateway</html>');
    expect(error.kind).toBe('unexpected');
    expect(error.status).toBe(502);
    expect(error.slug).toBe('');
    expect(error.fieldErrors).toEqual({});
  });

  it('treats 401 as a lost session whatever the body', () => {
    expect(toApiError(401, belowPrevious).kind).toBe('unauthorized');
  });

  it('treats about:blank as no slug', () => {
    expect(toApiError(400, { type: 'about:blank', title: 'Bad Request', status: 400 }).slug).toBe('');
  });

  it('shows the server detail first, else a sentence chosen by status', () => {
    expect(readableMessage(toApiError(422, belowPrevious), t)).toBe('Показание меньше предыдущего (12345.6)');
    expect(readableMessage(toApiError(403, { status: 403, title: 'Forbidden' }), t)).toBe('t:errors.forbidden');
    expect(readableMessage(toApiError(503, ''), t)).toBe('t:errors.unavailable');
    expect(readableMessage(toApiError(404, {}), t)).toBe('t:errors.notFound');
    expect(readableMessage(networkError(), t)).toBe('t:errors.network');
    expect(readableMessage(new Error('boom'), t)).toBe('t:errors.unexpected');
  });
});
