import {
  invalidRequest,
  newId,
  StripeApiError,
  type Json,
  type JsonObject,
  type StandInState,
  type StoredIntent,
  type StoredMethod,
} from './stripe-stand-in-state.ts';

/**
 * PaymentIntents and refunds at the stand-in, following Stripe's state machine
 * (docs.stripe.com/payments/paymentintents/lifecycle): a confirmed intent succeeds, declines (402, the
 * intent back at requires_payment_method with last_payment_error), asks for authentication
 * (requires_action with a redirect) or, for bank debits, stays processing until settled.
 */

const str = (value: Json | undefined): string | undefined => (typeof value === 'string' ? value : undefined);
const truthy = (value: Json | undefined): boolean => value === true || value === 'true';

function positiveInteger(value: Json | undefined, param: string): number {
  const number = typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : NaN;
  if (!Number.isSafeInteger(number) || number <= 0) throw invalidRequest(`Invalid integer: ${JSON.stringify(value ?? null)}`, { param });
  return number;
}

function cardError(intent: JsonObject, method: StoredMethod, code: string, declineCode: string, message: string, chargeId: string): StripeApiError {
  const error: JsonObject = {
    type: 'card_error', code, decline_code: declineCode, message, charge: chargeId,
    doc_url: `https://docs.stripe.com/error-codes/${code.replace(/_/g, '-')}`,
    payment_method: method.object,
  };
  intent.last_payment_error = error;
  return new StripeApiError(402, { ...error, payment_intent: intent });
}

function succeed(state: StandInState, stored: StoredIntent, method: StoredMethod): void {
  const intent = stored.object;
  stored.chargeId = stored.chargeId ?? newId('ch');
  intent.status = 'succeeded';
  intent.amount_received = intent.amount as number;
  intent.latest_charge = stored.chargeId;
  intent.next_action = null;
  intent.last_payment_error = null;
  keepMethod(intent, method);
  state.record('payment_intent.succeeded', intent);
}

/** `setup_future_usage` keeps the charged method on the intent's customer. */
function keepMethod(intent: JsonObject, method: StoredMethod): void {
  if (intent.setup_future_usage && typeof intent.customer === 'string') method.object.customer = intent.customer;
}

/** Charges the intent's method; throws the 402 a decline answers. */
export function confirmIntent(state: StandInState, stored: StoredIntent, method: StoredMethod): void {
  const intent = stored.object;
  intent.payment_method = method.object.id as string;
  intent.last_payment_error = null;
  const outcome = method.outcome;
  if (outcome.kind === 'succeeds') return succeed(state, stored, method);
  if (outcome.kind === 'processing') {
    intent.status = 'processing';
    intent.processing = null;
    keepMethod(intent, method);
    state.record('payment_intent.processing', intent);
    return;
  }
  if (outcome.kind === 'authenticates') {
    intent.status = 'requires_action';
    const url = state.authenticationUrl(intent.id as string);
    const returnUrl = str(intent.return_url) ?? null;
    // With a return_url the customer is redirected; without one, Stripe.js handles it (use_stripe_sdk).
    intent.next_action = returnUrl
      ? { type: 'redirect_to_url', redirect_to_url: { url, return_url: returnUrl } }
      : { type: 'use_stripe_sdk', use_stripe_sdk: { type: 'three_d_secure_redirect', stripe_js: url } };
    state.record('payment_intent.requires_action', intent);
    return;
  }
  const chargeId = newId('ch');
  intent.status = 'requires_payment_method';
  intent.latest_charge = chargeId;
  const error = cardError(intent, method, outcome.code, outcome.declineCode, outcome.message, chargeId);
  state.record('payment_intent.payment_failed', intent);
  throw error;
}

