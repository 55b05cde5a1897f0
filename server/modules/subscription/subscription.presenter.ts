import type { Db } from '../../db/database.ts';
import type { CouponsTable, PlansTable, ScheduledChange, SubscriptionsTable } from '../../db/subscription-tables.ts';
import { amountPerPeriod, type BilledAddon } from './subscription.ts';
import * as repo from './subscription.repository.ts';
import type { SubscriptionEventResponse, SubscriptionResponse, SubscriptionSummaryResponse } from './subscription.schemas.ts';
import type { SubscriptionEventsTable } from '../../db/subscription-tables.ts';

type AddonRow = Pick<repo.SubscriptionAddonRow, 'addon_id' | 'name' | 'kind' | 'tax_id' | 'quantity' | 'unit_price_minor' | 'billed_document_id'>;

function billedAddons(rows: AddonRow[]): BilledAddon[] {
  return rows.map((row) => ({
    addon: { id: row.addon_id, name: row.name, kind: row.kind, tax_id: row.tax_id },
    subscriptionAddon: { quantity: row.quantity, unit_price_minor: Number(row.unit_price_minor), billed_document_id: row.billed_document_id },
  }));
}

function toSummary(sub: SubscriptionsTable, plan: Pick<PlansTable, 'id' | 'code' | 'name' | 'setup_fee_minor'> | undefined, addons: AddonRow[], coupon: CouponsTable | undefined, customerName: string): SubscriptionSummaryResponse {
  return {
    id: sub.id,
    number: sub.number,
    customer_id: sub.customer_id,
    customer_name: customerName,
    plan: { id: sub.plan_id, code: plan?.code ?? '', name: plan?.name ?? '' },
    status: sub.status,
    quantity: sub.quantity,
    currency: sub.currency,
    unit_price_minor: Number(sub.unit_price_minor),
    amount_minor: amountPerPeriod(sub, { name: plan?.name ?? '', setup_fee_minor: 0, tax_id: null }, billedAddons(addons), coupon ?? null),
    interval: sub.interval,
    interval_count: sub.interval_count,
    created_at: sub.created_at,
    started_on: sub.started_on,
    trial_end: sub.trial_end,
    current_period_start: sub.current_period_start,
    current_period_end: sub.current_period_end,
    next_billing_date: sub.next_billing_date,
    cancel_at_period_end: sub.cancel_at_period_end === 1,
    ends_on: sub.ends_on,
    cancel_reason_code: sub.cancel_reason_code,
    paused_on: sub.paused_on,
    resume_on: sub.resume_on,
    auto_collect: sub.auto_collect === 1,
    version: sub.version,
  };
}

/** A page of subscriptions: a fixed number of queries (plans, add-ons, coupons, customers) whatever its length. */
export async function presentSubscriptionSummaries(db: Db, subs: SubscriptionsTable[]): Promise<SubscriptionSummaryResponse[]> {
  const ids = subs.map((sub) => sub.id);
  const [plans, addons, coupons, customers] = await Promise.all([
    repo.findPlansByIds(db, [...new Set(subs.map((sub) => sub.plan_id))]),
    repo.findAddonsOfSubscriptions(db, ids),
    repo.findCouponsByIds(db, [...new Set(subs.flatMap((sub) => (sub.coupon_id ? [sub.coupon_id] : [])))]),
    repo.customerNames(db, [...new Set(subs.map((sub) => sub.customer_id))]),
  ]);
  const planOf = new Map(plans.map((plan) => [plan.id, plan]));
  const couponOf = new Map(coupons.map((coupon) => [coupon.id, coupon]));
  return subs.map((sub) =>
    toSummary(
      sub,
      planOf.get(sub.plan_id),
      addons.filter((row) => row.subscription_id === sub.id),
      sub.coupon_id ? couponOf.get(sub.coupon_id) : undefined,
      customers.get(sub.customer_id) ?? '',
    ),
  );
}

/** A subscription with its add-ons, coupon, payment method and invoices. */
export async function presentSubscription(db: Db, sub: SubscriptionsTable): Promise<SubscriptionResponse> {
  const [plans, addons, coupon, customers, method, invoices] = await Promise.all([
    repo.findPlansByIds(db, [sub.plan_id]),
    repo.findSubscriptionAddons(db, sub.id),
    sub.coupon_id ? repo.findCouponOf(db, sub.coupon_id) : undefined,
    repo.customerNames(db, [sub.customer_id]),
    sub.payment_method_id ? repo.findPaymentMethodAnyState(db, sub.payment_method_id) : undefined,
    repo.listSubscriptionInvoices(db, sub.id),
  ]);
  const scheduled = sub.scheduled_change ? (JSON.parse(sub.scheduled_change) as ScheduledChange) : null;
  return {
    ...toSummary(sub, plans[0], addons, coupon, customers.get(sub.customer_id) ?? ''),
    coupon: coupon
      ? {
          id: coupon.id,
          code: coupon.code,
          name: coupon.name,
          discount_type: coupon.discount_type,
          discount_value: Number(coupon.discount_value),
          duration: coupon.duration,
          duration_periods: coupon.duration_periods,
          periods_used: sub.coupon_periods_used,
        }
      : null,
    addons: addons.map((row) => ({ addon_id: row.addon_id, code: row.code, name: row.name, kind: row.kind, quantity: row.quantity, unit_price_minor: Number(row.unit_price_minor), billed_document_id: row.billed_document_id })),
    payment_method: method && method.removed_at === null ? { id: method.id, type: method.type, brand: method.brand, last4: method.last4 } : null,
    scheduled_change: scheduled ? { plan_id: scheduled.plan_id, quantity: scheduled.quantity, addons: scheduled.addons, requested_at: scheduled.requested_at } : null,
    cancel_reason_text: sub.cancel_reason_text,
    cancelled_at: sub.cancelled_at,
    source: sub.source,
    invoices: invoices.map((row) => ({
      id: row.id,
      number: row.number,
      status: row.status,
      total_minor: Number(row.total_minor),
      balance_minor: Number(row.balance_minor),
      issue_date: row.issue_date,
      billing_key: row.billing_key,
      period_start: row.period_start,
      period_end: row.period_end,
    })),
  };
}

export function presentSubscriptionEvent(event: SubscriptionEventsTable): SubscriptionEventResponse {
  const { actor_name: actorName, ...details } = JSON.parse(event.details) as Record<string, unknown>;
  return { id: event.id, kind: event.kind, actor_type: event.actor_type, actor_id: event.actor_id, actor_name: typeof actorName === 'string' ? actorName : null, details, created_at: event.created_at };
}
