import { createHash } from 'node:crypto';
import type { ContactPermission } from '../../../contract/portal.ts';
import type { AppContext } from '../../context.ts';
import type { DocumentsTable, PaymentAttemptStatus, PaymentAttemptsTable, PaymentMethodsTable } from '../../db/billing-tables.ts';
import type { Db } from '../../db/database.ts';
import { AppError, notFound } from '../../lib/app-error.ts';
import { isoIn, isoNow } from '../../lib/clock.ts';
import { newId } from '../../lib/ids.ts';
import { GatewayUnavailable, WebhookRejected, type GatewayMethod, type GatewayPayment, type PaymentGateway } from '../../payments/gateway.ts';
import { applyCreditWithin } from '../credit/credit.service.ts';
import { organizationToday } from '../organization/organization-today.ts';
import { findDocumentsToSettle, holdForOnlinePayment, payableStatuses, recordGatewayPayment, releaseOnlineHold, currencyMismatch } from '../payment/payment.service.ts';
import { loadPaymentSettings, type PaymentSettings } from '../payment-settings/payment-settings.service.ts';
import { schedulesOf } from '../payment-schedule/payment-schedule.service.ts';
import { recordPaymentFailed, recordPaymentSucceeded } from '../payment-followup/payment-followup.service.ts';
import { CHALLENGE_MINUTES, RECONCILE_AFTER_SECONDS, holdingStatuses, methodExpired, methodLabel, payableOf, planPayment, type PaymentPlan } from './online-payment.ts';
import * as repo from './online-payment.repository.ts';
import type { AttemptResponse, CreatePortalPaymentBody, PayLinkResponse, PaymentOptionsResponse, SavedMethodResponse, UpdateMethodBody } from './online-payment.schemas.ts';

/** Who pays: a contact in the portal or on a pay link, or an integration through the API. */
export interface Payer {
  organizationId: string;
  organizationName: string;
  portalSlug: string;
  customerId: string;
  contactPersonId: string | null;
  permissions: readonly ContactPermission[];
  /** SPEC §1 *block a new payment while one is pending* (portal settings). */
  blockWhilePending: boolean;
  source: 'portal' | 'pay_link' | 'api';
  /** A pay link pays only its own invoice. */
  onlyDocumentId?: string;
  /** Where the authentication challenge sends the browser back (default: the portal's return page). */
  returnUrl?: (attemptId: string) => string;
  /** The browser that pressed Pay: a bank debit's mandate names it. */
  browser?: { ip: string | null; userAgent: string | null };
}

interface StoredPlan extends PaymentPlan {
  method: { type: 'card' | 'bank_account'; brand: string; last4: string } | null;
  /** The one-time token, while the attempt still has to be charged; dropped once the gateway answered. */
  token?: string;
}

function requirePay(payer: Payer): void {
  if (!payer.permissions.includes('pay')) throw new AppError('FORBIDDEN', 'Your role in this account does not allow payments; ask your administrator');
}

function methodsOffered(settings: PaymentSettings, allowBank: boolean): ('card' | 'bank_account')[] {
  const offered: ('card' | 'bank_account')[] = [];
  if (settings.cardEnabled) offered.push('card');
  if (settings.bankEnabled && allowBank) offered.push('bank_account');
  return offered;
}

function presentMethod(method: PaymentMethodsTable, today: string): SavedMethodResponse {
  return {
    id: method.id,
    type: method.type,
    brand: method.brand,
    last4: method.last4,
    exp_month: method.exp_month,
    exp_year: method.exp_year,
    holder_name: method.holder_name,
    billing_address: method.billing_address ? (JSON.parse(method.billing_address) as SavedMethodResponse['billing_address']) : null,
    is_default: method.is_default === 1,
    expired: methodExpired(method, today),
    created_at: method.created_at,
  };
}

async function loadCustomer(ctx: AppContext, payer: Payer) {
  const customer = await repo.findCustomer(ctx.db, payer.organizationId, payer.customerId);
  if (!customer) throw notFound('Customer');
  return customer;
}

/** What the payment page offers: methods, saved methods, open documents with what is payable and due, credits. */
export async function paymentOptions(ctx: AppContext, payer: Payer): Promise<PaymentOptionsResponse> {
  requirePay(payer);
  const [settings, customer, today] = await Promise.all([loadPaymentSettings(ctx, payer.organizationId), loadCustomer(ctx, payer), organizationToday(ctx, payer.organizationId)]);
  const [documents, credits, methods, open] = await Promise.all([
    repo.listPayableDocuments(ctx.db, payer.organizationId, payer.customerId, payableStatuses),
    repo.listAvailableCredits(ctx.db, payer.organizationId, payer.customerId),
    repo.listSavedMethods(ctx.db, payer.customerId, settings.gateway),
    repo.countOpenAttemptsOfCustomer(ctx.db, payer.customerId, ['processing', 'requires_action', 'pending']),
  ]);
  const offered = methodsOffered(settings, customer.allow_bank_payments === 1);
  const visible = documents.filter((document) => document.currency === customer.currency && (!payer.onlyDocumentId || document.id === payer.onlyDocumentId));
  const schedules = await scheduleFacts(ctx.db, payer.organizationId, visible, today);
  return {
    currency: customer.currency,
    gateway: settings.gateway,
    test_mode: settings.gateway === 'test',
    publishable_key: settings.gateway === 'stripe' ? settings.stripePublishableKey : null,
    methods: offered,
    saved_methods: methods.filter((method) => offered.includes(method.type)).map((method) => presentMethod(method, today)),
    documents: visible.map((document) => presentPayable(document, today, schedules.get(document.id))),
    credits: credits.filter((credit) => credit.currency === customer.currency).map((credit) => ({ id: credit.id, number: credit.number, currency: credit.currency, balance_minor: Number(credit.balance_minor), issue_date: credit.issue_date })),
    allow_partial_payments: settings.allowPartialPayments,
    partial_payment_minimum_minor: settings.partialPaymentMinimumMinor,
    allow_money_on_account: settings.allowMoneyOnAccount,
    blocked_by_pending_payment: payer.blockWhilePending && open > 0,
  };
}

