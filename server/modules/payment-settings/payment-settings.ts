/**
 * Pure rules of an organization's online-payment settings (docs/payments.md, "Gateway settings"):
 * the defaults when nothing was saved, and what a saved state must satisfy. No I/O.
 */
import type { PaymentSettingsTable } from '../../db/billing-tables.ts';
import { validationError, type AppError } from '../../lib/app-error.ts';

export type PaymentGatewayName = 'test' | 'stripe';
export const paymentGateways = ['test', 'stripe'] as const satisfies readonly PaymentGatewayName[];

/** The settings as the rest of Portico uses them; the Stripe secrets decrypted. */
export interface PaymentSettings {
  gateway: PaymentGatewayName;
  cardEnabled: boolean;
  bankEnabled: boolean;
  stripePublishableKey: string | null;
  /** Decrypted. Never logged, never answered. */
  stripeSecretKey: string | null;
  stripeWebhookSecret: string | null;
  allowPartialPayments: boolean;
  partialPaymentMinimumMinor: number;
  allowMoneyOnAccount: boolean;
}

/** No row: the built-in test gateway, card and bank offered, no partial payments, no money on account. */
export const defaultPaymentSettings: PaymentSettings = Object.freeze({
  gateway: 'test',
  cardEnabled: true,
  bankEnabled: true,
  stripePublishableKey: null,
  stripeSecretKey: null,
  stripeWebhookSecret: null,
  allowPartialPayments: false,
  partialPaymentMinimumMinor: 0,
  allowMoneyOnAccount: false,
});

export const publishableKeyPattern = /^pk_[A-Za-z0-9_]+$/;
/** A secret key (sk_…) or a restricted key (rk_…). */
export const secretKeyPattern = /^(sk|rk)_[A-Za-z0-9_]+$/;

/** The row's plain columns as settings; the encrypted secrets are decrypted by `decrypt` (the service's). */
export function settingsFromRow(row: PaymentSettingsTable | undefined, decrypt: (sealed: string) => string): PaymentSettings {
  if (!row) return { ...defaultPaymentSettings };
  return {
    gateway: row.gateway === 'stripe' ? 'stripe' : 'test',
    cardEnabled: row.card_enabled === 1,
    bankEnabled: row.bank_enabled === 1,
    stripePublishableKey: row.stripe_publishable_key,
    stripeSecretKey: row.stripe_secret_key_encrypted ? decrypt(row.stripe_secret_key_encrypted) : null,
    stripeWebhookSecret: row.stripe_webhook_secret_encrypted ? decrypt(row.stripe_webhook_secret_encrypted) : null,
    allowPartialPayments: row.allow_partial_payments === 1,
    partialPaymentMinimumMinor: Number(row.partial_payment_minimum_minor),
    allowMoneyOnAccount: row.allow_money_on_account === 1,
  };
}

/**
 * What a row about to be saved must satisfy, as the first problem found (field named) or undefined:
 * Stripe needs both of its keys, and at least one method is offered.
 */
export function settingsProblem(row: PaymentSettingsTable): AppError | undefined {
  if (row.gateway === 'stripe') {
    if (!row.stripe_publishable_key) return validationError('stripe_publishable_key', 'required', 'is required to take payments with Stripe (pk_…)');
    if (!row.stripe_secret_key_encrypted) return validationError('stripe_secret_key', 'required', 'is required to take payments with Stripe (sk_… or rk_…)');
  }
  if (row.card_enabled !== 1 && row.bank_enabled !== 1) return validationError('card_enabled', 'required', 'offer at least one payment method: card or bank account');
  return undefined;
}

/** The row the defaults would be, for an organization that never saved its settings. */
export function defaultSettingsRow(organizationId: string, at: string): PaymentSettingsTable {
  return {
    organization_id: organizationId,
    gateway: defaultPaymentSettings.gateway,
    card_enabled: 1,
    bank_enabled: 1,
    stripe_publishable_key: null,
    stripe_secret_key_encrypted: null,
    stripe_webhook_secret_encrypted: null,
    allow_partial_payments: 0,
    partial_payment_minimum_minor: 0,
    allow_money_on_account: 0,
    updated_at: at,
  };
}

/** The last four characters a page may show of a stored secret, so staff can tell which key it is. */
export function lastFour(secret: string | null): string | null {
  return secret && secret.length >= 8 ? secret.slice(-4) : null;
}
