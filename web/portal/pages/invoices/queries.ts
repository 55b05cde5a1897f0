/** The plans the customer has subscriptions on: the choices of the invoices list's plan filter. */
import type { PortalResponse } from '../../../ui/api/paths.ts';
import { queryKeys } from '../../../ui/query/keys.ts';
import { portalClient } from '../../lib/client.ts';

export type InvoicePlan = PortalResponse<'/invoices/plans', 'get'>['data'][number];

/** `invoicePlanKeys.all`: one list, never filtered. */
export const invoicePlanKeys = queryKeys('invoice-plans');

export async function fetchInvoicePlans(signal: AbortSignal): Promise<InvoicePlan[]> {
  const answer = await portalClient.get('/invoices/plans', { signal });
  return answer.data;
}
