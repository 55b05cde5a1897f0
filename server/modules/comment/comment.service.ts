import type { EventMessage } from '../../../contract/messages/message-codes.ts';
import type { RequestMeta } from '../../context.ts';
import type { AppContext } from '../../context.ts';
import type { DocumentKind } from '../../db/billing-tables.ts';
import type { Db, OrganizationRow } from '../../db/database.ts';
import { renderCommentEmail } from '../../email/comment-email.ts';
import { enqueueEmail } from '../../email/outbox.ts';
import type { ContactPrincipal, StaffPrincipal } from '../../http/auth.ts';
import { notFound } from '../../lib/app-error.ts';
import { isoNow } from '../../lib/clock.ts';
import { recordPortalEvent } from '../activity/activity.service.ts';
import { contactName, customerName } from '../customer/customer.service.ts';
import { findOrganizationDocument, type DocumentRow } from '../document/document-lookup.service.ts';
import { findOrganization } from '../organization/organization.service.ts';
import { parsePortalSettings } from '../organization/organization.ts';
import { parsePermissions } from '../portal-access/portal-access.ts';
import { personName, resolveLanguage } from '../portal-auth/portal-auth.ts';
import { segmentOfKind } from '../portal-document/portal-document.ts';
import { insertComment, listComments, listPortalReaders, staffAuthorName, type CommentRow } from './comment.repository.ts';
import type { CommentKind } from './comment.schemas.ts';
import { portalBaseUrl } from '../custom-domain/custom-domain.ts';

export type { CommentRow } from './comment.repository.ts';

/** The page of a document in the portal (what emails and notifications link to). */
export function portalDocumentUrl(ctx: AppContext, organization: OrganizationRow, doc: { kind: DocumentKind; id: string }): string {
  return `${portalBaseUrl(ctx.config.publicUrl, organization)}/${segmentOfKind[doc.kind]}/${doc.id}`;
}

/** The staff page of a document (notifications link there). */
export function adminDocumentLink(doc: { kind: DocumentKind; id: string }): string {
  return `/admin/${segmentOfKind[doc.kind]}/${doc.id}`;
}

/**
 * Mails a staff comment that the portal shows to the customer's contacts who can read documents, in
 * their language, when the portal setting asks for it. Drafts are never mailed about (the portal hides them).
 */
export async function mailStaffCommentToCustomer(ctx: AppContext, db: Db, organization: OrganizationRow, doc: DocumentRow, comment: CommentRow): Promise<number> {
  if (comment.display_in_portal !== 1 || doc.status === 'draft') return 0;
  if (!parsePortalSettings(organization.portal_settings).email_customers_on_staff_comment) return 0;
  const readers = (await listPortalReaders(db, organization.id, doc.customer_id)).filter((reader) =>
    parsePermissions(reader.permissions).includes('view_documents'),
  );
  const portalUrl = `${portalBaseUrl(ctx.config.publicUrl, organization)}`;
  for (const reader of readers) {
    if (!reader.email) continue;
    const mail = renderCommentEmail({
      language: resolveLanguage(reader.own_language, reader.portal_language),
      organizationName: organization.name,
      brandColor: organization.brand_color,
      recipientName: personName(reader) || null,
      authorName: comment.author_name,
      documentKind: doc.kind,
      documentNumber: doc.number,
      body: comment.body,
      documentUrl: portalDocumentUrl(ctx, organization, doc),
      portalUrl,
    });
    await enqueueEmail(ctx, db, { ...mail, to: reader.email, kind: 'staff_comment', organizationId: organization.id });
  }
  return readers.length;
}

export async function findStaffDocument(db: Db, organizationId: string, kind: DocumentKind, id: string): Promise<DocumentRow> {
  const doc = await findOrganizationDocument(db, organizationId, kind, id);
  if (!doc) throw notFound('Document');
  return doc;
}

/** The thread as the portal shows it (entries displayed in the portal), oldest first. */
export async function listPortalComments(db: Db, documentId: string): Promise<CommentRow[]> {
  return listComments(db, documentId, { portalOnly: true });
}

