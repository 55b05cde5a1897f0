/**
 * The actions on a subscription other than changes of plan, quantity and add-ons
 * (subscription-change.service.ts): cancel, reactivate, convert or extend a trial, pause, resume, change
 * the payment method. Each is `(ctx, sub, input, actor, notice?)` on the subscription as the caller read
 * it: one conditional write on its version, a history entry, the integration event, and for a contact's
 * action (`notice`) the staff notification. No policy here: the portal checks the settings first
 * (portal-subscription), staff may do whatever the subscription's state allows.
 */
import type { AppContext } from '../../context.ts';
import type { DocumentsTable } from '../../db/billing-tables.ts';
import type { Db } from '../../db/database.ts';
import type { PaymentMethodsTable } from '../../db/billing-tables.ts';
import type { SubscriptionsTable } from '../../db/subscription-tables.ts';
import { AppError, notFound, validationError } from '../../lib/app-error.ts';
import { findDocumentLines } from '../document/document-lookup.service.ts';
import { methodExpired, methodLabel } from '../online-payment/online-payment.ts';
import { organizationToday } from '../organization/organization-today.ts';
import { getPlan } from '../plan/plan.service.ts';
import { getSubscriptionSettings } from '../subscription-settings/subscription-settings.service.ts';
import { billingFactsOf } from '../subscription/subscription-catalogue.ts';
import { billPeriod } from '../subscription/subscription-invoicing.service.ts';
import { recordSubscriptionEvent } from '../subscription/subscription.service.ts';
import { systemActor } from '../subscription/subscription.ts';
import { addDays } from '../../../contract/calendar.ts';
import { assertActionState, assertVersion, runAction, type ActionResult, type PortalNotice, type SubscriptionActor } from './subscription-action-core.ts';
import * as repo from './subscription-action.repository.ts';
import type { CancelBody, ConvertBody, ExtendTrialBody, PauseBody, PaymentMethodBody, VersionOnlyBody } from './subscription-action.schemas.ts';
import { extendedTrial, periodLabel, resumedDates, unusedPart } from './subscription-action.ts';
import { issueCreditNoteWithin } from './subscription-credit-note.service.ts';

export type { ActionResult, PortalNotice } from './subscription-action-core.ts';

const common = (sub: SubscriptionsTable, plan: string) => ({ number: sub.number, plan });

/**
 * The credit note for the unused part of the period in progress when a subscription is cancelled at
 * once: only when that period's invoice is paid. Each recurring line of that invoice (the plan, the
 * recurring add-ons, after their discount) is credited for the days from today to the period's end
 * (`unusedCredit`), with the line's tax; setup fees and one-off add-ons are not given back.
 */
async function creditUnusedPart(ctx: AppContext, trx: Db, sub: SubscriptionsTable, today: string): Promise<DocumentsTable | null> {
  const start = sub.current_period_start;
  const end = sub.current_period_end;
  if ((sub.status !== 'live' && sub.status !== 'non_renewing') || sub.billed_through_index === null || !start || !end) return null;
  const key = await repo.findInvoiceOfKey(trx, sub.id, `period:${sub.billed_through_index}`);
  const invoice = key ? await repo.findDocumentRow(trx, sub.organization_id, key.document_id) : undefined;
  if (!invoice || invoice.status !== 'paid') return null;
  // Recurring lines carry their period as description; setup fees and one-off add-ons carry none.
  const lines = (await findDocumentLines(trx, invoice.id))
    .filter((line) => line.description !== null)
    .map((line) => ({
      item_id: null,
      name: `Unused part: ${line.name}`,
      description: periodLabel(today, end),
      unit: null,
      quantity_milli: 1000,
      rate_minor: unusedPart(start, end, today, Number(line.gross_minor) - Number(line.discount_minor)),
      discount_type: null,
      discount_value: 0,
      tax_id: line.tax_id,
      tax_name: line.tax_name,
      tax_rate_millipercent: line.tax_rate_millipercent,
    }))
    .filter((line) => line.rate_minor > 0);
  if (lines.length === 0) return null;
  return issueCreditNoteWithin(ctx, trx, {
    organizationId: sub.organization_id,
    customerId: sub.customer_id,
    currency: sub.currency,
    reference: sub.number,
    notes: `Unused part of ${invoice.number}, cancelled on ${today}`,
    lines,
  });
}

