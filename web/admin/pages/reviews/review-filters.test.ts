import { describe, expect, it } from 'vitest';
import { filtersFromParams, filtersToParams, hasFilters, withFilter } from './review-filters.ts';

describe('the reviews list’s filters in the address', () => {
  it('reads the filters the API takes and leaves out the rest', () => {
    expect(filtersFromParams(new URLSearchParams('rating=4&replied=false&customer_id=c1'))).toEqual({ rating: 4, replied: 'false', customer_id: 'c1' });
    expect(filtersFromParams(new URLSearchParams('rating=0&replied=maybe&customer_id=%20'))).toEqual({});
    expect(filtersFromParams(new URLSearchParams('rating=4.5'))).toEqual({});
  });

  it('writes them in a fixed order, and an empty value removes one', () => {
    expect(filtersToParams({ customer_id: 'c1', replied: 'true', rating: 5 }).toString()).toBe('rating=5&replied=true&customer_id=c1');
    const filters = withFilter({ rating: 5, replied: 'true' }, 'rating', '');
    expect(filters).toEqual({ replied: 'true' });
    expect(hasFilters(withFilter(filters, 'replied', ''))).toBe(false);
  });
});