export function createIntent(state: StandInState, params: JsonObject, livemode = false): StoredIntent {
  const amount = positiveInteger(params.amount, 'amount');
  const currency = str(params.currency);
  if (!currency || !/^[a-z]{3}$/.test(currency)) throw invalidRequest('Invalid currency: must be a lower-case ISO code.', { param: 'currency' });
  const customer = str(params.customer);
  if (customer && !state.customers.has(customer)) {
    throw invalidRequest(`No such customer: '${customer}'`, { code: 'resource_missing', param: 'customer' });
  }
  const methodId = str(params.payment_method);
  const method = methodId ? state.useMethod(methodId, 'payment_method') : null;
  const attachedTo = method ? str(method.object.customer) : undefined;
  if (method && attachedTo && attachedTo !== customer) {
    throw invalidRequest('The provided PaymentMethod belongs to a different Customer.', { code: 'payment_intent_invalid_parameter', param: 'payment_method' });
  }
  const allowed = Array.isArray(params.allowed_payment_method_types) ? params.allowed_payment_method_types.map(String) : ['card'];
  if (method && !allowed.includes(method.object.type as string)) {
    throw invalidRequest(`The PaymentMethod provided (${JSON.stringify(method.object.type)}) is not allowed for this PaymentIntent.`, {
      code: 'payment_intent_invalid_parameter', param: 'payment_method',
    });
  }
  const confirm = truthy(params.confirm);
  if (confirm && method?.object.type === 'us_bank_account' && !(params.mandate_data as JsonObject | undefined)?.customer_acceptance) {
    throw invalidRequest('mandate_data is required to confirm a PaymentIntent with a us_bank_account PaymentMethod.', {
      code: 'parameter_missing', param: 'mandate_data',
    });
  }
  const id = newId('pi');
  const intent: JsonObject = {
    id,
    object: 'payment_intent',
    amount,
    amount_capturable: 0,
    amount_received: 0,
    allowed_payment_method_types: allowed,
    payment_method_types: allowed,
    canceled_at: null,
    cancellation_reason: null,
    capture_method: 'automatic',
    client_secret: `${id}_secret_${newId('s').slice(2)}`,
    confirmation_method: 'automatic',
    created: state.now(),
    currency,
    customer: customer ?? null,
    description: str(params.description) ?? null,
    last_payment_error: null,
    latest_charge: null,
    livemode,
    metadata: (params.metadata as JsonObject | undefined) ?? {},
    next_action: null,
    payment_method: method ? (method.object.id as string) : null,
    receipt_email: null,
    return_url: str(params.return_url) ?? null,
    setup_future_usage: str(params.setup_future_usage) ?? null,
    status: method ? 'requires_confirmation' : 'requires_payment_method',
  };
  const stored: StoredIntent = { object: intent, chargeId: null, amountRefunded: 0 };
  state.intents.set(id, stored);
  state.record('payment_intent.created', intent);
  if (confirm && method) confirmIntent(state, stored, method);
  return stored;
}

export function confirmExisting(state: StandInState, id: string, params: JsonObject): StoredIntent {
  const stored = state.intent(id);
  const status = stored.object.status as string;
  if (['succeeded', 'processing', 'canceled'].includes(status)) {
    throw invalidRequest(`You cannot confirm this PaymentIntent because it has a status of ${status}.`, {
      code: 'payment_intent_unexpected_state', payment_intent: stored.object,
    });
  }
  if (status === 'requires_action') return stored;
  const methodId = str(params.payment_method) ?? str(stored.object.payment_method);
  if (!methodId) throw invalidRequest('You must provide a payment_method to confirm this PaymentIntent.', { code: 'parameter_missing', param: 'payment_method' });
  confirmIntent(state, stored, state.useMethod(methodId, 'payment_method'));
  return stored;
}

export function cancelIntent(state: StandInState, id: string, params: JsonObject): StoredIntent {
  const stored = state.intent(id);
  const intent = stored.object;
  const status = intent.status as string;
  if (!['requires_payment_method', 'requires_confirmation', 'requires_action', 'requires_capture'].includes(status)) {
    throw invalidRequest(`You cannot cancel this PaymentIntent because it has a status of ${status}.`, {
      code: 'payment_intent_unexpected_state', payment_intent: intent,
    });
  }
  intent.status = 'canceled';
  intent.canceled_at = state.now();
  intent.cancellation_reason = str(params.cancellation_reason) ?? 'requested_by_customer';
  intent.next_action = null;
  state.record('payment_intent.canceled', intent);
  return stored;
}

/** The customer's answer to the authentication challenge. */
export function authenticateIntent(state: StandInState, id: string, result: 'approve' | 'fail'): StoredIntent {
  const stored = state.intent(id);
  const intent = stored.object;
  if (intent.status !== 'requires_action') return stored;
  const method = state.useMethod(intent.payment_method as string, 'payment_method');
  if (result === 'approve') {
    succeed(state, stored, method);
    return stored;
  }
  intent.status = 'requires_payment_method';
  intent.next_action = null;
  intent.last_payment_error = {
    type: 'invalid_request_error',
    code: 'payment_intent_authentication_failure',
    message: 'The provided PaymentMethod has failed authentication. You can provide payment_method_data or a new PaymentMethod to attempt to fulfill this PaymentIntent again.',
    payment_method: method.object,
  };
  state.record('payment_intent.payment_failed', intent);
  return stored;
}

/** A bank debit's outcome, days later at Stripe. */
export function settleIntent(state: StandInState, id: string, result: 'succeeded' | 'failed'): StoredIntent {
  const stored = state.intent(id);
  const intent = stored.object;
  if (intent.status !== 'processing') return stored;
  const method = state.useMethod(intent.payment_method as string, 'payment_method');
  if (result === 'succeeded') {
    succeed(state, stored, method);
    return stored;
  }
  intent.status = 'requires_payment_method';
  intent.last_payment_error = {
    type: 'invalid_request_error', code: 'account_closed', message: "The customer's bank account has been closed.", payment_method: method.object,
  };
  state.record('payment_intent.payment_failed', intent);
  return stored;
}

