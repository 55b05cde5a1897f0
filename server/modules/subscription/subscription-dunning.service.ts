/**
 * Charging a subscription's invoices and the dunning that follows a failed charge
 * (docs/subscriptions.md "Renewals"): every attempt is a subscription_charges row (unique per invoice
 * and attempt number), charged through the online payments with an attempt id derived from the invoice
 * and the attempt number, so a rerun, a crash or a second instance never charges an attempt twice.
 */
import { nextRetryAt } from '../../../contract/subscription-billing.ts';
import type { AppContext } from '../../context.ts';
import type { Db } from '../../db/database.ts';
import type { SubscriptionChargesTable, SubscriptionsTable } from '../../db/subscription-tables.ts';
import { AppError } from '../../lib/app-error.ts';
import { isoIn, isoNow } from '../../lib/clock.ts';
import { newId } from '../../lib/ids.ts';
import { attemptIdFor, createOnlinePayment, type Payer } from '../online-payment/online-payment.service.ts';
import { findOrganization } from '../organization/organization.service.ts';
import { organizationToday } from '../organization/organization-today.ts';
import { recordIntegrationEvent, recordPaymentFailed } from '../payment-followup/payment-followup.service.ts';
import { getSubscriptionSettings, type SubscriptionSettings } from '../subscription-settings/subscription-settings.service.ts';
import { subscriptionEventData } from './subscription-events.ts';
import { invoiceEventData, recordSubscriptionEvent } from './subscription-history.ts';
import { systemActor } from './subscription.ts';
import * as repo from './subscription.repository.ts';

export type CollectOutcome = 'succeeded' | 'failed' | 'pending' | 'skipped';

/** A charge taken by a run that then died is taken again after this long. */
const LEASE_SECONDS = 10 * 60;

export type DunningSettings = SubscriptionSettings['dunning'];

/** The organization's dunning schedule (modules/subscription-settings; by default retries 1, 3 and 5 days after the failure, then cancel). */
export async function dunningSettingsOf(db: Db, organizationId: string): Promise<DunningSettings> {
  return (await getSubscriptionSettings(db, organizationId)).dunning;
}

async function payerOf(ctx: AppContext, sub: SubscriptionsTable): Promise<Payer> {
  const organization = await findOrganization(ctx.db, sub.organization_id);
  if (!organization) throw new Error(`organization ${sub.organization_id} not found`);
  return {
    organizationId: sub.organization_id,
    organizationName: organization.name,
    portalSlug: organization.slug,
    customerId: sub.customer_id,
    contactPersonId: null,
    permissions: ['pay'],
    blockWhilePending: false,
    source: 'api',
  };
}

/**
 * Records the first charge of a new invoice as due now, in the transaction that issues it (when
 * auto-collect is on): if the process dies before `collectSubscriptionInvoice` runs after the commit,
 * the dunning task finds the charge due and makes it.
 */
export async function scheduleFirstCharge(db: Db, sub: SubscriptionsTable, documentId: string, now: string): Promise<void> {
  if (sub.auto_collect !== 1) return;
  await repo.insertCharge(db, {
    id: newId(),
    organization_id: sub.organization_id,
    subscription_id: sub.id,
    document_id: documentId,
    attempt_number: 0,
    status: 'scheduled',
    payment_attempt_id: null,
    failure_code: null,
    failure_message: null,
    due_at: now,
    attempted_at: null,
    created_at: now,
  });
}

/**
 * After the commit that issued an invoice: charges it with the subscription's saved method when
 * auto-collect is on, as attempt 0 of its charges. `skipped` when there is nothing to collect (no
 * auto-collect, nothing left to pay). A failure — a subscription without a saved method too — schedules
 * the retries, each of which charges the method the subscription has by then.
 */
export async function collectSubscriptionInvoice(ctx: AppContext, subscriptionId: string, documentId: string): Promise<CollectOutcome> {
  const sub = await repo.findSubscriptionById(ctx.db, subscriptionId);
  const document = await repo.findDocumentRow(ctx.db, documentId);
  if (!sub || !document || document.organization_id !== sub.organization_id) return 'skipped';
  if (sub.auto_collect !== 1 || Number(document.balance_minor) === 0 || document.status === 'void') return 'skipped';
  const now = isoNow(ctx.clock);
  const row: SubscriptionChargesTable = {
    id: newId(),
    organization_id: sub.organization_id,
    subscription_id: sub.id,
    document_id: documentId,
    attempt_number: 0,
    status: 'scheduled',
    payment_attempt_id: null,
    failure_code: null,
    failure_message: null,
    due_at: now,
    attempted_at: null,
    created_at: now,
  };
  await repo.insertCharge(ctx.db, row);
  const charge = await repo.findCharge(ctx.db, documentId, 0);
  if (!charge) return 'skipped';
  return runCharge(ctx, charge);
}

