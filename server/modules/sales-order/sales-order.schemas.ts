import { z } from 'zod';
import { hasAtMostThreeDecimals } from '../../../contract/units.ts';
import { externalIdField, pagingQuery, updatedSinceField } from '../../http/schemas.ts';
import { versionField } from '../../http/versions.ts';
import { dateField } from '../document/document.schemas.ts';
import { salesOrderStatuses } from './sales-order.ts';

const twoDecimals = (value: number) => Math.abs(value * 100 - Math.round(value * 100)) < 1e-6;

/** A line as staff send it: an item (priced from the customer's price list unless a rate is given) or a free line with a name and rate. */
export const orderLineInput = z
  .object({
    item_id: z.string().min(1).max(64).nullable().optional(),
    name: z.string().trim().min(1, 'is required').max(300).optional(),
    description: z.string().trim().max(2000).nullable().optional(),
    quantity: z.number().positive().max(1_000_000).refine(hasAtMostThreeDecimals, 'may have at most three decimals'),
    rate_minor: z.number().int().min(0).max(1_000_000_000_000).optional(),
    discount: z
      .discriminatedUnion('type', [
        z.object({ type: z.literal('percent'), percent: z.number().min(0).max(100).refine(twoDecimals, 'may have at most two decimals') }).strict(),
        z.object({ type: z.literal('amount'), amount_minor: z.number().int().min(0) }).strict(),
      ])
      .nullable()
      .optional(),
    /** Leave out to use the item's tax; null for none. */
    tax_id: z.string().max(64).nullable().optional(),
  })
  .strict();
export type OrderLineInput = z.infer<typeof orderLineInput>;

const orderFields = {
  order_date: dateField.optional(),
  expected_shipment_date: dateField.nullable().optional(),
  po_number: z.string().trim().max(100).nullable().optional(),
  notes: z.string().max(5000).nullable().optional(),
  /** One of the customer's shipping addresses; or `shipping_address` as text. Neither: the customer's default one. */
  shipping_address_id: z.string().max(64).nullable().optional(),
  shipping_address: z.string().trim().max(1000).nullable().optional(),
  lines: z.array(orderLineInput).min(1, 'add at least one line').max(500),
  /** The organization's own key (an ERP's order id), unique within the organization; null clears it. docs/api.md "Sync by external id". */
  external_id: externalIdField.nullable().optional(),
};

export const createSalesOrderBody = z
  .object({
    customer_id: z.string().min(1).max(64),
    /** `confirmed` confirms at once (holding stock); the default is a draft. */
    status: z.enum(['draft', 'confirmed']).default('draft'),
    ...orderFields,
  })
  .strict();
export type CreateSalesOrderBody = z.infer<typeof createSalesOrderBody>;

/** A line of a PUT by external id: its item by `item_id` or by the item's `item_external_id` (at most one; neither: a free line). */
export const putOrderLineInput = orderLineInput.extend({ item_external_id: externalIdField.optional() }).strict();
export type PutOrderLineInput = z.infer<typeof putOrderLineInput>;

/**
 * The whole order as the organization's system of record has it (PUT /sales-orders/by-external-id/{external_id}):
 * the body of POST /sales-orders without `external_id`, its customer by `customer_id` or `customer_external_id`
 * (exactly one). Fields left out are cleared, except `order_date` and the shipping address, which are
 * picked as POST picks them when the order is created and left as they are afterwards.
 */
export const putSalesOrderBody = createSalesOrderBody
  .omit({ customer_id: true, external_id: true, lines: true })
  .extend({
    customer_id: z.string().min(1).max(64).optional(),
    customer_external_id: externalIdField.optional(),
    lines: z.array(putOrderLineInput).min(1, 'add at least one line').max(500),
  })
  .strict();
export type PutSalesOrderBody = z.infer<typeof putSalesOrderBody>;

export const updateSalesOrderBody = z
  .object({ ...orderFields, version: versionField.optional() })
  .partial()
  .strict();
export type UpdateSalesOrderBody = z.infer<typeof updateSalesOrderBody>;

export const versionBody = z.object({ version: versionField.optional() }).strict();
export const cancelSalesOrderBody = z.object({ reason: z.string().trim().min(1, 'is required').max(2000), version: versionField.optional() }).strict();
export const convertSalesOrderBody = z.object({ mode: z.enum(['all', 'shipped']).default('all'), version: versionField.optional() }).strict();

