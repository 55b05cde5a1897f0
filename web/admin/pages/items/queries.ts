/** The catalogue through the typed client: types from the OpenAPI document and the query keys. */
import type { AdminBody, AdminResponse, RowOf } from '../../../ui/api/paths.ts';
import { queryKeys } from '../../../ui/query/keys.ts';
import { adminClient } from '../../lib/client.ts';

export type ItemPage = AdminResponse<'/items', 'get'>;
export type Item = RowOf<ItemPage>;
export type ItemBody = AdminBody<'/items', 'post'>;

/** `itemKeys.list({ search })`; a change to any item makes `itemKeys.all` stale. */
export const itemKeys = queryKeys('items');

export function fetchItemsPage(search: string, cursor: string | undefined, signal: AbortSignal): Promise<ItemPage> {
  return adminClient.get('/items', { params: { query: { search: search || undefined, limit: 50, cursor } }, signal });
}

export function saveItem(id: string | undefined, body: ItemBody): Promise<Item> {
  return id ? adminClient.patch('/items/{id}', { params: { path: { id } }, body }) : adminClient.post('/items', { body });
}

export function archiveItem(id: string): Promise<undefined> {
  return adminClient.delete('/items/{id}', { params: { path: { id } } });
}