type ScheduleFacts = Awaited<ReturnType<typeof schedulesOf>> extends Map<string, infer Facts> ? Facts : never;

/** The payment schedules of these documents: what each asks now, and its instalments. */
async function scheduleFacts(db: Db, organizationId: string, documents: DocumentsTable[], today: string): Promise<Map<string, ScheduleFacts>> {
  return schedulesOf(db, organizationId, documents.map((document) => ({ id: document.id, total_minor: Number(document.total_minor), balance_minor: Number(document.balance_minor) })), today);
}

export function presentPayable(document: DocumentsTable, today: string, schedule?: ScheduleFacts): PaymentOptionsResponse['documents'][number] {
  const payable = payableOf({ balance_minor: Number(document.balance_minor), pending_minor: Number(document.pending_minor) });
  return {
    id: document.id,
    kind: document.kind === 'retainer_invoice' ? 'retainer_invoice' : 'invoice',
    number: document.number,
    currency: document.currency,
    issue_date: document.issue_date,
    due_date: document.due_date,
    total_minor: Number(document.total_minor),
    balance_minor: Number(document.balance_minor),
    pending_minor: Number(document.pending_minor),
    payable_minor: payable,
    // What a schedule asks now, less what payments in flight already hold of it.
    due_now_minor: schedule ? Math.min(payable, Math.max(0, schedule.dueNowMinor - Number(document.pending_minor))) : payable,
    overdue: schedule ? schedule.overdue : document.due_date !== null && document.due_date < today,
    schedule: schedule ? schedule.instalments : null,
  };
}

/**
 * An attempt's id follows from its idempotency key, so a retry of a request that died half-way (its
 * key freed by a 5xx, or taken over after a crash) resumes the same attempt instead of starting a second
 * charge.
 */
export function attemptIdFor(scope: string, key: string): string {
  return `pa_${createHash('sha256').update(`${scope}\n${key}`).digest('hex').slice(0, 32)}`;
}

function refuseDocument(document: DocumentsTable | undefined, payer: Payer, index: number, field: string): DocumentsTable {
  if (
    !document ||
    document.customer_id !== payer.customerId ||
    (document.kind !== 'invoice' && document.kind !== 'retainer_invoice') ||
    document.status === 'draft' ||
    (payer.onlyDocumentId !== undefined && document.id !== payer.onlyDocumentId)
  ) {
    throw new AppError('NOT_FOUND', `Invoice not found (${field})`, [{ field: `${field}.${index}`, code: 'not_found', params: {}, message: 'is not an invoice of this account' }]);
  }
  return document;
}

interface ResolvedMethod {
  type: 'card' | 'bank_account';
  brand: string;
  last4: string;
  saved: PaymentMethodsTable | null;
  token: string | null;
}

async function resolveMethod(ctx: AppContext, gateway: PaymentGateway, payer: Payer, body: Pick<CreatePortalPaymentBody, 'payment_method'>, offered: ('card' | 'bank_account')[], today: string): Promise<ResolvedMethod> {
  const unavailable = (message: string) => new AppError('PAYMENT_METHOD_UNAVAILABLE', `payment_method: ${message}`, [{ field: 'payment_method', code: 'payment_method_unavailable', params: {}, message }]);
  if ('saved_method_id' in body.payment_method) {
    const saved = await repo.findSavedMethod(ctx.db, payer.customerId, body.payment_method.saved_method_id);
    if (!saved || saved.gateway !== gateway.name) throw new AppError('NOT_FOUND', 'Saved payment method not found', [{ field: 'payment_method.saved_method_id', code: 'not_found', params: {}, message: 'is not a saved method of this account' }]);
    if (methodExpired(saved, today)) throw unavailable(`the card ending ${saved.last4} has expired; update its expiry date or use another card`);
    if (!offered.includes(saved.type)) throw unavailable(`${saved.type === 'card' ? 'card' : 'bank'} payments are not offered to this account`);
    return { type: saved.type, brand: saved.brand, last4: saved.last4, saved, token: null };
  }
  let described: GatewayMethod;
  try {
    described = await gateway.describeToken(body.payment_method.token);
  } catch (error) {
    if (error instanceof GatewayUnavailable) throw new AppError('GATEWAY_UNAVAILABLE', 'The payment service could not be reached; nothing was charged');
    throw new AppError('VALIDATION_FAILED', 'payment_method.token: is not a token of this gateway', [{ field: 'payment_method.token', code: 'invalid_value', params: {}, message: 'is not a token of this gateway' }]);
  }
  if (!offered.includes(described.type)) throw unavailable(`${described.type === 'card' ? 'card' : 'bank'} payments are not offered to this account`);
  return { type: described.type, brand: described.brand, last4: described.last4, saved: null, token: body.payment_method.token };
}

/**
 * Pays open invoices online (docs/payments.md "The payment flow"): decides the amounts, then in one
 * transaction records the attempt and holds what it pays of each balance (a conditional update: of 100
 * requests for the same balance one holds it, the others are told it is being paid) and applies chosen
 * credits; then charges the gateway with the attempt's id as idempotency key; then records the outcome.
 */
