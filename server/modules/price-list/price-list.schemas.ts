import { z } from 'zod';
import type { UnitPrice } from '../../../contract/pricing.ts';
import { quantityFromMilli } from '../../../contract/units.ts';
import type { PriceListRatesTable, PriceListsTable } from '../../db/order-tables.ts';
import { currencyField, externalIdField, pagingQuery, updatedSinceField } from '../../http/schemas.ts';
import { versionField } from '../../http/versions.ts';
import { dateField } from '../document/document.schemas.ts';

const decimals = (places: number) => (value: number) => Math.abs(value * 10 ** places - Math.round(value * 10 ** places)) < 1e-6;

export const priceListKinds = ['markup', 'markdown', 'per_item'] as const;

/** One break of an item's rate: from `min_quantity` (up to three decimals) up to the next break; in the list's currency. */
export const rateInput = z
  .object({
    item_id: z.string().min(1).max(64),
    min_quantity: z.number().min(0).max(1_000_000).refine(decimals(3), 'may have at most three decimals').default(0),
    rate_minor: z.number().int().min(0).max(1_000_000_000_000),
  })
  .strict();
export type RateInput = z.infer<typeof rateInput>;

const priceListFields = {
  name: z.string().trim().min(1, 'is required').max(200),
  description: z.string().trim().max(2000).nullable().optional(),
  currency: currencyField,
  kind: z.enum(priceListKinds),
  /** Markup or markdown in percent, up to two decimals (12.5); only for markup and markdown lists. */
  percent: z.number().min(0).max(1000).refine(decimals(2), 'may have at most two decimals').nullable().optional(),
  valid_from: dateField.nullable().optional(),
  valid_to: dateField.nullable().optional(),
  rates: z.array(rateInput).max(5000).optional(),
};

export const createPriceListBody = z.object({ ...priceListFields, external_id: externalIdField.nullable().optional() }).strict();
export type CreatePriceListBody = z.infer<typeof createPriceListBody>;

/** Changes; `rates`, when sent, replace all the list's rates. `version`: the version the caller saw (or If-Match). */
export const updatePriceListBody = z
  .object({ ...priceListFields, external_id: externalIdField.nullable().optional() })
  .partial()
  .extend({ version: versionField.optional() })
  .strict();
export type UpdatePriceListBody = z.infer<typeof updatePriceListBody>;

export const listPriceListsQuery = pagingQuery.extend({
  search: z.string().trim().max(200).optional(),
  archived: z.enum(['true', 'false']).optional(),
  /** Only lists changed at or after this instant, oldest change first (an incremental pull). */
  updated_since: updatedSinceField.optional(),
});

/** A rate of a PUT by external id: its item by `item_id` or by the item's `item_external_id` (exactly one). */
export const putRateInput = rateInput.extend({ item_id: rateInput.shape.item_id.optional(), item_external_id: externalIdField.optional() }).strict();
export type PutRateInput = z.infer<typeof putRateInput>;

/**
 * The whole price list as the organization's system of record has it (PUT …/by-external-id/{external_id}):
 * fields left out are cleared, and `rates` replace all its rates (none when left out).
 */
export const putPriceListBody = z.object({ ...priceListFields, rates: z.array(putRateInput).max(5000).optional() }).strict();
export type PutPriceListBody = z.infer<typeof putPriceListBody>;
export type ListPriceListsQuery = z.infer<typeof listPriceListsQuery>;

export const priceListSummaryResponse = z.object({
  id: z.string(),
  name: z.string(),
  description: z.string().nullable(),
  currency: z.string(),
  kind: z.enum(priceListKinds),
  /** Percent (12.5); 0 for per-item lists. */
  percent: z.number(),
  valid_from: z.string().nullable(),
  valid_to: z.string().nullable(),
  archived: z.boolean(),
  external_id: z.string().nullable(),
  version: z.number().int(),
  created_at: z.string(),
  updated_at: z.string(),
});
export type PriceListSummaryResponse = z.infer<typeof priceListSummaryResponse>;

export const priceListRateResponse = z.object({
  item_id: z.string(),
  item_name: z.string(),
  min_quantity: z.number(),
  rate_minor: z.number().int(),
});

export const priceListResponse = priceListSummaryResponse.extend({
  rates: z.array(priceListRateResponse),
  customers_count: z.number().int(),
});
export type PriceListResponse = z.infer<typeof priceListResponse>;

export function toPriceListSummary(row: PriceListsTable): PriceListSummaryResponse {
  return {
    id: row.id,
    name: row.name,
    description: row.description,
    currency: row.currency,
    kind: row.kind,
    percent: row.percent_basis_points / 100,
    valid_from: row.valid_from,
    valid_to: row.valid_to,
    archived: row.archived_at !== null,
    external_id: row.external_id,
    version: row.version,
    created_at: row.created_at,
    updated_at: row.updated_at,
  };
}

export function toPriceList(row: PriceListsTable, rates: readonly (PriceListRatesTable & { item_name: string })[], customersCount: number): PriceListResponse {
  return {
    ...toPriceListSummary(row),
    rates: rates.map((r) => ({ item_id: r.item_id, item_name: r.item_name, min_quantity: quantityFromMilli(r.min_quantity_milli), rate_minor: r.rate_minor })),
    customers_count: customersCount,
  };
}

/** A unit price as the API answers it (quantities as numbers with up to three decimals). */
export const unitPriceResponse = z.object({
  rate_minor: z.number().int(),
  currency: z.string(),
  source: z.enum(['base', 'price_list']),
  price_list_id: z.string().nullable(),
  price_list_name: z.string().nullable(),
  /** The break that priced the quantity (from this quantity); null when no list rate did. */
  break_min_quantity: z.number().nullable(),
  /** The list's breaks for the item, smallest first. */
  breaks: z.array(z.object({ min_quantity: z.number(), rate_minor: z.number().int() })),
});
export type UnitPriceResponse = z.infer<typeof unitPriceResponse>;

export function presentUnitPrice(price: UnitPrice): UnitPriceResponse {
  return {
    rate_minor: price.rate_minor,
    currency: price.currency,
    source: price.source,
    price_list_id: price.price_list_id,
    price_list_name: price.price_list_name,
    break_min_quantity: price.break_min_milli === null ? null : quantityFromMilli(price.break_min_milli),
    breaks: price.breaks.map((b) => ({ min_quantity: quantityFromMilli(b.min_quantity_milli), rate_minor: b.rate_minor })),
  };
}

export const previewQuery = z.object({
  customer_id: z.string().min(1).max(64).optional(),
  item_id: z.string().min(1).max(64),
  quantity: z.coerce.number().min(0).max(1_000_000).refine(decimals(3), 'may have at most three decimals').default(1),
});
export type PreviewQuery = z.infer<typeof previewQuery>;

export const previewResponse = z.object({
  price_list_id: z.string(),
  customer_id: z.string().nullable(),
  item_id: z.string(),
  quantity: z.number(),
  /** Today's date of the organization, the day the price is for. */
  date: z.string(),
  /** Null: the item is not sold to this customer (its currency differs and no list rate applies). */
  price: unitPriceResponse.nullable(),
});

export const assignPriceListBody = z.object({ price_list_id: z.string().min(1).max(64).nullable() }).strict();

export const customerPriceListResponse = z.object({
  customer_id: z.string(),
  price_list: z.object({ id: z.string(), name: z.string(), currency: z.string(), archived: z.boolean() }).nullable(),
});
export type CustomerPriceListResponse = z.infer<typeof customerPriceListResponse>;