/** The name a staff member's entries carry; `fallback` (the organization's name) for an API key or a deleted user. */
export async function staffDisplayName(db: Db, staffUserId: string | null, fallback: string): Promise<string> {
  return staffAuthorName(db, staffUserId, fallback);
}

export interface StaffEntry {
  organizationId: string;
  documentId: string;
  staffUserId: string | null;
  authorName: string;
  kind: CommentKind;
  body: string;
  message?: EventMessage | undefined;
  displayInPortal: boolean;
  at: string;
}

/** An entry by staff in a document's thread (a decision recorded, a dispute resolved), in the caller's transaction. */
export async function addStaffEntry(db: Db, entry: StaffEntry): Promise<CommentRow> {
  return insertComment(db, { ...entry, authorType: 'staff' });
}

export async function listStaffComments(ctx: AppContext, organizationId: string, kind: DocumentKind, id: string): Promise<CommentRow[]> {
  const doc = await findStaffDocument(ctx.db, organizationId, kind, id);
  return listComments(ctx.db, doc.id, { portalOnly: false });
}

/** A staff comment; shown in the portal (and mailed, per the setting) only with display_in_portal. */
export async function addStaffComment(
  ctx: AppContext,
  staff: StaffPrincipal,
  kind: DocumentKind,
  id: string,
  input: { body: string; display_in_portal: boolean; kind?: CommentKind },
): Promise<CommentRow> {
  return ctx.db.transaction().execute(async (trx) => {
    const doc = await findStaffDocument(trx, staff.organizationId, kind, id);
    const organization = await findOrganization(trx, staff.organizationId);
    if (!organization) throw notFound('Organization');
    const comment = await insertComment(trx, {
      organizationId: organization.id,
      documentId: doc.id,
      authorType: 'staff',
      staffUserId: staff.staffUserId,
      authorName: await staffAuthorName(trx, staff.staffUserId, organization.name),
      kind: input.kind ?? 'comment',
      body: input.body,
      displayInPortal: input.display_in_portal,
      at: isoNow(ctx.clock),
    });
    await mailStaffCommentToCustomer(ctx, trx, organization, doc, comment);
    return comment;
  });
}

/**
 * A contact's entry in the thread (a comment, or the text of a request, decline or dispute): always shown
 * in the portal; staff are notified through the portal event given.
 */
export async function addContactComment(
  ctx: AppContext,
  db: Db,
  organization: OrganizationRow,
  contact: ContactPrincipal,
  doc: DocumentRow,
  input: { body: string; kind: CommentKind; message?: EventMessage },
): Promise<CommentRow> {
  return insertComment(db, {
    organizationId: organization.id,
    documentId: doc.id,
    authorType: 'contact',
    contactPersonId: contact.contactPersonId,
    authorName: await contactName(db, contact.contactPersonId),
    kind: input.kind,
    body: input.body,
    message: input.message,
    displayInPortal: true,
    at: isoNow(ctx.clock),
  });
}

/** A contact comments on a document: the comment, an activity and a staff notification. */
export async function commentAsContact(
  ctx: AppContext,
  organization: OrganizationRow,
  contact: ContactPrincipal,
  doc: DocumentRow,
  body: string,
  meta: RequestMeta,
): Promise<CommentRow> {
  return ctx.db.transaction().execute(async (trx) => {
    const comment = await addContactComment(ctx, trx, organization, contact, doc, { body, kind: 'comment' });
    const customer = await customerName(trx, doc.customer_id);
    await recordPortalEvent(
      ctx,
      trx,
      organization,
      {
        type: 'portal.comment_added',
        module: segmentOfKind[doc.kind],
        action: 'comment_added',
        customerId: doc.customer_id,
        contactPersonId: contact.contactPersonId,
        actorName: comment.author_name,
        message: { code: 'document.commented', params: { actor: comment.author_name, customer, kind: doc.kind, number: doc.number } },
        link: adminDocumentLink(doc),
        details: { document_id: doc.id, number: doc.number, comment_id: comment.id },
      },
      meta,
    );
    return comment;
  });
}
