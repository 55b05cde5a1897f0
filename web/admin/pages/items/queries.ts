/** The catalogue through the typed client: types from the OpenAPI document and the query keys. */
import type { AdminBody, AdminQuery, AdminResponse, RowOf } from '../../../ui/api/paths.ts';
import { queryKeys } from '../../../ui/query/keys.ts';
import { adminClient } from '../../lib/client.ts';

export type ItemPage = AdminResponse<'/items', 'get'>;
export type Item = RowOf<ItemPage>;
export type ItemDetail = AdminResponse<'/items/{id}', 'get'>;
export type ItemBody = AdminBody<'/items', 'post'>;
export type ItemListQuery = AdminQuery<'/items'>;
export type ItemStock = AdminResponse<'/items/{id}/stock', 'get'>;
export type WarehouseStock = ItemStock['warehouses'][number];
export type StockAdjustmentBody = AdminBody<'/items/{id}/stock-adjustments', 'post'>;
export type MovementPage = AdminResponse<'/items/{id}/stock-movements', 'get'>;
export type StockMovement = RowOf<MovementPage>;
export type ItemImage = ItemDetail['images'][number];
export type ImageBody = AdminBody<'/items/{id}/images', 'post'>;

/**
 * `itemKeys.list({ search, category })`, `itemKeys.detail(id)` (with its pictures) and the item's stock
 * and movements beneath it; a change to any item makes `itemKeys.all` stale (the categories too).
 */
export const itemKeys = queryKeys('items');
export const itemCategoriesKey = [...itemKeys.all, 'categories'] as const;
export const itemStockKey = (id: string) => [...itemKeys.detail(id), 'stock'] as const;
export const itemMovementsKey = (id: string) => [...itemKeys.detail(id), 'movements'] as const;

export function fetchItemsPage(filters: { search: string; category: string }, cursor: string | undefined, signal: AbortSignal): Promise<ItemPage> {
  return adminClient.get('/items', { params: { query: { search: filters.search || undefined, category: filters.category || undefined, limit: 50, cursor } }, signal });
}

export async function fetchItemCategories(signal?: AbortSignal): Promise<string[]> {
  return (await adminClient.get('/items/categories', { signal })).data.map((category) => category.name);
}

export function fetchItem(id: string, signal?: AbortSignal): Promise<ItemDetail> {
  return adminClient.get('/items/{id}', { params: { path: { id } }, signal });
}

export function saveItem(id: string | undefined, body: ItemBody): Promise<Item> {
  return id ? adminClient.patch('/items/{id}', { params: { path: { id } }, body }) : adminClient.post('/items', { body });
}

export function archiveItem(id: string): Promise<undefined> {
  return adminClient.delete('/items/{id}', { params: { path: { id } } });
}

export function fetchItemStock(id: string, signal?: AbortSignal): Promise<ItemStock> {
  return adminClient.get('/items/{id}/stock', { params: { path: { id } }, signal });
}

export function adjustStock(id: string, body: StockAdjustmentBody) {
  return adminClient.post('/items/{id}/stock-adjustments', { params: { path: { id } }, body });
}

export function fetchMovementsPage(id: string, cursor: string | undefined, signal: AbortSignal): Promise<MovementPage> {
  return adminClient.get('/items/{id}/stock-movements', { params: { path: { id }, query: { limit: 25, cursor } }, signal });
}

export function uploadItemImage(id: string, body: ImageBody) {
  return adminClient.post('/items/{id}/images', { params: { path: { id } }, body });
}

export function deleteItemImage(id: string, imageId: string): Promise<undefined> {
  return adminClient.delete('/items/{id}/images/{imageId}', { params: { path: { id, imageId } } });
}
