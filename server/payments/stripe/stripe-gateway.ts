import Stripe from 'stripe';
import { AppError } from '../../lib/app-error.ts';
import {
  GatewayUnavailable,
  type CreatePaymentInput,
  type GatewayMethod,
  type GatewayPayment,
  type GatewayRefund,
  type PaymentGateway,
  type RefundInput,
} from '../gateway.ts';
import {
  failureCodeOf,
  methodFromStripe,
  paymentFromStripe,
  referenceSearchQuery,
  refundFromStripe,
  toStripeAmount,
  toStripeCurrency,
} from './stripe-mapping.ts';
import { parseStripeWebhook } from './stripe-webhook.ts';

/**
 * The Stripe adapter (docs/payments.md, "Switching to Stripe"): PaymentIntents confirmed on the server
 * with a PaymentMethod the browser created with Stripe.js (card data never reaches Portico), saved
 * methods attached to the customer, refunds, and webhooks verified by `constructEvent`.
 *
 * Every call that moves money passes Portico's idempotency key to Stripe, and the client retries a
 * lost connection or a 5xx with that same key, so a retry never charges twice. Stripe's own failures
 * (unreachable, 5xx, rate limit, a wrong key) are `GatewayUnavailable`; a refusal of the customer's
 * method (a decline, a failed authentication, an unusable method) is a `failed` payment, nothing charged.
 */
export interface StripeGatewayOptions {
  secretKey: string;
  /** The endpoint's signing secret (`whsec_…`); while it is being rolled, the previous one as well. */
  webhookSecret: string | readonly string[];
  /** Another API host (tests point the client at a local stand-in). */
  host?: string;
  port?: number;
  protocol?: 'http' | 'https';
  /** How often the client retries a lost connection or a 5xx, with the same idempotency key (default 2). */
  maxNetworkRetries?: number;
  /** Per request, in milliseconds (default 20 s). */
  timeoutMs?: number;
  /** Webhook signatures older than this are refused (seconds; default 300, Stripe's). */
  webhookToleranceSeconds?: number;
}

const recentIntentsScanned = 100;

function isUnavailable(error: unknown): boolean {
  return (
    error instanceof Stripe.errors.StripeConnectionError ||
    error instanceof Stripe.errors.StripeAPIError ||
    error instanceof Stripe.errors.StripeRateLimitError ||
    error instanceof Stripe.errors.StripeAuthenticationError ||
    error instanceof Stripe.errors.StripePermissionError ||
    // The same key with other parameters: the first request's payment exists, and reconciliation
    // (findPaymentByReference) finds it; this call must not decide the attempt.
    error instanceof Stripe.errors.StripeIdempotencyError
  );
}

/** Runs a call to Stripe, turning Stripe's own failures into GatewayUnavailable. */
async function call<T>(what: string, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (isUnavailable(error)) {
      const detail = error instanceof Error ? error.message : String(error);
      throw new GatewayUnavailable(`stripe: ${what} failed: ${detail}`, error);
    }
    throw error;
  }
}

function isInvalidRequest(error: unknown, codes?: readonly string[]): error is Stripe.errors.StripeInvalidRequestError {
  if (!(error instanceof Stripe.errors.StripeInvalidRequestError)) return false;
  return codes === undefined || (error.code !== undefined && codes.includes(error.code));
}

/** A payment Stripe refused before or while charging: nothing was taken. */
function refusedPayment(input: CreatePaymentInput, error: Stripe.errors.StripeError): GatewayPayment {
  const intent = error.payment_intent;
  const base = intent ? paymentFromStripe(intent) : null;
  return {
    // A refusal of the request itself (an unknown method, say) creates no PaymentIntent: no id.
    id: base?.id ?? '',
    status: 'failed',
    amountMinor: input.amountMinor,
    currency: input.currency.toUpperCase(),
    failureCode: failureCodeOf(error) ?? base?.failureCode ?? 'card_declined',
    failureMessage: error.message || base?.failureMessage || null,
    nextAction: null,
    method: null,
    reference: input.idempotencyKey,
  };
}

function billingAddressParam(address: Record<string, string | null> | null): Stripe.Emptyable<Stripe.AddressParam> {
  if (address === null) return '';
  const field = (name: string): string | undefined => (name in address ? (address[name] ?? '') : undefined);
  return {
    line1: field('line1'),
    line2: field('line2'),
    city: field('city'),
    state: field('state'),
    postal_code: field('postal_code'),
    country: field('country'),
  };
}

