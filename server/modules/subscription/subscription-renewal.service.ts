/**
 * The renewal job (docs/subscriptions.md "Renewals"): on every worker tick, each subscription whose next
 * billing date has come in its organization's time zone moves on one step at a time, each step one
 * transaction claimed by a conditional update on the subscription's version:
 * - a non-renewing subscription reaching its end date is cancelled;
 * - one that has billed all its billing cycles expires;
 * - a change scheduled for the period end (a downgrade) is applied at the boundary;
 * - a trial that ends becomes live;
 * - the period that starts is invoiced under `period:<index>` and charged after the commit.
 * After downtime each missed period is billed once, in order. Two runs at once (two processes) cannot
 * bill a period twice: the second one's claim waits for the first one's row lock and then misses, and
 * the billing key would refuse a second invoice anyway.
 */
import { periodEnd, periodStart } from '../../../contract/subscription-billing.ts';
import { addDays } from '../../../contract/calendar.ts';
import type { AppContext } from '../../context.ts';
import type { Db } from '../../db/database.ts';
import type { ScheduledChange, SubscriptionsTable } from '../../db/subscription-tables.ts';
import { isoNow } from '../../lib/clock.ts';
import { newId } from '../../lib/ids.ts';
import { organizationToday } from '../organization/organization-today.ts';
import { recordIntegrationEvent } from '../payment-followup/payment-followup.service.ts';
import { getAddons, getPlan } from '../plan/plan.service.ts';
import { billingFactsOf } from './subscription-catalogue.ts';
import { collectSubscriptionInvoice, scheduleFirstCharge } from './subscription-dunning.service.ts';
import { subscriptionEventData } from './subscription-events.ts';
import { invoiceEventData, recordSubscriptionEvent } from './subscription-history.ts';
import { billPeriod, periodKey } from './subscription-invoicing.service.ts';
import { linesCarryCoupon, periodLines, renewingStatuses, systemActor } from './subscription.ts';
import * as repo from './subscription.repository.ts';

/** A step's answer: what it did, and the invoice to charge after its commit. */
type Step = { kind: 'done' } | { kind: 'stale' } | { kind: 'changed' } | { kind: 'invoiced'; documentId: string; created: boolean };

/** The most steps one subscription takes in one run (a subscription years behind catches up over several runs). */
const MAX_STEPS = 60;

/**
 * Renews every subscription that is due, `limit` at a time (default 100), until none is left. Answers
 * how many invoices this run issued.
 */
export async function runSubscriptionRenewals(ctx: AppContext, options: { limit?: number } = {}): Promise<{ invoiced: number }> {
  const limit = options.limit ?? 100;
  // The latest "today" of any time zone (UTC+14): each organization's own today is checked per row.
  const through = addDays(new Date(ctx.clock.now().getTime()).toISOString().slice(0, 10), 1);
  let invoiced = 0;
  let afterId: string | undefined;
  for (;;) {
    const due = await repo.listDueSubscriptions(ctx.db, renewingStatuses, through, limit, afterId);
    for (const sub of due) {
      try {
        invoiced += await renewSubscription(ctx, sub.id, sub.organization_id);
      } catch (error) {
        ctx.logger.error({ err: error, subscriptionId: sub.id }, 'renewing a subscription failed; it is tried again on the next run');
      }
    }
    if (due.length < limit) break;
    afterId = due.at(-1)!.id;
  }
  await recoverPaidSubscriptions(ctx, limit);
  return { invoiced };
}

/** Moves one subscription on until it is no longer due; answers the invoices it issued. */
export async function renewSubscription(ctx: AppContext, subscriptionId: string, organizationId: string): Promise<number> {
  let invoiced = 0;
  for (let steps = 0; steps < MAX_STEPS; steps++) {
    const today = await organizationToday(ctx, organizationId);
    const step = await ctx.db.transaction().execute(async (trx) => {
      const sub = await repo.findSubscriptionById(trx, subscriptionId);
      if (!sub) return { kind: 'done' } satisfies Step;
      return stepOf(ctx, trx, sub, today);
    });
    if (step.kind === 'done') break;
    if (step.kind === 'invoiced') {
      if (step.created) invoiced++;
      if (step.created) {
        try {
          await collectSubscriptionInvoice(ctx, subscriptionId, step.documentId);
        } catch (error) {
          ctx.logger.warn({ err: error, subscriptionId }, 'charging a renewal invoice failed; the dunning task tries again');
        }
      }
    }
    // 'stale': another run moved the subscription meanwhile; read it again.
  }
  return invoiced;
}

