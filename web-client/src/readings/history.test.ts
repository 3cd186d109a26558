import { describe, expect, it } from 'vitest';
import { apiQuery, ariaSort, DEFAULT_QUERY, paramsOf, periodProblem, queryFrom, sortedBy } from './history';

describe('MT-5 the reading history\'s query', () => {
  it('reads the page\'s parameters and drops what metering would refuse', () => {
    const query = queryFrom(
      new URLSearchParams('from=2026-01-01&to=2026-11-30&meter=102&status=ACCEPTED&sort=status,asc&page=2'),
    );
    expect(query).toEqual({
      from: '2026-01-01',
      to: '2026-11-30',
      meterId: 102,
      status: 'ACCEPTED',
      sort: 'status',
      direction: 'asc',
      page: 2,
    });
    expect(queryFrom(new URLSearchParams('from=01.01.2026&meter=x&status=LOST&sort=values,asc&page=-1'))).toEqual(
      DEFAULT_QUERY,
    );
  });

  it('round-trips through the URL, leaving the defaults out', () => {
    const query = { ...DEFAULT_QUERY, meterId: 101, sort: 'meter' as const, direction: 'asc' as const };
    expect(paramsOf(query).toString()).toBe('meter=101&sort=meter%2Casc');
    expect(queryFrom(paramsOf(query))).toEqual(query);
    expect(paramsOf(DEFAULT_QUERY).toString()).toBe('');
  });

  it('asks metering for the page with the sort and only the filters chosen', () => {
    expect(apiQuery({ ...DEFAULT_QUERY, from: '2026-10-01', page: 1 }, 20)).toEqual({
      page: 1,
      size: 20,
      sort: 'submittedAt,desc',
      from: '2026-10-01',
    });
  });

  it('a header click flips the column\'s direction or sorts by a new column, back to the first page', () => {
    const onPage3 = { ...DEFAULT_QUERY, page: 3 };
    expect(sortedBy(onPage3, 'submittedAt')).toMatchObject({ sort: 'submittedAt', direction: 'asc', page: 0 });
    expect(sortedBy(onPage3, 'status')).toMatchObject({ sort: 'status', direction: 'asc', page: 0 });
    expect(sortedBy({ ...DEFAULT_QUERY, sort: 'status', direction: 'asc' }, 'status').direction).toBe('desc');
    expect(ariaSort(DEFAULT_QUERY, 'submittedAt')).toBe('descending');
    expect(ariaSort(DEFAULT_QUERY, 'meter')).toBe('none');
  });

  it('refuses a period that ends before it starts', () => {
    expect(periodProblem({ from: '2026-11-01', to: '2026-10-01' })).toBe('reversed');
    expect(periodProblem({ from: '2026-10-01', to: '2026-10-01' })).toBeNull();
    expect(periodProblem({ from: '2026-10-01' })).toBeNull();
  });
});
