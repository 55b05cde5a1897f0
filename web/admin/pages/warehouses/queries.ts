/** Warehouses through the typed client: types from the OpenAPI document and the query keys. */
import type { AdminBody, AdminResponse, RowOf } from '../../../ui/api/paths.ts';
import { queryKeys } from '../../../ui/query/keys.ts';
import { adminClient } from '../../lib/client.ts';

export type Warehouse = RowOf<AdminResponse<'/warehouses', 'get'>>;
export type WarehouseBody = AdminBody<'/warehouses', 'post'>;
export type WarehouseChanges = AdminBody<'/warehouses/{id}', 'patch'>;

/** One short list, the archived included (`warehouseKeys.list({})`), shared by the warehouses page and the stock dialog. */
export const warehouseKeys = queryKeys('warehouses');

export async function fetchWarehouses(signal?: AbortSignal): Promise<Warehouse[]> {
  return (await adminClient.get('/warehouses', { params: { query: { include_archived: 'true' } }, signal })).data;
}

/** The warehouses stock can go into: not archived, the default first. */
export function activeWarehouses(warehouses: readonly Warehouse[]): Warehouse[] {
  return warehouses.filter((w) => !w.archived).sort((a, b) => Number(b.is_default) - Number(a.is_default) || a.name.localeCompare(b.name));
}

export function saveWarehouse(id: string | undefined, body: WarehouseBody): Promise<Warehouse> {
  return id ? adminClient.patch('/warehouses/{id}', { params: { path: { id } }, body }) : adminClient.post('/warehouses', { body });
}

export function makeDefaultWarehouse(id: string): Promise<Warehouse> {
  return adminClient.post('/warehouses/{id}/set-default', { params: { path: { id } } });
}

export function archiveWarehouse(id: string): Promise<Warehouse> {
  return adminClient.post('/warehouses/{id}/archive', { params: { path: { id } } });
}
