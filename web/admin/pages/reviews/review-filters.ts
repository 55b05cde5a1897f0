/**
 * The reviews list's filters as they stand in the page's address (`?rating=5&replied=false`), so a
 * filtered list can be shared (the dashboard links to one) and survives a reload. Values the API would
 * refuse are left out.
 */
export const ratings = [5, 4, 3, 2, 1] as const;
export type Rating = (typeof ratings)[number];
export const repliedFilters = ['false', 'true'] as const;
export type RepliedFilter = (typeof repliedFilters)[number];

export interface ReviewFilters {
  rating?: Rating;
  replied?: RepliedFilter;
  customer_id?: string;
}

export const filterNames = ['rating', 'replied', 'customer_id'] as const;
export type FilterName = (typeof filterNames)[number];

export function filtersFromParams(params: URLSearchParams): ReviewFilters {
  const filters: ReviewFilters = {};
  const rating = ratings.find((value) => String(value) === params.get('rating'));
  const replied = repliedFilters.find((value) => value === params.get('replied'));
  const customer = params.get('customer_id')?.trim();
  if (rating) filters.rating = rating;
  if (replied) filters.replied = replied;
  if (customer) filters.customer_id = customer;
  return filters;
}

/** The address's query for these filters, in a fixed order; empty ones are left out. */
export function filtersToParams(filters: ReviewFilters): URLSearchParams {
  const params = new URLSearchParams();
  for (const name of filterNames) {
    const value = filters[name];
    if (value !== undefined && value !== '') params.set(name, String(value));
  }
  return params;
}

/** The filters with one changed (an empty value removes it). */
export function withFilter(filters: ReviewFilters, name: FilterName, value: string): ReviewFilters {
  const params = filtersToParams(filters);
  if (value) params.set(name, value);
  else params.delete(name);
  return filtersFromParams(params);
}

export const hasFilters = (filters: ReviewFilters): boolean => filterNames.some((name) => filters[name] !== undefined);
