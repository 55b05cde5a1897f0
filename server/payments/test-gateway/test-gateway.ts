import { AppError, notFound, validationError } from '../../lib/app-error.ts';
import { isoNow } from '../../lib/clock.ts';
import type { Db } from '../../db/database.ts';
import { WebhookRejected, type CreatePaymentInput, type GatewayMethod, type GatewayPayment, type PaymentGateway } from '../gateway.ts';
import { cardExpired, type TestBankOutcome, type TestCardOutcome } from '../test-gateway-cards.ts';
import { DEFAULT_SIGNATURE_TOLERANCE_SECONDS, verifyWebhookSignature } from '../webhook-signature.ts';
import type { TestGatewayDeps } from './test-gateway-deps.ts';
import {
  addRefunded,
  customerExists,
  findCustomerIdByKey,
  findMethod,
  findPayment,
  findPaymentByKey,
  findPaymentByReference,
  findRefundByKey,
  findToken,
  insertCustomer,
  insertMethod,
  insertPayment,
  insertRefund,
  markTokenUsed,
  updateMethodRow,
  updatePaymentFrom,
  type MethodRow,
  type TokenRow,
} from './test-gateway.repository.ts';
import { loadPayment, recordRefundEvent, settleAt, viewPayment } from './test-gateway-outcomes.ts';
import { declineOf, defaultSettleAfterSeconds, gatewayFailures, gatewayId, testGatewayWebhookSecret, type Decline } from './test-gateway-rules.ts';
import type { TestGatewayAuthentication, TestGatewayPaymentStatus } from './test-gateway-tables.ts';
import { eventOfPayload, methodOf, refundOf, testGatewayEventPayload } from './test-gateway-views.ts';
import { setTestGatewayWebhookReceiver, registerTestGatewayTasks, type TestGatewayWebhookReceiver } from './test-gateway-webhooks.ts';

export interface TestGatewayOptions extends TestGatewayDeps {
  /** How long a bank debit (and a bank refund) stays processing before it settles or fails; default 15 s. */
  settleAfterSeconds?: number;
  /** Where this instance's webhooks go (`setTestGatewayWebhookReceiver`); the app posts them to its own route. */
  deliver?: TestGatewayWebhookReceiver;
}

/** What charging a token or saved method does now. */
interface Charge {
  status: TestGatewayPaymentStatus;
  authentication: TestGatewayAuthentication | null;
  failure: Decline | null;
  settles: { failureCode: string | null } | null;
}

const failedWith = (failure: Decline): Charge => ({ status: 'failed', authentication: null, failure, settles: null });

function chargeOf(facts: TokenRow | MethodRow, today: string): Charge {
  if (facts.type === 'bank_account') {
    const outcome = JSON.parse(facts.outcome) as TestBankOutcome;
    return { status: 'processing', authentication: null, failure: null, settles: { failureCode: outcome.kind === 'fails_later' ? outcome.code : null } };
  }
  if (facts.exp_month !== null && facts.exp_year !== null && cardExpired(facts.exp_month, facts.exp_year, today)) return failedWith(gatewayFailures.expiredCard);
  const outcome = JSON.parse(facts.outcome) as TestCardOutcome;
  switch (outcome.kind) {
    case 'succeeds':
      return { status: 'succeeded', authentication: null, failure: null, settles: null };
    case 'requires_authentication':
      return { status: 'requires_action', authentication: 'pending', failure: null, settles: null };
    case 'declined':
      return failedWith(declineOf(outcome));
  }
}

/** The token or method to charge, or why none can be. */
async function sourceOf(db: Db, input: CreatePaymentInput): Promise<{ token: TokenRow } | { method: MethodRow } | { failure: Decline }> {
  if (!(await customerExists(db, input.gatewayCustomerId))) return { failure: gatewayFailures.methodUnavailable };
  if ('token' in input.source) {
    const token = await findToken(db, input.source.token);
    if (!token) return { failure: gatewayFailures.methodUnavailable };
    if (token.used_at) return { failure: gatewayFailures.tokenUsed };
    return { token };
  }
  const method = await findMethod(db, input.source.methodId);
  if (!method || method.detached_at || method.customer_id !== input.gatewayCustomerId) return { failure: gatewayFailures.methodUnavailable };
  return { method };
}

