/**
 * The stock adjustment form: goods received into a warehouse (a receipt) or a correction after a count
 * (an adjustment, up or down). The quantity is typed in the interface's language with up to three
 * decimals and always positive; the direction gives its sign. Every change needs a reason, which the
 * movements history shows.
 */
import type { TFunction } from 'i18next';
import { z } from 'zod';
import { quantityFromMilli } from '../../../../contract/units.ts';
import { parseDecimal } from '../../../ui/billing-format.ts';
import { decimalInputError } from '../../lib/decimal-input.ts';

export const quantityPlaces = 3;

export type StockChangeKind = 'receipt' | 'adjustment';

export interface StockAdjustmentValues {
  warehouse_id: string;
  kind: StockChangeKind;
  /** Only for an adjustment: whether it adds to or takes from what is on hand. */
  direction: 'add' | 'remove';
  quantity: string;
  reason: string;
}

/** What the API takes: the signed change of on hand, as a quantity with up to three decimals. */
export interface StockAdjustmentRequest {
  warehouse_id: string;
  kind: StockChangeKind;
  quantity: number;
  reason: string;
}

export function stockAdjustmentValues(warehouseId: string): StockAdjustmentValues {
  return { warehouse_id: warehouseId, kind: 'receipt', direction: 'add', quantity: '', reason: '' };
}

/** The error of a quantity field (positive, at most three decimals), or undefined when it reads. */
export function quantityError(text: string, locale: string, t: TFunction): string | undefined {
  const parsed = parseDecimal(text, quantityPlaces, locale);
  return decimalInputError(parsed, quantityPlaces, t) ?? (parsed.ok && parsed.value === 0 ? t('stock.errors.positive') : undefined);
}

/** "2,5" (de), remove → `{ quantity: -2.5 }`; a receipt always adds. */
export function stockAdjustmentSchema(locale: string, t: TFunction) {
  return z
    .object({
      warehouse_id: z.string().min(1, 'common.required'),
      kind: z.enum(['receipt', 'adjustment']),
      direction: z.enum(['add', 'remove']),
      quantity: z.string(),
      reason: z.string().trim().min(1, 'stock.errors.reasonRequired').max(500, 'stock.errors.reasonTooLong'),
    })
    .superRefine((values, ctx) => {
      const message = quantityError(values.quantity, locale, t);
      if (message) ctx.addIssue({ code: 'custom', path: ['quantity'], message });
    })
    .transform((values): StockAdjustmentRequest => {
      const parsed = parseDecimal(values.quantity, quantityPlaces, locale);
      const milli = parsed.ok ? parsed.value : 0;
      const sign = values.kind === 'adjustment' && values.direction === 'remove' ? -1 : 1;
      return { warehouse_id: values.warehouse_id, kind: values.kind, quantity: quantityFromMilli(sign * milli), reason: values.reason };
    });
}