export const salesOrderSorts = ['order_date', '-order_date', 'number', '-number', 'total', '-total'] as const;

export const listSalesOrdersQuery = pagingQuery.extend({
  customer_id: z.string().max(64).optional(),
  status: z.enum(salesOrderStatuses).optional(),
  /** In the number or the PO number. */
  search: z.string().trim().max(50).optional(),
  sort: z.enum(salesOrderSorts).default('-order_date'),
  /** Only orders changed at or after this instant, oldest change first (an incremental pull; `sort` is then ignored). */
  updated_since: updatedSinceField.optional(),
});
export type ListSalesOrdersQuery = z.infer<typeof listSalesOrdersQuery>;

export const orderLineResponse = z.object({
  id: z.string(),
  position: z.number().int(),
  item_id: z.string().nullable(),
  name: z.string(),
  description: z.string().nullable(),
  sku: z.string().nullable(),
  unit: z.string().nullable(),
  quantity: z.number(),
  rate_minor: z.number().int(),
  discount_type: z.enum(['percent', 'amount']).nullable(),
  discount_percent: z.number().nullable(),
  discount_amount_minor: z.number().int().nullable(),
  tax_id: z.string().nullable(),
  tax_name: z.string().nullable(),
  tax_rate_percent: z.number(),
  gross_minor: z.number().int(),
  discount_minor: z.number().int(),
  tax_minor: z.number().int(),
  total_minor: z.number().int(),
  /** Where the rate came from: the item's base rate, the customer's price list, or set by hand. */
  price_source: z.enum(['base', 'price_list', 'manual']),
  price_list_id: z.string().nullable(),
  price_list_name: z.string().nullable(),
  price_break_min_quantity: z.number().nullable(),
  /** Held in stock for this line (what is not shipped yet). */
  committed_quantity: z.number(),
  packed_quantity: z.number(),
  shipped_quantity: z.number(),
  invoiced_quantity: z.number(),
});

export const salesOrderSummaryResponse = z.object({
  id: z.string(),
  number: z.string(),
  status: z.enum(salesOrderStatuses),
  customer: z.object({ id: z.string(), display_name: z.string() }),
  currency: z.string(),
  order_date: z.string(),
  expected_shipment_date: z.string().nullable(),
  po_number: z.string().nullable(),
  external_id: z.string().nullable(),
  subtotal_minor: z.number().int(),
  discount_minor: z.number().int(),
  tax_minor: z.number().int(),
  total_minor: z.number().int(),
  placed_via: z.enum(['staff', 'portal', 'api']),
  placed_by_contact_id: z.string().nullable(),
  confirmed_at: z.string().nullable(),
  shipped_at: z.string().nullable(),
  delivered_at: z.string().nullable(),
  cancelled_at: z.string().nullable(),
  cancel_reason: z.string().nullable(),
  created_at: z.string(),
  updated_at: z.string(),
  /** Bumped by every change; send it back (If-Match or `version`) so that a stale page cannot overwrite a newer one. */
  version: z.number().int(),
});
export type SalesOrderSummaryResponse = z.infer<typeof salesOrderSummaryResponse>;

export const salesOrderEventResponse = z.object({
  id: z.string(),
  status: z.string(),
  note: z.string().nullable(),
  actor_type: z.enum(['staff', 'contact', 'system', 'api']),
  actor_name: z.string().nullable(),
  created_at: z.string(),
});

export const salesOrderResponse = salesOrderSummaryResponse.extend({
  notes: z.string().nullable(),
  terms: z.string().nullable(),
  shipping_address_id: z.string().nullable(),
  shipping_address: z.string().nullable(),
  warehouse_id: z.string(),
  lines: z.array(orderLineResponse),
  /** The status history, oldest first. */
  events: z.array(salesOrderEventResponse),
  packages: z.array(
    z.object({
      id: z.string(),
      number: z.string(),
      status: z.enum(['packed', 'shipped', 'delivered']),
      package_date: z.string(),
      carrier: z.string().nullable(),
      tracking_number: z.string().nullable(),
      shipped_on: z.string().nullable(),
      delivered_at: z.string().nullable(),
    }),
  ),
  invoices: z.array(z.object({ id: z.string(), number: z.string(), status: z.string(), issue_date: z.string(), total_minor: z.number().int(), balance_minor: z.number().int() })),
});
export type SalesOrderResponse = z.infer<typeof salesOrderResponse>;
