import type { AppContext } from '../../context.ts';
import type { PaymentSettingsTable } from '../../db/billing-tables.ts';
import { isoNow } from '../../lib/clock.ts';
import { decryptSecret, encryptSecret } from '../../lib/tokens.ts';
import * as repo from './payment-settings.repository.ts';
import type { PaymentSettingsResponse, UpdatePaymentSettingsBody } from './payment-settings.schemas.ts';
import { defaultSettingsRow, lastFour, settingsFromRow, settingsProblem, type PaymentSettings } from './payment-settings.ts';

export type { PaymentSettings } from './payment-settings.ts';

/**
 * The organization's online-payment settings, with the Stripe secrets decrypted (the defaults when it
 * never saved any). For the payment flow: never log or answer the secrets.
 */
export async function loadPaymentSettings(ctx: AppContext, organizationId: string): Promise<PaymentSettings> {
  const row = await repo.findPaymentSettingsRow(ctx.db, organizationId);
  return settingsFromRow(row, (sealed) => decryptSecret(ctx.secret, sealed));
}

/** The last four of a stored secret; none when it no longer opens (the instance secret changed): staff replace it. */
function storedSecretLastFour(ctx: AppContext, sealed: string | null): string | null {
  if (!sealed) return null;
  try {
    return lastFour(decryptSecret(ctx.secret, sealed));
  } catch {
    return null;
  }
}

function present(ctx: AppContext, row: PaymentSettingsTable | undefined, organizationId: string): PaymentSettingsResponse {
  const stored = row ?? defaultSettingsRow(organizationId, '');
  return {
    gateway: stored.gateway === 'stripe' ? 'stripe' : 'test',
    card_enabled: stored.card_enabled === 1,
    bank_enabled: stored.bank_enabled === 1,
    stripe_publishable_key: stored.stripe_publishable_key,
    stripe_secret_key_set: stored.stripe_secret_key_encrypted !== null,
    stripe_secret_key_last4: storedSecretLastFour(ctx, stored.stripe_secret_key_encrypted),
    stripe_webhook_secret_set: stored.stripe_webhook_secret_encrypted !== null,
    stripe_webhook_secret_last4: storedSecretLastFour(ctx, stored.stripe_webhook_secret_encrypted),
    allow_partial_payments: stored.allow_partial_payments === 1,
    partial_payment_minimum_minor: Number(stored.partial_payment_minimum_minor),
    allow_money_on_account: stored.allow_money_on_account === 1,
    updated_at: row ? row.updated_at : null,
  };
}

export async function getPaymentSettings(ctx: AppContext, organizationId: string): Promise<PaymentSettingsResponse> {
  return present(ctx, await repo.findPaymentSettingsRow(ctx.db, organizationId), organizationId);
}

const flag = (value: boolean | undefined, current: number): number => (value === undefined ? current : value ? 1 : 0);
const sealed = (ctx: AppContext, value: string | null | undefined, current: string | null): string | null =>
  value === undefined ? current : value === null ? null : encryptSecret(ctx.secret, value);

/**
 * Changes the settings: what the body leaves out keeps its value, a secret given replaces the stored
 * one (null clears it). The whole row is checked (Stripe needs both keys, one method at least) and
 * written in one upsert, so concurrent changes each leave a row that passed the check.
 */
export async function updatePaymentSettings(ctx: AppContext, organizationId: string, input: UpdatePaymentSettingsBody): Promise<PaymentSettingsResponse> {
  const now = isoNow(ctx.clock);
  const current = (await repo.findPaymentSettingsRow(ctx.db, organizationId)) ?? defaultSettingsRow(organizationId, now);
  const next: PaymentSettingsTable = {
    organization_id: organizationId,
    gateway: input.gateway ?? current.gateway,
    card_enabled: flag(input.card_enabled, current.card_enabled),
    bank_enabled: flag(input.bank_enabled, current.bank_enabled),
    stripe_publishable_key: input.stripe_publishable_key === undefined ? current.stripe_publishable_key : input.stripe_publishable_key,
    stripe_secret_key_encrypted: sealed(ctx, input.stripe_secret_key, current.stripe_secret_key_encrypted),
    stripe_webhook_secret_encrypted: sealed(ctx, input.stripe_webhook_secret, current.stripe_webhook_secret_encrypted),
    allow_partial_payments: flag(input.allow_partial_payments, current.allow_partial_payments),
    partial_payment_minimum_minor: input.partial_payment_minimum_minor ?? Number(current.partial_payment_minimum_minor),
    allow_money_on_account: flag(input.allow_money_on_account, current.allow_money_on_account),
    updated_at: now,
  };
  const problem = settingsProblem(next);
  if (problem) throw problem;
  await repo.upsertPaymentSettingsRow(ctx.db, next);
  return present(ctx, next, organizationId);
}
