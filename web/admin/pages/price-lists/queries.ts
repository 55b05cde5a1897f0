/** Price lists through the typed client: types from the OpenAPI document and the query keys. */
import type { AdminBody, AdminQuery, AdminResponse, RowOf } from '../../../ui/api/paths.ts';
import { queryKeys } from '../../../ui/query/keys.ts';
import { adminClient } from '../../lib/client.ts';
import { ifMatch } from '../documents/queries.ts';

export type PriceListPage = AdminResponse<'/price-lists', 'get'>;
export type PriceListSummary = RowOf<PriceListPage>;
export type PriceList = AdminResponse<'/price-lists/{id}', 'get'>;
export type PriceListBody = AdminBody<'/price-lists', 'post'>;
export type PriceListUpdate = AdminBody<'/price-lists/{id}', 'patch'>;
export type PricePreview = AdminResponse<'/price-lists/{id}/preview', 'get'>;
export type PricePreviewQuery = AdminQuery<'/price-lists/{id}/preview'>;

/**
 * `priceListKeys.list({ search })` for the paged list, `priceListKeys.list({ all: true })` for the
 * customer page's choice, `priceListKeys.detail(id)` for one list with its previews beneath it.
 */
export const priceListKeys = queryKeys('price-lists');
export const pricePreviewKey = (id: string, query: PricePreviewQuery) => [...priceListKeys.detail(id), 'preview', query] as const;

export function fetchPriceListsPage(search: string, cursor: string | undefined, signal: AbortSignal): Promise<PriceListPage> {
  return adminClient.get('/price-lists', { params: { query: { search: search || undefined, limit: 50, cursor } }, signal });
}

export function fetchPriceList(id: string, signal?: AbortSignal): Promise<PriceList> {
  return adminClient.get('/price-lists/{id}', { params: { path: { id } }, signal });
}

export function createPriceList(body: PriceListBody): Promise<PriceList> {
  return adminClient.post('/price-lists', { body });
}

/** An edit decided on the version the form was filled from; a list changed since answers 409 STALE_VERSION. */
export function updatePriceList(id: string, version: number, body: PriceListUpdate): Promise<PriceList> {
  return adminClient.patch('/price-lists/{id}', { params: { path: { id } }, headers: ifMatch(version), body });
}

export function archivePriceList(id: string): Promise<undefined> {
  return adminClient.delete('/price-lists/{id}', { params: { path: { id } } });
}

export function fetchPricePreview(id: string, query: PricePreviewQuery, signal?: AbortSignal): Promise<PricePreview> {
  return adminClient.get('/price-lists/{id}/preview', { params: { path: { id }, query }, signal });
}
