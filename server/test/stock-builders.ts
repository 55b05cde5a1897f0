import type { Db } from '../db/database.ts';
import type { ItemsTable } from '../db/billing-tables.ts';
import { newId } from '../lib/ids.ts';

/** An item of the organization written straight to the database; its stock tracked unless told otherwise. */
export async function insertStockItem(db: Db, organizationId: string, overrides: Partial<ItemsTable> = {}): Promise<ItemsTable> {
  const at = new Date().toISOString();
  const row: ItemsTable = {
    id: newId(),
    organization_id: organizationId,
    name: `Item ${newId().slice(-6)}`,
    sku: null,
    unit: 'pcs',
    description: null,
    rate_minor: 1_000,
    currency: 'EUR',
    tax_id: null,
    archived_at: null,
    created_at: at,
    updated_at: at,
    category: null,
    sellable_in_portal: 1,
    allow_backorders: 0,
    track_stock: 1,
    external_id: null,
    ...overrides,
  };
  await db.insertInto('items').values(row).execute();
  return row;
}

/** The item's level in the warehouse as stored (zeros when it has none there). */
export async function storedLevel(db: Db, itemId: string, warehouseId: string): Promise<{ on_hand_milli: number; committed_milli: number }> {
  const row = await db.selectFrom('stock_levels').select(['on_hand_milli', 'committed_milli']).where('item_id', '=', itemId).where('warehouse_id', '=', warehouseId).executeTakeFirst();
  return { on_hand_milli: Number(row?.on_hand_milli ?? 0), committed_milli: Number(row?.committed_milli ?? 0) };
}

/** The sum of the item's movements in the warehouse, and their count. */
export async function movementTotal(db: Db, itemId: string, warehouseId?: string): Promise<{ sum: number; count: number }> {
  let query = db.selectFrom('stock_movements').select(['quantity_milli']).where('item_id', '=', itemId);
  if (warehouseId) query = query.where('warehouse_id', '=', warehouseId);
  const rows = await query.execute();
  return { sum: rows.reduce((total, row) => total + Number(row.quantity_milli), 0), count: rows.length };
}