/** Takes a scheduled charge (a lease) and attempts it; another run holding it answers `pending`. */
async function runCharge(ctx: AppContext, charge: SubscriptionChargesTable): Promise<CollectOutcome> {
  if (charge.status !== 'scheduled') return charge.status;
  const now = isoNow(ctx.clock);
  if (charge.attempted_at !== null && charge.attempted_at >= isoIn(ctx.clock, -LEASE_SECONDS)) return 'pending';
  if (!(await repo.leaseCharge(ctx.db, charge.id, charge.attempted_at, now))) return 'pending';
  const leased = { ...charge, attempted_at: now };
  const sub = await repo.findSubscriptionById(ctx.db, charge.subscription_id);
  const document = await repo.findDocumentRow(ctx.db, charge.document_id);
  if (!sub || !document) return 'skipped';
  if (sub.status === 'cancelled' || sub.status === 'expired' || Number(document.balance_minor) === 0 || document.status === 'void' || sub.auto_collect !== 1) {
    await repo.updateCharge(ctx.db, charge.id, ['scheduled'], { status: 'skipped', failure_code: Number(document.balance_minor) === 0 ? 'nothing_to_pay' : 'not_collected' });
    return 'skipped';
  }
  if (!sub.payment_method_id) return settleFailure(ctx, sub, leased, 'no_payment_method', 'The subscription has no saved payment method to charge.');
  const attemptId = attemptIdFor('subscription', `${document.id}:${charge.attempt_number}`);
  let status: string;
  let failure: { code: string | null; message: string | null } = { code: null, message: null };
  try {
    const result = await createOnlinePayment(
      ctx,
      await payerOf(ctx, sub),
      { document_ids: [document.id], currency: document.currency, payment_method: { saved_method_id: sub.payment_method_id }, save_method: false, credit_note_ids: [] },
      attemptId,
    );
    status = result.body.status;
    failure = { code: result.body.failure_code, message: result.body.failure_message };
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    if (error.code === 'NOTHING_TO_PAY') {
      await repo.updateCharge(ctx.db, charge.id, ['scheduled'], { status: 'skipped', failure_code: 'nothing_to_pay', payment_attempt_id: attemptId });
      return 'skipped';
    }
    // The gateway could not be reached or a payment is in flight: the lease runs out and a later run tries again.
    if (error.code === 'GATEWAY_UNAVAILABLE' || error.code === 'PAYMENT_IN_PROGRESS') return 'pending';
    return settleFailure(ctx, sub, leased, error.code.toLowerCase(), error.message);
  }
  if (status === 'succeeded') return settleSuccess(ctx, sub, leased, attemptId);
  if (status === 'failed' || status === 'abandoned') return settleFailure(ctx, sub, leased, failure.code ?? 'failed', failure.message, attemptId);
  await repo.updateCharge(ctx.db, charge.id, ['scheduled'], { status: 'pending', payment_attempt_id: attemptId });
  return 'pending';
}

async function settleSuccess(ctx: AppContext, sub: SubscriptionsTable, charge: SubscriptionChargesTable, attemptId: string): Promise<CollectOutcome> {
  const now = isoNow(ctx.clock);
  await ctx.db.transaction().execute(async (trx) => {
    if (!(await repo.updateCharge(trx, charge.id, ['scheduled', 'pending'], { status: 'succeeded', payment_attempt_id: attemptId, failure_code: null, failure_message: null }))) return;
    // Retries still scheduled for this invoice have nothing left to do.
    for (const later of await repo.listChargesOfDocument(trx, charge.document_id)) {
      if (later.status === 'scheduled' && later.id !== charge.id) await repo.updateCharge(trx, later.id, ['scheduled'], { status: 'skipped', failure_code: 'nothing_to_pay' });
    }
    await recordSubscriptionEvent(trx, sub, 'payment_succeeded', systemActor, { document_id: charge.document_id, attempt_number: charge.attempt_number, payment_attempt_id: attemptId }, now);
    if (charge.attempt_number > 0 || sub.status === 'unpaid') await recoverSubscription(trx, sub, charge.document_id, now);
  });
  return 'succeeded';
}

/** A subscription whose failed invoice is paid: `live` again when dunning had marked it unpaid, and the recovery recorded. */
async function recoverSubscription(trx: Db, sub: SubscriptionsTable, documentId: string, now: string): Promise<void> {
  const current = await repo.findSubscriptionById(trx, sub.id);
  if (!current) return;
  if (current.status === 'unpaid') {
    if (!(await repo.updateSubscriptionAt(trx, current.id, current.version, { status: 'live', updated_at: now }))) return;
  }
  await recordSubscriptionEvent(trx, current, 'recovered', systemActor, { document_id: documentId, from: current.status, to: current.status === 'unpaid' ? 'live' : current.status }, now);
}

/**
 * A failed attempt: recorded with the gateway's reason; the customer's contact is emailed and staff
 * notified (as any failed payment), `subscription.invoice_failed` goes to the outbox, and the next retry
 * of the schedule is set (days counted from the first failure). After the last one the subscription is
 * cancelled or marked unpaid, as the organization's settings say.
 */
