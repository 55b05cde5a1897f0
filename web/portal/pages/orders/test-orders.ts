/** Answers of the portal's ordering API for the ordering pages' tests. */
import type { Cart, CartLine, ShippingAddress } from '../cart/queries.ts';
import type { CatalogItem } from '../catalog/queries.ts';
import type { OrderDetail, OrderSummary, Shipment } from './queries.ts';

export function catalogItem(patch: Partial<CatalogItem> = {}): CatalogItem {
  return {
    id: 'item1',
    name: 'Brass hinge',
    sku: 'HNG-01',
    unit: 'pcs',
    description: null,
    category: 'Hardware',
    unit_price_minor: 1_250,
    currency: 'USD',
    price_source: 'price_list',
    breaks: [
      { min_quantity: 1, unit_price_minor: 1_250 },
      { min_quantity: 10, unit_price_minor: 1_100 },
    ],
    track_stock: true,
    allow_backorders: false,
    available: 5,
    images: [],
    ...patch,
  };
}

export function cartLine(patch: Partial<CartLine> = {}): CartLine {
  const line: CartLine = {
    id: `line-${patch.item_id ?? 'item1'}`,
    item_id: 'item1',
    name: 'Brass hinge',
    sku: 'HNG-01',
    unit: 'pcs',
    quantity: 2,
    unit_price_minor: 1_250,
    amount_minor: null,
    available: 5,
    allow_backorders: false,
    issue: null,
    ...patch,
  };
  return { ...line, amount_minor: patch.amount_minor !== undefined ? patch.amount_minor : line.unit_price_minor === null ? null : Math.round(line.quantity * line.unit_price_minor) };
}

/** A cart whose subtotal is the sum of its orderable lines, as the server adds it up. */
export function cart(lines: CartLine[] = [cartLine()]): Cart {
  return { lines, currency: 'USD', subtotal_minor: lines.reduce((sum, line) => sum + (line.amount_minor ?? 0), 0) };
}

export function shippingAddress(patch: Partial<ShippingAddress> = {}): ShippingAddress {
  return { id: 'addr1', label: 'Warehouse', address: '1 Dock Road\nLeeds', address_lines: ['1 Dock Road', 'Leeds'], is_default: true, stored: true, ...patch };
}

export function orderSummary(patch: Partial<OrderSummary> = {}): OrderSummary {
  return {
    id: 'so1',
    number: 'SO-000001',
    status: 'confirmed',
    order_date: '2026-12-01',
    expected_shipment_date: null,
    po_number: null,
    currency: 'USD',
    subtotal_minor: 2_500,
    tax_minor: 0,
    total_minor: 2_500,
    placed_via: 'portal',
    created_at: '2026-12-01T10:00:00.000Z',
    ...patch,
  };
}

export function shipment(patch: Partial<Shipment> = {}): Shipment {
  return {
    id: 'pkg1',
    sales_order_id: 'so1',
    sales_order_number: 'SO-000001',
    number: 'PKG-000001',
    status: 'shipped',
    carrier: 'ups',
    carrier_name: 'UPS',
    tracking_number: '1Z999',
    tracking_url: 'https://www.ups.com/track?tracknum=1Z999',
    shipped_on: '2026-12-02',
    delivered_at: null,
    lines: [{ sales_order_line_id: 'l1', item_id: 'item1', name: 'Brass hinge', sku: 'HNG-01', unit: 'pcs', quantity: 2 }],
    ...patch,
  };
}

export function orderDetail(patch: Partial<OrderDetail> = {}): OrderDetail {
  return {
    ...orderSummary(),
    notes: null,
    shipping_address: '1 Dock Road\nLeeds',
    cancel_reason: null,
    lines: [
      { id: 'l1', item_id: 'item1', name: 'Brass hinge', description: null, sku: 'HNG-01', unit: 'pcs', quantity: 2, unit_price_minor: 1_250, discount_minor: 0, tax_name: null, tax_minor: 0, total_minor: 2_500, shipped_quantity: 0 },
    ],
    events: [
      { status: 'pending_approval', note: null, actor_type: 'contact', actor_name: 'Ada Lovelace', created_at: '2026-12-01T10:00:00.000Z' },
      { status: 'confirmed', note: null, actor_type: 'staff', actor_name: 'Olivia Owner', created_at: '2026-12-01T10:05:00.000Z' },
    ],
    invoices: [],
    packages: [],
    ...patch,
  };
}