export async function createOnlinePayment(ctx: AppContext, payer: Payer, body: CreatePortalPaymentBody, attemptId: string): Promise<{ status: number; body: AttemptResponse }> {
  const existing = await repo.findAttempt(ctx.db, payer.organizationId, attemptId);
  if (existing) return { status: 201, body: await presentAttempt(ctx.db, await resumeAttempt(ctx, existing)) };

  const ids = body.allocations ? body.allocations.map((allocation) => allocation.document_id) : (body.document_ids ?? []);
  const field = body.allocations ? 'allocations' : 'document_ids';
  const found = new Map((await findDocumentsToSettle(ctx.db, payer.organizationId, ids)).map((document) => [document.id, document]));
  const documents = ids.map((id, index) => refuseDocument(found.get(id), payer, index, field));
  requirePay(payer);

  const [settings, customer, today] = await Promise.all([loadPaymentSettings(ctx, payer.organizationId), loadCustomer(ctx, payer), organizationToday(ctx, payer.organizationId)]);
  for (const document of documents) {
    if (document.currency !== body.currency) throw currencyMismatch('currency', document.currency, body.currency);
    if (!payableStatuses.includes(document.status as never) || Number(document.balance_minor) === 0) {
      throw new AppError('NOTHING_TO_PAY', `${document.number} is ${document.status === 'void' ? 'void' : 'paid'}; there is nothing left to pay`, { document_id: document.id, status: document.status });
    }
    if (payableOf({ balance_minor: Number(document.balance_minor), pending_minor: Number(document.pending_minor) }) === 0) {
      throw new AppError('PAYMENT_IN_PROGRESS', `${document.number} is being paid by another payment; check again once it completes`, { document_id: document.id });
    }
  }
  if (payer.blockWhilePending && (await repo.countOpenAttemptsOfCustomer(ctx.db, payer.customerId, ['processing', 'requires_action', 'pending'])) > 0) {
    throw new AppError('PAYMENT_IN_PROGRESS', 'A payment of this account is still pending; a new one can be made once it completes');
  }

  const credits = await repo.listAvailableCredits(ctx.db, payer.organizationId, payer.customerId);
  const chosenCredits = body.credit_note_ids.map((id, index) => {
    const credit = credits.find((candidate) => candidate.id === id);
    if (!credit) throw new AppError('NOT_FOUND', 'Credit note not found', [{ field: `credit_note_ids.${index}`, code: 'not_found', params: {}, message: 'is not an open credit note of this account' }]);
    if (credit.currency !== body.currency) throw currencyMismatch(`credit_note_ids.${index}`, body.currency, credit.currency);
    return { id: credit.id, number: credit.number, balance_minor: Number(credit.balance_minor) };
  });

  const schedules = await scheduleFacts(ctx.db, payer.organizationId, documents, today);
  const plan = planPayment({
    documents: documents.map((document) => ({
      id: document.id,
      kind: document.kind === 'retainer_invoice' ? 'retainer_invoice' : 'invoice',
      number: document.number,
      currency: document.currency,
      issue_date: document.issue_date,
      due_date: document.due_date,
      balance_minor: Number(document.balance_minor),
      pending_minor: Number(document.pending_minor),
    })),
    allocations: body.allocations,
    amountMinor: body.amount_minor,
    credits: chosenCredits,
    creditableKinds: ['invoice'],
    dueNow: new Map([...schedules].map(([id, facts]) => [id, facts.dueNowMinor])),
    rules: settings,
    currency: body.currency,
  });
  if (plan.charge_minor === 0 && plan.credits.length === 0) throw new AppError('NOTHING_TO_PAY', 'There is nothing left to pay on these documents');

  const gateway = ctx.gateways.forChoice(settings);
  const method = plan.charge_minor > 0 ? await resolveMethod(ctx, gateway, payer, body, methodsOffered(settings, customer.allow_bank_payments === 1), today) : null;
  const now = isoNow(ctx.clock);
  const stored: StoredPlan = { ...plan, method: method ? { type: method.type, brand: method.brand, last4: method.last4 } : null, ...(method?.token ? { token: method.token } : {}) };
  const attempt: PaymentAttemptsTable = {
    id: attemptId,
    organization_id: payer.organizationId,
    customer_id: payer.customerId,
    contact_person_id: payer.contactPersonId,
    source: payer.source,
    status: plan.charge_minor > 0 ? 'processing' : 'succeeded',
    currency: body.currency,
    amount_minor: Math.max(plan.charge_minor, 1),
    plan: JSON.stringify(stored),
    method_type: method?.type ?? 'card',
    payment_method_id: method?.saved?.id ?? null,
    save_method: body.save_method && method?.saved === null ? 1 : 0,
    gateway: gateway.name,
    gateway_payment_id: null,
    failure_code: null,
    failure_message: null,
    next_action: null,
    payment_id: null,
    created_at: now,
    updated_at: now,
    expires_at: isoIn(ctx.clock, CHALLENGE_MINUTES * 60),
    completed_at: plan.charge_minor > 0 ? null : now,
  };

  await ctx.db.transaction().execute(async (trx) => {
    await repo.insertAttempt(trx, attempt);
    for (const credit of plan.credits) {
      if (!(await applyCreditWithin(trx, { creditNoteId: credit.credit_note_id, invoiceId: credit.document_id, amountMinor: credit.amount_minor, appliedOn: today, at: now }))) {
        throw new AppError('PAYMENT_IN_PROGRESS', 'The credit or the balance changed meanwhile; reload and try again');
      }
    }
    // A fixed order of row locks, so that concurrent payments never deadlock on PostgreSQL.
    for (const allocation of [...plan.allocations].sort((a, b) => a.document_id.localeCompare(b.document_id))) {
      if (!(await holdForOnlinePayment(trx, allocation.document_id, allocation.amount_minor, payer.blockWhilePending, now))) {
        const number = documents.find((document) => document.id === allocation.document_id)?.number ?? allocation.document_id;
        throw new AppError('PAYMENT_IN_PROGRESS', `${number} is being paid or was paid meanwhile; nothing was charged`, { document_id: allocation.document_id });
      }
    }
  });
  if (plan.charge_minor === 0) return { status: 201, body: await presentAttempt(ctx.db, attempt) };
  return { status: 201, body: await presentAttempt(ctx.db, await chargeAttempt(ctx, gateway, attempt, payer, method!)) };
}

