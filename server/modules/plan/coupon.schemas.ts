import { z } from 'zod';
import type { CouponsTable } from '../../db/subscription-tables.ts';
import { currencyField } from '../../http/schemas.ts';
import { dateField } from '../document/document.schemas.ts';
import { catalogueCodePattern } from './plan.ts';
import { archivedQuery, moneyField } from './plan.schemas.ts';

export const couponDiscountTypeField = z.enum(['percent', 'amount']);
export const couponDurationField = z.enum(['once', 'periods', 'forever']);

const limitField = z.number().int().min(1).max(1_000_000_000).nullable().optional();

/**
 * A coupon: `percent_basis_points` off (1..10000, 2500 = 25 %) or `amount_off_minor` in `currency`; for the
 * first period (once), `duration_periods` periods, or forever. Codes are stored upper-case; customers may
 * type them in any case.
 */
export const createCouponBody = z
  .object({
    code: z
      .string()
      .trim()
      .regex(catalogueCodePattern, 'must be 2 to 63 letters, digits, dashes or underscores, starting with a letter or digit')
      .transform((code) => code.toUpperCase()),
    name: z.string().trim().min(1, 'is required').max(200),
    discount_type: couponDiscountTypeField,
    percent_basis_points: z.number().int().min(1).max(10_000).nullable().optional(),
    amount_off_minor: moneyField.min(1).nullable().optional(),
    currency: currencyField.nullable().optional(),
    duration: couponDurationField,
    duration_periods: z.number().int().min(1).max(1000).nullable().optional(),
    max_redemptions: limitField,
    valid_until: dateField.nullable().optional(),
  })
  .strict()
  .superRefine((body, issues) => {
    const need = (field: keyof typeof body, message: string) => issues.addIssue({ code: 'custom', path: [field], message, input: body[field] });
    if (body.discount_type === 'percent') {
      if (body.percent_basis_points == null) need('percent_basis_points', 'is required for a percent coupon');
      if (body.amount_off_minor != null) need('amount_off_minor', 'is only for amount coupons');
      if (body.currency != null) need('currency', 'is only for amount coupons');
    } else {
      if (body.amount_off_minor == null) need('amount_off_minor', 'is required for an amount coupon');
      if (body.currency == null) need('currency', 'is required for an amount coupon');
      if (body.percent_basis_points != null) need('percent_basis_points', 'is only for percent coupons');
    }
    if (body.duration === 'periods' && body.duration_periods == null) need('duration_periods', 'is required when the coupon lasts a number of periods');
    if (body.duration !== 'periods' && body.duration_periods != null) need('duration_periods', 'is only for coupons lasting a number of periods');
  });
export type CreateCouponBody = z.infer<typeof createCouponBody>;

/** What may change once customers may hold the coupon: its name, limit and last day; the discount is fixed. */
export const updateCouponBody = z
  .object({
    name: z.string().trim().min(1, 'is required').max(200),
    max_redemptions: limitField,
    valid_until: dateField.nullable().optional(),
  })
  .partial()
  .strict();
export type UpdateCouponBody = z.infer<typeof updateCouponBody>;
export const listCouponsQuery = z.object({ archived: archivedQuery });

export const couponResponse = z.object({
  id: z.string(),
  code: z.string(),
  name: z.string(),
  discount_type: couponDiscountTypeField,
  percent_basis_points: z.number().int().nullable(),
  amount_off_minor: z.number().int().nullable(),
  currency: z.string().nullable(),
  duration: couponDurationField,
  duration_periods: z.number().int().nullable(),
  max_redemptions: z.number().int().nullable(),
  redemptions: z.number().int(),
  valid_until: z.string().nullable(),
  archived: z.boolean(),
  created_at: z.string(),
  updated_at: z.string(),
});
export type CouponResponse = z.infer<typeof couponResponse>;

export function toCoupon(row: CouponsTable): CouponResponse {
  const percent = row.discount_type === 'percent';
  return {
    id: row.id,
    code: row.code,
    name: row.name,
    discount_type: row.discount_type,
    percent_basis_points: percent ? Number(row.discount_value) : null,
    amount_off_minor: percent ? null : Number(row.discount_value),
    currency: percent ? null : row.currency,
    duration: row.duration,
    duration_periods: row.duration_periods,
    max_redemptions: row.max_redemptions,
    redemptions: row.redemptions,
    valid_until: row.valid_until,
    archived: row.archived_at !== null,
    created_at: row.created_at,
    updated_at: row.updated_at,
  };
}
