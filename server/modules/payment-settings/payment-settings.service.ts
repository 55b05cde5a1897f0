import type { AppContext } from '../../context.ts';
import { decryptSecret } from '../../lib/tokens.ts';
import { findPaymentSettings } from './payment-settings.repository.ts';

export interface PaymentSettings {
  gateway: 'test' | 'stripe';
  cardEnabled: boolean;
  bankEnabled: boolean;
  stripePublishableKey: string | null;
  stripeSecretKey: string | null;
  stripeWebhookSecret: string | null;
  allowPartialPayments: boolean;
  partialPaymentMinimumMinor: number;
  allowMoneyOnAccount: boolean;
}

/** An organization's payment settings, keys decrypted; without a row, the defaults (test gateway, card and bank). */
export async function loadPaymentSettings(ctx: AppContext, organizationId: string): Promise<PaymentSettings> {
  const row = await findPaymentSettings(ctx.db, organizationId);
  return {
    gateway: row?.gateway ?? 'test',
    cardEnabled: row ? row.card_enabled === 1 : true,
    bankEnabled: row ? row.bank_enabled === 1 : true,
    stripePublishableKey: row?.stripe_publishable_key ?? null,
    stripeSecretKey: row?.stripe_secret_key_encrypted ? decryptSecret(ctx.secret, row.stripe_secret_key_encrypted) : null,
    stripeWebhookSecret: row?.stripe_webhook_secret_encrypted ? decryptSecret(ctx.secret, row.stripe_webhook_secret_encrypted) : null,
    allowPartialPayments: row?.allow_partial_payments === 1,
    partialPaymentMinimumMinor: Number(row?.partial_payment_minimum_minor ?? 0),
    allowMoneyOnAccount: row?.allow_money_on_account === 1,
  };
}
