import { periodEnd, periodStart } from '../../../contract/subscription-billing.ts';
import { addDays } from '../../../contract/calendar.ts';
import type { AppContext } from '../../context.ts';
import type { Db } from '../../db/database.ts';
import type { Page } from '../../db/keyset.ts';
import type { SubscriptionSource, SubscriptionsTable } from '../../db/subscription-tables.ts';
import { AppError, notFound, validationError } from '../../lib/app-error.ts';
import { isoNow } from '../../lib/clock.ts';
import { newId } from '../../lib/ids.ts';
import { findCustomerById } from '../customer/customer.service.ts';
import { nextDocumentNumber } from '../number-series/number-series.service.ts';
import { organizationToday } from '../organization/organization-today.ts';
import { getAddons, getPlan } from '../plan/plan.service.ts';
import { billingFactsOf } from './subscription-catalogue.ts';
import { subscriptionEventData } from './subscription-events.ts';
import { billPeriod } from './subscription-invoicing.service.ts';
import type { SubscriptionActor } from './subscription.ts';
import * as repo from './subscription.repository.ts';
import type { ListSubscriptionsQuery } from './subscription.schemas.ts';
import { recordIntegrationEvent } from '../payment-followup/payment-followup.service.ts';
import { redeemCouponCode } from './subscription-coupons.ts';
import { collectSubscriptionInvoice, scheduleFirstCharge } from './subscription-dunning.service.ts';

export type { SubscriptionActor } from './subscription.ts';
export { invoiceEventData, recordSubscriptionEvent } from './subscription-history.ts';
import { invoiceEventData, recordSubscriptionEvent } from './subscription-history.ts';

export interface CreateSubscriptionInput {
  organizationId: string;
  customerId: string;
  planId: string;
  quantity: number;
  addons: { addon_id: string; quantity: number }[];
  couponCode?: string | undefined;
  /** The first day of service (default: the organization's today). */
  startDate?: string | undefined;
  /** Default: a trial when the plan has trial days. */
  trial?: boolean | undefined;
  paymentMethodId?: string | null | undefined;
  autoCollect?: boolean | undefined;
  source: SubscriptionSource;
  sourceDocumentId?: string | null | undefined;
  /** The source document's number, for the history (`created` names it). */
  sourceDocumentNumber?: string | undefined;
}

/** What `createSubscription` did after its transaction: the invoice to charge, if one was issued. */
export interface CreatedSubscription {
  subscription: SubscriptionsTable;
  firstInvoiceId: string | null;
}

export async function getSubscription(db: Db, organizationId: string, id: string): Promise<SubscriptionsTable> {
  const sub = await repo.findSubscription(db, organizationId, id);
  if (!sub) throw notFound('Subscription');
  return sub;
}

/** The customer's own subscription: another customer's (or an unknown id) is a 404, never a 403. */
export async function getCustomerSubscription(db: Db, organizationId: string, customerId: string, id: string): Promise<SubscriptionsTable> {
  const sub = await repo.findSubscription(db, organizationId, id);
  if (!sub || sub.customer_id !== customerId) throw notFound('Subscription');
  return sub;
}


export async function listSubscriptions(ctx: AppContext, organizationId: string, query: ListSubscriptionsQuery): Promise<Page<SubscriptionsTable>> {
  return repo.listSubscriptionPage(ctx.db, {
    organizationId,
    customerId: query.customer_id,
    planId: query.plan_id,
    status: query.status,
    sort: query.sort,
    limit: query.limit,
    cursor: query.cursor,
  });
}

export async function listSubscriptionEvents(db: Db, sub: SubscriptionsTable) {
  return repo.listEvents(db, sub.id);
}

const wrongCurrency = (field: string, expected: string, actual: string) =>
  validationError(field, 'invalid_value', `is in ${actual}, not the customer's ${expected}`, { expected, actual });

/**
 * A new subscription, in one transaction: the row (numbered SUB-…), its add-ons, the coupon redeemed
 * (a conditional update: a coupon used up meanwhile refuses the subscription), the event `created`, the
 * first invoice when service starts today or earlier without a trial (period 0 with the setup fee and
 * one-off add-ons, issued and mailed), and `subscription.created` in the outbox. Charging the invoice
 * happens after the commit (`collectSubscriptionInvoice`), so a slow gateway never holds the transaction.
 */
export async function createSubscriptionRecord(ctx: AppContext, input: CreateSubscriptionInput, actor: SubscriptionActor): Promise<CreatedSubscription> {
  return ctx.db.transaction().execute(async (trx) => createSubscriptionIn(ctx, trx, input, actor));
}