/**
 * Cancels `immediately` (status cancelled, ending today, nothing billed again; the unused part of a
 * paid period credited when the settings or staff say so) or `at_period_end` (non-renewing until the
 * end of the period paid for — of the trial, in a trial — then cancelled by the renewal job). The
 * reason, if given, must be one of the settings' cancel_reasons; a contact must give one when staff
 * listed any.
 */
export async function cancelSubscription(ctx: AppContext, sub: SubscriptionsTable, input: CancelBody, actor: SubscriptionActor, notice?: PortalNotice): Promise<ActionResult> {
  assertVersion(sub, input.version);
  const settings = await getSubscriptionSettings(ctx.db, sub.organization_id);
  const codes = settings.cancel_reasons.map((reason) => reason.code);
  const reason = input.reason_code === undefined ? undefined : settings.cancel_reasons.find((entry) => entry.code === input.reason_code);
  if (input.reason_code !== undefined && !reason) throw validationError('reason_code', 'invalid_value', `must be one of ${codes.join(', ')}`, { values: codes });
  if (notice && !reason && codes.length > 0) throw validationError('reason_code', 'required', `choose one of ${codes.join(', ')}`, { values: codes });
  const credit = input.credit_unused ?? settings.credit_unused_on_cancel;
  const plan = await getPlan(ctx.db, sub.organization_id, sub.plan_id);
  const text = input.reason_text?.trim() || null;
  const reasonShown = reason ? (text ? `${reason.label} — ${text}` : reason.label) : text;
  return runAction(ctx, sub, actor, notice, async (_trx, today, now) => {
    assertActionState({ action: 'cancel', timing: input.timing }, sub, today);
    const immediately = input.timing === 'immediately';
    const endsOn = immediately ? today : sub.status === 'trial' ? sub.trial_end : sub.current_period_end;
    if (!endsOn) throw new AppError('STATE_CONFLICT', `Subscription ${sub.number} has no period to end with; cancel it immediately`);
    const reasonFields = { cancel_reason_code: reason?.code ?? null, cancel_reason_text: text, cancelled_at: now };
    const changes: Partial<SubscriptionsTable> = immediately
      ? { status: 'cancelled', ends_on: today, cancel_at_period_end: 0, next_billing_date: null, scheduled_change: null, paused_on: null, resume_on: null, ...reasonFields }
      : { status: 'non_renewing', ends_on: endsOn, cancel_at_period_end: 1, scheduled_change: null, ...reasonFields };
    const cancellation = { timing: input.timing, ends_on: endsOn, reason_code: reason?.code ?? null, reason_text: text };
    return {
      changes,
      event: { kind: immediately ? 'cancelled' : 'cancel_scheduled', details: { ...cancellation, status_before: sub.status } },
      portal: {
        type: 'portal.subscription_cancelled',
        action: 'subscription_cancelled',
        message: (actorName, customer) => ({ code: 'subscription.cancelled', params: { actor: actorName, customer, ...common(sub, plan.name), immediately, ends_on: endsOn, reason: reasonShown } }),
      },
      integration: { type: 'subscription.cancelled', cancellation: { ...cancellation, credit_note_id: null } },
      after: immediately && credit ? async (trx) => {
        const note = await creditUnusedPart(ctx, trx, sub, today);
        return { integration: { credit_note_id: note?.id ?? null, credit_minor: note ? Number(note.total_minor) : 0 } };
      } : undefined,
    };
  });
}

