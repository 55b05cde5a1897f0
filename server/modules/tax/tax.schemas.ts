import { z } from 'zod';
import { hasAtMostThreeDecimals, percentFromMillipercent } from '../../../contract/units.ts';
import type { TaxesTable } from '../../db/billing-tables.ts';

/** UNCL 5305 VAT categories an e-invoice may name (EN 16931). */
export const vatCategories = ['S', 'Z', 'E', 'AE', 'K', 'G', 'O', 'L', 'M'] as const;

export const taxResponse = z.object({
  id: z.string(),
  name: z.string(),
  rate_percent: z.number(),
  archived: z.boolean(),
  /** The VAT category on e-invoices; null: S when the rate is above 0, else Z. */
  vat_category: z.enum(vatCategories).nullable(),
  /** Why the tax is exempt (printed on e-invoices for E, AE, K, G and O). */
  exemption_reason: z.string().nullable(),
});
export type TaxResponse = z.infer<typeof taxResponse>;

const ratePercent = z.number().min(0).max(100).refine(hasAtMostThreeDecimals, 'may have at most three decimals');
export const taxBody = z
  .object({
    name: z.string().trim().min(1).max(100),
    rate_percent: ratePercent,
    vat_category: z.enum(vatCategories).nullable().optional(),
    exemption_reason: z.string().trim().max(300).nullable().optional(),
  })
  .strict();
export type TaxBody = z.infer<typeof taxBody>;
export type TaxChanges = Partial<TaxBody>;

export function toTax(row: TaxesTable): TaxResponse {
  return {
    id: row.id,
    name: row.name,
    rate_percent: percentFromMillipercent(row.rate_millipercent),
    archived: row.archived_at !== null,
    vat_category: (row.vat_category as TaxResponse['vat_category']) ?? null,
    exemption_reason: row.exemption_reason,
  };
}
