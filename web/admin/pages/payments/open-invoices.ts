import { useQuery } from '@tanstack/react-query';
import { documentKeys, fetchDocuments, type DocumentKind, type DocumentStatus, type DocumentSummary } from '../documents/queries.ts';

/** The documents a payment or a credit can go to, oldest first (due date, then issue date, then number). */
export function sortOpenInvoices(documents: DocumentSummary[]): DocumentSummary[] {
  const key = (d: DocumentSummary) => `${d.due_date ?? d.issue_date}|${d.issue_date}|${d.number}`;
  return documents.filter((document) => document.balance_minor > 0).sort((a, b) => key(a).localeCompare(key(b)));
}

const payableKinds: DocumentKind[] = ['invoice', 'retainer_invoice'];
const openStatuses: DocumentStatus[] = ['sent', 'partially_paid'];

/** A customer's invoices and retainer invoices with a balance left, oldest first. */
export async function fetchOpenInvoices(customerId: string, signal?: AbortSignal): Promise<DocumentSummary[]> {
  const pages = await Promise.all(payableKinds.flatMap((kind) => openStatuses.map((status) => fetchDocuments(kind, { customer_id: customerId, status, sort: 'due_date', limit: 100 }, signal))));
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

/** `amount` spread over the documents in order, each up to its balance. */
export function allocateOldestFirst(documents: DocumentSummary[], amount: number): Map<string, number> {
  const result = new Map<string, number>();
  let left = amount;
  for (const document of documents) {
    const take = Math.min(left, document.balance_minor);
    result.set(document.id, Math.max(take, 0));
    left -= Math.max(take, 0);
  }
  return result;
}
