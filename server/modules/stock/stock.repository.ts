import { sql } from 'kysely';
import type { Db } from '../../db/database.ts';
import { idKeyset, selectPage, type Page } from '../../db/keyset.ts';
import type { StockMovementsTable } from '../../db/order-tables.ts';

/*
 * Every change of a stock level is one conditional statement: the condition that makes the change
 * allowed is part of the UPDATE, so two writers at once can never both pass a check that only one of
 * them may pass (on PostgreSQL the second waits for the first's row and re-evaluates the condition).
 */

export interface StockItemFlags {
  id: string;
  track_stock: number;
  allow_backorders: number;
  /** Whether the warehouse asked about is one of the item's organization's. */
  warehouse_found: number;
}

/** The item's stock flags and whether the warehouse is the organization's, in one query. */
export async function findStockItemFlags(db: Db, organizationId: string, itemId: string, warehouseId: string): Promise<StockItemFlags | undefined> {
  return db
    .selectFrom('items')
    .select(['items.id', 'items.track_stock', 'items.allow_backorders'])
    .select((eb) =>
      eb
        .case()
        .when(eb.exists(eb.selectFrom('warehouses').select('warehouses.id').where('warehouses.organization_id', '=', organizationId).where('warehouses.id', '=', warehouseId)))
        .then(1)
        .else(0)
        .end()
        .as('warehouse_found'),
    )
    .where('items.organization_id', '=', organizationId)
    .where('items.id', '=', itemId)
    .executeTakeFirst();
}

interface LevelKey {
  organizationId: string;
  warehouseId: string;
  itemId: string;
}

export interface LevelRow {
  on_hand_milli: number;
  committed_milli: number;
}

export async function findStockLevel(db: Db, key: LevelKey): Promise<LevelRow | undefined> {
  return db
    .selectFrom('stock_levels')
    .select(['on_hand_milli', 'committed_milli'])
    .where('organization_id', '=', key.organizationId)
    .where('warehouse_id', '=', key.warehouseId)
    .where('item_id', '=', key.itemId)
    .executeTakeFirst();
}

