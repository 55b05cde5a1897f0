/** The customer's payments through the typed client: types, query keys, one page of the list, one payment. */
import type { PortalQuery, PortalResponse, RowOf } from '../../../ui/api/paths.ts';
import { queryKeys } from '../../../ui/query/keys.ts';
import type { CursorPage } from '../../../ui/query/useCursorList.ts';
import { portalClient } from '../../lib/client.ts';

export type PaymentSummary = RowOf<PortalResponse<'/payments', 'get'>>;
export type PaymentDetail = PortalResponse<'/payments/{id}', 'get'>;
export type PaymentSort = NonNullable<PortalQuery<'/payments'>['sort']>;

export const paymentSorts = ['-paid_on', 'paid_on', '-amount', 'amount', '-number', 'number'] as const satisfies readonly PaymentSort[];

export const paymentKeys = queryKeys('payments');

export interface PaymentListFilters {
  search: string;
  sort: PaymentSort;
}

export const paymentPageSize = 25;

/** One page of the list: the first without a cursor, the next ones with the previous page's. */
export function fetchPaymentPage(filters: PaymentListFilters, cursor: string | undefined, signal: AbortSignal): Promise<CursorPage<PaymentSummary>> {
  return portalClient.get('/payments', { signal, params: { query: { search: filters.search || undefined, sort: filters.sort, limit: paymentPageSize, cursor } } });
}

/** One payment (a 404 when it is not this customer's). */
export function fetchPayment(id: string, signal?: AbortSignal): Promise<PaymentDetail> {
  return portalClient.get('/payments/{id}', { signal, params: { path: { id } } });
}

/** The address of a payment's receipt, for a link the browser downloads itself. */
export function paymentPdfPath(id: string): string {
  return `/payments/${encodeURIComponent(id)}/pdf`;
}