async function ensureGatewayCustomer(ctx: AppContext, gateway: PaymentGateway, organizationId: string, customerId: string): Promise<string> {
  const known = await repo.findGatewayCustomerId(ctx.db, customerId, gateway.name);
  if (known) return known;
  const customer = await repo.findCustomer(ctx.db, organizationId, customerId);
  if (!customer) throw notFound('Customer');
  // The gateway answers the same customer for the same key, so racing first payments create one.
  const created = await gateway.createCustomer({ idempotencyKey: `customer-${customerId}`, name: customer.display_name, email: customer.email, metadata: { portico_customer_id: customerId, portico_organization_id: organizationId } });
  await repo.insertGatewayCustomer(ctx.db, { customer_id: customerId, gateway: gateway.name, organization_id: organizationId, gateway_customer_id: created, created_at: isoNow(ctx.clock) });
  return (await repo.findGatewayCustomerId(ctx.db, customerId, gateway.name)) ?? created;
}

async function chargeAttempt(ctx: AppContext, gateway: PaymentGateway, attempt: PaymentAttemptsTable, payer: Pick<Payer, 'organizationName' | 'portalSlug' | 'returnUrl' | 'browser'>, method: ResolvedMethod): Promise<PaymentAttemptsTable> {
  const plan = JSON.parse(attempt.plan) as StoredPlan;
  const numbers = await repo.findDocumentNumbers(ctx.db, plan.allocations.map((allocation) => allocation.document_id));
  let result: GatewayPayment;
  try {
    const gatewayCustomerId = await ensureGatewayCustomer(ctx, gateway, attempt.organization_id, attempt.customer_id);
    result = await gateway.createPayment({
      idempotencyKey: attempt.id,
      amountMinor: Number(attempt.amount_minor),
      currency: attempt.currency,
      gatewayCustomerId,
      source: method.saved ? { methodId: method.saved.gateway_method_id } : { token: method.token! },
      saveMethod: attempt.save_method === 1,
      description: `${payer.organizationName}: ${[...numbers.values()].join(', ') || 'payment on account'}`.slice(0, 200),
      returnUrl: payer.returnUrl ? payer.returnUrl(attempt.id) : `${ctx.config.publicUrl}/portal/${payer.portalSlug}/payments/return/${attempt.id}`,
      metadata: { attempt_id: attempt.id, organization_id: attempt.organization_id, customer_id: attempt.customer_id },
      ...(method.type === 'bank_account' && payer.browser?.ip ? { customerAcceptance: { ipAddress: payer.browser.ip, userAgent: payer.browser.userAgent ?? 'unknown' } } : {}),
    });
  } catch (error) {
    // The charge may or may not have reached the gateway: the attempt stays open and holds the balance
    // until reconciliation asks the gateway by the attempt's id.
    ctx.logger.warn({ err: error, attemptId: attempt.id }, 'payment gateway call failed; left for reconciliation');
    throw new AppError('GATEWAY_UNAVAILABLE', 'The payment service could not be reached. Nothing was charged, or the payment is being checked and will show shortly', { attempt_id: attempt.id });
  }
  if (ctx.config.paymentFault === 'kill_after_charge') process.kill(process.pid, 'SIGKILL');
  return completeAttempt(ctx, attempt, result);
}

const targetStatus: Record<GatewayPayment['status'], PaymentAttemptStatus> = {
  succeeded: 'succeeded',
  processing: 'pending',
  requires_action: 'requires_action',
  failed: 'failed',
  canceled: 'abandoned',
};

const allowedFrom: Record<PaymentAttemptStatus, readonly PaymentAttemptStatus[]> = {
  created: [],
  processing: ['created'],
  requires_action: ['created', 'processing'],
  pending: ['created', 'processing', 'requires_action'],
  succeeded: holdingStatuses,
  failed: holdingStatuses,
  abandoned: holdingStatuses,
};

/**
 * Records what the gateway says of an attempt. The attempt moves on with one conditional update from
 * the states that may lead there, in the transaction that also releases its holds and, on success,
 * records the payment (unique per attempt): the browser's return, a webhook and the reconciliation job
 * may all report the same outcome, and it is recorded once. Later states never go back (a late
 * "processing" event after "succeeded" changes nothing).
 */
