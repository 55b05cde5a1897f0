/** The warehouse form: a name staff recognise and, optionally, where it is. */
import { z } from 'zod';

export interface WarehouseValues {
  name: string;
  address: string;
}

export interface WarehouseRequest {
  name: string;
  address: string | null;
}

export function warehouseValues(warehouse: { name: string; address: string | null } | undefined): WarehouseValues {
  return { name: warehouse?.name ?? '', address: warehouse?.address ?? '' };
}

export const warehouseSchema = z
  .object({
    name: z.string().trim().min(1, 'common.required').max(100, 'warehouses.errors.nameTooLong'),
    address: z.string().max(1000, 'warehouses.errors.addressTooLong'),
  })
  .transform((values): WarehouseRequest => ({ name: values.name, address: values.address.trim() === '' ? null : values.address.trim() }));