const isDue = (date: string | null, today: string) => date !== null && date <= today;

/** One step of a due subscription, in `trx`. */
async function stepOf(ctx: AppContext, trx: Db, sub: SubscriptionsTable, today: string): Promise<Step> {
  if (!renewingStatuses.includes(sub.status)) return { kind: 'done' };
  const now = isoNow(ctx.clock);
  const ending = sub.status === 'non_renewing' || sub.cancel_at_period_end === 1;
  if (ending && isDue(sub.ends_on, today)) {
    const changes: Partial<SubscriptionsTable> = { status: 'cancelled', cancelled_at: now, next_billing_date: null, cancel_at_period_end: 0, updated_at: now };
    if (!(await repo.updateSubscriptionAt(trx, sub.id, sub.version, changes))) return { kind: 'stale' };
    await recordSubscriptionEvent(trx, sub, 'cancelled', systemActor, { from: sub.status, to: 'cancelled', reason: 'end_of_term', ends_on: sub.ends_on }, now);
    return { kind: 'changed' };
  }
  if (!isDue(sub.next_billing_date, today)) return { kind: 'done' };
  // A subscription ending at the period's end bills nothing more (its end date comes through the branch above).
  if (ending) return { kind: 'done' };

  const index = (sub.billed_through_index ?? -1) + 1;
  const start = periodStart(sub.anchor_date, sub.interval, sub.interval_count, index);
  if (start > today) {
    // The next billing date was ahead of the anchor's periods (a pause moved the anchor): catch it up.
    if (!(await repo.updateSubscriptionAt(trx, sub.id, sub.version, { next_billing_date: start, updated_at: now }))) return { kind: 'stale' };
    return { kind: 'changed' };
  }
  if (sub.billing_cycles !== null && index >= sub.billing_cycles) {
    const changes: Partial<SubscriptionsTable> = { status: 'expired', ends_on: start, next_billing_date: null, updated_at: now };
    if (!(await repo.updateSubscriptionAt(trx, sub.id, sub.version, changes))) return { kind: 'stale' };
    await recordSubscriptionEvent(trx, sub, 'expired', systemActor, { from: sub.status, to: 'expired', billing_cycles: sub.billing_cycles, ends_on: start }, now);
    return { kind: 'changed' };
  }
  if (sub.scheduled_change) return applyScheduledChange(ctx, trx, sub, now);

  const facts = await billingFactsOf(trx, sub);
  const lines = periodLines(sub, facts.plan, facts.addons, facts.coupon, index, facts.taxes);
  const end = periodEnd(sub.anchor_date, sub.interval, sub.interval_count, index);
  const fromTrial = sub.status === 'trial';
  // The claim: whoever advances the version first bills this period; a second run's update misses.
  const advanced: Partial<SubscriptionsTable> = {
    status: fromTrial ? 'live' : sub.status,
    billed_through_index: index,
    coupon_periods_used: sub.coupon_periods_used + (linesCarryCoupon(lines) ? 1 : 0),
    current_period_start: start,
    current_period_end: end,
    next_billing_date: end,
    updated_at: now,
  };
  if (!(await repo.updateSubscriptionAt(trx, sub.id, sub.version, advanced))) return { kind: 'stale' };
  const billed = await billPeriod(ctx, trx, sub, facts, index, lines);
  if (billed.created) await scheduleFirstCharge(trx, sub, billed.documentId, now);
  const after = { ...sub, ...advanced, version: sub.version + 1 };
  if (fromTrial) await recordSubscriptionEvent(trx, sub, 'trial_ended', systemActor, { from: 'trial', to: 'live', trial_end: sub.trial_end }, now);
  await recordSubscriptionEvent(trx, sub, index === 0 ? 'invoiced' : 'renewed', systemActor, { period_index: index, period_start: start, period_end: end, document_id: billed.documentId }, now);
  const invoice = await invoiceEventData(trx, billed.documentId, periodKey(index), start, end);
  if (billed.created) await recordIntegrationEvent(ctx, trx, sub.organization_id, 'subscription.renewed', { subscription: await subscriptionEventData(trx, after), invoice });
  return { kind: 'invoiced', documentId: billed.documentId, created: billed.created };
}