export async function completeAttempt(ctx: AppContext, attempt: PaymentAttemptsTable, result: GatewayPayment): Promise<PaymentAttemptsTable> {
  const target = targetStatus[result.status];
  const plan = JSON.parse(attempt.plan) as StoredPlan;
  const now = isoNow(ctx.clock);
  const final = target === 'succeeded' || target === 'failed' || target === 'abandoned';
  const { token: _spent, ...kept } = plan;
  const changes = {
    status: target,
    gateway_payment_id: result.id,
    failure_code: result.failureCode,
    failure_message: result.failureMessage,
    next_action: result.nextAction ? JSON.stringify(result.nextAction) : null,
    plan: JSON.stringify(kept),
    updated_at: now,
    completed_at: final ? now : null,
  };
  if (target === attempt.status) {
    await repo.updateAttemptFrom(ctx.db, attempt.id, [attempt.status], { gateway_payment_id: result.id, next_action: changes.next_action, plan: changes.plan });
    return (await repo.findAttemptAnywhere(ctx.db, attempt.id)) ?? attempt;
  }
  await ctx.db.transaction().execute(async (trx) => {
    if (!(await repo.updateAttemptFrom(trx, attempt.id, allowedFrom[target], changes))) return;
    if (!final) return;
    for (const allocation of [...plan.allocations].sort((a, b) => a.document_id.localeCompare(b.document_id))) {
      if (!(await releaseOnlineHold(trx, allocation.document_id, allocation.amount_minor, now))) {
        throw new AppError('STATE_CONFLICT', `The hold of attempt ${attempt.id} on document ${allocation.document_id} was already released`);
      }
    }
    if (target !== 'succeeded') {
      // A bank payment that was pending and then failed: the balance is open again, and both sides are told.
      if (attempt.status === 'pending' && target === 'failed') {
        const numbers = await repo.findDocumentNumbers(trx, plan.allocations.map((allocation) => allocation.document_id));
        await recordPaymentFailed(ctx, trx, {
          organizationId: attempt.organization_id,
          attemptId: attempt.id,
          customerId: attempt.customer_id,
          contactPersonId: attempt.contact_person_id,
          amountMinor: Number(attempt.amount_minor),
          currency: attempt.currency,
          failureCode: result.failureCode ?? 'failed',
          failureMessage: result.failureMessage ?? 'The bank payment failed.',
          documentNumbers: [...numbers.values()],
        });
      }
      return;
    }
    const methodId = await rememberMethod(trx, attempt, result.method, now);
    const payment = await recordGatewayPayment(trx, {
      organizationId: attempt.organization_id,
      customerId: attempt.customer_id,
      contactPersonId: attempt.contact_person_id,
      currency: attempt.currency,
      amountMinor: Number(attempt.amount_minor),
      method: attempt.method_type,
      gateway: attempt.gateway,
      gatewayPaymentId: result.id,
      attemptId: attempt.id,
      paymentMethodId: methodId,
      reference: plan.method ? methodLabel(plan.method) : attempt.gateway,
      paidOn: await organizationToday(ctx, attempt.organization_id, trx),
      at: now,
      allocations: plan.allocations,
    });
    await repo.updateAttemptFrom(trx, attempt.id, ['succeeded'], { payment_id: payment.id, payment_method_id: methodId });
    await recordPaymentSucceeded(ctx, trx, { organizationId: attempt.organization_id, paymentId: payment.id, contactPersonId: attempt.contact_person_id, source: attempt.source === 'pay_link' ? 'pay_link' : attempt.source === 'api' ? 'api' : 'portal' });
  });
  return (await repo.findAttemptAnywhere(ctx.db, attempt.id)) ?? attempt;
}

/** Keeps the method the customer asked to save (once per gateway method); the first saved one is the default. */
async function rememberMethod(db: Db, attempt: PaymentAttemptsTable, method: GatewayMethod | null, at: string): Promise<string | null> {
  if (attempt.payment_method_id) return attempt.payment_method_id;
  if (attempt.save_method !== 1 || !method) return null;
  const known = await repo.findSavedMethodByGatewayId(db, attempt.customer_id, attempt.gateway, method.id);
  if (known) return known.id;
  const first = (await repo.listSavedMethods(db, attempt.customer_id, attempt.gateway)).length === 0;
  const row: PaymentMethodsTable = {
    id: newId(),
    organization_id: attempt.organization_id,
    customer_id: attempt.customer_id,
    gateway: attempt.gateway,
    gateway_method_id: method.id,
    type: method.type,
    brand: method.brand,
    last4: method.last4,
    exp_month: method.expMonth,
    exp_year: method.expYear,
    holder_name: method.holderName,
    billing_address: null,
    is_default: first ? 1 : 0,
    created_by_contact_id: attempt.contact_person_id,
    created_at: at,
    updated_at: at,
    removed_at: null,
  };
  await repo.insertSavedMethod(db, row);
  return row.id;
}

async function gatewayOf(ctx: AppContext, attempt: PaymentAttemptsTable): Promise<PaymentGateway> {
  const settings = await loadPaymentSettings(ctx, attempt.organization_id);
  const gateway = ctx.gateways.forChoice(settings.gateway === attempt.gateway ? settings : { ...settings, gateway: attempt.gateway as PaymentSettings['gateway'] });
  return gateway;
}

/**
 * Brings an open attempt up to date from the gateway: a processing one is looked up by its id (it may
 * never have reached the gateway: then nothing was charged and it fails, releasing its holds).
 */