function checkAmount(amountMinor: number, currency: string): void {
  if (!Number.isSafeInteger(amountMinor) || amountMinor <= 0) throw validationError('amount_minor', 'too_small', 'must be a positive whole number of minor units');
  if (!/^[A-Za-z]{3}$/.test(currency)) throw validationError('currency', 'invalid_format', 'must be an ISO 4217 code');
}

async function newMethodFromToken(db: Db, token: TokenRow, customerId: string, now: string): Promise<MethodRow> {
  const method: MethodRow = {
    id: gatewayId('pm'),
    customer_id: customerId,
    type: token.type,
    brand: token.brand,
    last4: token.last4,
    exp_month: token.exp_month,
    exp_year: token.exp_year,
    holder_name: token.holder_name,
    outcome: token.outcome,
    billing_address: null,
    created_at: now,
    updated_at: now,
    detached_at: null,
  };
  await insertMethod(db, method);
  return method;
}

/**
 * The built-in test gateway (docs/payments.md, "The test gateway"): Portico's default gateway, an
 * embedded stand-in for a payment processor over its own tables. Every write that moves money is
 * idempotent on a unique column, so concurrent calls with one key make one payment or refund.
 */
export interface TestGateway extends PaymentGateway {
  /** What a one-time token is (card or bank account, brand, last 4, expiry), before it is charged. */
  describeToken(token: string): Promise<GatewayMethod>;
}

