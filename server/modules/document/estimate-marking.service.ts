import type { EventMessage } from '../../../contract/messages/message-codes.ts';
import type { AppContext } from '../../context.ts';
import type { DocumentsTable } from '../../db/billing-tables.ts';
import { notFound } from '../../lib/app-error.ts';
import { isoNow } from '../../lib/clock.ts';
import { addStaffEntry, staffDisplayName } from '../comment/comment.service.ts';
import { findOrganization } from '../organization/organization.service.ts';
import { presentDocument } from './document.presenter.ts';
import type { DocumentResponse } from './document.schemas.ts';
import { getDocument, type Actor } from './document.service.ts';
import { checkTransition, writeAtVersion } from './document-writes.ts';

export type StaffDecision = { type: 'accepted'; name?: string | undefined } | { type: 'declined'; reason?: string | undefined };

/**
 * Staff record the customer's answer to a sent estimate (or one with changes requested) on their
 * behalf, as when it came by phone or mail: the estimate is accepted or declined as if the customer had
 * done it in the portal, but it keeps who on staff marked it and when, and the thread (shown in the
 * portal) says it was marked by staff. Staff may do so after the expiry date, which only stops the
 * customer. Refused (409) from any other status and for a stale version; conditional on the version
 * read here, so it cannot race a decision in the portal.
 */
export async function markEstimate(ctx: AppContext, actor: Actor, id: string, decision: StaffDecision, seen?: number): Promise<DocumentResponse> {
  return ctx.db.transaction().execute(async (trx) => {
    const estimate = await getDocument(trx, actor.organizationId, id, 'estimate');
    const action = decision.type === 'accepted' ? 'mark_accepted' : 'mark_declined';
    const status = checkTransition(estimate, action, seen);
    const organization = await findOrganization(trx, actor.organizationId);
    if (!organization) throw notFound('Organization');
    const staffName = await staffDisplayName(trx, actor.staffUserId, organization.name);
    const now = isoNow(ctx.clock);
    const marked = { status, marked_by_staff_user_id: actor.staffUserId, marked_by_name: staffName, updated_at: now };
    const changes: Partial<DocumentsTable> =
      decision.type === 'accepted'
        ? { ...marked, accepted_at: now, accepted_by_name: decision.name || null }
        : { ...marked, declined_at: now, decline_reason: decision.reason || null };
    await writeAtVersion(trx, estimate, action, changes);
    // Portico's own entry, in each reader's language: it says the decision was recorded by staff.
    const message: EventMessage =
      decision.type === 'accepted'
        ? { code: 'comment.estimate_marked_accepted', params: { staff: staffName, signer: decision.name || null } }
        : { code: 'comment.estimate_marked_declined', params: { staff: staffName, reason: decision.reason || null } };
    await addStaffEntry(trx, {
      organizationId: organization.id,
      documentId: estimate.id,
      staffUserId: actor.staffUserId,
      authorName: staffName,
      kind: decision.type,
      body: '',
      message,
      displayInPortal: true,
      at: now,
    });
    return presentDocument(trx, await getDocument(trx, actor.organizationId, id), ctx.clock.now());
  });
}
