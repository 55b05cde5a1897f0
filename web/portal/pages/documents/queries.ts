/**
 * The portal's documents (invoices, retainer invoices, estimates, credit notes) through the typed
 * client: their types from the OpenAPI document, their query keys, and one fetch per kind.
 */
import type { PortalBody, PortalQuery, PortalResponse, RowOf } from '../../../ui/api/paths.ts';
import { queryKeys } from '../../../ui/query/keys.ts';
import type { CursorPage } from '../../../ui/query/useCursorList.ts';
import { portalClient } from '../../lib/client.ts';
import type { KindSegment } from '../../lib/documentKinds.ts';

export type DocumentSummary = RowOf<PortalResponse<'/invoices', 'get'>>;
export type DocumentDetail = PortalResponse<'/invoices/{id}', 'get'>;
export type Dispute = PortalResponse<'/invoices/{id}/disputes', 'post'>;
export type DisputeInput = PortalBody<'/invoices/{id}/disputes', 'post'>;
export type DocumentComment = RowOf<PortalResponse<'/invoices/{id}/comments', 'get'>>;
export type DocumentSort = NonNullable<PortalQuery<'/invoices'>['sort']>;
/** A list's filter of one kind, as the server names them. */
export type DocumentFilter<Segment extends KindSegment> = NonNullable<PortalQuery<`/${Segment}`>['filter']>;
/** The kinds with a comment thread in the portal. */
export type ThreadSegment = 'invoices' | 'retainer-invoices' | 'estimates';

/** `documentKeys('invoices').list({ filter, search, sort })`, `.detail(id)`, `.comments(id)`. */
export function documentKeys(segment: KindSegment) {
  const keys = queryKeys('documents', segment);
  return { ...keys, comments: (id: string) => [...keys.detail(id), 'comments'] as const };
}

export interface DocumentListFilters {
  /** One of the kind's filters (kindConfigs), checked by the page against the address. */
  filter: string;
  search: string;
  sort: DocumentSort;
  /** Invoices only: those issued for the customer's subscriptions on this plan ('' or absent: every plan). */
  plan?: string;
}

export const documentPageSize = 25;

/** One page of a kind's list. */
export function fetchDocumentPage(segment: KindSegment, filters: DocumentListFilters, cursor: string | undefined, signal: AbortSignal): Promise<CursorPage<DocumentSummary>> {
  const query = { search: filters.search || undefined, sort: filters.sort, limit: documentPageSize, cursor };
  const init = { signal };
  switch (segment) {
    case 'invoices':
      return portalClient.get('/invoices', { ...init, params: { query: { ...query, filter: filters.filter as DocumentFilter<'invoices'>, plan_id: filters.plan || undefined } } });
    case 'retainer-invoices':
      return portalClient.get('/retainer-invoices', { ...init, params: { query: { ...query, filter: filters.filter as DocumentFilter<'retainer-invoices'> } } });
    case 'estimates':
      return portalClient.get('/estimates', { ...init, params: { query: { ...query, filter: filters.filter as DocumentFilter<'estimates'> } } });
    case 'credit-notes':
      return portalClient.get('/credit-notes', { ...init, params: { query: { ...query, filter: filters.filter as DocumentFilter<'credit-notes'> } } });
  }
}

/** One document of a kind (a 404 when it is not this customer's or not of this kind). */
export function fetchDocument(segment: KindSegment, id: string, signal?: AbortSignal): Promise<DocumentDetail> {
  const init = { signal, params: { path: { id } } };
  switch (segment) {
    case 'invoices':
      return portalClient.get('/invoices/{id}', init);
    case 'retainer-invoices':
      return portalClient.get('/retainer-invoices/{id}', init);
    case 'estimates':
      return portalClient.get('/estimates/{id}', init);
    case 'credit-notes':
      return portalClient.get('/credit-notes/{id}', init);
  }
}

export async function fetchComments(segment: ThreadSegment, id: string, signal: AbortSignal): Promise<DocumentComment[]> {
  const init = { signal, params: { path: { id } } };
  const answer =
    segment === 'invoices'
      ? await portalClient.get('/invoices/{id}/comments', init)
      : segment === 'retainer-invoices'
        ? await portalClient.get('/retainer-invoices/{id}/comments', init)
        : await portalClient.get('/estimates/{id}/comments', init);
  return answer.data;
}

export function postComment(segment: ThreadSegment, id: string, body: string): Promise<DocumentComment> {
  const init = { params: { path: { id } }, body: { body } };
  if (segment === 'invoices') return portalClient.post('/invoices/{id}/comments', init);
  if (segment === 'retainer-invoices') return portalClient.post('/retainer-invoices/{id}/comments', init);
  return portalClient.post('/estimates/{id}/comments', init);
}

/** The address of a document's PDF, for a link the browser downloads itself. */
export function documentPdfPath(segment: KindSegment, id: string): string {
  return `/${segment}/${encodeURIComponent(id)}/pdf`;
}

/** Invoices and credit notes download as e-invoices too (`?format=ubl|facturx`). */
export function documentEInvoicePath(segment: KindSegment, id: string): string | undefined {
  return segment === 'invoices' || segment === 'credit-notes' ? `/${segment}/${encodeURIComponent(id)}/e-invoice` : undefined;
}
