import { z } from 'zod';
import type { PlansTable, ProductsTable } from '../../db/subscription-tables.ts';
import { currencyField } from '../../http/schemas.ts';
import { versionField } from '../../http/versions.ts';
import { planCodePattern, portalChangeTargets } from './plan.ts';

/** Prices, fees and amounts off: whole minor units up to 10^12. */
export const moneyField = z.number().int().min(0).max(1_000_000_000_000);
export const idField = z.string().min(1).max(64);
const nameField = z.string().trim().min(1, 'is required').max(200);
const descriptionField = z.string().trim().max(2000).nullable().optional();
const archivedQuery = z.enum(['true', 'false']).optional();

// Products

const productFields = { name: nameField, description: descriptionField };
export const createProductBody = z.object(productFields).strict();
export type CreateProductBody = z.infer<typeof createProductBody>;
export const updateProductBody = z.object(productFields).partial().strict();
export type UpdateProductBody = z.infer<typeof updateProductBody>;
export const listProductsQuery = z.object({ archived: archivedQuery });

export const productResponse = z.object({
  id: z.string(),
  name: z.string(),
  description: z.string().nullable(),
  archived: z.boolean(),
  created_at: z.string(),
  updated_at: z.string(),
});
export type ProductResponse = z.infer<typeof productResponse>;

export function toProduct(row: ProductsTable): ProductResponse {
  return { id: row.id, name: row.name, description: row.description, archived: row.archived_at !== null, created_at: row.created_at, updated_at: row.updated_at };
}

// Plans

export const billingIntervalField = z.enum(['day', 'week', 'month', 'year']);

const planFields = {
  product_id: idField,
  code: z.string().trim().regex(planCodePattern, 'must be 2 to 63 lowercase letters, digits or dashes, starting with a letter or digit'),
  name: nameField,
  description: descriptionField,
  price_minor: moneyField,
  setup_fee_minor: moneyField.optional(),
  interval: billingIntervalField,
  interval_count: z.number().int().min(1).max(365).optional(),
  /** Periods before the subscription expires; null: until cancelled. */
  billing_cycles: z.number().int().min(1).max(10_000).nullable().optional(),
  trial_days: z.number().int().min(0).max(365).optional(),
  tax_id: idField.nullable().optional(),
  /** Plans of the organization in the same currency a customer may change to in the portal. */
  portal_change_to: z.array(idField).max(100).optional(),
  /** Whether the plan can be signed up for on its hosted page (/pay/<slug>/<code>). */
  hosted_page_enabled: z.boolean().optional(),
};

export const createPlanBody = z.object({ ...planFields, currency: currencyField }).strict();
export type CreatePlanBody = z.infer<typeof createPlanBody>;

/** Changes; the currency is fixed at creation. `version`: the version the caller saw (or If-Match). */
export const updatePlanBody = z
  .object(planFields)
  .partial()
  .extend({ version: versionField.optional() })
  .strict();
export type UpdatePlanBody = z.infer<typeof updatePlanBody>;

export const listPlansQuery = z.object({ product_id: idField.optional(), active: z.enum(['true', 'false']).optional() });
export type ListPlansQuery = z.infer<typeof listPlansQuery>;

export const planResponse = z.object({
  id: z.string(),
  product_id: z.string(),
  code: z.string(),
  name: z.string(),
  description: z.string().nullable(),
  currency: z.string(),
  price_minor: z.number().int(),
  setup_fee_minor: z.number().int(),
  interval: billingIntervalField,
  interval_count: z.number().int(),
  billing_cycles: z.number().int().nullable(),
  trial_days: z.number().int(),
  tax_id: z.string().nullable(),
  portal_change_to: z.array(z.string()),
  hosted_page_enabled: z.boolean(),
  archived: z.boolean(),
  version: z.number().int(),
  created_at: z.string(),
  updated_at: z.string(),
});
export type PlanResponse = z.infer<typeof planResponse>;

export function toPlan(row: PlansTable): PlanResponse {
  return {
    id: row.id,
    product_id: row.product_id,
    code: row.code,
    name: row.name,
    description: row.description,
    currency: row.currency,
    price_minor: Number(row.price_minor),
    setup_fee_minor: Number(row.setup_fee_minor),
    interval: row.interval,
    interval_count: row.interval_count,
    billing_cycles: row.billing_cycles,
    trial_days: row.trial_days,
    tax_id: row.tax_id,
    portal_change_to: portalChangeTargets(row),
    hosted_page_enabled: row.hosted_page_enabled === 1,
    archived: row.archived_at !== null,
    version: row.version,
    created_at: row.created_at,
    updated_at: row.updated_at,
  };
}

export { archivedQuery };