/** committed += q while on hand − committed ≥ q; false when not that much is available. */
export async function commitAvailable(db: Db, key: LevelKey, quantityMilli: number, now: string): Promise<boolean> {
  const result = await db
    .updateTable('stock_levels')
    .set((eb) => ({ committed_milli: eb('committed_milli', '+', quantityMilli), updated_at: now }))
    .where('organization_id', '=', key.organizationId)
    .where('warehouse_id', '=', key.warehouseId)
    .where('item_id', '=', key.itemId)
    .where((eb) => eb(eb('on_hand_milli', '-', eb.ref('committed_milli')), '>=', quantityMilli))
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** committed += q whatever is on hand (backorders), creating the level when the item has none there yet. */
export async function commitBackordered(db: Db, key: LevelKey, quantityMilli: number, now: string): Promise<void> {
  await db
    .insertInto('stock_levels')
    .values({ organization_id: key.organizationId, warehouse_id: key.warehouseId, item_id: key.itemId, on_hand_milli: 0, committed_milli: quantityMilli, updated_at: now })
    .onConflict((oc) =>
      oc.columns(['item_id', 'warehouse_id']).doUpdateSet((eb) => ({ committed_milli: eb('stock_levels.committed_milli', '+', quantityMilli), updated_at: now })),
    )
    .execute();
}

/** committed −= q, never below zero. */
export async function releaseCommitted(db: Db, key: LevelKey, quantityMilli: number, now: string): Promise<void> {
  await db
    .updateTable('stock_levels')
    .set((eb) => ({
      committed_milli: eb.case().when('committed_milli', '>=', quantityMilli).then(eb('committed_milli', '-', quantityMilli)).else(0).end(),
      updated_at: now,
    }))
    .where('organization_id', '=', key.organizationId)
    .where('warehouse_id', '=', key.warehouseId)
    .where('item_id', '=', key.itemId)
    .execute();
}

/** on hand −= q while on hand ≥ q, and committed −= release (never below zero); false when short. */
export async function takeOnHand(db: Db, key: LevelKey, quantityMilli: number, releaseMilli: number, now: string): Promise<boolean> {
  const result = await db
    .updateTable('stock_levels')
    .set((eb) => ({
      on_hand_milli: eb('on_hand_milli', '-', quantityMilli),
      committed_milli: eb.case().when('committed_milli', '>=', releaseMilli).then(eb('committed_milli', '-', releaseMilli)).else(0).end(),
      updated_at: now,
    }))
    .where('organization_id', '=', key.organizationId)
    .where('warehouse_id', '=', key.warehouseId)
    .where('item_id', '=', key.itemId)
    .where('on_hand_milli', '>=', quantityMilli)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** on hand += q (q > 0), creating the level when the item has none there yet. */
export async function addOnHand(db: Db, key: LevelKey, quantityMilli: number, now: string): Promise<void> {
  await db
    .insertInto('stock_levels')
    .values({ organization_id: key.organizationId, warehouse_id: key.warehouseId, item_id: key.itemId, on_hand_milli: quantityMilli, committed_milli: 0, updated_at: now })
    .onConflict((oc) => oc.columns(['item_id', 'warehouse_id']).doUpdateSet((eb) => ({ on_hand_milli: eb('stock_levels.on_hand_milli', '+', quantityMilli), updated_at: now })))
    .execute();
}

/** on hand −= q (q > 0) while on hand ≥ q; false when short. */
export async function removeOnHand(db: Db, key: LevelKey, quantityMilli: number, now: string): Promise<boolean> {
  const result = await db
    .updateTable('stock_levels')
    .set((eb) => ({ on_hand_milli: eb('on_hand_milli', '-', quantityMilli), updated_at: now }))
    .where('organization_id', '=', key.organizationId)
    .where('warehouse_id', '=', key.warehouseId)
    .where('item_id', '=', key.itemId)
    .where('on_hand_milli', '>=', quantityMilli)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function insertStockMovement(db: Db, row: StockMovementsTable): Promise<void> {
  await db.insertInto('stock_movements').values(row).execute();
}

export interface StockTotalsRow {
  item_id: string;
  on_hand_milli: number;
  committed_milli: number;
}

/**
 * On hand and committed of the tracked items among `itemIds`, summed over the organization's
 * warehouses (or in one), in one query; a tracked item without any level answers zeros.
 */
export async function sumStockLevels(db: Db, organizationId: string, itemIds: readonly string[], warehouseId: string | undefined): Promise<StockTotalsRow[]> {
  if (itemIds.length === 0) return [];
  return db
    .selectFrom('items')
    .leftJoin('stock_levels', (join) => {
      const on = join.onRef('stock_levels.item_id', '=', 'items.id').on('stock_levels.organization_id', '=', organizationId);
      return warehouseId === undefined ? on : on.on('stock_levels.warehouse_id', '=', warehouseId);
    })
    .select('items.id as item_id')
    .select([
      sql<number>`cast(coalesce(sum(stock_levels.on_hand_milli), 0) as bigint)`.as('on_hand_milli'),
      sql<number>`cast(coalesce(sum(stock_levels.committed_milli), 0) as bigint)`.as('committed_milli'),
    ])
    .where('items.organization_id', '=', organizationId)
    .where('items.id', 'in', [...itemIds])
    .where('items.track_stock', '=', 1)
    .groupBy('items.id')
    .execute();
}

export interface WarehouseStockRow {
  warehouse_id: string;
  warehouse_name: string;
  is_default: number;
  archived_at: string | null;
  on_hand_milli: number;
  committed_milli: number;
}

/** The item's level in each of the organization's warehouses (zeros where it has none), the default first. */
export async function listWarehouseStock(db: Db, organizationId: string, itemId: string): Promise<WarehouseStockRow[]> {
  return db
    .selectFrom('warehouses')
    .leftJoin('stock_levels', (join) => join.onRef('stock_levels.warehouse_id', '=', 'warehouses.id').on('stock_levels.item_id', '=', itemId))
    .select(['warehouses.id as warehouse_id', 'warehouses.name as warehouse_name', 'warehouses.is_default', 'warehouses.archived_at'])
    .select([
      sql<number>`cast(coalesce(stock_levels.on_hand_milli, 0) as bigint)`.as('on_hand_milli'),
      sql<number>`cast(coalesce(stock_levels.committed_milli, 0) as bigint)`.as('committed_milli'),
    ])
    .where('warehouses.organization_id', '=', organizationId)
    // An archived warehouse still shows while it holds or owes stock.
    .where((eb) => eb.or([eb('warehouses.archived_at', 'is', null), eb('stock_levels.on_hand_milli', '>', 0), eb('stock_levels.committed_milli', '>', 0)]))
    .orderBy('warehouses.is_default', 'desc')
    .orderBy('warehouses.name')
    .orderBy('warehouses.id')
    .execute();
}

export interface StockMovementView extends StockMovementsTable {
  warehouse_name: string;
}

const movementList = idKeyset<StockMovementView>('stock_movements', 'stock_movements.id', (movement) => movement.id);

/** The item's movements, newest first. */
export async function listStockMovementPage(db: Db, organizationId: string, itemId: string, options: { limit: number; cursor?: string | undefined }): Promise<Page<StockMovementView>> {
  const query = db
    .selectFrom('stock_movements')
    .innerJoin('warehouses', 'warehouses.id', 'stock_movements.warehouse_id')
    .selectAll('stock_movements')
    .select('warehouses.name as warehouse_name')
    .where('stock_movements.organization_id', '=', organizationId)
    .where('stock_movements.item_id', '=', itemId);
  return selectPage(query, movementList, { sort: '-id', limit: options.limit, cursor: options.cursor });
}

/** Whether the organization has the item and tracks its stock. */
export async function findItemTracking(db: Db, organizationId: string, itemId: string): Promise<{ id: string; track_stock: number } | undefined> {
  return db.selectFrom('items').select(['id', 'track_stock']).where('organization_id', '=', organizationId).where('id', '=', itemId).executeTakeFirst();
}