async function resumeAttempt(ctx: AppContext, attempt: PaymentAttemptsTable): Promise<PaymentAttemptsTable> {
  if (attempt.status !== 'processing' && attempt.status !== 'created') return attempt;
  const gateway = await gatewayOf(ctx, attempt);
  let found: GatewayPayment | null;
  try {
    found = attempt.gateway_payment_id ? await gateway.retrievePayment(attempt.gateway_payment_id) : await gateway.findPaymentByReference(attempt.id);
  } catch (error) {
    ctx.logger.warn({ err: error, attemptId: attempt.id }, 'payment gateway lookup failed');
    return attempt;
  }
  if (found) return completeAttempt(ctx, attempt, found);
  const plan = JSON.parse(attempt.plan) as StoredPlan;
  // Never charged: if the request is still young it may be on its way; otherwise it is given up.
  if (attempt.updated_at > isoIn(ctx.clock, -RECONCILE_AFTER_SECONDS) && plan.token) return attempt;
  return completeAttempt(ctx, attempt, { id: attempt.gateway_payment_id ?? `none-${attempt.id}`, status: 'failed', amountMinor: Number(attempt.amount_minor), currency: attempt.currency, failureCode: 'not_charged', failureMessage: 'The payment did not reach the payment service; nothing was charged.', nextAction: null, method: null, reference: attempt.id });
}

export async function presentAttempt(db: Db, attempt: PaymentAttemptsTable): Promise<AttemptResponse> {
  const plan = JSON.parse(attempt.plan) as StoredPlan;
  const numbers = await repo.findDocumentNumbers(db, [...plan.allocations.map((allocation) => allocation.document_id), ...plan.credits.flatMap((credit) => [credit.credit_note_id, credit.document_id])]);
  const payment = attempt.status === 'succeeded' ? await repo.findPaymentOfAttempt(db, attempt.id) : undefined;
  const status = attempt.status === 'created' ? 'processing' : attempt.status;
  return {
    id: attempt.id,
    status,
    currency: attempt.currency,
    amount_minor: plan.charge_minor,
    allocations: plan.allocations.map((allocation) => ({ ...allocation, number: numbers.get(allocation.document_id) ?? '' })),
    credits_applied: plan.credits.map((credit) => ({ ...credit, number: numbers.get(credit.credit_note_id) ?? '' })),
    on_account_minor: plan.on_account_minor,
    method: plan.method,
    failure_code: attempt.failure_code,
    failure_message: attempt.failure_message,
    next_action: attempt.status === 'requires_action' && attempt.next_action ? (JSON.parse(attempt.next_action) as AttemptResponse['next_action']) : null,
    payment: payment ?? null,
    created_at: attempt.created_at,
  };
}

async function payersAttempt(ctx: AppContext, payer: Payer, id: string): Promise<PaymentAttemptsTable> {
  const attempt = await repo.findAttempt(ctx.db, payer.organizationId, id);
  if (!attempt || attempt.customer_id !== payer.customerId) throw notFound('Payment');
  if (payer.onlyDocumentId !== undefined) {
    const plan = JSON.parse(attempt.plan) as StoredPlan;
    if (plan.allocations.some((allocation) => allocation.document_id !== payer.onlyDocumentId)) throw notFound('Payment');
  }
  return attempt;
}

export async function getAttempt(ctx: AppContext, payer: Payer, id: string): Promise<AttemptResponse> {
  return presentAttempt(ctx.db, await resumeAttempt(ctx, await payersAttempt(ctx, payer, id)));
}

/** After the authentication challenge: the gateway's outcome now, recorded. */
export async function confirmAttempt(ctx: AppContext, payer: Payer, id: string): Promise<AttemptResponse> {
  const attempt = await payersAttempt(ctx, payer, id);
  if (attempt.status !== 'requires_action' || !attempt.gateway_payment_id) return presentAttempt(ctx.db, await resumeAttempt(ctx, attempt));
  const gateway = await gatewayOf(ctx, attempt);
  try {
    return presentAttempt(ctx.db, await completeAttempt(ctx, attempt, await gateway.confirmPayment(attempt.gateway_payment_id)));
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw new AppError('GATEWAY_UNAVAILABLE', 'The payment service could not be reached; try again in a moment');
  }
}

/** The customer gave up the challenge: nothing is charged and the balance is free again. */
export async function cancelAttempt(ctx: AppContext, payer: Payer, id: string): Promise<AttemptResponse> {
  const attempt = await payersAttempt(ctx, payer, id);
  if (attempt.status !== 'requires_action' || !attempt.gateway_payment_id) return presentAttempt(ctx.db, attempt);
  const gateway = await gatewayOf(ctx, attempt);
  return presentAttempt(ctx.db, await completeAttempt(ctx, attempt, await gateway.cancelPayment(attempt.gateway_payment_id)));
}

// ── Saved methods ────────────────────────────────────────────────────────────────────────────────

export async function listMethods(ctx: AppContext, payer: Payer): Promise<SavedMethodResponse[]> {
  requirePay(payer);
  const [settings, today] = await Promise.all([loadPaymentSettings(ctx, payer.organizationId), organizationToday(ctx, payer.organizationId)]);
  return (await repo.listSavedMethods(ctx.db, payer.customerId, settings.gateway)).map((method) => presentMethod(method, today));
}

async function payersMethod(ctx: AppContext, payer: Payer, id: string): Promise<PaymentMethodsTable> {
  const method = await repo.findSavedMethod(ctx.db, payer.customerId, id);
  if (!method) throw notFound('Payment method');
  requirePay(payer);
  return method;
}

function gatewayTrouble(error: unknown): AppError {
  if (error instanceof AppError) return error;
  return new AppError('GATEWAY_UNAVAILABLE', 'The payment service could not be reached; try again in a moment');
}

