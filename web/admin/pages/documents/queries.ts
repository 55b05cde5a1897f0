/**
 * Billing documents (invoices, estimates, retainer invoices, credit notes) through the typed client:
 * types from the OpenAPI document, the query keys, and the fetches the pages share.
 */
import type { AdminBody, AdminQuery, AdminResponse, RowOf } from '../../../ui/api/paths.ts';
import { queryKeys } from '../../../ui/query/keys.ts';
import { adminClient } from '../../lib/client.ts';

// The four kinds answer with one schema; the invoice paths name the types of all of them.
export type DocumentPage = AdminResponse<'/invoices', 'get'>;
export type DocumentSummary = RowOf<DocumentPage>;
export type BillingDocument = AdminResponse<'/invoices/{id}', 'get'>;
export type DocumentLine = BillingDocument['lines'][number];
export type DocumentKind = BillingDocument['kind'];
export type DocumentStatus = BillingDocument['status'];
export type DocumentListQuery = AdminQuery<'/invoices'>;
export type DocumentSort = NonNullable<DocumentListQuery['sort']>;
export type NewDocumentBody = AdminBody<'/invoices', 'post'>;
export type DocumentUpdate = AdminBody<'/invoices/{id}', 'patch'>;
export type LineInput = NewDocumentBody['lines'][number];
export type DocumentComment = RowOf<AdminResponse<'/invoices/{id}/comments', 'get'>>;
export type DocumentView = RowOf<AdminResponse<'/invoices/{id}/views', 'get'>>;
export type CatalogueTax = RowOf<AdminResponse<'/taxes', 'get'>>;
export type CatalogueItem = RowOf<AdminResponse<'/items', 'get'>>;

/** The API's collection of each kind. */
export type DocumentCollection = '/invoices' | '/estimates' | '/retainer-invoices' | '/credit-notes';
const collections: Record<DocumentKind, DocumentCollection> = {
  invoice: '/invoices',
  estimate: '/estimates',
  retainer_invoice: '/retainer-invoices',
  credit_note: '/credit-notes',
};

export function documentCollection(kind: DocumentKind): DocumentCollection {
  return collections[kind];
}

/**
 * `documentKeys.list({ kind, … })` for every list of documents (filters in the key), `documentKeys.detail(id)`
 * for one document; its comments and views are under its detail key, so a change to the document
 * refreshes them too.
 */
export const documentKeys = queryKeys('documents');
export const documentCommentsKey = (id: string) => [...documentKeys.detail(id), 'comments'] as const;
export const documentViewsKey = (id: string) => [...documentKeys.detail(id), 'views'] as const;

/** The `If-Match` of a write decided on the document as the page shows it (its ETag is its version). */
export function ifMatch(version: number): { 'if-match': string } {
  return { 'if-match': `"${version}"` };
}

export function fetchDocuments(kind: DocumentKind, query: DocumentListQuery, signal?: AbortSignal): Promise<DocumentPage> {
  return adminClient.get(documentCollection(kind) as '/invoices', { params: { query }, signal });
}

export function fetchDocument(kind: DocumentKind, id: string, signal?: AbortSignal): Promise<BillingDocument> {
  return adminClient.get(`${documentCollection(kind)}/{id}` as '/invoices/{id}', { params: { path: { id } }, signal });
}

/** The query of one document, shared by the detail and edit pages. */
export function documentQuery(kind: DocumentKind, id: string) {
  return { queryKey: documentKeys.detail(id), queryFn: ({ signal }: { signal: AbortSignal }) => fetchDocument(kind, id, signal) };
}

/**
 * Taxes and items for the line editor (the catalogue up to 500 items, in name order). Under the
 * `taxes` and `items` keys, so a change on the catalogue pages (which invalidate those) shows here.
 */
export const taxCatalogueKey = ['taxes', 'catalogue'] as const;
export const itemCatalogueKey = ['items', 'catalogue'] as const;

export async function fetchTaxCatalogue(signal?: AbortSignal): Promise<CatalogueTax[]> {
  return (await adminClient.get('/taxes', { signal })).data;
}

export async function fetchItemCatalogue(signal?: AbortSignal): Promise<CatalogueItem[]> {
  const items: CatalogueItem[] = [];
  let cursor: string | undefined;
  for (let page = 0; page < 5; page += 1) {
    const answer = await adminClient.get('/items', { params: { query: { limit: 100, cursor } }, signal });
    items.push(...answer.data);
    cursor = answer.next_cursor ?? undefined;
    if (!cursor) break;
  }
  return items;
}
