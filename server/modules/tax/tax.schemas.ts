import { z } from 'zod';
import { hasAtMostThreeDecimals, percentFromMillipercent } from '../../../contract/units.ts';
import type { TaxesTable } from '../../db/billing-tables.ts';

export const taxResponse = z.object({ id: z.string(), name: z.string(), rate_percent: z.number(), archived: z.boolean() });
export type TaxResponse = z.infer<typeof taxResponse>;

const ratePercent = z.number().min(0).max(100).refine(hasAtMostThreeDecimals, 'may have at most three decimals');
export const taxBody = z.object({ name: z.string().trim().min(1).max(100), rate_percent: ratePercent }).strict();
export type TaxBody = z.infer<typeof taxBody>;
export type TaxChanges = Partial<TaxBody>;

export function toTax(row: TaxesTable): TaxResponse {
  return { id: row.id, name: row.name, rate_percent: percentFromMillipercent(row.rate_millipercent), archived: row.archived_at !== null };
}