export async function saveMethod(ctx: AppContext, payer: Payer, input: { token: string; make_default: boolean }): Promise<SavedMethodResponse> {
  requirePay(payer);
  const [settings, customer, today] = await Promise.all([loadPaymentSettings(ctx, payer.organizationId), loadCustomer(ctx, payer), organizationToday(ctx, payer.organizationId)]);
  const gateway = ctx.gateways.forChoice(settings);
  const resolved = await resolveMethod(ctx, gateway, payer, { payment_method: { token: input.token } }, methodsOffered(settings, customer.allow_bank_payments === 1), today);
  let saved: GatewayMethod;
  try {
    saved = await gateway.saveMethod({ gatewayCustomerId: await ensureGatewayCustomer(ctx, gateway, payer.organizationId, payer.customerId), token: input.token });
  } catch (error) {
    throw gatewayTrouble(error);
  }
  const now = isoNow(ctx.clock);
  const id = newId();
  await ctx.db.transaction().execute(async (trx) => {
    const first = (await repo.listSavedMethods(trx, payer.customerId, gateway.name)).length === 0;
    await repo.insertSavedMethod(trx, {
      id,
      organization_id: payer.organizationId,
      customer_id: payer.customerId,
      gateway: gateway.name,
      gateway_method_id: saved.id,
      type: resolved.type,
      brand: saved.brand,
      last4: saved.last4,
      exp_month: saved.expMonth,
      exp_year: saved.expYear,
      holder_name: saved.holderName,
      billing_address: null,
      is_default: 0,
      created_by_contact_id: payer.contactPersonId,
      created_at: now,
      updated_at: now,
      removed_at: null,
    });
    if (first || input.make_default) await repo.makeDefaultMethod(trx, payer.customerId, id, now);
  });
  const method = await repo.findSavedMethod(ctx.db, payer.customerId, id);
  return presentMethod(method!, today);
}

export async function updateMethod(ctx: AppContext, payer: Payer, id: string, input: UpdateMethodBody): Promise<SavedMethodResponse> {
  const method = await payersMethod(ctx, payer, id);
  const today = await organizationToday(ctx, payer.organizationId);
  if (input.exp_month !== undefined && method.type !== 'card') throw new AppError('VALIDATION_FAILED', 'exp_month: only cards have an expiry date', [{ field: 'exp_month', code: 'invalid_value', params: {}, message: 'only cards have an expiry date' }]);
  if (input.exp_month !== undefined && input.exp_year !== undefined && methodExpired({ exp_month: input.exp_month, exp_year: input.exp_year }, today)) {
    throw new AppError('VALIDATION_FAILED', 'exp_year: the expiry date is in the past', [{ field: 'exp_year', code: 'invalid_value', params: {}, message: 'the expiry date is in the past' }]);
  }
  const gateway = await gatewayOf(ctx, { gateway: method.gateway, organization_id: payer.organizationId } as PaymentAttemptsTable);
  try {
    await gateway.updateMethod(method.gateway_method_id, {
      ...(input.exp_month !== undefined ? { expMonth: input.exp_month, expYear: input.exp_year! } : {}),
      ...(input.billing_address !== undefined ? { billingAddress: input.billing_address } : {}),
    });
  } catch (error) {
    throw gatewayTrouble(error);
  }
  await repo.updateSavedMethod(ctx.db, method.id, {
    ...(input.exp_month !== undefined ? { exp_month: input.exp_month, exp_year: input.exp_year! } : {}),
    ...(input.billing_address !== undefined ? { billing_address: input.billing_address ? JSON.stringify(input.billing_address) : null } : {}),
    updated_at: isoNow(ctx.clock),
  });
  return presentMethod((await repo.findSavedMethod(ctx.db, payer.customerId, id))!, today);
}

export async function removeMethod(ctx: AppContext, payer: Payer, id: string): Promise<void> {
  const method = await payersMethod(ctx, payer, id);
  const gateway = await gatewayOf(ctx, { gateway: method.gateway, organization_id: payer.organizationId } as PaymentAttemptsTable);
  try {
    await gateway.removeMethod(method.gateway_method_id);
  } catch (error) {
    throw gatewayTrouble(error);
  }
  const now = isoNow(ctx.clock);
  await ctx.db.transaction().execute(async (trx) => {
    await repo.updateSavedMethod(trx, method.id, { removed_at: now, is_default: 0, updated_at: now });
    const next = (await repo.listSavedMethods(trx, payer.customerId, method.gateway))[0];
    if (method.is_default === 1 && next) await repo.makeDefaultMethod(trx, payer.customerId, next.id, now);
  });
}

export async function makeDefault(ctx: AppContext, payer: Payer, id: string): Promise<SavedMethodResponse> {
  const method = await payersMethod(ctx, payer, id);
  await repo.makeDefaultMethod(ctx.db, payer.customerId, method.id, isoNow(ctx.clock));
  return presentMethod((await repo.findSavedMethod(ctx.db, payer.customerId, id))!, await organizationToday(ctx, payer.organizationId));
}

// ── Webhooks and reconciliation ─────────────────────────────────────────────────────────────────

/**
 * A gateway's webhook: verified over the raw body, then the payment it names is read back from the
 * gateway (its state now, so events arriving out of order end in the right state) and recorded. An
 * event seen before is acknowledged as a duplicate and changes nothing.
 */
export async function receiveWebhook(ctx: AppContext, gatewayName: 'test' | 'stripe', rawBody: string, signature: string | undefined): Promise<{ received: true; duplicate: boolean }> {
  const gateway = await webhookGateway(ctx, gatewayName, rawBody);
  let event;
  try {
    event = gateway.parseWebhook(rawBody, signature, Math.floor(ctx.clock.now().getTime() / 1000));
  } catch (error) {
    if (error instanceof WebhookRejected) throw new AppError('WEBHOOK_REJECTED', `Webhook refused: ${error.reason}`, { reason: error.reason });
    throw error;
  }
  // Recorded once processed, not before: an event whose processing failed (a 5xx) is processed again
  // when the gateway delivers it again. A replay of a processed one reads the same state and changes nothing.
  if (event.payment) {
    const attempt = (await repo.findAttemptByGatewayPayment(ctx.db, gateway.name, event.payment.id)) ?? (await repo.findAttemptAnywhere(ctx.db, event.payment.reference));
    if (attempt) await completeAttempt(ctx, attempt, await gateway.retrievePayment(event.payment.id));
  }
  const seen = !(await repo.recordGatewayEvent(ctx.db, { gateway: gateway.name, event_id: event.id, type: event.type, gateway_payment_id: event.payment?.id ?? null, received_at: isoNow(ctx.clock) }));
  return { received: true, duplicate: seen };
}