export function createTestGateway(options: TestGatewayOptions): TestGateway {
  const { db, clock } = options;
  const publicUrl = options.config.publicUrl;
  const settleAfterSeconds = options.settleAfterSeconds ?? defaultSettleAfterSeconds;
  if (options.deliver) setTestGatewayWebhookReceiver(db, options.deliver);
  registerTestGatewayTasks();
  const today = () => isoNow(clock).slice(0, 10);

  return {
    name: 'test',

    async createCustomer(input) {
      const id = gatewayId('cus');
      await insertCustomer(db, { id, idempotency_key: input.idempotencyKey, name: input.name, email: input.email, metadata: JSON.stringify(input.metadata), created_at: isoNow(clock) });
      const existing = await findCustomerIdByKey(db, input.idempotencyKey);
      if (!existing) throw new Error('test gateway: the customer just created is missing');
      return existing;
    },

    async createPayment(input) {
      checkAmount(input.amountMinor, input.currency);
      const first = await findPaymentByKey(db, input.idempotencyKey);
      if (first) return viewPayment(db, publicUrl, first);
      await db.transaction().execute(async (trx) => {
        const now = isoNow(clock);
        const source = await sourceOf(trx, input);
        const facts = 'token' in source ? source.token : 'method' in source ? source.method : undefined;
        const charge = 'failure' in source ? failedWith(source.failure) : chargeOf(facts!, today());
        const id = gatewayId('pi');
        // The unique idempotency key decides: a concurrent call with the same key inserts nothing and answers this payment.
        const inserted = await insertPayment(trx, {
          id,
          idempotency_key: input.idempotencyKey,
          reference: input.idempotencyKey,
          amount_minor: input.amountMinor,
          currency: input.currency.toUpperCase(),
          customer_id: input.gatewayCustomerId,
          token_id: 'token' in source ? source.token.id : null,
          method_id: 'method' in source ? source.method.id : null,
          method_type: facts?.type ?? 'card',
          brand: facts?.brand ?? 'unknown',
          last4: facts?.last4 ?? '',
          status: charge.status,
          authentication: charge.authentication,
          failure_code: charge.failure?.failureCode ?? null,
          decline_code: charge.failure?.declineCode ?? null,
          failure_message: charge.failure?.message ?? null,
          description: input.description,
          metadata: JSON.stringify(input.metadata),
          return_url: input.returnUrl,
          settle_at: charge.settles ? settleAt(options, settleAfterSeconds) : null,
          settle_failure_code: charge.settles?.failureCode ?? null,
          refunded_minor: 0,
          created_at: now,
          updated_at: now,
        });
        if (!inserted || !('token' in source)) return;
        if (!(await markTokenUsed(trx, source.token.id, now))) {
          // Another payment used the token in the meantime.
          const failure = gatewayFailures.tokenUsed;
          await updatePaymentFrom(trx, id, [charge.status], { status: 'failed', authentication: null, failure_code: failure.failureCode, decline_code: null, failure_message: failure.message, settle_at: null, settle_failure_code: null });
          return;
        }
        if (input.saveMethod && charge.status !== 'failed') {
          const method = await newMethodFromToken(trx, source.token, input.gatewayCustomerId, now);
          await updatePaymentFrom(trx, id, [charge.status], { method_id: method.id });
        }
      });
      const payment = await findPaymentByKey(db, input.idempotencyKey);
      if (!payment) throw new Error('test gateway: the payment just created is missing');
      return viewPayment(db, publicUrl, payment);
    },

    async confirmPayment(gatewayPaymentId) {
      const row = await findPayment(db, gatewayPaymentId);
      if (!row) throw notFound('Payment');
      if (row.status === 'requires_action' && row.authentication === 'approved') {
        await updatePaymentFrom(db, row.id, ['requires_action'], { status: 'succeeded', updated_at: isoNow(clock) }, { authentication: 'approved' });
      }
      return loadPayment(db, publicUrl, gatewayPaymentId);
    },

    async cancelPayment(gatewayPaymentId) {
      const row = await findPayment(db, gatewayPaymentId);
      if (!row) throw notFound('Payment');
      const canceled = await updatePaymentFrom(db, row.id, ['requires_action'], { status: 'canceled', updated_at: isoNow(clock) });
      const payment = await loadPayment(db, publicUrl, gatewayPaymentId);
      if (!canceled && (payment.status === 'succeeded' || payment.status === 'processing')) {
        throw new AppError('STATE_CONFLICT', `The payment is ${payment.status} and can no longer be canceled`);
      }
      return payment;
    },

    async retrievePayment(gatewayPaymentId) {
      return loadPayment(db, publicUrl, gatewayPaymentId);
    },

    async findPaymentByReference(reference): Promise<GatewayPayment | null> {
      const row = await findPaymentByReference(db, reference);
      return row ? viewPayment(db, publicUrl, row) : null;
    },

    async describeToken(token) {
      const row = await findToken(db, token);
      if (!row) throw new AppError('PAYMENT_METHOD_UNAVAILABLE', gatewayFailures.methodUnavailable.message);
      return methodOf(row);
    },

    async saveMethod(input): Promise<GatewayMethod> {
      return db.transaction().execute(async (trx) => {
        if (!(await customerExists(trx, input.gatewayCustomerId))) throw notFound('Customer');
        const token = await findToken(trx, input.token);
        if (!token) throw new AppError('PAYMENT_METHOD_UNAVAILABLE', gatewayFailures.methodUnavailable.message);
        const charge = chargeOf(token, today());
        // A card the issuer declines cannot be set up for later either.
        if (charge.failure) throw new AppError('PAYMENT_METHOD_UNAVAILABLE', charge.failure.message, { failure_code: charge.failure.failureCode });
        const now = isoNow(clock);
        if (!(await markTokenUsed(trx, token.id, now))) throw new AppError('PAYMENT_METHOD_UNAVAILABLE', gatewayFailures.tokenUsed.message);
        return methodOf(await newMethodFromToken(trx, token, input.gatewayCustomerId, now));
      });
    },

    async updateMethod(methodId, changes) {
      if (changes.expMonth !== undefined && (!Number.isInteger(changes.expMonth) || changes.expMonth < 1 || changes.expMonth > 12)) {
        throw validationError('exp_month', 'invalid', 'must be a month from 1 to 12');
      }
      if (changes.expYear !== undefined && (!Number.isInteger(changes.expYear) || changes.expYear < 2000 || changes.expYear > 2100)) {
        throw validationError('exp_year', 'invalid', 'must be a four-digit year');
      }
      const updated = await updateMethodRow(db, methodId, {
        ...(changes.expMonth === undefined ? {} : { exp_month: changes.expMonth }),
        ...(changes.expYear === undefined ? {} : { exp_year: changes.expYear }),
        ...(changes.billingAddress === undefined ? {} : { billing_address: changes.billingAddress === null ? null : JSON.stringify(changes.billingAddress) }),
        updated_at: isoNow(clock),
      });
      const method = await findMethod(db, methodId);
      if (!updated || !method) throw notFound('Payment method');
      return methodOf(method);
    },

    async removeMethod(methodId) {
      const method = await findMethod(db, methodId);
      if (!method) throw notFound('Payment method');
      if (!method.detached_at) await updateMethodRow(db, methodId, { detached_at: isoNow(clock), updated_at: isoNow(clock) });
    },

    async refund(input) {
      if (!Number.isSafeInteger(input.amountMinor) || input.amountMinor <= 0) throw validationError('amount_minor', 'too_small', 'must be a positive whole number of minor units');
      const first = await findRefundByKey(db, input.idempotencyKey);
      if (first) return refundOf(first);
      await db.transaction().execute(async (trx) => {
        const payment = await findPayment(trx, input.gatewayPaymentId);
        if (!payment) throw notFound('Payment');
        if (payment.status !== 'succeeded') throw new AppError('STATE_CONFLICT', `A ${payment.status} payment cannot be refunded`);
        const now = isoNow(clock);
        const bank = payment.method_type === 'bank_account';
        const row = {
          id: gatewayId('re'),
          idempotency_key: input.idempotencyKey,
          payment_id: payment.id,
          amount_minor: input.amountMinor,
          status: bank ? ('pending' as const) : ('succeeded' as const),
          failure_message: null,
          settle_at: bank ? settleAt(options, settleAfterSeconds) : null,
          created_at: now,
          updated_at: now,
        };
        // The unique key first (a concurrent retry inserts nothing), then the refundable amount, in one conditional update.
        if (!(await insertRefund(trx, row))) return;
        if (!(await addRefunded(trx, payment.id, input.amountMinor, now))) {
          const current = (await findPayment(trx, payment.id)) ?? payment;
          const left = current.amount_minor - current.refunded_minor;
          throw new AppError('REFUND_EXCEEDS_PAYMENT', `At most ${left} (minor units) of this payment is left to refund`, { refundable_minor: left });
        }
        if (!bank) await recordRefundEvent(trx, 'refund.succeeded', now, refundOf(row), payment.id);
      });
      const refund = await findRefundByKey(db, input.idempotencyKey);
      if (!refund) throw new Error('test gateway: the refund just created is missing');
      return refundOf(refund);
    },

    parseWebhook(rawBody, signatureHeader, nowSeconds) {
      const check = verifyWebhookSignature(rawBody, signatureHeader, [testGatewayWebhookSecret(options.secret)], nowSeconds, DEFAULT_SIGNATURE_TOLERANCE_SECONDS);
      if (!check.ok) throw new WebhookRejected(check.reason);
      let json: unknown;
      try {
        json = JSON.parse(rawBody);
      } catch {
        throw new WebhookRejected('malformed_payload');
      }
      const parsed = testGatewayEventPayload.safeParse(json);
      if (!parsed.success) throw new WebhookRejected('malformed_payload');
      return eventOfPayload(parsed.data);
    },
  };
}
