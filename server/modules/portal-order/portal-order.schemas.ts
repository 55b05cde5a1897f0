import { z } from 'zod';
import { hasAtMostThreeDecimals } from '../../../contract/units.ts';
import { pagingQuery } from '../../http/schemas.ts';
import { shippingAddressResponse } from '../customer-address/customer-address.schemas.ts';
import { slugParams } from '../portal-auth/portal-auth.schemas.ts';
import { portalOrderFilters } from './portal-order.ts';

const money = z.number().int();
const id = z.string().min(1).max(64);
/** A quantity as the API speaks it: a decimal with at most three places (stored in thousandths). */
export const quantityField = z.number().positive().max(1_000_000).refine(hasAtMostThreeDecimals, 'may have at most three decimals');

export const idParams = slugParams.extend({ id });
export const itemParams = slugParams.extend({ item_id: id });
export const imageParams = slugParams.extend({ id, image_id: id });

export const catalogQuery = pagingQuery.extend({
  search: z.string().trim().max(100).optional(),
  category: z.string().trim().min(1).max(100).optional(),
});

const priceBreak = z.object({ min_quantity: z.number(), unit_price_minor: money });

export const catalogItemResponse = z.object({
  id: z.string(),
  name: z.string(),
  sku: z.string().nullable(),
  unit: z.string().nullable(),
  description: z.string().nullable(),
  category: z.string().nullable(),
  /** This customer's price of one unit; null when the item is not sold to this customer (another currency). */
  unit_price_minor: money.nullable(),
  currency: z.string().nullable(),
  price_source: z.enum(['base', 'price_list']).nullable(),
  /** The customer's price list's quantity breaks of this item, smallest first. */
  breaks: z.array(priceBreak),
  track_stock: z.boolean(),
  allow_backorders: z.boolean(),
  /** What can be ordered now (on hand less what orders hold); null when stock is not counted for the item. */
  available: z.number().nullable(),
  images: z.array(z.object({ id: z.string(), url: z.string(), alt_text: z.string().nullable() })),
});
export type CatalogItem = z.infer<typeof catalogItemResponse>;

export const categoriesResponse = z.object({ data: z.array(z.object({ name: z.string(), item_count: z.number().int() })) });

export const cartLineIssues = ['unavailable', 'short_stock'] as const;
export const cartLineResponse = z.object({
  id: z.string(),
  item_id: z.string(),
  name: z.string(),
  sku: z.string().nullable(),
  unit: z.string().nullable(),
  quantity: z.number(),
  unit_price_minor: money.nullable(),
  /** Quantity × unit price, rounded as on invoices; null when the item cannot be ordered. */
  amount_minor: money.nullable(),
  available: z.number().nullable(),
  allow_backorders: z.boolean(),
  /** Why the line cannot be ordered as it is: the item is no longer sold, or less is available. */
  issue: z.enum(cartLineIssues).nullable(),
});
export type CartLine = z.infer<typeof cartLineResponse>;

export const cartResponse = z.object({
  lines: z.array(cartLineResponse),
  currency: z.string(),
  /** The sum of the lines' amounts (before taxes); lines that cannot be ordered are left out. */
  subtotal_minor: money,
});
export type Cart = z.infer<typeof cartResponse>;

export const putCartLineBody = z.object({ quantity: quantityField }).strict();

export const orderListQuery = pagingQuery.extend({
  filter: z.enum(portalOrderFilters).default('all'),
  search: z.string().trim().max(100).optional(),
});

export const placeOrderBody = z
  .object({
    lines: z
      .array(
        z
          .object({
            item_id: id,
            quantity: quantityField,
            /** The unit price the contact was shown; a different price today refuses the order (409 PRICES_CHANGED). */
            expected_unit_price_minor: money.min(0).optional(),
          })
          .strict(),
      )
      .min(1, 'add at least one line')
      .max(200)
      .superRefine((lines, issue) => {
        const seen = new Set<string>();
        lines.forEach((line, index) => {
          if (seen.has(line.item_id)) issue.addIssue({ code: 'custom', path: [index, 'item_id'], message: 'is already on another line', params: { field_issue: 'duplicate' } });
          seen.add(line.item_id);
        });
      }),
    notes: z.string().trim().max(2000).nullish(),
    shipping_address_id: id.nullish(),
    po_number: z.string().trim().max(100).nullish(),
  })
  .strict();