async function settleFailure(ctx: AppContext, sub: SubscriptionsTable, charge: SubscriptionChargesTable, code: string, message: string | null, attemptId?: string): Promise<CollectOutcome> {
  const now = isoNow(ctx.clock);
  const settings = await dunningSettingsOf(ctx.db, sub.organization_id);
  await ctx.db.transaction().execute(async (trx) => {
    if (!(await repo.updateCharge(trx, charge.id, ['scheduled', 'pending'], { status: 'failed', failure_code: code, failure_message: message, payment_attempt_id: attemptId ?? charge.payment_attempt_id }))) return;
    const first = charge.attempt_number === 0 ? { ...charge, attempted_at: charge.attempted_at ?? now } : await repo.findCharge(trx, charge.document_id, 0);
    const failedAt = new Date(first?.attempted_at ?? now);
    const retry = nextRetryAt(failedAt, settings.retry_days, charge.attempt_number);
    const document = await repo.findDocumentRow(trx, charge.document_id);
    if (retry) {
      await repo.insertCharge(trx, {
        id: newId(),
        organization_id: sub.organization_id,
        subscription_id: sub.id,
        document_id: charge.document_id,
        attempt_number: charge.attempt_number + 1,
        status: 'scheduled',
        payment_attempt_id: null,
        failure_code: null,
        failure_message: null,
        due_at: retry.toISOString(),
        attempted_at: null,
        created_at: now,
      });
    }
    await recordSubscriptionEvent(trx, sub, 'payment_failed', systemActor, { document_id: charge.document_id, attempt_number: charge.attempt_number, failure_code: code, failure_message: message, next_retry_at: retry?.toISOString() ?? null }, now);
    if (document) {
      await recordPaymentFailed(ctx, trx, {
        organizationId: sub.organization_id,
        attemptId: attemptId ?? charge.id,
        customerId: sub.customer_id,
        contactPersonId: null,
        amountMinor: Number(document.balance_minor),
        currency: document.currency,
        failureCode: code,
        failureMessage: message,
        documentNumbers: [document.number],
      });
    }
    let current = (await repo.findSubscriptionById(trx, sub.id)) ?? sub;
    if (!retry && (current.status === 'live' || current.status === 'non_renewing' || current.status === 'trial')) {
      const today = await organizationToday(ctx, sub.organization_id, trx);
      const changes: Partial<SubscriptionsTable> =
        settings.after_final_failure === 'cancel'
          ? { status: 'cancelled', cancelled_at: now, ends_on: today, next_billing_date: null, cancel_at_period_end: 0, cancel_reason_code: 'payment_failed', updated_at: now }
          : { status: 'unpaid', updated_at: now };
      if (await repo.updateSubscriptionAt(trx, current.id, current.version, changes)) {
        await recordSubscriptionEvent(trx, current, settings.after_final_failure === 'cancel' ? 'cancelled' : 'marked_unpaid', systemActor, { from: current.status, to: changes.status, reason: 'payment_failed', document_id: charge.document_id }, now);
        current = { ...current, ...changes, version: current.version + 1 };
      }
    }
    if (document) {
      const link = await repo.findInvoiceOfDocument(trx, sub.id, document.id);
      await recordIntegrationEvent(ctx, trx, sub.organization_id, 'subscription.invoice_failed', {
        subscription: await subscriptionEventData(trx, current),
        invoice: await invoiceEventData(trx, document.id, link?.billing_key ?? '', link?.period_start ?? null, link?.period_end ?? null),
        charge: { attempt_number: charge.attempt_number, failure_code: code, failure_message: message, next_retry_at: retry?.toISOString() ?? null },
      });
    }
  });
  return 'failed';
}

/**
 * The dunning task: retries that are due are attempted (each taken by a lease, so two instances never
 * attempt the same one), and charges left pending (a bank debit, an authentication) are settled once
 * their payment attempt has an outcome. Answers how many charges it attempted or settled.
 */
export async function runSubscriptionDunning(ctx: AppContext, options: { limit?: number } = {}): Promise<{ attempted: number }> {
  const limit = options.limit ?? 50;
  let attempted = 0;
  for (const charge of await repo.listDueCharges(ctx.db, isoNow(ctx.clock), isoIn(ctx.clock, -LEASE_SECONDS), limit)) {
    try {
      const outcome = await runCharge(ctx, charge);
      if (outcome !== 'pending') attempted++;
    } catch (error) {
      ctx.logger.warn({ err: error, chargeId: charge.id }, 'a subscription charge failed to run; it is tried again later');
    }
  }
  for (const charge of await repo.listPendingCharges(ctx.db, limit)) {
    if (!charge.payment_attempt_id) continue;
    const attempt = await repo.findAttemptStatus(ctx.db, charge.payment_attempt_id);
    const sub = await repo.findSubscriptionById(ctx.db, charge.subscription_id);
    if (!attempt || !sub) continue;
    if (attempt.status === 'succeeded') {
      await settleSuccess(ctx, sub, charge, attempt.id);
      attempted++;
    } else if (attempt.status === 'failed' || attempt.status === 'abandoned') {
      await settleFailure(ctx, sub, charge, attempt.failure_code ?? 'failed', attempt.failure_message, attempt.id);
      attempted++;
    }
  }
  return { attempted };
}