/** A non-renewing subscription renews again, before its end: back to live (or to its trial, if that has not ended). */
export async function reactivateSubscription(ctx: AppContext, sub: SubscriptionsTable, input: VersionOnlyBody, actor: SubscriptionActor, notice?: PortalNotice): Promise<ActionResult> {
  assertVersion(sub, input.version);
  const plan = await getPlan(ctx.db, sub.organization_id, sub.plan_id);
  return runAction(ctx, sub, actor, notice, async (_trx, today) => {
    assertActionState({ action: 'reactivate' }, sub, today);
    const inTrial = sub.billed_through_index === null && sub.trial_end !== null && today < sub.trial_end;
    return {
      changes: { status: inTrial ? 'trial' : 'live', ends_on: null, cancel_at_period_end: 0, cancelled_at: null, cancel_reason_code: null, cancel_reason_text: null },
      event: { kind: 'reactivated', details: { ends_on_before: sub.ends_on } },
      portal: { type: 'portal.subscription_changed', action: 'subscription_reactivated', message: (actorName, customer) => ({ code: 'subscription.reactivated', params: { actor: actorName, customer, ...common(sub, plan.name) } }) },
      integration: { type: 'subscription.changed', change: { action: 'reactivated' } },
    };
  });
}

async function usableMethod(ctx: AppContext, sub: SubscriptionsTable, id: string, today: string): Promise<PaymentMethodsTable> {
  const method = await repo.findSavedMethod(ctx.db, sub.organization_id, sub.customer_id, id);
  if (!method) throw notFound('Payment method');
  if (methodExpired(method, today)) throw new AppError('PAYMENT_METHOD_UNAVAILABLE', `${methodLabel(method)} has expired; choose another payment method`);
  return method;
}

/**
 * Ends the trial today and makes the subscription live: the first period starts today (the anchor
 * moves to today), its invoice is issued (billing key period:0) and, after the commit, charged with the
 * payment method — the one named, else the subscription's, else the customer's default saved method.
 * Without any saved method: 422 PAYMENT_METHOD_UNAVAILABLE.
 */
export async function convertTrial(ctx: AppContext, sub: SubscriptionsTable, input: ConvertBody, actor: SubscriptionActor, notice?: PortalNotice): Promise<ActionResult> {
  assertVersion(sub, input.version);
  const plan = await getPlan(ctx.db, sub.organization_id, sub.plan_id);
  const today = await organizationToday(ctx, sub.organization_id);
  const method = input.payment_method_id
    ? await usableMethod(ctx, sub, input.payment_method_id, today)
    : ((sub.payment_method_id ? await repo.findSavedMethod(ctx.db, sub.organization_id, sub.customer_id, sub.payment_method_id) : undefined) ??
      (await repo.findDefaultSavedMethod(ctx.db, sub.organization_id, sub.customer_id)));
  if (!method || methodExpired(method, today)) {
    throw new AppError('PAYMENT_METHOD_UNAVAILABLE', `Save a payment method for this customer before converting the trial of ${sub.number}`, [{ field: 'payment_method_id' }]);
  }
  return runAction(ctx, sub, actor, notice, async (_trx, day, now) => {
    assertActionState({ action: 'convert_trial' }, sub, day);
    return {
      changes: { status: 'live', trial_end: day, anchor_date: day, current_period_start: day, next_billing_date: day, payment_method_id: method.id },
      event: { kind: 'trial_converted', details: { trial_end_before: sub.trial_end, payment_method_id: method.id } },
      portal: { type: 'portal.subscription_changed', action: 'subscription_trial_converted', message: (actorName, customer) => ({ code: 'subscription.trial_converted', params: { actor: actorName, customer, ...common(sub, plan.name) } }) },
      integration: { type: 'subscription.changed', change: { action: 'trial_converted' } },
      after: async (trx, updated) => {
        const facts = await billingFactsOf(trx, updated);
        const billed = await billPeriod(ctx, trx, updated, facts, 0);
        const advanced: Partial<SubscriptionsTable> = {
          billed_through_index: 0,
          coupon_periods_used: updated.coupon_periods_used + (billed.couponUsed ? 1 : 0),
          current_period_start: billed.start,
          current_period_end: billed.end,
          next_billing_date: billed.end,
          updated_at: now,
        };
        if (!(await repo.updateSubscriptionAtVersion(trx, updated.id, updated.version, advanced))) throw new Error(`subscription ${updated.id} changed inside its own transaction`);
        const invoiced = { ...updated, ...advanced, version: updated.version + 1 };
        await recordSubscriptionEvent(trx, invoiced, 'invoiced', actor, { period_index: 0, period_start: billed.start, period_end: billed.end, document_id: billed.documentId }, now);
        return { collect: billed.documentId, sub: invoiced, integration: { invoice_id: billed.documentId } };
      },
    };
  });
}