export type PlaceOrderBody = z.infer<typeof placeOrderBody>;

/** A package of an order: what it holds and, once it has left, the carrier's tracking link. */
export const shipmentResponse = z.object({
  id: z.string(),
  sales_order_id: z.string(),
  sales_order_number: z.string(),
  number: z.string(),
  status: z.enum(['packed', 'shipped', 'delivered']),
  carrier: z.string().nullable(),
  carrier_name: z.string().nullable(),
  tracking_number: z.string().nullable(),
  tracking_url: z.string().nullable(),
  shipped_on: z.string().nullable(),
  delivered_at: z.string().nullable(),
  lines: z.array(z.object({ sales_order_line_id: z.string(), item_id: z.string().nullable(), name: z.string(), sku: z.string().nullable(), unit: z.string().nullable(), quantity: z.number() })),
});
export type ShipmentResponse = z.infer<typeof shipmentResponse>;

export const orderSummaryResponse = z.object({
  id: z.string(),
  number: z.string(),
  status: z.string(),
  order_date: z.string(),
  expected_shipment_date: z.string().nullable(),
  po_number: z.string().nullable(),
  currency: z.string(),
  subtotal_minor: money,
  tax_minor: money,
  total_minor: money,
  placed_via: z.enum(['staff', 'portal', 'api']),
  created_at: z.string(),
});
export type OrderSummary = z.infer<typeof orderSummaryResponse>;

export const orderDetailResponse = orderSummaryResponse.extend({
  notes: z.string().nullable(),
  shipping_address: z.string().nullable(),
  cancel_reason: z.string().nullable(),
  lines: z.array(
    z.object({
      id: z.string(),
      item_id: z.string().nullable(),
      name: z.string(),
      description: z.string().nullable(),
      sku: z.string().nullable(),
      unit: z.string().nullable(),
      quantity: z.number(),
      unit_price_minor: money,
      discount_minor: money,
      tax_name: z.string().nullable(),
      tax_minor: money,
      total_minor: money,
      shipped_quantity: z.number(),
    }),
  ),
  /** The status history, oldest first. */
  events: z.array(z.object({ status: z.string(), note: z.string().nullable(), actor_type: z.string(), actor_name: z.string().nullable(), created_at: z.string() })),
  invoices: z.array(z.object({ id: z.string(), number: z.string(), status: z.string(), issue_date: z.string(), total_minor: money, balance_minor: money })),
  packages: z.array(shipmentResponse),
});
export type OrderDetail = z.infer<typeof orderDetailResponse>;

export const reorderDifferenceKinds = ['unavailable', 'price_changed', 'short_stock'] as const;
export const reorderResponse = z.object({
  added: z.array(z.object({ item_id: z.string(), name: z.string(), quantity: z.number(), unit_price_minor: money })),
  differences: z.array(
    z.object({
      item_id: z.string(),
      name: z.string(),
      kind: z.enum(reorderDifferenceKinds),
      old_unit_price_minor: money.optional(),
      unit_price_minor: money.optional(),
      available: z.number().optional(),
    }),
  ),
  cart: cartResponse,
});
export type ReorderAnswer = z.infer<typeof reorderResponse>;

export const shippingAddressesResponse = z.object({ data: z.array(shippingAddressResponse) });

/** The dashboard's ordering card (null while ordering is hidden or the contact may not read orders). */
export const dashboardOrders = z.object({ open_count: z.number().int(), latest_shipment: shipmentResponse.nullable() });
export type DashboardOrders = z.infer<typeof dashboardOrders>;
