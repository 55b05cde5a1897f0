import type { Db } from '../../db/database.ts';
import { quantityFromMilli } from '../../../contract/units.ts';
import { AppError, notFound, validationError } from '../../lib/app-error.ts';
import { newId } from '../../lib/ids.ts';
import { ensureDefaultWarehouse } from '../warehouse/warehouse.service.ts';
import {
  addOnHand,
  commitAvailable,
  commitBackordered,
  findStockItemFlags,
  findStockLevel,
  insertStockMovement,
  releaseCommitted,
  removeOnHand,
  sumStockLevels,
  takeOnHand,
  type StockItemFlags,
} from './stock.repository.ts';

/*
 * Stock of the items whose stock is tracked (track_stock = 1), per warehouse: on hand and committed
 * (held by orders pending approval, confirmed or partially shipped, for what is not shipped yet);
 * available = on hand − committed. For items without tracking every function here does nothing and
 * availability is unlimited. Each function works inside the caller's open transaction; the caller
 * publishes the `stock` signal once it has committed.
 */

export interface StockFigures {
  on_hand_milli: number;
  committed_milli: number;
  available_milli: number;
}

interface StockChange {
  organizationId: string;
  warehouseId: string;
  itemId: string;
  quantityMilli: number;
  now: string;
}

/** The organization's default warehouse, creating "Main warehouse" when it has none. */
export async function defaultWarehouseId(db: Db, organizationId: string, now: string): Promise<string> {
  return (await ensureDefaultWarehouse(db, organizationId, now)).id;
}

/** Holds `quantityMilli` for an order; refused (409 INSUFFICIENT_STOCK) when less is available, unless the item allows backorders. */
export async function commitStock(db: Db, input: StockChange): Promise<void> {
  assertNotNegative(input.quantityMilli, 'quantity');
  const item = await trackedItem(db, input);
  if (!item || input.quantityMilli === 0) return;
  if (item.allow_backorders === 1) {
    await commitBackordered(db, input, input.quantityMilli, input.now);
    return;
  }
  if (!(await commitAvailable(db, input, input.quantityMilli, input.now))) {
    const level = await findStockLevel(db, input);
    throw insufficient(input.itemId, level ? level.on_hand_milli - level.committed_milli : 0, level?.on_hand_milli ?? 0);
  }
}

/** Gives back what an order held (committed never goes below zero). */
export async function releaseStock(db: Db, input: StockChange): Promise<void> {
  assertNotNegative(input.quantityMilli, 'quantity');
  const item = await trackedItem(db, input);
  if (!item || input.quantityMilli === 0) return;
  await releaseCommitted(db, input, input.quantityMilli, input.now);
}

/**
 * Stock leaves with a package: on hand −= quantity (409 INSUFFICIENT_STOCK when less is on hand),
 * committed −= releaseMilli, and a 'shipment' movement of −quantity.
 */
export async function shipStock(
  db: Db,
  input: StockChange & { releaseMilli: number; salesOrderId: string; packageId: string; staffUserId: string | null },
): Promise<void> {
  assertNotNegative(input.quantityMilli, 'quantity');
  assertNotNegative(input.releaseMilli, 'release');
  const item = await trackedItem(db, input);
  if (!item || (input.quantityMilli === 0 && input.releaseMilli === 0)) return;
  if (!(await takeOnHand(db, input, input.quantityMilli, input.releaseMilli, input.now))) {
    const level = await findStockLevel(db, input);
    throw insufficient(input.itemId, level ? level.on_hand_milli - level.committed_milli : 0, level?.on_hand_milli ?? 0);
  }
  if (input.quantityMilli === 0) return;
  await insertStockMovement(db, {
    id: newId(),
    organization_id: input.organizationId,
    item_id: input.itemId,
    warehouse_id: input.warehouseId,
    kind: 'shipment',
    quantity_milli: -input.quantityMilli,
    reason: null,
    sales_order_id: input.salesOrderId,
    package_id: input.packageId,
    staff_user_id: input.staffUserId,
    created_at: input.now,
  });
}

/**
 * A receipt (delta > 0) or an adjustment (signed, with a reason) of on hand, and its movement. On hand
 * never goes below zero: such an adjustment is refused with 409 INSUFFICIENT_STOCK.
 */
export async function adjustStock(
  db: Db,
  input: { organizationId: string; warehouseId: string; itemId: string; deltaMilli: number; kind: 'receipt' | 'adjustment'; reason: string | null; staffUserId: string | null; now: string },
): Promise<void> {
  if (!Number.isSafeInteger(input.deltaMilli) || input.deltaMilli === 0) throw validationError('quantity', 'invalid', 'must not be zero');
  if (input.kind === 'receipt' && input.deltaMilli < 0) throw validationError('quantity', 'too_small', 'must be positive for a receipt', { minimum: 0 });
  const reason = input.reason?.trim() ? input.reason.trim() : null;
  if (input.kind === 'adjustment' && reason === null) throw validationError('reason', 'required', 'is required for an adjustment');
  const item = await trackedItem(db, { ...input, quantityMilli: input.deltaMilli });
  if (!item) return;
  if (input.deltaMilli > 0) {
    await addOnHand(db, input, input.deltaMilli, input.now);
  } else if (!(await removeOnHand(db, input, -input.deltaMilli, input.now))) {
    const level = await findStockLevel(db, input);
    throw insufficient(input.itemId, level ? level.on_hand_milli - level.committed_milli : 0, level?.on_hand_milli ?? 0);
  }
  await insertStockMovement(db, {
    id: newId(),
    organization_id: input.organizationId,
    item_id: input.itemId,
    warehouse_id: input.warehouseId,
    kind: input.kind,
    quantity_milli: input.deltaMilli,
    reason,
    sales_order_id: null,
    package_id: null,
    staff_user_id: input.staffUserId,
    created_at: input.now,
  });
}

/**
 * On hand, committed and available of the tracked items among `itemIds`, summed over the
 * organization's warehouses unless `warehouseId` is given, in one query. Items whose stock is not
 * tracked (or that are not the organization's) are absent from the map.
 */
export async function stockOf(db: Db, organizationId: string, itemIds: readonly string[], warehouseId?: string): Promise<Map<string, StockFigures>> {
  const rows = await sumStockLevels(db, organizationId, [...new Set(itemIds)], warehouseId);
  return new Map(rows.map((row) => [row.item_id, { on_hand_milli: Number(row.on_hand_milli), committed_milli: Number(row.committed_milli), available_milli: Number(row.on_hand_milli) - Number(row.committed_milli) }]));
}

/** The item when its stock is tracked, undefined when not; 404 for an item or warehouse outside the organization. */
async function trackedItem(db: Db, input: Omit<StockChange, 'now'>): Promise<StockItemFlags | undefined> {
  const item = await findStockItemFlags(db, input.organizationId, input.itemId, input.warehouseId);
  if (!item) throw notFound('Item');
  if (item.track_stock !== 1) return undefined;
  if (Number(item.warehouse_found) !== 1) throw notFound('Warehouse');
  return item;
}

function assertNotNegative(quantityMilli: number, field: string): void {
  if (!Number.isSafeInteger(quantityMilli) || quantityMilli < 0) throw validationError(field, 'too_small', 'must be a whole number of thousandths, not negative', { minimum: 0 });
}

function insufficient(itemId: string, availableMilli: number, onHandMilli: number): AppError {
  return new AppError('INSUFFICIENT_STOCK', 'Not enough of this item is in stock', {
    item_id: itemId,
    available: quantityFromMilli(Math.max(availableMilli, 0)),
    on_hand: quantityFromMilli(onHandMilli),
  });
}
