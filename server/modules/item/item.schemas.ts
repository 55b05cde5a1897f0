import { z } from 'zod';
import { quantityFromMilli } from '../../../contract/units.ts';
import type { ItemsTable } from '../../db/billing-tables.ts';
import { externalIdField, updatedSinceField } from '../../http/schemas.ts';
import { currencyField } from '../customer/customer.schemas.ts';
import type { ItemImageSummary } from './item-image.service.ts';
import type { ItemStock, ItemView } from './item.service.ts';

/** How stock figures are answered: quantities (up to three decimals), summed over the warehouses. */
export const stockFiguresResponse = z.object({ on_hand: z.number(), committed: z.number(), available: z.number() });

export const itemImageResponse = z.object({
  id: z.string(),
  url: z.string(),
  alt_text: z.string().nullable(),
  position: z.number().int(),
  content_type: z.string(),
  byte_size: z.number().int(),
});
export type ItemImageResponse = z.infer<typeof itemImageResponse>;

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
  category: z.string().nullable(),
  sellable_in_portal: z.boolean(),
  allow_backorders: z.boolean(),
  track_stock: z.boolean(),
  /** Null when the item's stock is not tracked (availability is then unlimited). */
  stock: stockFiguresResponse.nullable(),
  images: z.array(itemImageResponse),
  external_id: z.string().nullable(),
  updated_at: z.string(),
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
    category: z.string().trim().min(1).max(100).nullable().optional(),
    sellable_in_portal: z.boolean().optional(),
    allow_backorders: z.boolean().optional(),
    track_stock: z.boolean().optional(),
    external_id: externalIdField.nullable().optional(),
  })
  .strict();
export type ItemBody = z.infer<typeof itemBody>;
export type ItemChanges = Partial<ItemBody>;

/** The whole item by external id (PUT /items/by-external-id/{external_id}): fields left out are cleared or off. */
export const putItemBody = itemBody.omit({ external_id: true });
export type PutItemBody = z.infer<typeof putItemBody>;

export const itemListQuery = z.object({
  /** Only items changed at or after this instant, oldest change first (an incremental pull). */
  updated_since: updatedSinceField.optional(),
  search: z.string().trim().max(200).optional(),
  category: z.string().trim().min(1).max(100).optional(),
  sellable: z.enum(['true', 'false']).optional(),
});

export const itemCategoriesResponse = z.object({ data: z.array(z.object({ name: z.string(), item_count: z.number().int() })) });

export const imageParams = z.object({ id: z.string().min(1).max(64), imageId: z.string().min(1).max(64) });

export const itemImageContentTypes = ['image/png', 'image/jpeg', 'image/webp'] as const;
export type ItemImageContentType = (typeof itemImageContentTypes)[number];

/** An image sent as JSON (base64): PNG, JPEG or WebP, at most 2 MB once decoded. */
export const itemImageBody = z
  .object({
    content_type: z.enum(itemImageContentTypes),
    // 2 MB of bytes is 2 796 204 characters of base64.
    data_base64: z.string().min(1).max(2_900_000),
    alt_text: z.string().trim().max(300).nullable().optional(),
  })
  .strict();
export type ItemImageBody = z.infer<typeof itemImageBody>;

export function toStockFigures(stock: ItemStock | undefined): z.infer<typeof stockFiguresResponse> | null {
  if (!stock) return null;
  return { on_hand: quantityFromMilli(stock.on_hand_milli), committed: quantityFromMilli(stock.committed_milli), available: quantityFromMilli(stock.available_milli) };
}

export function itemImageUrl(itemId: string, imageId: string): string {
  return `/api/v1/items/${itemId}/images/${imageId}`;
}

export function toItemImage(image: ItemImageSummary): ItemImageResponse {
  return { id: image.id, url: itemImageUrl(image.item_id, image.id), alt_text: image.alt_text, position: image.position, content_type: image.content_type, byte_size: image.byte_size };
}

export function toItem(view: ItemView): ItemResponse {
  const row: ItemsTable = view.row;
  return {
    id: row.id,
    name: row.name,
    sku: row.sku,
    unit: row.unit,
    description: row.description,
    rate_minor: row.rate_minor,
    currency: row.currency,
    tax_id: row.tax_id,
    archived: row.archived_at !== null,
    category: row.category,
    sellable_in_portal: row.sellable_in_portal === 1,
    allow_backorders: row.allow_backorders === 1,
    track_stock: row.track_stock === 1,
    stock: row.track_stock === 1 ? (toStockFigures(view.stock) ?? { on_hand: 0, committed: 0, available: 0 }) : null,
    images: view.images.map(toItemImage),
    external_id: row.external_id,
    updated_at: row.updated_at,
  };
}
