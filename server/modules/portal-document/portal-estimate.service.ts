import type { EventMessage } from '../../../contract/messages/message-codes.ts';
import type { PortalEventType } from '../../../contract/portal.ts';
import type { AppContext, RequestMeta } from '../../context.ts';
import type { OrganizationRow } from '../../db/database.ts';
import type { ContactPrincipal } from '../../http/auth.ts';
import { AppError } from '../../lib/app-error.ts';
import { isoNow } from '../../lib/clock.ts';
import { recordPortalEvent } from '../activity/activity.service.ts';
import { addContactComment, adminDocumentLink } from '../comment/comment.service.ts';
import { contactName, customerName } from '../customer/customer.service.ts';
import { findPortalDocument, type DocumentRow } from '../document/document-lookup.service.ts';
import { presentDocument } from '../document/document.presenter.ts';
import { assertPermission, findOwnDocument } from './portal-document.service.ts';
import { estimateDecisionBlocker, todayOf } from './portal-document.ts';
import type { DocumentAction } from '../document/document-transitions.ts';
import { checkTransition, stateConflict, writeAtVersion } from '../document/document-writes.ts';
import type { DocumentResponse } from '../document/document.schemas.ts';

export type EstimateDecision =
  | { type: 'accept'; name?: string | undefined }
  | { type: 'decline'; reason: string }
  | { type: 'request_changes'; message: string };

const events: Record<EstimateDecision['type'], { type: PortalEventType; action: string }> = {
  accept: { type: 'portal.estimate_accepted', action: 'estimate_accepted' },
  decline: { type: 'portal.estimate_declined', action: 'estimate_declined' },
  request_changes: { type: 'portal.changes_requested', action: 'changes_requested' },
};

const actions = { accept: 'accept', decline: 'decline', request_changes: 'request_changes' } as const satisfies Record<EstimateDecision['type'], DocumentAction>;

/**
 * A contact accepts, declines or asks for changes to an estimate. Order of answers: 404 when it is not
 * the contact's, 403 without approve_estimates, 409 STATE_CONFLICT once expired or decided, 409
 * STALE_VERSION when the contact saw another version than the current one (the business changed it
 * since). The update is conditional on the version read here, so of two contacts deciding at once only
 * one succeeds.
 */
export async function decideEstimate(
  ctx: AppContext,
  organization: OrganizationRow,
  contact: ContactPrincipal,
  id: string,
  decision: EstimateDecision,
  meta: RequestMeta,
  seen?: number,
): Promise<DocumentResponse> {
  const today = todayOf(ctx.clock, organization.time_zone);
  const action = actions[decision.type];
  const refuse = (estimate: DocumentRow) => {
    const blocker = estimateDecisionBlocker(estimate, today);
    if (blocker) throw stateConflict(estimate, action, blocker);
  };
  return ctx.db.transaction().execute(async (trx) => {
    const estimate = await findOwnDocument(trx, contact, 'estimate', id);
    assertPermission(contact, 'approve_estimates');
    refuse(estimate);
    const status = checkTransition(estimate, action, seen);
    const now = isoNow(ctx.clock);
    const actorName = await contactName(trx, contact.contactPersonId);
    const changes =
      decision.type === 'accept'
        ? { status, accepted_at: now, accepted_by_name: decision.name || actorName }
        : decision.type === 'decline'
          ? { status, declined_at: now, decline_reason: decision.reason }
          : { status, changes_requested_at: now };
    await writeAtVersion(trx, estimate, action, { ...changes, updated_at: now }, refuse);
    const event = events[decision.type];
    const customer = await customerName(trx, estimate.customer_id);
    const who = { actor: actorName, customer, number: estimate.number };
    const message: EventMessage =
      decision.type === 'accept'
        ? { code: 'estimate.accepted', params: who }
        : decision.type === 'decline'
          ? { code: 'estimate.declined', params: { ...who, reason: decision.reason } }
          : { code: 'estimate.changes_requested', params: { ...who, message: decision.message } };
    // The thread shows what the person wrote; an acceptance is Portico's own entry, in each reader's language.
    await addContactComment(
      ctx,
      trx,
      organization,
      contact,
      estimate,
      decision.type === 'accept'
        ? { kind: 'accepted', body: '', message: { code: 'comment.estimate_accepted', params: { signer: decision.name || actorName } } }
        : { kind: decision.type === 'decline' ? 'declined' : 'changes_requested', body: decision.type === 'decline' ? decision.reason : decision.message },
    );
    await recordPortalEvent(
      ctx,
      trx,
      organization,
      {
        type: event.type,
        module: 'estimates',
        action: event.action,
        customerId: estimate.customer_id,
        contactPersonId: contact.contactPersonId,
        actorName,
        message,
        link: adminDocumentLink(estimate),
        details: { document_id: estimate.id, number: estimate.number },
      },
      meta,
    );
    const current = await findPortalDocument(trx, contact.organizationId, estimate.customer_id, 'estimate', estimate.id);
    if (!current) throw new AppError('NOT_FOUND', 'Estimate not found');
    return presentDocument(trx, current, ctx.clock.now());
  });
}