/** `createSubscriptionRecord` inside the caller's transaction (a sign-up that creates the customer with it, all or nothing). */
export async function createSubscriptionIn(ctx: AppContext, trx: Db, input: CreateSubscriptionInput, actor: SubscriptionActor): Promise<CreatedSubscription> {
  if (!Number.isSafeInteger(input.quantity) || input.quantity < 1) throw validationError('quantity', 'too_small', 'must be a whole number of at least 1');
  const customer = await findCustomerById(trx, input.organizationId, input.customerId);
  if (!customer) throw validationError('customer_id', 'unknown_reference', 'is not a customer of this organization');
  const plan = await getPlan(trx, input.organizationId, input.planId);
  if (plan.archived_at) throw validationError('plan_id', 'invalid_value', 'the plan is archived');
  if (plan.currency !== customer.currency) throw wrongCurrency('plan_id', customer.currency, plan.currency);

  const addonIds = input.addons.map((entry) => entry.addon_id);
  if (new Set(addonIds).size !== addonIds.length) throw validationError('addons', 'duplicate', 'names an add-on twice');
  const catalogue = new Map((await getAddons(trx, input.organizationId, addonIds)).map((addon) => [addon.id, addon]));
  input.addons.forEach((entry, index) => {
    const addon = catalogue.get(entry.addon_id);
    if (!addon || addon.archived_at) throw validationError(`addons.${index}.addon_id`, 'unknown_reference', 'is not an add-on of this organization');
    if (addon.currency !== plan.currency) throw wrongCurrency(`addons.${index}.addon_id`, plan.currency, addon.currency);
    const planIds = JSON.parse(addon.plan_ids) as string[];
    if (planIds.length > 0 && !planIds.includes(plan.id)) throw validationError(`addons.${index}.addon_id`, 'invalid_value', 'cannot be added to this plan');
    if (!Number.isSafeInteger(entry.quantity) || entry.quantity < 1) throw validationError(`addons.${index}.quantity`, 'too_small', 'must be a whole number of at least 1');
  });

  const today = await organizationToday(ctx, input.organizationId, trx);
  const now = isoNow(ctx.clock);
  const startDate = input.startDate ?? today;
  const trial = input.trial ?? plan.trial_days > 0;
  if (trial && plan.trial_days <= 0) throw validationError('trial', 'invalid_value', 'the plan has no trial');

  let paymentMethodId: string | null = null;
  if (input.paymentMethodId) {
    const method = await repo.findPaymentMethod(trx, customer.id, input.paymentMethodId);
    if (!method) throw validationError('payment_method_id', 'unknown_reference', 'is not a saved payment method of this customer');
    paymentMethodId = method.id;
  }

  const coupon = input.couponCode ? await redeemCouponCode(trx, input.organizationId, input.couponCode, plan.currency, today, now) : null;

  const trialEnd = trial ? addDays(startDate, plan.trial_days) : null;
  const anchor = trialEnd ?? startDate;
  const id = newId();
  const number = await nextDocumentNumber(trx, input.organizationId, 'subscription', (candidate) => repo.isSubscriptionNumberTaken(trx, input.organizationId, candidate));
  const firstEnd = periodEnd(anchor, plan.interval, plan.interval_count, 0);
  let sub: SubscriptionsTable = {
    id,
    organization_id: input.organizationId,
    customer_id: customer.id,
    number,
    plan_id: plan.id,
    status: trial ? 'trial' : 'live',
    quantity: input.quantity,
    currency: plan.currency,
    unit_price_minor: Number(plan.price_minor),
    interval: plan.interval,
    interval_count: plan.interval_count,
    billing_cycles: plan.billing_cycles,
    anchor_date: anchor,
    billed_through_index: null,
    current_period_start: trial ? startDate : anchor,
    current_period_end: trial ? trialEnd : firstEnd,
    next_billing_date: anchor,
    trial_start: trial ? startDate : null,
    trial_end: trialEnd,
    trial_extended_days: 0,
    started_on: startDate,
    cancel_at_period_end: 0,
    ends_on: null,
    cancelled_at: null,
    cancel_reason_code: null,
    cancel_reason_text: null,
    paused_on: null,
    resume_on: null,
    coupon_id: coupon?.id ?? null,
    coupon_periods_used: 0,
    payment_method_id: paymentMethodId,
    auto_collect: input.autoCollect === false ? 0 : 1,
    scheduled_change: null,
    source: input.source,
    source_document_id: input.sourceDocumentId ?? null,
    created_by: actor.type === 'staff' ? actor.id : null,
    version: 1,
    created_at: now,
    updated_at: now,
  };
  const madeAlready = () => new AppError('CONFLICT', 'A subscription was already made from this document');
  if (input.sourceDocumentId && (await repo.isSourceDocumentTaken(trx, input.sourceDocumentId))) throw madeAlready();
  try {
    await repo.insertSubscription(trx, sub);
  } catch (error) {
    // Another request made it from the same document a moment earlier (a unique index).
    if (input.sourceDocumentId && repo.isUniqueViolation(error)) throw madeAlready();
    throw error;
  }
  await repo.insertSubscriptionAddons(
    trx,
    input.addons.map((entry) => ({ id: newId(), subscription_id: id, addon_id: entry.addon_id, quantity: entry.quantity, unit_price_minor: Number(catalogue.get(entry.addon_id)!.price_minor), billed_document_id: null, created_at: now })),
  );
  await recordSubscriptionEvent(trx, sub, 'created', actor, { plan_id: plan.id, quantity: sub.quantity, status: sub.status, trial_end: trialEnd, coupon_id: sub.coupon_id, source: sub.source, ...(sub.source_document_id ? { source_document_id: sub.source_document_id, source_document_number: input.sourceDocumentNumber ?? null } : {}) }, now);

  let firstInvoiceId: string | null = null;
  let invoiceData = null;
  if (!trial && anchor <= today) {
    const facts = await billingFactsOf(trx, sub);
    const billed = await billPeriod(ctx, trx, sub, facts, 0);
    const advanced: Partial<SubscriptionsTable> = {
      billed_through_index: 0,
      coupon_periods_used: sub.coupon_periods_used + (billed.couponUsed ? 1 : 0),
      current_period_start: billed.start,
      current_period_end: billed.end,
      next_billing_date: billed.end,
      updated_at: now,
    };
    if (!(await repo.updateSubscriptionAt(trx, id, sub.version, advanced))) throw new Error('a subscription being created changed meanwhile');
    sub = { ...sub, ...advanced, version: sub.version + 1 };
    firstInvoiceId = billed.documentId;
    if (billed.created) await scheduleFirstCharge(trx, sub, billed.documentId, now);
    invoiceData = await invoiceEventData(trx, billed.documentId, 'period:0', billed.start, billed.end);
    await recordSubscriptionEvent(trx, sub, 'invoiced', actor, { period_index: 0, period_start: billed.start, period_end: billed.end, document_id: billed.documentId }, now);
  }
  await recordIntegrationEvent(ctx, trx, sub.organization_id, 'subscription.created', { subscription: await subscriptionEventData(trx, sub), invoice: invoiceData });
  return { subscription: sub, firstInvoiceId };
}

