import type { DocumentSummary } from './billing-types.ts';
import { api } from './client.ts';
import type { Page } from './types.ts';

/** A customer's invoices and retainer invoices with a balance left, oldest first (due date, then issue date). */
export async function loadOpenInvoices(customerId: string): Promise<DocumentSummary[]> {
  const requests = ['invoices', 'retainer-invoices'].flatMap((path) =>
    ['sent', 'partially_paid'].map((status) => api.get<Page<DocumentSummary>>(`/${path}?${new URLSearchParams({ customer_id: customerId, status, sort: 'due_date', limit: '100' }).toString()}`)),
  );
  const pages = await Promise.all(requests);
  const key = (d: DocumentSummary) => `${d.due_date ?? d.issue_date}|${d.issue_date}|${d.number}`;
  return pages
    .flatMap((page) => page.data)
    .filter((document) => document.balance_minor > 0)
    .sort((a, b) => key(a).localeCompare(key(b)));
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
