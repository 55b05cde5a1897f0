/**
 * What every subscription action shares: one transaction holding the conditional write on `version`,
 * the history entry, the staff notification of a contact's action and the integration event; charging
 * an invoice it issued after the commit. Used by subscription-action.service.ts and subscription-change.service.ts.
 */
import type { EventMessage } from '../../../contract/messages/message-codes.ts';
import type { PortalEventType } from '../../../contract/portal.ts';
import type { AppContext, RequestMeta } from '../../context.ts';
import type { Db, OrganizationRow } from '../../db/database.ts';
import type { SubscriptionsTable } from '../../db/subscription-tables.ts';
import { AppError } from '../../lib/app-error.ts';
import { isoNow } from '../../lib/clock.ts';
import { recordPortalEvent } from '../activity/activity.service.ts';
import { parsePortalSettings } from '../organization/organization.ts';
import { organizationToday } from '../organization/organization-today.ts';
import type { IntegrationEventData } from '../payment-followup/integration-events.ts';
import { recordIntegrationEvent } from '../payment-followup/payment-followup.service.ts';
import { subscriptionEventData } from '../subscription/subscription-events.ts';
import { collectSubscriptionInvoice } from '../subscription/subscription-dunning.service.ts';
import { getSubscription, recordSubscriptionEvent, type SubscriptionActor } from '../subscription/subscription.service.ts';
import { actionStateRefusal, type PortalActionRequest } from './subscription-policy.ts';
import * as repo from './subscription-action.repository.ts';

export type { SubscriptionActor } from '../subscription/subscription.service.ts';

/** A contact's action in the portal: staff hear of it in the app and, per the settings, by email. */
export interface PortalNotice {
  organization: OrganizationRow;
  customerId: string;
  contactPersonId: string;
  customerName: string;
  meta: RequestMeta;
  /** The subscription settings' notify_staff_by_email. */
  emailStaff: boolean;
}

/** What an action does, worked out inside its transaction from the subscription as read and today. */
export interface ActionPlan {
  changes: Partial<SubscriptionsTable>;
  event: { kind: string; details: Record<string, unknown> };
  /** The notification of a contact's action (type, what it says, the activity's action). */
  portal: { type: PortalEventType; action: string; message: (actorName: string, customerName: string) => EventMessage };
  integration: { type: 'subscription.changed'; change: IntegrationEventData<'subscription.changed'>['change'] } | { type: 'subscription.cancelled'; cancellation: IntegrationEventData<'subscription.cancelled'>['cancellation'] };
  /**
   * After the write and the history entry, in the same transaction: documents (an invoice, a credit
   * note) and further writes at the new version. Answers the invoice to charge after the commit, if any,
   * and details to add to the integration event.
   */
  after?: (trx: Db, updated: SubscriptionsTable, eventId: string) => Promise<{ collect?: string | null; sub?: SubscriptionsTable; integration?: Record<string, unknown> } | void>;
}

export const staleVersion = (sub: SubscriptionsTable) =>
  new AppError('STALE_VERSION', `Subscription ${sub.number} changed since it was read (now at version ${sub.version}); reload it and try again`, { version: sub.version });

/** The version a caller names must be the one read. */
export function assertVersion(sub: SubscriptionsTable, seen: number | undefined): void {
  if (seen !== undefined && seen !== sub.version) throw staleVersion(sub);
}

/** Whether the action can be taken in this state at all (staff and contacts alike): else 409 STATE_CONFLICT. */
export function assertActionState(request: PortalActionRequest, sub: SubscriptionsTable, today: string): void {
  const refusal = actionStateRefusal(request, sub, today);
  if (refusal) throw new AppError('STATE_CONFLICT', `${refusal.message} (${sub.number})`, { action: request.action, status: sub.status, reason: refusal.details.reason });
}

/** The organization's row as recordPortalEvent reads it, with this event's email switched off when the subscription settings say so. */
function organizationForNotice(notice: PortalNotice, type: PortalEventType): OrganizationRow {
  if (notice.emailStaff) return notice.organization;
  const settings = parsePortalSettings(notice.organization.portal_settings);
  return { ...notice.organization, portal_settings: JSON.stringify({ ...settings, staff_email_events: { ...settings.staff_email_events, [type]: false } }) };
}

export interface ActionResult {
  sub: SubscriptionsTable;
  eventId: string;
  /** What charging the invoice the action issued gave (null: nothing to charge). */
  collected: string | null;
}

/**
 * Runs one action: in a transaction, `plan` works out the change from the subscription as the caller
 * read it; the row is written only if it is still at that version (else 409 STALE_VERSION, nothing
 * done: two concurrent actions never both pass), then the history entry, what `after` issues, the staff
 * notification of a contact's action and the integration event. An invoice it issued is charged after
 * the commit, so a slow gateway never holds the transaction.
 */
export async function runAction(
  ctx: AppContext,
  sub: SubscriptionsTable,
  actor: SubscriptionActor,
  notice: PortalNotice | undefined,
  plan: (trx: Db, today: string, now: string) => Promise<ActionPlan>,
): Promise<ActionResult> {
  const done = await ctx.db.transaction().execute(async (trx) => {
    const today = await organizationToday(ctx, sub.organization_id, trx);
    const now = isoNow(ctx.clock);
    const action = await plan(trx, today, now);
    const changes = { ...action.changes, updated_at: now };
    if (!(await repo.updateSubscriptionAtVersion(trx, sub.id, sub.version, changes))) {
      throw staleVersion((await repo.findSubscriptionRow(trx, sub.organization_id, sub.id)) ?? sub);
    }
    let updated: SubscriptionsTable = { ...sub, ...changes, version: sub.version + 1 };
    const eventId = await recordSubscriptionEvent(trx, updated, action.event.kind, actor, action.event.details, now);
    const extra = (await action.after?.(trx, updated, eventId)) ?? {};
    if (extra.sub) updated = extra.sub;
    if (notice) {
      await recordPortalEvent(
        ctx,
        trx,
        organizationForNotice(notice, action.portal.type),
        {
          type: action.portal.type,
          module: 'subscriptions',
          action: action.portal.action,
          customerId: notice.customerId,
          contactPersonId: notice.contactPersonId,
          actorName: actor.name,
          message: action.portal.message(actor.name, notice.customerName),
          link: `/admin/subscriptions/${sub.id}`,
          details: { subscription_id: sub.id, number: sub.number, event_id: eventId },
        },
        notice.meta,
      );
    }
    const subscription = await subscriptionEventData(trx, updated);
    if (action.integration.type === 'subscription.cancelled') {
      await recordIntegrationEvent(ctx, trx, sub.organization_id, 'subscription.cancelled', { subscription, cancellation: { ...action.integration.cancellation, ...extra.integration } });
    } else {
      await recordIntegrationEvent(ctx, trx, sub.organization_id, 'subscription.changed', { subscription, change: { ...action.integration.change, ...extra.integration } });
    }
    return { eventId, collect: extra.collect ?? null };
  });
  let collected: string | null = null;
  if (done.collect) {
    try {
      collected = await collectSubscriptionInvoice(ctx, sub.id, done.collect);
    } catch (error) {
      // The invoice is issued and sent; dunning retries the charge, or the customer pays it in the portal.
      ctx.logger.warn({ err: error, subscriptionId: sub.id }, 'charging a subscription invoice after an action failed');
      collected = 'failed';
    }
  }
  return { sub: await getSubscription(ctx.db, sub.organization_id, sub.id), eventId: done.eventId, collected };
}
