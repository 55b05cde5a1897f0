import { describe, expect, it } from 'vitest';
import { filtersFromParams, filtersToParams, hasFilters, withFilter } from './payment-filters.ts';

describe('the payments list’s filters in the address', () => {
  it('reads every filter the API takes', () => {
    const params = new URLSearchParams('status=pending&method=bank_account&source=online&customer_id=cust-1&paid_from=2026-11-01&paid_to=2026-11-30');
    expect(filtersFromParams(params)).toEqual({ status: 'pending', method: 'bank_account', source: 'online', customer_id: 'cust-1', paid_from: '2026-11-01', paid_to: '2026-11-30' });
  });

  it('leaves out values the API would refuse, and an end before the start', () => {
    expect(filtersFromParams(new URLSearchParams('status=lost&method=bitcoin&source=both&paid_from=yesterday&customer_id=%20'))).toEqual({});
    expect(filtersFromParams(new URLSearchParams('paid_from=2026-11-10&paid_to=2026-11-01'))).toEqual({ paid_from: '2026-11-10' });
  });

  it('writes them back in a fixed order, without the empty ones, so they survive a round trip', () => {
    const filters = { source: 'offline', method: 'cheque', paid_to: '2026-11-30' } as const;
    expect(filtersToParams(filters).toString()).toBe('method=cheque&source=offline&paid_to=2026-11-30');
    expect(filtersFromParams(filtersToParams(filters))).toEqual(filters);
  });

  it('changes one filter at a time; an empty value removes it', () => {
    const start = withFilter({}, 'source', 'online');
    expect(start).toEqual({ source: 'online' });
    expect(withFilter(start, 'method', 'card')).toEqual({ source: 'online', method: 'card' });
    expect(withFilter(start, 'source', '')).toEqual({});
    expect(withFilter(start, 'status', 'nonsense')).toEqual({ source: 'online' });
    expect(hasFilters({})).toBe(false);
    expect(hasFilters(start)).toBe(true);
  });
});
