import type Stripe from 'stripe';
import { currencyExponent } from '../../../contract/currencies.ts';
import type { GatewayMethod, GatewayNextAction, GatewayPayment, GatewayPaymentStatus, GatewayRefund } from '../gateway.ts';

/**
 * Pure translations between Stripe's objects and the gateway interface's (server/payments/gateway.ts).
 * No I/O: the adapter (stripe-gateway.ts) calls Stripe and hands the answers here.
 */

/**
 * Stripe counts most currencies in their ISO 4217 minor units, as Portico does, with one exception
 * among the currencies Stripe charges in: ISK has no minor unit in ISO 4217, yet Stripe still takes it
 * "as a two-decimal currency" for backwards compatibility (docs.stripe.com/currencies, special cases),
 * so 500 ISK is `amount: 50000` there.
 */
const stripeExtraDigits: Readonly<Record<string, number>> = { ISK: 2 };

export function toStripeAmount(amountMinor: number, currency: string): number {
  return amountMinor * 10 ** (stripeExtraDigits[currency.toUpperCase()] ?? 0);
}

export function fromStripeAmount(amount: number, currency: string): number {
  const extra = stripeExtraDigits[currency.toUpperCase()] ?? 0;
  return Math.round(amount / 10 ** extra);
}

/** Stripe wants lower-case ISO codes; Portico stores upper case. Throws for a code outside ISO 4217. */
export function toStripeCurrency(currency: string): string {
  currencyExponent(currency.toUpperCase());
  return currency.toLowerCase();
}

export function methodFromStripe(method: Stripe.PaymentMethod): GatewayMethod {
  if (method.type === 'us_bank_account') {
    return {
      id: method.id,
      type: 'bank_account',
      brand: 'bank',
      last4: method.us_bank_account?.last4 ?? '',
      expMonth: null,
      expYear: null,
      holderName: method.billing_details.name ?? null,
    };
  }
  return {
    id: method.id,
    type: 'card',
    brand: method.card?.brand ?? 'unknown',
    last4: method.card?.last4 ?? '',
    expMonth: method.card?.exp_month ?? null,
    expYear: method.card?.exp_year ?? null,
    holderName: method.billing_details.name ?? null,
  };
}

/**
 * Where the customer goes to authenticate. A server-side confirmation with a `return_url` gets
 * `redirect_to_url`; an intent confirmed by Stripe.js may carry `use_stripe_sdk`, whose 3-D Secure
 * variant still names the page to open (`stripe_js`). Anything else gives no redirect.
 */
export function nextActionFromStripe(intent: Stripe.PaymentIntent): GatewayNextAction | null {
  const action = intent.next_action;
  if (!action) return null;
  if (action.redirect_to_url?.url) return { type: 'redirect', url: action.redirect_to_url.url };
  const sdk = action.use_stripe_sdk as { stripe_js?: unknown } | undefined;
  if (typeof sdk?.stripe_js === 'string' && /^https?:\/\//.test(sdk.stripe_js)) return { type: 'redirect', url: sdk.stripe_js };
  return null;
}

function statusFromStripe(intent: Stripe.PaymentIntent): GatewayPaymentStatus {
  switch (intent.status) {
    case 'succeeded':
      return 'succeeded';
    // Portico captures automatically; an intent waiting for capture is money on its way.
    case 'processing':
    case 'requires_capture':
      return 'processing';
    // requires_confirmation: authenticated but not yet confirmed again; confirmPayment finishes it.
    case 'requires_action':
    case 'requires_confirmation':
      return 'requires_action';
    case 'canceled':
      return 'canceled';
    default:
      // requires_payment_method: Portico always confirms at creation, so this means the attempt failed
      // (a decline, a failed authentication, a bank debit that bounced).
      return 'failed';
  }
}

/**
 * Why a payment failed, in the interface's vocabulary (`card_declined`, `insufficient_funds`,
 * `expired_card`, …): the issuer's specific decline code when Stripe gives one, else Stripe's error
 * code (a plain `generic_decline` is just `card_declined`).
 */
export function failureCodeOf(error: { code?: string | null; decline_code?: string | null }): string | null {
  if (error.decline_code && error.decline_code !== 'generic_decline') return error.decline_code;
  return error.code ?? error.decline_code ?? null;
}

export function paymentFromStripe(intent: Stripe.PaymentIntent): GatewayPayment {
  const status = statusFromStripe(intent);
  const lastError = intent.last_payment_error;
  const failed = status === 'failed';
  const method = typeof intent.payment_method === 'object' && intent.payment_method !== null ? intent.payment_method : null;
  return {
    id: intent.id,
    status,
    amountMinor: fromStripeAmount(intent.amount, intent.currency),
    currency: intent.currency.toUpperCase(),
    failureCode: failed ? (lastError ? failureCodeOf(lastError) : 'requires_payment_method') : null,
    failureMessage: failed ? (lastError?.message ?? null) : null,
    nextAction: status === 'requires_action' ? nextActionFromStripe(intent) : null,
    // Only a method kept on the customer is reusable, and only then worth showing as saved.
    method: method?.customer ? methodFromStripe(method) : null,
    reference: intent.metadata.reference ?? '',
  };
}

export function refundStatusFromStripe(status: string | null): GatewayRefund['status'] {
  if (status === 'succeeded') return 'succeeded';
  if (status === 'failed' || status === 'canceled') return 'failed';
  // pending, requires_action: the outcome arrives by webhook (refund.updated).
  return 'pending';
}

export function refundFromStripe(refund: Stripe.Refund): GatewayRefund & { gatewayPaymentId: string } {
  const paymentIntent = refund.payment_intent;
  return {
    id: refund.id,
    status: refundStatusFromStripe(refund.status),
    amountMinor: fromStripeAmount(refund.amount, refund.currency),
    failureMessage: refund.failure_reason ?? null,
    gatewayPaymentId: typeof paymentIntent === 'string' ? paymentIntent : (paymentIntent?.id ?? ''),
  };
}

/** `metadata['reference']:'…'` in Stripe's search query language, quotes and backslashes escaped. */
export function referenceSearchQuery(reference: string): string {
  return `metadata['reference']:'${reference.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}