/**
 * Makes the trial `days` longer: the trial's end, the first billing date and the anchor move together,
 * so the periods after the trial are counted from its new end (across a month's end too).
 */
export async function extendTrial(ctx: AppContext, sub: SubscriptionsTable, input: ExtendTrialBody, actor: SubscriptionActor, notice?: PortalNotice): Promise<ActionResult> {
  assertVersion(sub, input.version);
  const plan = await getPlan(ctx.db, sub.organization_id, sub.plan_id);
  return runAction(ctx, sub, actor, notice, async (_trx, today) => {
    assertActionState({ action: 'extend_trial', days: input.days }, sub, today);
    const changes = extendedTrial(sub, input.days);
    const trialEnd = changes.trial_end!;
    return {
      changes,
      event: { kind: 'trial_extended', details: { days: input.days, trial_end_before: sub.trial_end, trial_end: trialEnd } },
      portal: {
        type: 'portal.subscription_changed',
        action: 'subscription_trial_extended',
        message: (actorName, customer) => ({ code: 'subscription.trial_extended', params: { actor: actorName, customer, ...common(sub, plan.name), days: input.days, trial_end: trialEnd } }),
      },
      integration: { type: 'subscription.changed', change: { action: 'trial_extended', days: input.days, trial_end: trialEnd } },
    };
  });
}

/**
 * Pauses from today: nothing is billed while paused (the renewal job passes paused subscriptions by).
 * `resume_on`, if given, must come after today; resuming moves the periods by the days paused.
 */
export async function pauseSubscription(ctx: AppContext, sub: SubscriptionsTable, input: PauseBody, actor: SubscriptionActor, notice?: PortalNotice): Promise<ActionResult> {
  assertVersion(sub, input.version);
  const plan = await getPlan(ctx.db, sub.organization_id, sub.plan_id);
  const resumeOn = input.resume_on ?? null;
  return runAction(ctx, sub, actor, notice, async (_trx, today) => {
    assertActionState({ action: 'pause', days: null }, sub, today);
    if (resumeOn !== null && resumeOn <= today) throw validationError('resume_on', 'invalid', 'must be after today', { today });
    return {
      changes: { status: 'paused', paused_on: today, resume_on: resumeOn },
      event: { kind: 'paused', details: { paused_on: today, resume_on: resumeOn } },
      portal: { type: 'portal.subscription_changed', action: 'subscription_paused', message: (actorName, customer) => ({ code: 'subscription.paused', params: { actor: actorName, customer, ...common(sub, plan.name), resume_on: resumeOn } }) },
      integration: { type: 'subscription.changed', change: { action: 'paused', paused_on: today, resume_on: resumeOn } },
    };
  });
}

/**
 * Resumes a paused subscription today: live again, the anchor moved by the days paused
 * (shiftAnchorForPause), so the period in progress ends that many days later and is not paid for twice.
 */
export async function resumeSubscription(ctx: AppContext, sub: SubscriptionsTable, input: VersionOnlyBody, actor: SubscriptionActor, notice?: PortalNotice): Promise<ActionResult> {
  return resumeOn(ctx, sub, input, actor, notice, null);
}

/**
 * The resumption itself. `scheduledOn`: the resume date the pause was given, when the worker resumes
 * it (perhaps a little late): the days paused are counted to that date, not to the day the worker ran.
 */
