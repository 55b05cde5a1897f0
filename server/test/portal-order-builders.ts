import { randomUUID } from 'node:crypto';
import type { ItemsTable } from '../db/billing-tables.ts';
import { adjustStock, defaultWarehouseId } from '../modules/stock/stock.service.ts';
import type { SignedUpStaff } from './builders.ts';
import { portalCustomer, type PortalCustomer } from './portal-document-builders.ts';
import { insertStockItem } from './stock-builders.ts';
import type { TestApp } from './test-app.ts';

export interface OrderingContact extends PortalCustomer {
  currency: string;
  /** Places an order with a fresh Idempotency-Key (or the one given). */
  order(body: unknown, key?: string): ReturnType<PortalCustomer['client']['request']>;
}

/** A signed-in contact (every permission) of a new customer; `order` posts to /sales-orders with an Idempotency-Key. */
export async function orderingContact(t: TestApp, staff: SignedUpStaff): Promise<OrderingContact> {
  const contact = await portalCustomer(t, staff);
  const customer = await t.ctx.db.selectFrom('customers').select('currency').where('id', '=', contact.customerId).executeTakeFirstOrThrow();
  return {
    ...contact,
    currency: customer.currency,
    order: (body, key = randomUUID()) => contact.client.request('POST', `${contact.api}/sales-orders`, body, { 'idempotency-key': key }),
  };
}

/** An item the portal sells, in `currency`, with `onHand` units received into the default warehouse when its stock is tracked. */
export async function sellableItem(
  t: TestApp,
  staff: SignedUpStaff,
  options: { currency: string; rate_minor?: number; onHand?: number; track_stock?: 0 | 1; allow_backorders?: 0 | 1; name?: string; category?: string | null; sku?: string | null },
): Promise<ItemsTable> {
  const organizationId = staff.organization.id;
  const item = await insertStockItem(t.ctx.db, organizationId, {
    currency: options.currency,
    rate_minor: options.rate_minor ?? 1_000,
    track_stock: options.track_stock ?? 1,
    allow_backorders: options.allow_backorders ?? 0,
    ...(options.name ? { name: options.name } : {}),
    ...(options.category !== undefined ? { category: options.category } : {}),
    ...(options.sku !== undefined ? { sku: options.sku } : {}),
  });
  if ((options.onHand ?? 0) > 0) await receive(t, organizationId, item.id, options.onHand ?? 0);
  return item;
}

/** Receives `quantity` units of an item into the default warehouse. */
export async function receive(t: TestApp, organizationId: string, itemId: string, quantity: number): Promise<void> {
  const now = new Date().toISOString();
  await t.ctx.db.transaction().execute(async (trx) => {
    const warehouseId = await defaultWarehouseId(trx, organizationId, now);
    await adjustStock(trx, { organizationId, warehouseId, itemId, deltaMilli: quantity * 1000, kind: 'receipt', reason: null, staffUserId: null, now });
  });
}

/** What is on hand and committed of an item, summed over warehouses (thousandths). */
export async function stockOfItem(t: TestApp, itemId: string): Promise<{ on_hand_milli: number; committed_milli: number }> {
  const rows = await t.ctx.db.selectFrom('stock_levels').select(['on_hand_milli', 'committed_milli']).where('item_id', '=', itemId).execute();
  return rows.reduce((sum, row) => ({ on_hand_milli: sum.on_hand_milli + Number(row.on_hand_milli), committed_milli: sum.committed_milli + Number(row.committed_milli) }), { on_hand_milli: 0, committed_milli: 0 });
}

/** Changes the portal settings of the staff member's organization. */
export async function setPortalSettings(staff: SignedUpStaff, settings: Record<string, unknown>): Promise<void> {
  const response = await staff.client.patch('/api/v1/portal/settings', settings);
  if (response.statusCode !== 200) throw new Error(`changing the portal settings failed: ${response.body}`);
}