/**
 * A change waiting for the period end (a downgrade): the new plan, its price, the quantity and the
 * add-ons take effect at the boundary, before that period is invoiced. A plan of another billing
 * interval cannot keep the anchor's periods; such a change is dropped and the drop recorded.
 */
async function applyScheduledChange(ctx: AppContext, trx: Db, sub: SubscriptionsTable, now: string): Promise<Step> {
  const change = JSON.parse(sub.scheduled_change!) as ScheduledChange;
  const plan = await getPlan(trx, sub.organization_id, change.plan_id);
  if (plan.interval !== sub.interval || plan.interval_count !== sub.interval_count || plan.currency !== sub.currency) {
    if (!(await repo.updateSubscriptionAt(trx, sub.id, sub.version, { scheduled_change: null, updated_at: now }))) return { kind: 'stale' };
    await recordSubscriptionEvent(trx, sub, 'scheduled_change_dropped', systemActor, { plan_id: plan.id, reason: 'interval_or_currency_differs' }, now);
    return { kind: 'changed' };
  }
  const addons = await getAddons(trx, sub.organization_id, change.addons.map((entry) => entry.addon_id));
  const changes: Partial<SubscriptionsTable> = { plan_id: plan.id, unit_price_minor: Number(plan.price_minor), quantity: change.quantity, billing_cycles: plan.billing_cycles, scheduled_change: null, updated_at: now };
  if (!(await repo.updateSubscriptionAt(trx, sub.id, sub.version, changes))) return { kind: 'stale' };
  const previous = await repo.findSubscriptionAddons(trx, sub.id);
  await repo.replaceSubscriptionAddons(
    trx,
    sub.id,
    change.addons.map((entry, position) => {
      const kept = previous.find((row) => row.addon_id === entry.addon_id);
      return {
        id: newId(),
        subscription_id: sub.id,
        addon_id: entry.addon_id,
        quantity: entry.quantity,
        unit_price_minor: Number(addons[position]!.price_minor),
        billed_document_id: kept?.billed_document_id ?? null,
        created_at: now,
      };
    }),
  );
  await recordSubscriptionEvent(
    trx,
    sub,
    'scheduled_change_applied',
    { type: change.actor_type, id: change.actor_id, name: 'Portico' },
    { from: { plan_id: sub.plan_id, quantity: sub.quantity }, to: { plan_id: plan.id, quantity: change.quantity, addons: change.addons }, requested_at: change.requested_at },
    now,
  );
  return { kind: 'changed' };
}

/**
 * Subscriptions marked unpaid whose invoices have all been paid meanwhile (a retry, the portal, a
 * payment recorded by staff) are live again.
 */
async function recoverPaidSubscriptions(ctx: AppContext, limit: number): Promise<void> {
  for (const sub of await repo.listUnpaidSubscriptions(ctx.db, limit)) {
    if ((await repo.openInvoiceBalance(ctx.db, sub.id)) > 0) continue;
    const now = isoNow(ctx.clock);
    await ctx.db.transaction().execute(async (trx) => {
      if (!(await repo.updateSubscriptionAt(trx, sub.id, sub.version, { status: 'live', updated_at: now }))) return;
      await recordSubscriptionEvent(trx, sub, 'recovered', systemActor, { from: 'unpaid', to: 'live' }, now);
    });
  }
}