async function resumeOn(ctx: AppContext, sub: SubscriptionsTable, input: VersionOnlyBody, actor: SubscriptionActor, notice: PortalNotice | undefined, scheduledOn: string | null): Promise<ActionResult> {
  assertVersion(sub, input.version);
  const plan = await getPlan(ctx.db, sub.organization_id, sub.plan_id);
  return runAction(ctx, sub, actor, notice, async (_trx, today) => {
    assertActionState({ action: 'resume' }, sub, today);
    const resumedOn = scheduledOn !== null && scheduledOn < today ? scheduledOn : today;
    const { paused_days: pausedDays, ...dates } = resumedDates(sub, sub.paused_on ?? resumedOn, resumedOn);
    return {
      changes: { ...dates, status: 'live', paused_on: null, resume_on: null },
      event: { kind: 'resumed', details: { paused_on: sub.paused_on, resumed_on: resumedOn, paused_days: pausedDays, anchor_before: sub.anchor_date, anchor_date: dates.anchor_date, next_billing_date: dates.next_billing_date, scheduled: scheduledOn !== null } },
      portal: { type: 'portal.subscription_changed', action: 'subscription_resumed', message: (actorName, customer) => ({ code: 'subscription.resumed', params: { actor: actorName, customer, ...common(sub, plan.name) } }) },
      integration: { type: 'subscription.changed', change: { action: 'resumed', paused_days: pausedDays } },
    };
  });
}

/**
 * The worker's task: resumes every paused subscription whose resume date has come in its
 * organization's calendar, as the system. Each is its own conditional write, so two workers resume a
 * subscription once (the other's STALE_VERSION is passed over). Answers how many it resumed.
 */
export async function resumeDueSubscriptions(ctx: AppContext, options: { limit?: number } = {}): Promise<{ resumed: number }> {
  // Any organization's today is within a day of UTC's: candidates up to tomorrow, then each checked in its own zone.
  const horizon = addDays(ctx.clock.now().toISOString().slice(0, 10), 1);
  let resumed = 0;
  for (const sub of await repo.findPausedDueBy(ctx.db, horizon, options.limit ?? 100)) {
    const today = await organizationToday(ctx, sub.organization_id);
    if (!sub.resume_on || sub.resume_on > today) continue;
    try {
      await resumeOn(ctx, sub, {}, systemActor, undefined, sub.resume_on);
      resumed += 1;
    } catch (error) {
      if (error instanceof AppError && (error.code === 'STALE_VERSION' || error.code === 'STATE_CONFLICT')) continue;
      throw error;
    }
  }
  return { resumed };
}

/** Charges the subscription from now on with another saved method of its customer (another's, or a removed one: 404). */
export async function changePaymentMethod(ctx: AppContext, sub: SubscriptionsTable, input: PaymentMethodBody, actor: SubscriptionActor, notice?: PortalNotice): Promise<ActionResult> {
  assertVersion(sub, input.version);
  const plan = await getPlan(ctx.db, sub.organization_id, sub.plan_id);
  const today = await organizationToday(ctx, sub.organization_id);
  const method = await usableMethod(ctx, sub, input.payment_method_id, today);
  return runAction(ctx, sub, actor, notice, async (_trx, day) => {
    assertActionState({ action: 'change_payment_method' }, sub, day);
    return {
      changes: { payment_method_id: method.id },
      event: { kind: 'payment_method_changed', details: { payment_method_id: method.id, payment_method_before: sub.payment_method_id } },
      portal: {
        type: 'portal.subscription_changed',
        action: 'subscription_payment_method_changed',
        message: (actorName, customer) => ({ code: 'subscription.payment_method_changed', params: { actor: actorName, customer, ...common(sub, plan.name), method: methodLabel(method) } }),
      },
      integration: { type: 'subscription.changed', change: { action: 'payment_method_changed', payment_method_id: method.id } },
    };
  });
}
