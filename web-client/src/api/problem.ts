/**
 * RFC 9457 problem details (application/problem+json) turned into one typed error that the UI can
 * show: `detail` as the readable message, `errors[]` keyed by field (`values.T1`).
 */
export interface ProblemFieldError {
  field: string;
  message: string;
}

export interface ProblemDocument {
  type?: string;
  title?: string;
  status?: number;
  detail?: string;
  instance?: string;
  traceId?: string;
  errors?: ProblemFieldError[];
}

export type ApiErrorKind = 'problem' | 'unauthorized' | 'network' | 'unexpected';

export class ApiError extends Error {
  readonly kind: ApiErrorKind;
  readonly status: number;
  /** Last path segment of the problem type, e.g. `charge-preview-not-ready`; '' when none. */
  readonly slug: string;
  readonly type?: string;
  readonly title?: string;
  readonly detail?: string;
  readonly traceId?: string;
  /** Field errors by field name, e.g. `{ "values.T1": "Показание меньше предыдущего" }`. */
  readonly fieldErrors: Readonly<Record<string, string>>;

  constructor(init: {
    kind: ApiErrorKind;
    status: number;
    type?: string;
    title?: string;
    detail?: string;
    traceId?: string;
    fieldErrors?: Record<string, string>;
  }) {
    super(init.detail || init.title || `HTTP ${init.status}`);
    this.name = 'ApiError';
    this.kind = init.kind;
    this.status = init.status;
    this.type = init.type;
    this.slug = slugOf(init.type);
    this.title = init.title;
    this.detail = init.detail;
    this.traceId = init.traceId;
    this.fieldErrors = init.fieldErrors ?? {};
  }

  /** True when the server said so with this problem slug. */
  is(slug: string): boolean {
    return this.slug === slug;
  }
}

function slugOf(type: string | undefined): string {
  if (!type || type === 'about:blank') return '';
  const withoutQuery = type.split(/[?#]/)[0].replace(/\/+$/, '');
  return withoutQuery.slice(withoutQuery.lastIndexOf('/') + 1);
}

function isProblemDocument(body: unknown): body is ProblemDocument {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return false;
  const candidate = body as Record<string, unknown>;
  return ['type', 'title', 'detail', 'status', 'errors'].some((key) => key in candidate);
}

function fieldErrorsOf(errors: unknown): Record<string, string> {
  const result: Record<string, string> = {};
  if (!Array.isArray(errors)) return result;
  for (const entry of errors) {
    if (typeof entry !== 'object' || entry === null) continue;
    const { field, message } = entry as Record<string, unknown>;
    if (typeof message !== 'string' || message === '') continue;
    const key = typeof field === 'string' && field !== '' ? field : '';
    // keep the first message per field; join further ones so none is lost
    result[key] = result[key] ? `${result[key]}; ${message}` : message;
  }
  return result;
}

/**
 * Maps a failed response and its (already parsed, if JSON) body to an ApiError. Bodies that are
 * not problem documents (a proxy's HTML page, an empty 502) keep only the status.
 */
export function toApiError(status: number, body: unknown): ApiError {
  let parsed = body;
  if (typeof body === 'string') {
    try {
      parsed = JSON.parse(body);
    } catch {
      parsed = undefined;
    }
  }
  if (status === 401) {
    return new ApiError({ kind: 'unauthorized', status });
  }
  if (!isProblemDocument(parsed)) {
    return new ApiError({ kind: 'unexpected', status });
  }
  return new ApiError({
    kind: 'problem',
    status: typeof parsed.status === 'number' ? parsed.status : status,
    type: typeof parsed.type === 'string' ? parsed.type : undefined,
    title: typeof parsed.title === 'string' ? parsed.title : undefined,
    detail: typeof parsed.detail === 'string' ? parsed.detail : undefined,
    traceId: typeof parsed.traceId === 'string' ? parsed.traceId : undefined,
    fieldErrors: fieldErrorsOf(parsed.errors),
  });
}

export function networkError(): ApiError {
  return new ApiError({ kind: 'network', status: 0 });
}

/**
 * The message to show a resident: the server's Russian `detail` when there is one, otherwise a
 * generic sentence chosen by status. `t` is the i18n translate function.
 */
export function readableMessage(error: unknown, t: (key: string) => string): string {
  if (!(error instanceof ApiError)) return t('errors.unexpected');
  if (error.detail) return error.detail;
  switch (error.kind) {
    case 'network':
      return t('errors.network');
    case 'unauthorized':
      return t('errors.unauthorized');
    default:
      break;
  }
  if (error.status === 403) return t('errors.forbidden');
  if (error.status === 404) return t('errors.notFound');
  if (error.status === 429) return t('errors.tooManyRequests');
  if (error.status >= 500) return t('errors.unavailable');
  return error.title || t('errors.unexpected');
}
