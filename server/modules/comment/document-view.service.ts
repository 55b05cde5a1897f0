import type { AppContext, RequestMeta } from '../../context.ts';
import type { DocumentKind } from '../../db/billing-tables.ts';
import type { Db, OrganizationRow } from '../../db/database.ts';
import type { ContactPrincipal } from '../../http/auth.ts';
import { isoNow } from '../../lib/clock.ts';
import { newId } from '../../lib/ids.ts';
import { recordPortalEvent } from '../activity/activity.service.ts';
import { contactName, customerName } from '../customer/customer.service.ts';
import type { DocumentRow } from '../document/document-lookup.service.ts';
import { segmentOfKind } from '../portal-document/portal-document.ts';
import { clearDocumentViewed, insertDocumentView, listDocumentViewsOf, markDocumentViewed } from './comment.repository.ts';
import { adminDocumentLink, findStaffDocument } from './comment.service.ts';

/**
 * A contact opened a document in the portal: every view is logged; the first one since staff last reset
 * the flag marks the document viewed and notifies staff, once even when two views race (the update is
 * conditional on the flag still being unset).
 */
export async function recordDocumentView(
  ctx: AppContext,
  db: Db,
  organization: OrganizationRow,
  contact: ContactPrincipal,
  doc: DocumentRow,
  meta: RequestMeta,
): Promise<{ firstView: boolean }> {
  const now = isoNow(ctx.clock);
  const name = await contactName(db, contact.contactPersonId);
  await insertDocumentView(db, {
    id: newId(),
    document_id: doc.id,
    contact_person_id: contact.contactPersonId,
    contact_name: name,
    ip: meta.ip,
    user_agent: meta.userAgent?.slice(0, 500) ?? null,
    viewed_at: now,
  });
  if (doc.viewed_at) return { firstView: false };
  if (!(await markDocumentViewed(db, doc.id, contact.contactPersonId, now))) return { firstView: false };
  const customer = await customerName(db, doc.customer_id);
  await recordPortalEvent(
    ctx,
    db,
    organization,
    {
      type: 'portal.document_viewed',
      module: segmentOfKind[doc.kind],
      action: 'document_viewed',
      customerId: doc.customer_id,
      contactPersonId: contact.contactPersonId,
      actorName: name,
      message: { code: 'document.viewed', params: { actor: name, customer, kind: doc.kind, number: doc.number } },
      link: adminDocumentLink(doc),
      details: { document_id: doc.id, number: doc.number, kind: doc.kind },
    },
    meta,
  );
  return { firstView: true };
}

/** Every view of a document by a contact, newest first (staff previews are never logged). */
export async function listDocumentViews(ctx: AppContext, organizationId: string, kind: DocumentKind, id: string) {
  const doc = await findStaffDocument(ctx.db, organizationId, kind, id);
  return listDocumentViewsOf(ctx.db, doc.id);
}

/** Clears the viewed flag (the log stays): the next view by a contact marks it and notifies again. */
export async function resetViewed(ctx: AppContext, organizationId: string, kind: DocumentKind, id: string): Promise<DocumentRow> {
  return ctx.db.transaction().execute(async (trx) => {
    const doc = await findStaffDocument(trx, organizationId, kind, id);
    await clearDocumentViewed(trx, doc.id, isoNow(ctx.clock));
    return { ...doc, viewed_at: null, viewed_by_contact_id: null, updated_at: isoNow(ctx.clock) };
  });
}
