import { z } from 'zod';
import { hasAtMostThreeDecimals, quantityFromMilli, quantityToMilli } from '../../../contract/units.ts';
import type { ItemStockView } from './item-stock.service.ts';
import type { StockMovementView } from './stock.repository.ts';
import type { StockFigures } from './stock.service.ts';

const figures = { on_hand: z.number(), committed: z.number(), available: z.number() };

export const itemStockResponse = z.object({
  item_id: z.string(),
  track_stock: z.boolean(),
  /** Summed over the warehouses; null when the item's stock is not tracked. */
  totals: z.object(figures).nullable(),
  warehouses: z.array(z.object({ warehouse_id: z.string(), name: z.string(), is_default: z.boolean(), archived: z.boolean(), ...figures })),
});

/** At most a billion units, in thousandths. */
const MAX_QUANTITY = 1_000_000_000;

export const stockAdjustmentBody = z
  .object({
    warehouse_id: z.string().min(1).max(64).optional(),
    kind: z.enum(['receipt', 'adjustment']),
    /** Positive for a receipt; signed for an adjustment (−2 when two were found broken). */
    quantity: z
      .number()
      .min(-MAX_QUANTITY)
      .max(MAX_QUANTITY)
      .refine((value) => value !== 0, 'must not be zero')
      .refine(hasAtMostThreeDecimals, 'has more than three decimals'),
    /** Required for an adjustment. */
    reason: z.string().trim().max(500).nullable().optional(),
  })
  .strict();
export type StockAdjustmentBody = z.infer<typeof stockAdjustmentBody>;

export const stockMovementResponse = z.object({
  id: z.string(),
  warehouse_id: z.string(),
  warehouse_name: z.string(),
  kind: z.enum(['receipt', 'adjustment', 'shipment']),
  /** The signed change of on hand. */
  quantity: z.number(),
  reason: z.string().nullable(),
  sales_order_id: z.string().nullable(),
  package_id: z.string().nullable(),
  staff_user_id: z.string().nullable(),
  created_at: z.string(),
});

export function adjustmentDeltaMilli(body: StockAdjustmentBody): number {
  return quantityToMilli(body.quantity);
}

function toFigures(stock: Pick<StockFigures, 'on_hand_milli' | 'committed_milli'>) {
  return { on_hand: quantityFromMilli(stock.on_hand_milli), committed: quantityFromMilli(stock.committed_milli), available: quantityFromMilli(stock.on_hand_milli - stock.committed_milli) };
}

export function toItemStock(view: ItemStockView): z.infer<typeof itemStockResponse> {
  return {
    item_id: view.itemId,
    track_stock: view.tracked,
    totals: view.totals ? toFigures(view.totals) : null,
    warehouses: view.warehouses.map((row) => ({
      warehouse_id: row.warehouse_id,
      name: row.warehouse_name,
      is_default: Number(row.is_default) === 1,
      archived: row.archived_at !== null,
      ...toFigures({ on_hand_milli: Number(row.on_hand_milli), committed_milli: Number(row.committed_milli) }),
    })),
  };
}

export function toStockMovement(row: StockMovementView): z.infer<typeof stockMovementResponse> {
  return {
    id: row.id,
    warehouse_id: row.warehouse_id,
    warehouse_name: row.warehouse_name,
    kind: row.kind,
    quantity: quantityFromMilli(Number(row.quantity_milli)),
    reason: row.reason,
    sales_order_id: row.sales_order_id,
    package_id: row.package_id,
    staff_user_id: row.staff_user_id,
    created_at: row.created_at,
  };
}
