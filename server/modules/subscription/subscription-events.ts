import type { Db } from '../../db/database.ts';
import type { SubscriptionsTable } from '../../db/subscription-tables.ts';
import type { SubscriptionEventSubscription } from '../payment-followup/integration-events.ts';
import { presentSubscriptionSummaries } from './subscription.presenter.ts';

/** The subscription as its integration events (subscription.created, .renewed, .invoice_failed) carry it. */
export async function subscriptionEventData(db: Db, sub: SubscriptionsTable): Promise<SubscriptionEventSubscription> {
  const [summary] = await presentSubscriptionSummaries(db, [sub]);
  return {
    id: sub.id,
    number: sub.number,
    customer_id: sub.customer_id,
    plan_id: sub.plan_id,
    status: sub.status,
    quantity: sub.quantity,
    currency: sub.currency,
    amount_minor: summary!.amount_minor,
    interval: sub.interval,
    interval_count: sub.interval_count,
    current_period_start: sub.current_period_start,
    current_period_end: sub.current_period_end,
    next_billing_date: sub.next_billing_date,
    trial_end: sub.trial_end,
    created_at: sub.created_at,
  };
}
