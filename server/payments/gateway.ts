/**
 * What Portico asks of a payment gateway (docs/payments.md). Two adapters implement it: the built-in
 * test gateway (`test-gateway/`) and Stripe (`stripe/stripe-gateway.ts`). Portico never sees a card or account
 * number: the browser turns them into a token at the gateway, and Portico passes that token on.
 *
 * Every call that moves money takes an idempotency key, which the gateway keeps: calling again with the
 * same key answers the first result and never charges twice. Portico uses the payment attempt's id, so
 * a retry after a crash, or the reconciliation job, finds the charge the first call made.
 */

export type GatewayName = 'test' | 'stripe';
export type GatewayMethodType = 'card' | 'bank_account';

/** A reusable method at the gateway, as it may be shown: never the number itself. */
export interface GatewayMethod {
  /** The gateway's id of the saved method (`pm_…`), or of a one-time token when not saved. */
  id: string;
  type: GatewayMethodType;
  /** visa, mastercard, amex, …; `bank` for bank accounts. */
  brand: string;
  last4: string;
  expMonth: number | null;
  expYear: number | null;
  holderName: string | null;
}

export type GatewayPaymentStatus =
  /** Money taken (cards). */
  | 'succeeded'
  /** Accepted, outcome later by webhook (bank debits). */
  | 'processing'
  /** The customer must pass an authentication challenge first (`nextAction`). */
  | 'requires_action'
  /** Refused: `failureCode` and `failureMessage` say why. Nothing was taken. */
  | 'failed'
  /** Given up (an abandoned challenge). Nothing was taken. */
  | 'canceled';

export interface GatewayNextAction {
  type: 'redirect';
  /** Where the browser goes to authenticate; the gateway sends it back to the payment's `returnUrl`. */
  url: string;
}

export interface GatewayPayment {
  id: string;
  status: GatewayPaymentStatus;
  amountMinor: number;
  currency: string;
  /** The gateway's decline code (`card_declined`, `insufficient_funds`, `expired_card`, …). */
  failureCode: string | null;
  /** The gateway's reason, in words a customer understands. */
  failureMessage: string | null;
  nextAction: GatewayNextAction | null;
  /** The method charged; set when the method was saved to the customer (`saveMethod`). */
  method: GatewayMethod | null;
  /** Portico's own reference given at creation (the attempt id), so a payment can be found by it. */
  reference: string;
}

export interface CreatePaymentInput {
  /** The payment attempt's id: the gateway's idempotency key and the payment's reference. */
  idempotencyKey: string;
  amountMinor: number;
  currency: string;
  /** The customer at the gateway (`ensureCustomer`). */
  gatewayCustomerId: string;
  /** A one-time token from the browser, or a method saved to this customer. */
  source: { token: string } | { methodId: string };
  /** Keep the token's method on the customer for next time (answers it in `method`). */
  saveMethod: boolean;
  /** Shown on the customer's bank or card statement and in the gateway's dashboard. */
  description: string;
  /** Where the authentication challenge returns the browser. */
  returnUrl: string;
  metadata: Record<string, string>;
  /**
   * The customer's agreement to be debited, for bank methods whose gateway needs a mandate (Stripe's ACH
   * debits): the browser's IP address and user agent when they pressed Pay. Optional; cards ignore it.
   */
  customerAcceptance?: { ipAddress: string; userAgent: string };
}

export interface RefundInput {
  idempotencyKey: string;
  gatewayPaymentId: string;
  amountMinor: number;
}

export interface GatewayRefund {
  id: string;
  status: 'succeeded' | 'pending' | 'failed';
  amountMinor: number;
  failureMessage: string | null;
}

/** An asynchronous outcome the gateway reported by webhook, after its signature was verified. */
export interface GatewayEvent {
  /** The gateway's event id: an event seen before is acknowledged and changes nothing. */
  id: string;
  type: 'payment.updated' | 'refund.updated' | 'ignored';
  /** When the gateway created the event (ISO): later state wins over earlier events. */
  createdAt: string;
  payment: GatewayPayment | null;
  refund: (GatewayRefund & { gatewayPaymentId: string }) | null;
}

export class WebhookRejected extends Error {
  constructor(readonly reason: 'malformed_header' | 'no_signature_matches' | 'timestamp_outside_tolerance' | 'malformed_payload') {
    super(`webhook rejected: ${reason}`);
  }
}

export interface PaymentGateway {
  readonly name: GatewayName;
  /** The customer's record at the gateway, created on first use (Portico keeps the id). */
  createCustomer(input: { idempotencyKey: string; name: string; email: string | null; metadata: Record<string, string> }): Promise<string>;
  /** Charges a token or a saved method; answers the outcome, or `requires_action` with a challenge. */
  createPayment(input: CreatePaymentInput): Promise<GatewayPayment>;
  /** After the challenge: the payment's outcome now (succeeded, failed or still requires_action). */
  confirmPayment(gatewayPaymentId: string): Promise<GatewayPayment>;
  /** Gives up a payment still waiting for authentication; nothing is taken. */
  cancelPayment(gatewayPaymentId: string): Promise<GatewayPayment>;
  /** The payment as the gateway has it now. */
  retrievePayment(gatewayPaymentId: string): Promise<GatewayPayment>;
  /** The payment created with this idempotency key (Portico's attempt id), or null if the gateway never got it. */
  findPaymentByReference(reference: string): Promise<GatewayPayment | null>;
  /** What a one-time token from the browser is (card or bank account, brand, last 4), before it is charged. */
  describeToken(token: string): Promise<GatewayMethod>;
  /** Saves a token's method to the customer without charging it. */
  saveMethod(input: { gatewayCustomerId: string; token: string }): Promise<GatewayMethod>;
  updateMethod(methodId: string, changes: { expMonth?: number; expYear?: number; billingAddress?: Record<string, string | null> | null }): Promise<GatewayMethod>;
  removeMethod(methodId: string): Promise<void>;
  refund(input: RefundInput): Promise<GatewayRefund>;
  /** Verifies the signature over the raw body and parses the event; throws WebhookRejected. */
  parseWebhook(rawBody: string, signatureHeader: string | undefined, nowSeconds: number): GatewayEvent;
}

/** A gateway call that failed for a reason of its own (unreachable, bad key): the attempt stays open for reconciliation. */
export class GatewayUnavailable extends Error {
  constructor(message: string, cause?: unknown) {
    super(message, { cause });
    this.name = 'GatewayUnavailable';
  }
}

/** Which gateway an organization uses, with its keys (payment settings). */
export interface GatewayChoice {
  gateway: GatewayName;
  stripeSecretKey: string | null;
  stripeWebhookSecret: string | null;
}

/** Builds the gateway of an organization's choice; tests give their own. */
export interface GatewayProvider {
  forChoice(choice: GatewayChoice): PaymentGateway;
}
