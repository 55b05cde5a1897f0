import { allocateOldestFirst as allocate, documentSegments, oldestFirst, openInvoiceStatuses } from '../../../contract/documents.ts';
import type { DocumentSummary } from './billing-types.ts';
import { api } from './client.ts';
import type { Page } from './types.ts';

/** A customer's invoices and retainer invoices with a balance left, oldest first (due date, then issue date). */
export async function loadOpenInvoices(customerId: string): Promise<DocumentSummary[]> {
  const requests = [documentSegments.invoice, documentSegments.retainer_invoice].flatMap((path) =>
    openInvoiceStatuses.map((status) => api.get<Page<DocumentSummary>>(`/${path}?${new URLSearchParams({ customer_id: customerId, status, sort: 'due_date', limit: '100' }).toString()}`)),
  );
  const pages = await Promise.all(requests);
  return oldestFirst(pages.flatMap((page) => page.data).filter((document) => document.balance_minor > 0));
}

/**
 * `amount` spread over the documents as the server spreads a payment that names none (contract/documents.ts):
 * invoices oldest first, retainer invoices only when `first` names one.
 */
export function allocateOldestFirst(documents: DocumentSummary[], amount: number, first?: string): Map<string, number> {
  const { allocations } = allocate(amount, documents, first === undefined ? {} : { first });
  return new Map(allocations.map((allocation) => [allocation.document_id, allocation.amount_minor]));
}
