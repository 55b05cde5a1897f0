import { z } from 'zod';
import type { ItemsTable } from '../../db/billing-tables.ts';
import { currencyField } from '../customer/customer.schemas.ts';

export const itemResponse = z.object({
  id: z.string(),
  name: z.string(),
  sku: z.string().nullable(),
  unit: z.string().nullable(),
  description: z.string().nullable(),
  rate_minor: z.number().int(),
  currency: z.string(),
  tax_id: z.string().nullable(),
  archived: z.boolean(),
});
export type ItemResponse = z.infer<typeof itemResponse>;

export const itemBody = z
  .object({
    name: z.string().trim().min(1).max(200),
    sku: z.string().trim().max(64).nullable().optional(),
    unit: z.string().trim().max(20).nullable().optional(),
    description: z.string().trim().max(2000).nullable().optional(),
    rate_minor: z.number().int().min(0).max(1_000_000_000_000),
    currency: currencyField,
    tax_id: z.string().max(64).nullable().optional(),
  })
  .strict();
export type ItemBody = z.infer<typeof itemBody>;
export type ItemChanges = Partial<ItemBody>;

export const itemListQuery = z.object({ search: z.string().trim().max(200).optional() });

export function toItem(row: ItemsTable): ItemResponse {
  return { id: row.id, name: row.name, sku: row.sku, unit: row.unit, description: row.description, rate_minor: row.rate_minor, currency: row.currency, tax_id: row.tax_id, archived: row.archived_at !== null };
}
