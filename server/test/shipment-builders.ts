import { randomBytes } from 'node:crypto';
import type { Db } from '../db/database.ts';
import type { SalesOrderLinesTable, SalesOrderStatus } from '../db/order-tables.ts';
import { newId } from '../lib/ids.ts';

export interface OrderLineSpec {
  name?: string;
  sku?: string | null;
  unit?: string | null;
  quantityMilli: number;
  /** Stock on hand of the line's item in the order's warehouse; null for an item without stock tracking. */
  onHandMilli?: number | null;
  /** What the line holds of that stock (defaults to the whole quantity for tracked items in held statuses). */
  committedMilli?: number;
  /** A line without an item (free text). */
  noItem?: boolean;
}

export interface TestOrder {
  id: string;
  number: string;
  warehouseId: string;
  lines: { id: string; itemId: string | null; quantityMilli: number }[];
}

const holding: readonly SalesOrderStatus[] = ['pending_approval', 'confirmed', 'partially_shipped'];

/**
 * A sales order written straight into the tables, with a warehouse, tracked items, their stock and
 * what the order's lines hold of it — the state an order is in once it was placed and confirmed.
 */
export async function insertTestOrder(
  db: Db,
  organizationId: string,
  customerId: string,
  options: { status?: SalesOrderStatus; lines: OrderLineSpec[]; shippingAddress?: string | null; poNumber?: string | null },
): Promise<TestOrder> {
  const now = new Date().toISOString();
  const status = options.status ?? 'confirmed';
  const warehouseId = newId();
  await db.insertInto('warehouses').values({ id: warehouseId, organization_id: organizationId, name: `Warehouse ${randomBytes(2).toString('hex')}`, address: null, is_default: 0, archived_at: null, created_at: now, updated_at: now }).execute();
  const orderId = newId();
  const number = `SO-T${randomBytes(4).toString('hex')}`;
  const lines: SalesOrderLinesTable[] = [];
  const built: TestOrder['lines'] = [];
  for (const [position, spec] of options.lines.entries()) {
    const tracked = spec.onHandMilli !== null && spec.onHandMilli !== undefined;
    let itemId: string | null = null;
    if (!spec.noItem) {
      itemId = newId();
      await db
        .insertInto('items')
        .values({ id: itemId, organization_id: organizationId, name: spec.name ?? `Item ${position + 1}`, sku: spec.sku ?? null, unit: spec.unit ?? null, description: null, rate_minor: 1000, currency: 'USD', tax_id: null, archived_at: null, created_at: now, updated_at: now, category: null, sellable_in_portal: 1, allow_backorders: 0, track_stock: tracked ? 1 : 0 })
        .execute();
    }
    const committed = spec.committedMilli ?? (tracked && holding.includes(status) ? spec.quantityMilli : 0);
    if (itemId && tracked) {
      await db.insertInto('stock_levels').values({ item_id: itemId, warehouse_id: warehouseId, organization_id: organizationId, on_hand_milli: spec.onHandMilli!, committed_milli: committed, updated_at: now }).execute();
    }
    const id = newId();
    lines.push({
      id,
      sales_order_id: orderId,
      position,
      item_id: itemId,
      name: spec.name ?? `Item ${position + 1}`,
      description: null,
      sku: spec.sku ?? null,
      unit: spec.unit ?? null,
      quantity_milli: spec.quantityMilli,
      rate_minor: 1000,
      discount_type: null,
      discount_value: 0,
      tax_id: null,
      tax_name: null,
      tax_rate_millipercent: 0,
      gross_minor: Math.round((spec.quantityMilli * 1000) / 1000),
      discount_minor: 0,
      tax_minor: 0,
      total_minor: Math.round((spec.quantityMilli * 1000) / 1000),
      price_source: 'manual',
      price_list_id: null,
      price_list_name: null,
      price_break_min_milli: null,
      committed_milli: committed,
      packed_milli: 0,
      shipped_milli: 0,
      invoiced_milli: 0,
    });
    built.push({ id, itemId, quantityMilli: spec.quantityMilli });
  }
  const total = lines.reduce((sum, line) => sum + line.total_minor, 0);
  await db
    .insertInto('sales_orders')
    .values({
      id: orderId,
      organization_id: organizationId,
      customer_id: customerId,
      number,
      status,
      currency: 'USD',
      order_date: now.slice(0, 10),
      expected_shipment_date: null,
      po_number: options.poNumber ?? null,
      notes: null,
      terms: null,
      shipping_address_id: null,
      shipping_address: options.shippingAddress ?? null,
      warehouse_id: warehouseId,
      subtotal_minor: total,
      discount_minor: 0,
      tax_minor: 0,
      total_minor: total,
      placed_via: 'staff',
      placed_by_contact_id: null,
      confirmed_at: status === 'confirmed' ? now : null,
      shipped_at: null,
      delivered_at: null,
      cancelled_at: status === 'cancelled' ? now : null,
      cancel_reason: null,
      created_by: null,
      created_at: now,
      updated_at: now,
      version: 1,
    })
    .execute();
  if (lines.length > 0) await db.insertInto('sales_order_lines').values(lines).execute();
  return { id: orderId, number, warehouseId, lines: built };
}

export async function stockLevel(db: Db, itemId: string, warehouseId: string): Promise<{ on_hand_milli: number; committed_milli: number } | undefined> {
  return db.selectFrom('stock_levels').select(['on_hand_milli', 'committed_milli']).where('item_id', '=', itemId).where('warehouse_id', '=', warehouseId).executeTakeFirst();
}

export async function orderLineQuantities(db: Db, orderId: string) {
  return db.selectFrom('sales_order_lines').select(['id', 'quantity_milli', 'committed_milli', 'packed_milli', 'shipped_milli']).where('sales_order_id', '=', orderId).orderBy('position').execute();
}

export async function orderStatus(db: Db, orderId: string): Promise<{ status: string; events: string[] }> {
  const order = await db.selectFrom('sales_orders').select('status').where('id', '=', orderId).executeTakeFirstOrThrow();
  const events = await db.selectFrom('sales_order_events').select('status').where('sales_order_id', '=', orderId).orderBy('created_at').orderBy('id').execute();
  return { status: order.status, events: events.map((event) => event.status) };
}

export async function shipmentMovements(db: Db, packageId: string) {
  return db.selectFrom('stock_movements').select(['item_id', 'kind', 'quantity_milli', 'sales_order_id', 'package_id']).where('package_id', '=', packageId).orderBy('item_id').execute();
}

export async function outboxMails(db: Db, organizationId: string, kind: string) {
  return db.selectFrom('outbox_emails').select(['to_address', 'subject', 'html', 'text']).where('organization_id', '=', organizationId).where('kind', '=', kind).orderBy('created_at').orderBy('id').execute();
}
