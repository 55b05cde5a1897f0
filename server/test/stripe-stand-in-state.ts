import { randomBytes } from 'node:crypto';

/**
 * The stand-in's objects and Stripe's test behaviours (docs.stripe.com/testing): what the endpoints in
 * stripe-stand-in.ts read and change. Shapes follow Stripe's API (checked against stripe/openapi's
 * fixtures), with the fields Portico reads and the ones that make an object recognisable.
 */

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type JsonObject = { [key: string]: Json };

/** An API error as Stripe answers it: `{ error: { type, code, message, … } }` with its HTTP status. */
export class StripeApiError extends Error {
  constructor(
    readonly status: number,
    readonly body: JsonObject,
  ) {
    super(typeof body.message === 'string' ? body.message : 'stripe error');
  }
}

export function invalidRequest(message: string, extra: JsonObject = {}, status = 400): StripeApiError {
  return new StripeApiError(status, { type: 'invalid_request_error', message, ...extra });
}

export function missing(kind: string, id: string, param: string): StripeApiError {
  return invalidRequest(`No such ${kind}: '${id}'`, { code: 'resource_missing', param }, 404);
}

export function newId(prefix: string): string {
  return `${prefix}_${randomBytes(12).toString('base64url').replace(/[-_]/g, 'x')}`;
}

type Outcome =
  | { kind: 'succeeds' }
  | { kind: 'declines'; code: string; declineCode: string; message: string }
  | { kind: 'authenticates' }
  | { kind: 'processing' };

interface TestMethod {
  type: 'card' | 'us_bank_account';
  brand: string;
  last4: string;
  outcome: Outcome;
}

/** Stripe's test PaymentMethods and what charging each does. */
export const testPaymentMethods: Readonly<Record<string, TestMethod>> = {
  pm_card_visa: { type: 'card', brand: 'visa', last4: '4242', outcome: { kind: 'succeeds' } },
  pm_card_mastercard: { type: 'card', brand: 'mastercard', last4: '4444', outcome: { kind: 'succeeds' } },
  pm_card_chargeDeclined: {
    type: 'card', brand: 'visa', last4: '0002',
    outcome: { kind: 'declines', code: 'card_declined', declineCode: 'generic_decline', message: 'Your card was declined.' },
  },
  pm_card_chargeDeclinedInsufficientFunds: {
    type: 'card', brand: 'visa', last4: '9995',
    outcome: { kind: 'declines', code: 'card_declined', declineCode: 'insufficient_funds', message: 'Your card has insufficient funds.' },
  },
  pm_card_chargeDeclinedExpiredCard: {
    type: 'card', brand: 'visa', last4: '0069',
    outcome: { kind: 'declines', code: 'expired_card', declineCode: 'expired_card', message: 'Your card has expired.' },
  },
  pm_card_authenticationRequired: { type: 'card', brand: 'visa', last4: '3184', outcome: { kind: 'authenticates' } },
  pm_usBankAccount: { type: 'us_bank_account', brand: 'bank', last4: '6789', outcome: { kind: 'processing' } },
};

export interface StoredMethod {
  object: JsonObject;
  outcome: Outcome;
}

export interface StoredIntent {
  object: JsonObject;
  chargeId: string | null;
  amountRefunded: number;
}

export class StandInState {
  readonly customers = new Map<string, JsonObject>();
  readonly methods = new Map<string, StoredMethod>();
  readonly intents = new Map<string, StoredIntent>();
  readonly refunds = new Map<string, JsonObject>();
  readonly events: JsonObject[] = [];

  constructor(
    private readonly nowSeconds: () => number,
    private readonly baseUrl: () => string,
  ) {}

  now(): number {
    return this.nowSeconds();
  }

  authenticationUrl(intentId: string): string {
    return `${this.baseUrl()}/stand-in/authenticate/${intentId}`;
  }

  record(type: string, object: JsonObject): JsonObject {
    const event: JsonObject = {
      id: newId('evt'),
      object: 'event',
      api_version: '2026-10-28.endive',
      created: this.now(),
      data: { object: structuredClone(object) },
      livemode: false,
      pending_webhooks: 1,
      request: { id: null, idempotency_key: null },
      type,
    };
    this.events.push(event);
    return event;
  }

  /** A PaymentMethod as Stripe.js creates it in the browser: a fresh `pm_…` of a test method's kind. */
  mintMethod(testId: string): StoredMethod {
    const template = testPaymentMethods[testId];
    if (!template) throw missing('PaymentMethod', testId, 'payment_method');
    const stored = { object: methodObject(newId('pm'), template, this.now()), outcome: template.outcome };
    this.methods.set(stored.object.id as string, stored);
    return stored;
  }

  /** A stored method, or a test id (`pm_card_visa`), which Stripe turns into a new method on each use. */
  useMethod(id: string, param: string): StoredMethod {
    const stored = this.methods.get(id);
    if (stored) return stored;
    if (testPaymentMethods[id]) return this.mintMethod(id);
    throw missing('PaymentMethod', id, param);
  }

  /** Reading a test id answers its template without creating anything. */
  peekMethod(id: string): JsonObject {
    const stored = this.methods.get(id);
    if (stored) return stored.object;
    const template = testPaymentMethods[id];
    if (template) return methodObject(id, template, this.now());
    throw missing('PaymentMethod', id, 'id');
  }

  intent(id: string): StoredIntent {
    const stored = this.intents.get(id);
    if (!stored) throw missing('payment_intent', id, 'intent');
    return stored;
  }
}

function methodObject(id: string, template: TestMethod, created: number): JsonObject {
  const base: JsonObject = {
    id,
    object: 'payment_method',
    allow_redisplay: 'unspecified',
    billing_details: { address: { city: null, country: null, line1: null, line2: null, postal_code: null, state: null }, email: null, name: null, phone: null, tax_id: null },
    created,
    customer: null,
    livemode: false,
    metadata: {},
    type: template.type,
  };
  if (template.type === 'us_bank_account') {
    base.billing_details = { ...(base.billing_details as JsonObject), name: 'Jenny Rosen' };
    base.us_bank_account = {
      account_holder_type: 'individual', account_type: 'checking', bank_name: 'STRIPE TEST BANK',
      financial_connections_account: null, fingerprint: 'FFDMA0xfhBjWSZLu', last4: template.last4,
      networks: { preferred: 'ach', supported: ['ach'] }, routing_number: '110000000', status_details: null,
    };
  } else {
    base.card = {
      brand: template.brand, display_brand: template.brand, country: 'US', exp_month: 12, exp_year: 2034,
      funding: 'credit', last4: template.last4, fingerprint: `fp${template.last4}`,
      checks: { address_line1_check: null, address_postal_code_check: null, cvc_check: 'pass' },
      networks: { available: [template.brand], preferred: null }, three_d_secure_usage: { supported: true },
      wallet: null, regulated_status: null, generated_from: null,
    };
  }
  return base;
}
