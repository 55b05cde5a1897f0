import type { AppContext, RequestMeta } from '../../context.ts';
import type { Db, OrganizationRow } from '../../db/database.ts';
import { presentPage, type Page } from '../../db/keyset.ts';
import type { ContactPrincipal, StaffPrincipal } from '../../http/auth.ts';
import { AppError, notFound, validationError } from '../../lib/app-error.ts';
import { isoNow } from '../../lib/clock.ts';
import { newId } from '../../lib/ids.ts';
import { recordPortalEvent } from '../activity/activity.service.ts';
import { addContactComment, addStaffEntry, adminDocumentLink, mailStaffCommentToCustomer, staffDisplayName } from '../comment/comment.service.ts';
import { customerName } from '../customer/customer.service.ts';
import { findOrganizationDocument, type DocumentRow } from '../document/document-lookup.service.ts';
import { findOrganization } from '../organization/organization.service.ts';
import { segmentOfKind } from '../portal-document/portal-document.ts';
import { findDispute, findLineOfDocument, hasOpenDispute, insertDispute, listDisputePage, listDisputesOfDocument, presentDispute, resolveOpenDispute } from './dispute.repository.ts';
import type { DisputeResponse, ListDisputesQuery } from './dispute.schemas.ts';

/** A contact disputes an invoice or one of its lines: a dispute, its reason in the thread, staff notified. */
export async function openDispute(
  ctx: AppContext,
  organization: OrganizationRow,
  contact: ContactPrincipal,
  invoice: DocumentRow,
  input: { reason: string; line_id?: string | undefined },
  meta: RequestMeta,
): Promise<DisputeResponse> {
  if (invoice.status === 'void') throw new AppError('CONFLICT', 'This invoice was voided; there is nothing left to dispute');
  return ctx.db.transaction().execute(async (trx) => {
    const line = input.line_id ? await findLineOfDocument(trx, invoice.id, input.line_id) : undefined;
    if (input.line_id && !line) throw validationError('line_id', 'unknown_reference', 'is not a line of this invoice');
    if (await hasOpenDispute(trx, invoice.id, line?.id ?? null)) {
      throw new AppError('CONFLICT', line ? 'This line is already disputed; add a comment to the thread instead' : 'This invoice is already disputed; add a comment to the thread instead');
    }
    const id = newId();
    await insertDispute(trx, {
      id,
      organization_id: organization.id,
      document_id: invoice.id,
      line_id: line?.id ?? null,
      contact_person_id: contact.contactPersonId,
      reason: input.reason,
      status: 'open',
      resolution: null,
      resolved_by: null,
      resolved_at: null,
      created_at: isoNow(ctx.clock),
    });
    // A line's dispute names the line: Portico's entry, quoted as each reader's language quotes.
    const comment = await addContactComment(ctx, trx, organization, contact, invoice, {
      kind: 'dispute',
      body: line ? '' : input.reason,
      ...(line ? { message: { code: 'comment.line_disputed', params: { line: line.name, reason: input.reason } } } : {}),
    });
    const customer = await customerName(trx, invoice.customer_id);
    await recordPortalEvent(
      ctx,
      trx,
      organization,
      {
        type: 'portal.invoice_disputed',
        module: segmentOfKind[invoice.kind],
        action: 'invoice_disputed',
        customerId: invoice.customer_id,
        contactPersonId: contact.contactPersonId,
        actorName: comment.author_name,
        message: { code: 'invoice.disputed', params: { actor: comment.author_name, customer, number: invoice.number, line: line?.name ?? null, reason: input.reason } },
        link: adminDocumentLink(invoice),
        details: { document_id: invoice.id, number: invoice.number, dispute_id: id, line_id: line?.id ?? null },
      },
      meta,
    );
    const created = await findDispute(trx, organization.id, id);
    if (!created) throw notFound('Dispute');
    return presentDispute(created);
  });
}

/** A document's disputes, oldest first (the portal's invoice page). */
export async function listDocumentDisputes(db: Db, documentId: string): Promise<DisputeResponse[]> {
  return (await listDisputesOfDocument(db, documentId)).map(presentDispute);
}

export async function listDisputes(ctx: AppContext, organizationId: string, query: ListDisputesQuery): Promise<Page<DisputeResponse>> {
  const page = await listDisputePage(ctx.db, organizationId, { status: query.status, customerId: query.customer_id, documentId: query.document_id, limit: query.limit, cursor: query.cursor });
  return presentPage(page, (rows) => rows.map(presentDispute));
}

/**
 * Staff resolve a dispute: the resolution goes into the thread, shown in the portal; the customer is
 * emailed only when the portal's staff-comment setting says so.
 */
export async function resolveDispute(ctx: AppContext, staff: StaffPrincipal, id: string, resolution: string): Promise<DisputeResponse> {
  return ctx.db.transaction().execute(async (trx) => {
    const dispute = await findDispute(trx, staff.organizationId, id);
    if (!dispute) throw notFound('Dispute');
    const now = isoNow(ctx.clock);
    if (!(await resolveOpenDispute(trx, dispute.id, { resolution, resolved_by: staff.staffUserId, resolved_at: now }))) throw new AppError('CONFLICT', 'This dispute is already resolved');
    const organization = await findOrganization(trx, staff.organizationId);
    const doc = await findOrganizationDocument(trx, staff.organizationId, dispute.document_kind, dispute.document_id);
    if (!organization || !doc) throw notFound('Dispute');
    const comment = await addStaffEntry(trx, {
      organizationId: organization.id,
      documentId: doc.id,
      staffUserId: staff.staffUserId,
      authorName: await staffDisplayName(trx, staff.staffUserId, organization.name),
      kind: 'dispute_resolved',
      body: resolution,
      displayInPortal: true,
      at: now,
    });
    await mailStaffCommentToCustomer(ctx, trx, organization, doc, comment);
    return presentDispute({ ...dispute, status: 'resolved', resolution, resolved_at: now });
  });
}
