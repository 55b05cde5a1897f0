import { z } from 'zod';

const version = z.number().int().min(1).optional().describe('The version the caller saw; another version is refused with 409 STALE_VERSION');
const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written as YYYY-MM-DD');
const addonList = z
  .array(z.object({ addon_id: z.string().min(1).max(100), quantity: z.number().int().min(1).max(100_000) }).strict())
  .max(50);

export const cancelBody = z
  .object({
    timing: z.enum(['immediately', 'at_period_end']),
    /** One of the settings' cancel_reasons (required in the portal when staff listed reasons). */
    reason_code: z.string().trim().min(1).max(50).optional(),
    reason_text: z.string().trim().max(2000).optional(),
    /** Staff only: give the unused part back as a credit note (default: the settings' credit_unused_on_cancel). */
    credit_unused: z.boolean().optional(),
    version,
  })
  .strict();
export type CancelBody = z.infer<typeof cancelBody>;

export const versionOnlyBody = z.object({ version }).strict();
export type VersionOnlyBody = z.infer<typeof versionOnlyBody>;

export const convertBody = z
  .object({
    /** A saved method of the customer; default: the subscription's, else the customer's default one. */
    payment_method_id: z.string().min(1).max(100).optional(),
    version,
  })
  .strict();
export type ConvertBody = z.infer<typeof convertBody>;

export const extendTrialBody = z.object({ days: z.number().int('must be a whole number of days').min(1).max(365), version }).strict();
export type ExtendTrialBody = z.infer<typeof extendTrialBody>;

export const changeBody = z
  .object({
    plan_id: z.string().min(1).max(100).optional(),
    quantity: z.number().int().min(1).max(100_000).optional(),
    /** The recurring add-ons wanted from now on, replacing the present ones (left out: kept). */
    addons: addonList.optional(),
    /** Staff only: when the change takes effect (default: an upgrade now, a downgrade at the period's end). */
    timing: z.enum(['now', 'period_end']).optional(),
    version,
  })
  .strict();
export type ChangeBody = z.infer<typeof changeBody>;

/** `addons`: `id:quantity` pairs separated by commas (`a1:2,a2:1`); empty: none; left out: kept. */
export const changePreviewQuery = z
  .object({
    plan_id: z.string().min(1).max(100).optional(),
    quantity: z.coerce.number().int().min(1).max(100_000).optional(),
    addons: z
      .string()
      .max(2000)
      .regex(/^$|^[^:,]+:\d+(,[^:,]+:\d+)*$/, 'write add-ons as id:quantity pairs separated by commas')
      .optional(),
  })
  .strict();
export type ChangePreviewQuery = z.infer<typeof changePreviewQuery>;

export const pauseBody = z
  .object({
    /** The day it resumes by itself; null or left out: until resumed (staff only, the portal needs a date). */
    resume_on: date.nullable().optional(),
    version,
  })
  .strict();
export type PauseBody = z.infer<typeof pauseBody>;

export const paymentMethodBody = z.object({ payment_method_id: z.string().min(1).max(100), version }).strict();
export type PaymentMethodBody = z.infer<typeof paymentMethodBody>;

const previewLine = z.object({ name: z.string(), description: z.string().nullable(), quantity: z.number(), unit_price_minor: z.number().int(), discount_minor: z.number().int(), tax_minor: z.number().int(), amount_minor: z.number().int() });

export const changePreviewResponse = z.object({
  /** `now`: made at once (an upgrade, prorated); `period_end`: scheduled for the end of the period paid for (a downgrade). */
  timing: z.enum(['now', 'period_end']),
  effective_on: z.string(),
  currency: z.string(),
  /** Per period, before tax, after the coupon. */
  current_amount_minor: z.number().int(),
  new_amount_minor: z.number().int(),
  proration: z.object({
    credit_minor: z.number().int(),
    charge_minor: z.number().int(),
    net_minor: z.number().int(),
    days_remaining: z.number().int(),
    days_in_period: z.number().int(),
  }),
  /** The invoice issued now for a positive net (before tax; the plan's tax is added on it), or the credit note for a negative one. */
  proration_document: z.enum(['invoice', 'credit_note']).nullable(),
  next_invoice: z.object({ date: z.string().nullable(), amount_minor: z.number().int(), lines: z.array(previewLine) }),
});
export type ChangePreviewResponse = z.infer<typeof changePreviewResponse>;

export const idParams = z.object({ id: z.string().min(1).max(100) });
