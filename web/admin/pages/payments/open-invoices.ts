import { useQuery } from '@tanstack/react-query';
import { allocateOldestFirst as allocate, oldestFirst, openInvoiceStatuses } from '../../../../contract/documents.ts';
import { documentKeys, fetchDocuments, type DocumentKind, type DocumentSummary } from '../documents/queries.ts';

/** The documents a payment can go to, with a balance left, oldest first (contract/documents.ts). */
export function sortOpenInvoices(documents: DocumentSummary[]): DocumentSummary[] {
  return oldestFirst(documents.filter((document) => document.balance_minor > 0));
}

const payableKinds: DocumentKind[] = ['invoice', 'retainer_invoice'];

/** A customer's invoices and retainer invoices with a balance left, oldest first. */
export async function fetchOpenInvoices(customerId: string, signal?: AbortSignal): Promise<DocumentSummary[]> {
  const pages = await Promise.all(
    payableKinds.flatMap((kind) => openInvoiceStatuses.map((status) => fetchDocuments(kind, { customer_id: customerId, status, sort: 'due_date', limit: 100 }, signal))),
  );
  return sortOpenInvoices(pages.flatMap((page) => page.data));
}

/** The open invoices of a customer (none picked: nothing to load). A payment or credit invalidates `documentKeys.lists()`. */
export function useOpenInvoices(customerId: string | undefined) {
  return useQuery({
    queryKey: documentKeys.list({ open: true, customer_id: customerId }),
    queryFn: ({ signal }) => fetchOpenInvoices(customerId ?? '', signal),
    enabled: customerId !== undefined,
  });
}

/**
 * `amount` spread over the documents as the server spreads a payment that names none (contract/documents.ts):
 * invoices oldest first, each up to its balance; a retainer invoice only when it is `first`, the document the
 * payment was started from, which is filled before the others.
 */
export function allocateOldestFirst(documents: DocumentSummary[], amount: number, first?: string): Map<string, number> {
  const { allocations } = allocate(amount, documents, first === undefined ? {} : { first });
  return new Map(allocations.map((allocation) => [allocation.document_id, allocation.amount_minor]));
}
