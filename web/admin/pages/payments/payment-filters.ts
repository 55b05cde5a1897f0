/**
 * The payments list's filters as they stand in the page's address (`?source=online&method=card`), so
 * a filtered list can be shared and survives a reload. Values the API would refuse are left out.
 */
import type { AdminQuery } from '../../../ui/api/paths.ts';

type ListQuery = NonNullable<AdminQuery<'/payments', 'get'>>;
export type PaymentStatusFilter = NonNullable<ListQuery['status']>;
export type PaymentMethodFilter = NonNullable<ListQuery['method']>;
export type PaymentSourceFilter = NonNullable<ListQuery['source']>;

export const paymentStatusFilters = ['completed', 'pending', 'failed', 'refunded', 'partially_refunded'] as const satisfies readonly PaymentStatusFilter[];
export const paymentMethodFilters = ['cash', 'bank_transfer', 'cheque', 'card', 'bank_account', 'opening_balance'] as const satisfies readonly PaymentMethodFilter[];
export const paymentSourceFilters = ['online', 'offline'] as const satisfies readonly PaymentSourceFilter[];

export interface PaymentFilters {
  status?: PaymentStatusFilter;
  method?: PaymentMethodFilter;
  source?: PaymentSourceFilter;
  customer_id?: string;
  paid_from?: string;
  paid_to?: string;
}

export const filterNames = ['status', 'method', 'source', 'customer_id', 'paid_from', 'paid_to'] as const;
export type FilterName = (typeof filterNames)[number];

const isDate = (value: string): boolean => /^\d{4}-\d{2}-\d{2}$/.test(value);
const oneOf = <T extends string>(choices: readonly T[], value: string | null): T | undefined => (choices as readonly string[]).includes(value ?? '') ? (value as T) : undefined;

export function filtersFromParams(params: URLSearchParams): PaymentFilters {
  const filters: PaymentFilters = {};
  const status = oneOf(paymentStatusFilters, params.get('status'));
  const method = oneOf(paymentMethodFilters, params.get('method'));
  const source = oneOf(paymentSourceFilters, params.get('source'));
  const customer = params.get('customer_id')?.trim();
  const from = params.get('paid_from') ?? '';
  const to = params.get('paid_to') ?? '';
  if (status) filters.status = status;
  if (method) filters.method = method;
  if (source) filters.source = source;
  if (customer) filters.customer_id = customer;
  if (isDate(from)) filters.paid_from = from;
  if (isDate(to)) filters.paid_to = to;
  // A period that ends before it starts: the end is dropped rather than the page showing an error.
  if (filters.paid_from && filters.paid_to && filters.paid_from > filters.paid_to) delete filters.paid_to;
  return filters;
}

/** The address's query for these filters, in a fixed order; empty ones are left out. */
export function filtersToParams(filters: PaymentFilters): URLSearchParams {
  const params = new URLSearchParams();
  for (const name of filterNames) {
    const value = filters[name];
    if (value) params.set(name, value);
  }
  return params;
}

/** The filters with one changed (an empty value removes it). */
export function withFilter(filters: PaymentFilters, name: FilterName, value: string): PaymentFilters {
  const next: Record<string, string> = { ...filters };
  if (value) next[name] = value;
  else delete next[name];
  return filtersFromParams(filtersToParams(next));
}

export const hasFilters = (filters: PaymentFilters): boolean => filterNames.some((name) => filters[name] !== undefined);
