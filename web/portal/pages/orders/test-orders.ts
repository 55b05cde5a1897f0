/** Answers of the portal's ordering API for the ordering pages' tests. */
import type { Cart, CartLine, ShippingAddress } from '../cart/queries.ts';
import type { CatalogItem } from '../catalog/queries.ts';
import type { OrderDetail, OrderPackage, OrderSummary, Shipment } from './queries.ts';

export function catalogItem(patch: Partial<CatalogItem> = {}): CatalogItem {
  return {
    id: 'item1',
    name: 'Brass hinge',
    sku: 'HNG-01',
    unit: 'pcs',
    description: null,
    category: 'Hardware',
    images: [],
    unit_price_minor: 1_250,
    currency: 'USD',
    price_breaks: [
      { min_quantity: 1, rate_minor: 1_250 },
      { min_quantity: 10, rate_minor: 1_100 },
    ],
    available: 5,
    allow_backorders: false,
    ...patch,
  };
}

export function cartLine(patch: Partial<CartLine> = {}): CartLine {
  return {
    item_id: 'item1',
    name: 'Brass hinge',
    sku: 'HNG-01',
    unit: 'pcs',
    image_url: null,
    quantity: 2,
    unit_price_minor: 1_250,
    price_breaks: [
      { min_quantity: 1, rate_minor: 1_250 },
      { min_quantity: 10, rate_minor: 1_100 },
    ],
    available: 5,
    allow_backorders: false,
    ...patch,
  };
}

export function cart(lines: CartLine[] = [cartLine()]): Cart {
  return { currency: 'USD', lines };
}

export function shippingAddress(patch: Partial<ShippingAddress> = {}): ShippingAddress {
  return { id: 'addr1', label: 'Warehouse', address: '1 Dock Road\nLeeds', is_default: true, ...patch };
}

export function orderSummary(patch: Partial<OrderSummary> = {}): OrderSummary {
  return { id: 'so1', number: 'SO-000001', status: 'confirmed', order_date: '2026-12-01', po_number: null, currency: 'USD', total_minor: 2_500, ...patch };
}

export function orderPackage(patch: Partial<OrderPackage> = {}): OrderPackage {
  return {
    id: 'pkg1',
    number: 'PKG-000001',
    status: 'shipped',
    carrier: 'ups',
    carrier_name: 'UPS',
    tracking_number: '1Z999',
    tracking_url: 'https://www.ups.com/track?tracknum=1Z999',
    shipped_on: '2026-12-02',
    delivered_at: null,
    ...patch,
  };
}

export function orderDetail(patch: Partial<OrderDetail> = {}): OrderDetail {
  return {
    ...orderSummary(),
    notes: null,
    shipping_address: '1 Dock Road\nLeeds',
    expected_shipment_date: null,
    subtotal_minor: 2_500,
    discount_minor: 0,
    tax_minor: 0,
    confirmed_at: '2026-12-01T10:05:00.000Z',
    shipped_at: null,
    delivered_at: null,
    cancelled_at: null,
    cancel_reason: null,
    created_at: '2026-12-01T10:00:00.000Z',
    lines: [{ id: 'l1', item_id: 'item1', name: 'Brass hinge', description: null, sku: 'HNG-01', unit: 'pcs', quantity: 2, shipped_quantity: 0, rate_minor: 1_250, tax_minor: 0, total_minor: 2_500 }],
    events: [
      { id: 'e1', status: 'pending_approval', note: null, created_at: '2026-12-01T10:00:00.000Z' },
      { id: 'e2', status: 'confirmed', note: null, created_at: '2026-12-01T10:05:00.000Z' },
    ],
    invoices: [],
    packages: [],
    ...patch,
  };
}

export function shipment(patch: Partial<Shipment> = {}): Shipment {
  return { ...orderPackage(), sales_order: { id: 'so1', number: 'SO-000001' }, ...patch };
}
