import type { AppContext } from '../../context.ts';
import type { Page } from '../../db/keyset.ts';
import { AppError, notFound, validationError } from '../../lib/app-error.ts';
import { isoNow } from '../../lib/clock.ts';
import { findWarehouseOfOrganization } from '../warehouse/warehouse.service.ts';
import { findItemTracking, listStockMovementPage, listWarehouseStock, type StockMovementView, type WarehouseStockRow } from './stock.repository.ts';
import { adjustStock, defaultWarehouseId, stockOf, type StockFigures } from './stock.service.ts';

/** An item's stock as staff see it: the totals and each warehouse's figures (none when not tracked). */
export interface ItemStockView {
  itemId: string;
  tracked: boolean;
  totals: StockFigures | null;
  warehouses: WarehouseStockRow[];
}

async function trackedItemOf(ctx: AppContext, organizationId: string, itemId: string): Promise<{ id: string; track_stock: number }> {
  const item = await findItemTracking(ctx.db, organizationId, itemId);
  if (!item) throw notFound('Item');
  return item;
}

export async function itemStock(ctx: AppContext, organizationId: string, itemId: string): Promise<ItemStockView> {
  const item = await trackedItemOf(ctx, organizationId, itemId);
  if (item.track_stock !== 1) return { itemId, tracked: false, totals: null, warehouses: [] };
  const [totals, warehouses] = await Promise.all([stockOf(ctx.db, organizationId, [itemId]), listWarehouseStock(ctx.db, organizationId, itemId)]);
  return { itemId, tracked: true, totals: totals.get(itemId) ?? { on_hand_milli: 0, committed_milli: 0, available_milli: 0 }, warehouses };
}

export interface StockAdjustmentInput {
  warehouseId?: string | undefined;
  kind: 'receipt' | 'adjustment';
  deltaMilli: number;
  reason: string | null;
}

/**
 * A receipt or an adjustment of on hand in one warehouse (the default unless named); announced to open
 * pages once committed. An item whose stock is not tracked, and receipts into an archived warehouse, are
 * refused with 409.
 */
export async function recordStockAdjustment(ctx: AppContext, organizationId: string, staffUserId: string | null, itemId: string, input: StockAdjustmentInput): Promise<ItemStockView> {
  const item = await trackedItemOf(ctx, organizationId, itemId);
  if (item.track_stock !== 1) throw new AppError('STATE_CONFLICT', "This item's stock is not tracked; turn on track_stock first", { track_stock: false });
  const now = isoNow(ctx.clock);
  await ctx.db.transaction().execute(async (trx) => {
    let warehouseId = input.warehouseId;
    if (warehouseId === undefined) {
      warehouseId = await defaultWarehouseId(trx, organizationId, now);
    } else {
      const warehouse = await findWarehouseOfOrganization(trx, organizationId, warehouseId);
      if (!warehouse) throw validationError('warehouse_id', 'unknown_reference', 'is not a warehouse of this organization');
      if (warehouse.archived_at !== null && input.kind === 'receipt') throw new AppError('STATE_CONFLICT', 'The warehouse is archived and takes no receipts', { field: 'warehouse_id' });
    }
    await adjustStock(trx, { organizationId, warehouseId, itemId, deltaMilli: input.deltaMilli, kind: input.kind, reason: input.reason, staffUserId, now });
  });
  await ctx.signals.publish({ topic: 'stock', organizationId, ids: [itemId] });
  return itemStock(ctx, organizationId, itemId);
}

export async function listStockMovements(ctx: AppContext, organizationId: string, itemId: string, options: { limit: number; cursor?: string | undefined }): Promise<Page<StockMovementView>> {
  await trackedItemOf(ctx, organizationId, itemId);
  return listStockMovementPage(ctx.db, organizationId, itemId, options);
}
