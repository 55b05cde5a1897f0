import { z } from 'zod';
import type { AddonsTable } from '../../db/subscription-tables.ts';
import { currencyField } from '../../http/schemas.ts';
import { planCodePattern, parseIdList } from './plan.ts';
import { archivedQuery, idField, moneyField } from './plan.schemas.ts';

export const addonKindField = z.enum(['recurring', 'one_off']);

const addonFields = {
  code: z.string().trim().regex(planCodePattern, 'must be 2 to 63 lowercase letters, digits or dashes, starting with a letter or digit'),
  name: z.string().trim().min(1, 'is required').max(200),
  description: z.string().trim().max(2000).nullable().optional(),
  /** Per unit: each billing period (recurring) or once (one_off). */
  price_minor: moneyField,
  kind: addonKindField,
  tax_id: idField.nullable().optional(),
  /** Plans it may be added to, in its currency; empty: every plan in its currency. */
  plan_ids: z.array(idField).max(200).optional(),
};

export const createAddonBody = z.object({ ...addonFields, currency: currencyField }).strict();
export type CreateAddonBody = z.infer<typeof createAddonBody>;
/** Changes; the currency is fixed at creation. */
export const updateAddonBody = z.object(addonFields).partial().strict();
export type UpdateAddonBody = z.infer<typeof updateAddonBody>;
export const listAddonsQuery = z.object({ archived: archivedQuery });

export const addonResponse = z.object({
  id: z.string(),
  code: z.string(),
  name: z.string(),
  description: z.string().nullable(),
  currency: z.string(),
  price_minor: z.number().int(),
  kind: addonKindField,
  tax_id: z.string().nullable(),
  plan_ids: z.array(z.string()),
  archived: z.boolean(),
  created_at: z.string(),
  updated_at: z.string(),
});
export type AddonResponse = z.infer<typeof addonResponse>;

export function toAddon(row: AddonsTable): AddonResponse {
  return {
    id: row.id,
    code: row.code,
    name: row.name,
    description: row.description,
    currency: row.currency,
    price_minor: Number(row.price_minor),
    kind: row.kind,
    tax_id: row.tax_id,
    plan_ids: parseIdList(row.plan_ids),
    archived: row.archived_at !== null,
    created_at: row.created_at,
    updated_at: row.updated_at,
  };
}