export function createRefund(state: StandInState, params: JsonObject): JsonObject {
  const intentId = str(params.payment_intent);
  if (!intentId) throw invalidRequest('One of the following params should be provided for this request: payment_intent or charge.', { code: 'parameter_missing', param: 'payment_intent' });
  const stored = state.intent(intentId);
  const intent = stored.object;
  if (intent.status !== 'succeeded' || !stored.chargeId) {
    throw invalidRequest(`This PaymentIntent (${intentId}) does not have a successful charge to refund.`, { code: 'charge_not_refundable', param: 'payment_intent' });
  }
  const remaining = (intent.amount as number) - stored.amountRefunded;
  if (remaining === 0) throw invalidRequest(`Charge ${stored.chargeId} has already been refunded.`, { code: 'charge_already_refunded' });
  const amount = params.amount === undefined ? remaining : positiveInteger(params.amount, 'amount');
  if (amount > remaining) {
    throw invalidRequest(`Refund amount (${amount}) is greater than unrefunded amount on charge (${remaining})`, { code: 'amount_too_large', param: 'amount' });
  }
  stored.amountRefunded += amount;
  const bank = state.methods.get(intent.payment_method as string)?.object.type === 'us_bank_account';
  const refund: JsonObject = {
    id: newId('re'),
    object: 'refund',
    amount,
    balance_transaction: null,
    charge: stored.chargeId,
    created: state.now(),
    currency: intent.currency as string,
    destination_details: null,
    failure_reason: null,
    metadata: (params.metadata as JsonObject | undefined) ?? {},
    payment_intent: intentId,
    reason: str(params.reason) ?? null,
    receipt_number: null,
    source_transfer_reversal: null,
    // Card refunds succeed at once; bank refunds are pending until the ACH credit goes through.
    status: bank ? 'pending' : 'succeeded',
    transfer_reversal: null,
  };
  state.refunds.set(refund.id as string, refund);
  state.record('refund.created', refund);
  state.record('charge.refunded', {
    id: stored.chargeId, object: 'charge', amount: intent.amount as number, amount_refunded: stored.amountRefunded,
    currency: intent.currency as string, payment_intent: intentId, refunded: stored.amountRefunded === intent.amount, status: 'succeeded',
  });
  return refund;
}

export function settleRefund(state: StandInState, id: string, result: 'succeeded' | 'failed'): JsonObject {
  const refund = state.refunds.get(id);
  if (!refund) throw invalidRequest(`No such refund: '${id}'`, { code: 'resource_missing' }, 404);
  if (refund.status !== 'pending') return refund;
  refund.status = result;
  if (result === 'failed') {
    refund.failure_reason = 'declined';
    const stored = state.intent(refund.payment_intent as string);
    stored.amountRefunded -= refund.amount as number;
    state.record('refund.failed', refund);
  }
  state.record('refund.updated', refund);
  return refund;
}

/**
 * POST /v1/setup_intents with `confirm: true`: saves the method to the customer for later off-session
 * use, as Stripe does when a card is saved without a payment (docs.stripe.com/api/setup_intents). A card
 * that declines is a 402 card_error naming the setup intent; one that needs authentication stays
 * `requires_action`; otherwise it succeeds and the method is attached.
 */
export function createSetupIntent(state: StandInState, params: JsonObject): JsonObject {
  const customer = str(params.customer) ?? '';
  if (!state.customers.has(customer)) throw invalidRequest(`No such customer: '${customer}'`, { code: 'resource_missing', param: 'customer' });
  const methodId = str(params.payment_method);
  if (!methodId) throw invalidRequest('Missing required param: payment_method.', { param: 'payment_method' });
  const method = state.useMethod(methodId, 'payment_method');
  if (method.object.customer && method.object.customer !== customer) {
    throw invalidRequest('The payment method you provided has already been attached to a customer.', { code: 'payment_method_unexpected_state' });
  }
  const intent: JsonObject = {
    id: newId('seti'),
    object: 'setup_intent',
    created: state.now(),
    customer,
    payment_method: method.object.id as string,
    usage: str(params.usage) ?? 'off_session',
    status: 'succeeded',
    last_setup_error: null,
    next_action: null,
    livemode: false,
    metadata: (params.metadata as JsonObject | undefined) ?? {},
  };
  if (!truthy(params.confirm)) return { ...intent, status: 'requires_confirmation' };
  const outcome = method.outcome;
  if (outcome.kind === 'declines') {
    const error = { type: 'card_error', code: outcome.code, decline_code: outcome.declineCode, message: outcome.message, param: 'payment_method' };
    throw new StripeApiError(402, { ...error, setup_intent: { ...intent, status: 'requires_payment_method', last_setup_error: error } });
  }
  if (outcome.kind === 'authenticates') return { ...intent, status: 'requires_action', next_action: { type: 'redirect_to_url', redirect_to_url: { url: state.authenticationUrl(intent.id as string), return_url: null } } };
  method.object.customer = customer;
  state.record('setup_intent.succeeded', intent);
  return intent;
}
