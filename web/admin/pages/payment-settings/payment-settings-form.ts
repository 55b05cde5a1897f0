/**
 * The online-payments form: what the fields hold, the schema that checks them before sending and the
 * body the API takes. The Stripe secrets are write-only: a stored one is kept, replaced or cleared.
 */
import type { TFunction } from 'i18next';
import { z } from 'zod';
import { formatMoneyInput, parseMoneyInput } from '../../../ui/billing-format.ts';
import { currencyExponent } from '../../../../contract/money.ts';
import { decimalInputError } from '../../lib/decimal-input.ts';
import type { PaymentSettings, PaymentSettingsUpdate } from './queries.ts';

/**
 * Portico keeps no currency per organization: the minimum is in minor units of each payment's
 * currency, and the form writes it as an amount of the currency new customers are billed in.
 */
export const minimumCurrency = 'USD';

/** keep: the stored secret stays; replace: the typed one is sent; clear: null is sent. */
export type SecretAction = 'keep' | 'replace' | 'clear';
export const secretFields = ['stripe_secret_key', 'stripe_webhook_secret'] as const;
export type SecretField = (typeof secretFields)[number];

const secretAction = z.enum(['keep', 'replace', 'clear']);

const valuesSchema = z.object({
  gateway: z.enum(['test', 'stripe']),
  stripe_publishable_key: z.string(),
  stripe_secret_key: z.string(),
  stripe_secret_key_action: secretAction,
  stripe_webhook_secret: z.string(),
  stripe_webhook_secret_action: secretAction,
  card_enabled: z.boolean(),
  bank_enabled: z.boolean(),
  allow_partial_payments: z.boolean(),
  partial_payment_minimum: z.string(),
  allow_money_on_account: z.boolean(),
});
export type PaymentSettingsValues = z.infer<typeof valuesSchema>;

export function paymentSettingsValues(settings: PaymentSettings, locale: string): PaymentSettingsValues {
  return {
    gateway: settings.gateway,
    stripe_publishable_key: settings.stripe_publishable_key ?? '',
    stripe_secret_key: '',
    // Nothing stored: the field is open for typing one.
    stripe_secret_key_action: settings.stripe_secret_key_set ? 'keep' : 'replace',
    stripe_webhook_secret: '',
    stripe_webhook_secret_action: settings.stripe_webhook_secret_set ? 'keep' : 'replace',
    card_enabled: settings.card_enabled,
    bank_enabled: settings.bank_enabled,
    allow_partial_payments: settings.allow_partial_payments,
    partial_payment_minimum: settings.partial_payment_minimum_minor > 0 ? formatMoneyInput(settings.partial_payment_minimum_minor, minimumCurrency, locale) : '',
    allow_money_on_account: settings.allow_money_on_account,
  };
}

/** What a secret field sends: the typed secret, null to clear, or nothing (the stored one stays). */
function secretBody(action: SecretAction, typed: string): string | null | undefined {
  if (action === 'clear') return null;
  if (action === 'replace' && typed.trim() !== '') return typed.trim();
  return undefined;
}

/** Whether the secret will be there after saving: stored and kept, or typed. */
function secretPresent(action: SecretAction, typed: string): boolean {
  return action === 'keep' || (action === 'replace' && typed.trim() !== '');
}

/** Checks the fields (Stripe needs both keys, one method at least, a readable minimum) and answers the API's body. */
export function paymentSettingsSchema(locale: string, t: TFunction) {
  const places = currencyExponent(minimumCurrency);
  return valuesSchema
    .superRefine((values, ctx) => {
      if (values.gateway === 'stripe') {
        if (values.stripe_publishable_key.trim() === '') ctx.addIssue({ code: 'custom', path: ['stripe_publishable_key'], message: t('common.required') });
        if (!secretPresent(values.stripe_secret_key_action, values.stripe_secret_key)) ctx.addIssue({ code: 'custom', path: ['stripe_secret_key'], message: t('common.required') });
      }
      if (!values.card_enabled && !values.bank_enabled) ctx.addIssue({ code: 'custom', path: ['card_enabled'], message: t('paymentSettings.oneMethod') });
      if (values.allow_partial_payments && values.partial_payment_minimum.trim() !== '') {
        const message = decimalInputError(parseMoneyInput(values.partial_payment_minimum, minimumCurrency, locale), places, t);
        if (message) ctx.addIssue({ code: 'custom', path: ['partial_payment_minimum'], message });
      }
    })
    .transform((values): PaymentSettingsUpdate => {
      const minimum = values.allow_partial_payments && values.partial_payment_minimum.trim() !== '' ? parseMoneyInput(values.partial_payment_minimum, minimumCurrency, locale) : undefined;
      const body: PaymentSettingsUpdate = {
        gateway: values.gateway,
        stripe_publishable_key: values.stripe_publishable_key.trim() === '' ? null : values.stripe_publishable_key.trim(),
        card_enabled: values.card_enabled,
        bank_enabled: values.bank_enabled,
        allow_partial_payments: values.allow_partial_payments,
        allow_money_on_account: values.allow_money_on_account,
      };
      // Without partial payments the minimum stays as stored; with them, an empty field is no minimum.
      if (values.allow_partial_payments) body.partial_payment_minimum_minor = minimum?.ok ? minimum.value : 0;
      const secretKey = secretBody(values.stripe_secret_key_action, values.stripe_secret_key);
      if (secretKey !== undefined) body.stripe_secret_key = secretKey;
      const webhookSecret = secretBody(values.stripe_webhook_secret_action, values.stripe_webhook_secret);
      if (webhookSecret !== undefined) body.stripe_webhook_secret = webhookSecret;
      return body;
    });
}

/** The form's field for a field the server named. */
export const paymentSettingsFieldName = (field: string): string => (field === 'partial_payment_minimum_minor' ? 'partial_payment_minimum' : field === 'bank_enabled' ? 'card_enabled' : field);
