import { z } from 'zod';
import type { WarehousesTable } from '../../db/order-tables.ts';

export const warehouseResponse = z.object({
  id: z.string(),
  name: z.string(),
  address: z.string().nullable(),
  is_default: z.boolean(),
  archived: z.boolean(),
  created_at: z.string(),
  updated_at: z.string(),
});
export type WarehouseResponse = z.infer<typeof warehouseResponse>;

export const warehouseBody = z
  .object({
    name: z.string().trim().min(1).max(200),
    address: z.string().trim().max(2000).nullable().optional(),
    /** Makes it the organization's default (the one orders take stock from unless told otherwise). */
    is_default: z.boolean().optional(),
  })
  .strict();
export type WarehouseBody = z.infer<typeof warehouseBody>;

export const warehouseListQuery = z.object({ include_archived: z.enum(['true', 'false']).optional() });

export function toWarehouse(row: WarehousesTable): WarehouseResponse {
  return { id: row.id, name: row.name, address: row.address, is_default: row.is_default === 1, archived: row.archived_at !== null, created_at: row.created_at, updated_at: row.updated_at };
}