/**
 * Creates the subscription (`createSubscriptionRecord`, one transaction) and then, after the commit,
 * charges its first invoice when there is one and auto-collect is on. Answers the subscription as it is
 * after the charge (a failed first charge leaves it live, in dunning).
 */
export async function createSubscription(ctx: AppContext, input: CreateSubscriptionInput, actor: SubscriptionActor): Promise<SubscriptionsTable> {
  const created = await createSubscriptionRecord(ctx, input, actor);
  if (created.firstInvoiceId) {
    try {
      await collectSubscriptionInvoice(ctx, created.subscription.id, created.firstInvoiceId);
    } catch (error) {
      // The subscription and its invoice exist; the charge is retried by the dunning task or paid in the portal.
      ctx.logger.warn({ err: error, subscriptionId: created.subscription.id }, 'charging a new subscription failed');
    }
  }
  return getSubscription(ctx.db, input.organizationId, created.subscription.id);
}



/** The dates of period `index` of a subscription as it is now. */
export function periodOf(sub: Pick<SubscriptionsTable, 'anchor_date' | 'interval' | 'interval_count'>, index: number): { start: string; end: string } {
  return { start: periodStart(sub.anchor_date, sub.interval, sub.interval_count, index), end: periodEnd(sub.anchor_date, sub.interval, sub.interval_count, index) };
}

/** The staff member (or API key) making a request, as the subscription's history names them. */
export async function staffSubscriptionActor(db: Db, staff: { staffUserId: string | null; via: 'session' | 'api_key' }): Promise<SubscriptionActor> {
  if (staff.via === 'api_key' || !staff.staffUserId) return { type: 'api', id: null, name: 'API key' };
  return { type: 'staff', id: staff.staffUserId, name: (await repo.staffName(db, staff.staffUserId)) ?? 'Staff' };
}
