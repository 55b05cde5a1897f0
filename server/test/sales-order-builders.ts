import type { LightMyRequestResponse } from 'fastify';
import { randomBytes } from 'node:crypto';
import type { Db } from '../db/database.ts';
import { newId } from '../lib/ids.ts';
import type { SignedUpStaff } from './builders.ts';

/** The organization's default warehouse, made here when it has none yet. */
export async function testWarehouse(db: Db, organizationId: string): Promise<string> {
  const found = await db.selectFrom('warehouses').select('id').where('organization_id', '=', organizationId).where('is_default', '=', 1).executeTakeFirst();
  if (found) return found.id;
  const id = newId();
  const now = new Date().toISOString();
  await db.insertInto('warehouses').values({ id, organization_id: organizationId, name: 'Main warehouse', address: null, is_default: 1, archived_at: null, created_at: now, updated_at: now }).execute();
  return id;
}

/** Sets an item's stock in the default warehouse (on hand, and optionally committed). */
export async function setStock(db: Db, organizationId: string, itemId: string, onHandMilli: number, committedMilli = 0): Promise<void> {
  const warehouseId = await testWarehouse(db, organizationId);
  const now = new Date().toISOString();
  await db
    .insertInto('stock_levels')
    .values({ item_id: itemId, warehouse_id: warehouseId, organization_id: organizationId, on_hand_milli: onHandMilli, committed_milli: committedMilli, updated_at: now })
    .onConflict((conflict) => conflict.columns(['item_id', 'warehouse_id']).doUpdateSet({ on_hand_milli: onHandMilli, committed_milli: committedMilli, updated_at: now }))
    .execute();
}

export async function stockLevel(db: Db, itemId: string): Promise<{ on_hand_milli: number; committed_milli: number }> {
  const row = await db.selectFrom('stock_levels').select(['on_hand_milli', 'committed_milli']).where('item_id', '=', itemId).executeTakeFirst();
  return { on_hand_milli: Number(row?.on_hand_milli ?? 0), committed_milli: Number(row?.committed_milli ?? 0) };
}

/** An item through the staff API; with `onHand` its stock is counted and set (thousandths). */
export async function createOrderItem(
  db: Db,
  staff: SignedUpStaff,
  options: { rate_minor?: number; currency?: string; onHandMilli?: number; backorders?: boolean; tax_id?: string; name?: string } = {},
): Promise<{ id: string; name: string; rate_minor: number }> {
  const response = await staff.client.post('/api/v1/items', {
    name: options.name ?? `Widget ${randomBytes(3).toString('hex')}`,
    sku: `SKU-${randomBytes(3).toString('hex')}`,
    unit: 'pcs',
    rate_minor: options.rate_minor ?? 1_250,
    currency: options.currency ?? 'EUR',
    ...(options.tax_id ? { tax_id: options.tax_id } : {}),
  });
  if (response.statusCode !== 201) throw new Error(`item creation failed: ${response.body}`);
  const item = response.json<{ id: string; name: string; rate_minor: number }>();
  if (options.onHandMilli !== undefined) {
    await db.updateTable('items').set({ track_stock: 1, allow_backorders: options.backorders ? 1 : 0 }).where('id', '=', item.id).execute();
    await setStock(db, staff.organization.id, item.id, options.onHandMilli);
  } else if (options.backorders) {
    await db.updateTable('items').set({ allow_backorders: 1 }).where('id', '=', item.id).execute();
  }
  return item;
}

export async function postOrder(staff: SignedUpStaff, body: Record<string, unknown>): Promise<LightMyRequestResponse> {
  return staff.client.post('/api/v1/sales-orders', body);
}

/** An order through the staff API that must be created; answers its body. */
export async function createTestOrder(staff: SignedUpStaff, customerId: string, lines: Record<string, unknown>[], extra: Record<string, unknown> = {}) {
  const response = await postOrder(staff, { customer_id: customerId, lines, ...extra });
  if (response.statusCode !== 201) throw new Error(`order creation failed: ${response.body}`);
  return response.json<{ id: string; number: string; status: string; version: number; total_minor: number; lines: { id: string; quantity: number; committed_quantity: number }[] }>();
}

/** Marks part of an order's lines packed and shipped, as a shipped package would (the shipments module builds real ones). */
export async function markShipped(db: Db, lineId: string, shippedMilli: number): Promise<void> {
  await db.updateTable('sales_order_lines').set({ packed_milli: shippedMilli, shipped_milli: shippedMilli }).where('id', '=', lineId).execute();
}