/** The gateway whose secret verifies this webhook: the test gateway is one per instance; Stripe's secret is the organization's. */
async function webhookGateway(ctx: AppContext, gatewayName: 'test' | 'stripe', rawBody: string): Promise<PaymentGateway> {
  if (gatewayName === 'test') return ctx.gateways.forChoice({ gateway: 'test', stripeSecretKey: null, stripeWebhookSecret: null });
  // Which organization's secret to verify with comes from the (not yet verified) payload's metadata;
  // nothing changes before the signature is checked with that secret.
  let organizationId: string | undefined;
  try {
    const parsed = JSON.parse(rawBody) as { data?: { object?: { metadata?: { organization_id?: string } } } };
    organizationId = parsed.data?.object?.metadata?.organization_id;
  } catch {
    throw new AppError('WEBHOOK_REJECTED', 'Webhook refused: malformed_payload', { reason: 'malformed_payload' });
  }
  if (!organizationId) throw new AppError('WEBHOOK_REJECTED', 'Webhook refused: the event names no Portico organization', { reason: 'malformed_payload' });
  const settings = await loadPaymentSettings(ctx, organizationId);
  if (settings.gateway !== 'stripe' || !settings.stripeWebhookSecret) throw new AppError('WEBHOOK_REJECTED', 'Webhook refused: no_signature_matches', { reason: 'no_signature_matches' });
  return ctx.gateways.forChoice(settings);
}

/**
 * The reconciliation job (a periodic task): attempts left processing (a crash or a timeout between
 * the charge and its record) are looked up at the gateway by their id and recorded once; challenges past
 * their time are cancelled (nothing charged); bank payments still pending are read back in case a
 * webhook was lost. Each attempt is leased first, so two instances never work on the same one.
 */
export async function reconcileOpenAttempts(ctx: AppContext, limit = 50): Promise<number> {
  const now = isoNow(ctx.clock);
  const stale = [
    ...(await repo.listStaleAttempts(ctx.db, ['created', 'processing'], isoIn(ctx.clock, -RECONCILE_AFTER_SECONDS), limit)),
    ...(await repo.listStaleAttempts(ctx.db, ['requires_action'], isoIn(ctx.clock, -CHALLENGE_MINUTES * 60), limit)),
    ...(await repo.listStaleAttempts(ctx.db, ['pending'], isoIn(ctx.clock, -10 * 60), limit)),
  ];
  let done = 0;
  for (const attempt of stale) {
    if (!(await repo.leaseAttempt(ctx.db, attempt, now))) continue;
    const leased = { ...attempt, updated_at: now };
    try {
      const gateway = await gatewayOf(ctx, leased);
      if (attempt.status === 'requires_action' && attempt.gateway_payment_id) {
        await completeAttempt(ctx, leased, await gateway.cancelPayment(attempt.gateway_payment_id));
      } else if (attempt.status === 'pending' && attempt.gateway_payment_id) {
        await completeAttempt(ctx, leased, await gateway.retrievePayment(attempt.gateway_payment_id));
      } else {
        const found = attempt.gateway_payment_id ? await gateway.retrievePayment(attempt.gateway_payment_id) : await gateway.findPaymentByReference(attempt.id);
        await completeAttempt(
          ctx,
          leased,
          found ?? { id: `none-${attempt.id}`, status: 'failed', amountMinor: Number(attempt.amount_minor), currency: attempt.currency, failureCode: 'not_charged', failureMessage: 'The payment did not reach the payment service; nothing was charged.', nextAction: null, method: null, reference: attempt.id },
        );
      }
      done++;
    } catch (error) {
      ctx.logger.warn({ err: error, attemptId: attempt.id }, 'reconciling a payment attempt failed; it is tried again later');
    }
  }
  return done;
}

// ── Pay links ───────────────────────────────────────────────────────────────────────────────────

/** A pay link's page: its one invoice (paid or not), how it can be paid, and who the link was sent to. */
export async function payLinkPage(ctx: AppContext, payer: Payer, firstName: string, pdfUrl: string): Promise<PayLinkResponse> {
  const documentId = payer.onlyDocumentId!;
  const [document] = await findDocumentsToSettle(ctx.db, payer.organizationId, [documentId]);
  if (!document || document.status === 'draft') throw new AppError('TOKEN_INVALID', 'This payment link is not valid');
  const today = await organizationToday(ctx, payer.organizationId);
  const schedules = await scheduleFacts(ctx.db, payer.organizationId, [document], today);
  const { saved_methods: _saved, documents: _documents, credits: _credits, ...options } = await paymentOptions(ctx, payer);
  const open = payableStatuses.includes(document.status as never);
  const presented = presentPayable(document, today, schedules.get(document.id));
  return {
    organization: { name: payer.organizationName, slug: payer.portalSlug },
    contact: { first_name: firstName },
    document: open ? presented : { ...presented, payable_minor: 0, due_now_minor: 0 },
    options,
    pdf_url: pdfUrl,
  };
}
