/**
 * MT-5: the reading history's query — a period of days (in the utility's zone, as metering reads
 * them), a meter, a status, the sorted column — and the page's URL search parameters, so a filtered
 * and sorted history can be reloaded and linked.
 */
export type SortColumn = 'submittedAt' | 'meter' | 'status' | 'channel' | 'period';
export type SortDirection = 'asc' | 'desc';

export interface HistoryQuery {
  from?: string;
  to?: string;
  meterId?: number;
  status?: 'IN_PROCESSING' | 'ACCEPTED' | 'REJECTED';
  sort: SortColumn;
  direction: SortDirection;
  page: number;
}

export const DEFAULT_QUERY: HistoryQuery = { sort: 'submittedAt', direction: 'desc', page: 0 };

const COLUMNS: readonly SortColumn[] = ['submittedAt', 'meter', 'status', 'channel', 'period'];
const STATUSES = ['IN_PROCESSING', 'ACCEPTED', 'REJECTED'] as const;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Reads the query from the page's search parameters, dropping what metering would refuse. */
export function queryFrom(params: URLSearchParams): HistoryQuery {
  const query: HistoryQuery = { ...DEFAULT_QUERY };
  const from = params.get('from');
  const to = params.get('to');
  if (from && DAY.test(from)) query.from = from;
  if (to && DAY.test(to)) query.to = to;
  const meter = Number(params.get('meter'));
  if (Number.isInteger(meter) && meter > 0) query.meterId = meter;
  const status = params.get('status');
  if (status && (STATUSES as readonly string[]).includes(status)) query.status = status as HistoryQuery['status'];
  const [column, direction] = (params.get('sort') ?? '').split(',');
  if ((COLUMNS as readonly string[]).includes(column)) {
    query.sort = column as SortColumn;
    query.direction = direction === 'asc' ? 'asc' : 'desc';
  }
  const page = Number(params.get('page'));
  if (Number.isInteger(page) && page > 0) query.page = page;
  return query;
}

/** The page's search parameters for a query (defaults left out). */
export function paramsOf(query: HistoryQuery): URLSearchParams {
  const params = new URLSearchParams();
  if (query.from) params.set('from', query.from);
  if (query.to) params.set('to', query.to);
  if (query.meterId) params.set('meter', String(query.meterId));
  if (query.status) params.set('status', query.status);
  if (query.sort !== DEFAULT_QUERY.sort || query.direction !== DEFAULT_QUERY.direction) {
    params.set('sort', `${query.sort},${query.direction}`);
  }
  if (query.page > 0) params.set('page', String(query.page));
  return params;
}

/** The API's query parameters for a page of `size`. */
export function apiQuery(query: HistoryQuery, size: number) {
  return {
    page: query.page,
    size,
    sort: `${query.sort},${query.direction}`,
    ...(query.from ? { from: query.from } : {}),
    ...(query.to ? { to: query.to } : {}),
    ...(query.meterId ? { meterId: query.meterId } : {}),
    ...(query.status ? { status: query.status } : {}),
  };
}

/**
 * Clicking a column's header: the same column flips its direction, another one starts descending for
 * dates and ascending for the rest; either way back to the first page.
 */
export function sortedBy(query: HistoryQuery, column: SortColumn): HistoryQuery {
  if (query.sort === column) {
    return { ...query, direction: query.direction === 'asc' ? 'desc' : 'asc', page: 0 };
  }
  return { ...query, sort: column, direction: column === 'submittedAt' || column === 'period' ? 'desc' : 'asc', page: 0 };
}

/** A period the resident typed is refused when it ends before it starts. */
export function periodProblem(query: Pick<HistoryQuery, 'from' | 'to'>): 'reversed' | null {
  return query.from && query.to && query.from > query.to ? 'reversed' : null;
}

/** `aria-sort` of a column header. */
export function ariaSort(query: HistoryQuery, column: SortColumn): 'ascending' | 'descending' | 'none' {
  if (query.sort !== column) return 'none';
  return query.direction === 'asc' ? 'ascending' : 'descending';
}