export function createStripeGateway(options: StripeGatewayOptions): PaymentGateway {
  const stripe = new Stripe(options.secretKey, {
    host: options.host,
    port: options.port,
    protocol: options.protocol,
    maxNetworkRetries: options.maxNetworkRetries ?? 2,
    timeout: options.timeoutMs ?? 20_000,
    telemetry: false,
    appInfo: { name: 'Portico' },
  });
  const webhookSecrets = typeof options.webhookSecret === 'string' ? [options.webhookSecret] : [...options.webhookSecret];
  const expandMethod = ['payment_method'];

  const retrieveIntent = (id: string) => call('retrieve payment', () => stripe.paymentIntents.retrieve(id, { expand: expandMethod }));

  return {
    name: 'stripe',

    async createCustomer(input) {
      const customer = await call('create customer', () =>
        stripe.customers.create(
          { name: input.name, email: input.email ?? undefined, metadata: input.metadata },
          { idempotencyKey: input.idempotencyKey },
        ),
      );
      return customer.id;
    },

    async createPayment(input) {
      const methodId = 'token' in input.source ? input.source.token : input.source.methodId;
      let method: Stripe.PaymentMethod;
      try {
        // The method's type decides what the intent allows and whether a debit mandate goes with it.
        method = await call('retrieve method', () => stripe.paymentMethods.retrieve(methodId));
      } catch (error) {
        if (isInvalidRequest(error)) return refusedPayment(input, error);
        throw error;
      }
      const bank = method.type === 'us_bank_account';
      const params: Stripe.PaymentIntentCreateParams = {
        amount: toStripeAmount(input.amountMinor, input.currency),
        currency: toStripeCurrency(input.currency),
        customer: input.gatewayCustomerId,
        payment_method: methodId,
        allowed_payment_method_types: [method.type],
        confirm: true,
        off_session: false,
        return_url: input.returnUrl,
        description: input.description,
        metadata: { ...input.metadata, reference: input.idempotencyKey },
        expand: expandMethod,
      };
      if (input.saveMethod) params.setup_future_usage = 'off_session';
      if (bank && input.customerAcceptance) {
        params.mandate_data = {
          customer_acceptance: {
            type: 'online',
            online: { ip_address: input.customerAcceptance.ipAddress, user_agent: input.customerAcceptance.userAgent },
          },
        };
      }
      try {
        const intent = await call('create payment', () => stripe.paymentIntents.create(params, { idempotencyKey: input.idempotencyKey }));
        return paymentFromStripe(intent);
      } catch (error) {
        // A decline on confirmation (402) or a method Stripe will not charge (400): nothing was taken.
        if (error instanceof Stripe.errors.StripeCardError || isInvalidRequest(error)) return refusedPayment(input, error);
        throw error;
      }
    },

    async confirmPayment(gatewayPaymentId) {
      const intent = await retrieveIntent(gatewayPaymentId);
      if (intent.status !== 'requires_confirmation') return paymentFromStripe(intent);
      try {
        return paymentFromStripe(await call('confirm payment', () => stripe.paymentIntents.confirm(gatewayPaymentId, { expand: expandMethod })));
      } catch (error) {
        if (error instanceof Stripe.errors.StripeCardError) return paymentFromStripe(await retrieveIntent(gatewayPaymentId));
        throw error;
      }
    },

    async cancelPayment(gatewayPaymentId) {
      try {
        return paymentFromStripe(await call('cancel payment', () => stripe.paymentIntents.cancel(gatewayPaymentId, { expand: expandMethod })));
      } catch (error) {
        // Already succeeded, processing or canceled: the payment is what it is now.
        if (isInvalidRequest(error, ['payment_intent_unexpected_state'])) return paymentFromStripe(await retrieveIntent(gatewayPaymentId));
        throw error;
      }
    },

    async retrievePayment(gatewayPaymentId) {
      return paymentFromStripe(await retrieveIntent(gatewayPaymentId));
    },

    /**
     * Stripe's search first; its index trails writes by up to a minute, so an intent created moments ago
     * (the crash this is for) is also looked for among the most recent intents, by the same metadata.
     */
    async findPaymentByReference(reference) {
      const found = await call('search payments', () =>
        stripe.paymentIntents.search({ query: referenceSearchQuery(reference), limit: 1, expand: ['data.payment_method'] }),
      );
      const hit = found.data[0] ?? (await call('list payments', () =>
        stripe.paymentIntents.list({ limit: recentIntentsScanned, expand: ['data.payment_method'] }),
      )).data.find((intent) => intent.metadata.reference === reference);
      return hit ? paymentFromStripe(hit) : null;
    },

    async describeToken(token) {
      return methodFromStripe(await call('retrieve method', () => stripe.paymentMethods.retrieve(token)));
    },

    async saveMethod(input): Promise<GatewayMethod> {
      const method = await call('retrieve method', () => stripe.paymentMethods.retrieve(input.token));
      // A bank account is attached as it is: its debits carry their own mandate when charged.
      if (method.type !== 'card') return methodFromStripe(await call('save method', () => stripe.paymentMethods.attach(input.token, { customer: input.gatewayCustomerId })));
      // A card is saved through a SetupIntent, as Stripe recommends for later off-session charges: the
      // bank checks it now, and a card it declines is not kept.
      let setup: Stripe.SetupIntent;
      try {
        setup = await call('save method', () =>
          stripe.setupIntents.create({ customer: input.gatewayCustomerId, payment_method: input.token, confirm: true, usage: 'off_session' }, { idempotencyKey: `setup-${input.token}` }),
        );
      } catch (error) {
        if (error instanceof Stripe.errors.StripeCardError) throw new AppError('PAYMENT_METHOD_UNAVAILABLE', `payment_method: ${error.message}`, [{ field: 'token', code: 'payment_method_unavailable', params: {}, message: error.message }]);
        throw error;
      }
      if (setup.status !== 'succeeded') {
        const message = 'This card needs authentication before it can be saved; pay with it and tick "save for next time" instead';
        throw new AppError('PAYMENT_METHOD_UNAVAILABLE', `payment_method: ${message}`, [{ field: 'token', code: 'payment_method_unavailable', params: {}, message }]);
      }
      const savedId = typeof setup.payment_method === 'string' ? setup.payment_method : (setup.payment_method?.id ?? input.token);
      return methodFromStripe(await call('retrieve method', () => stripe.paymentMethods.retrieve(savedId)));
    },

    async updateMethod(methodId, changes) {
      const params: Stripe.PaymentMethodUpdateParams = {};
      if (changes.expMonth !== undefined || changes.expYear !== undefined) {
        params.card = { exp_month: changes.expMonth, exp_year: changes.expYear };
      }
      if (changes.billingAddress !== undefined) params.billing_details = { address: billingAddressParam(changes.billingAddress) };
      return methodFromStripe(await call('update method', () => stripe.paymentMethods.update(methodId, params)));
    },

    async removeMethod(methodId) {
      try {
        await call('remove method', () => stripe.paymentMethods.detach(methodId));
      } catch (error) {
        // Already detached or gone: what was asked for holds.
        if (isInvalidRequest(error, ['resource_missing', 'payment_method_unexpected_state'])) return;
        throw error;
      }
    },

    async refund(input: RefundInput): Promise<GatewayRefund> {
      const intent = await retrieveIntent(input.gatewayPaymentId);
      try {
        const refund = await call('refund', () =>
          stripe.refunds.create(
            {
              payment_intent: input.gatewayPaymentId,
              amount: toStripeAmount(input.amountMinor, intent.currency),
              // The payment's metadata (its organization, its reference) goes with the refund, so its
              // webhooks name the organization whose signing secret verifies them, as the payment's do.
              metadata: intent.metadata,
            },
            { idempotencyKey: input.idempotencyKey },
          ),
        );
        const { gatewayPaymentId: _, ...mapped } = refundFromStripe(refund);
        return mapped;
      } catch (error) {
        // More than is left to refund, or nothing left: refused, nothing refunded.
        if (isInvalidRequest(error, ['amount_too_large', 'charge_already_refunded'])) {
          return { id: '', status: 'failed', amountMinor: input.amountMinor, failureMessage: error.message };
        }
        throw error;
      }
    },

    parseWebhook(rawBody, signatureHeader, nowSeconds) {
      return parseStripeWebhook(stripe, rawBody, signatureHeader, nowSeconds, webhookSecrets, options.webhookToleranceSeconds ?? 300);
    },
  };
}
