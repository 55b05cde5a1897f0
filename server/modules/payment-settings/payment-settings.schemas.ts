import { z } from 'zod';
import { MAX_AMOUNT_MINOR } from '../payment/payment.schemas.ts';
import { paymentGateways, publishableKeyPattern, secretKeyPattern } from './payment-settings.ts';

/**
 * A change of the settings: fields left out keep their value. The Stripe secrets are write-only:
 * a string replaces the stored one, null clears it.
 */
export const updatePaymentSettingsBody = z
  .object({
    gateway: z.enum(paymentGateways).optional(),
    card_enabled: z.boolean().optional(),
    bank_enabled: z.boolean().optional(),
    stripe_publishable_key: z.string().trim().max(255).regex(publishableKeyPattern, 'must be a Stripe publishable key (pk_…)').nullable().optional(),
    stripe_secret_key: z.string().trim().max(255).regex(secretKeyPattern, 'must be a Stripe secret key (sk_…) or restricted key (rk_…)').nullable().optional(),
    stripe_webhook_secret: z.string().trim().min(1).max(255).nullable().optional(),
    allow_partial_payments: z.boolean().optional(),
    partial_payment_minimum_minor: z.number().int('must be an integer amount in minor units').min(0).max(MAX_AMOUNT_MINOR).optional(),
    allow_money_on_account: z.boolean().optional(),
  })
  .strict();
export type UpdatePaymentSettingsBody = z.infer<typeof updatePaymentSettingsBody>;

export const paymentSettingsResponse = z.object({
  gateway: z.enum(paymentGateways),
  card_enabled: z.boolean(),
  bank_enabled: z.boolean(),
  stripe_publishable_key: z.string().nullable(),
  stripe_secret_key_set: z.boolean(),
  stripe_secret_key_last4: z.string().nullable(),
  stripe_webhook_secret_set: z.boolean(),
  stripe_webhook_secret_last4: z.string().nullable(),
  allow_partial_payments: z.boolean(),
  /** Minor units of the currency of the payment it applies to. */
  partial_payment_minimum_minor: z.number().int(),
  allow_money_on_account: z.boolean(),
  /** Null while the organization has never saved its settings (the defaults apply). */
  updated_at: z.string().nullable(),
});
export type PaymentSettingsResponse = z.infer<typeof paymentSettingsResponse>;
