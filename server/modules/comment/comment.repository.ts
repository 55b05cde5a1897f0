import type { Selectable } from 'kysely';
import type { EventMessage } from '../../../contract/messages/message-codes.ts';
import type { DocumentCommentsTable, DocumentViewsTable } from '../../db/billing-tables.ts';
import type { Db } from '../../db/database.ts';
import { newId } from '../../lib/ids.ts';
import type { CommentKind } from './comment.schemas.ts';

export type CommentRow = Selectable<DocumentCommentsTable>;

export interface NewComment {
  organizationId: string;
  documentId: string;
  authorType: 'staff' | 'contact' | 'system';
  staffUserId?: string | null;
  contactPersonId?: string | null;
  authorName: string;
  kind: CommentKind;
  /** What the author wrote; empty for an entry Portico composes (`message`). */
  body: string;
  message?: EventMessage | undefined;
  displayInPortal: boolean;
  at: string;
}

export async function insertComment(db: Db, comment: NewComment): Promise<CommentRow> {
  const row: CommentRow = {
    id: newId(),
    organization_id: comment.organizationId,
    document_id: comment.documentId,
    author_type: comment.authorType,
    staff_user_id: comment.staffUserId ?? null,
    contact_person_id: comment.contactPersonId ?? null,
    author_name: comment.authorName,
    kind: comment.kind,
    body: comment.body,
    display_in_portal: comment.displayInPortal ? 1 : 0,
    message_code: comment.message?.code ?? null,
    message_params: comment.message ? JSON.stringify(comment.message.params) : null,
    created_at: comment.at,
  };
  await db.insertInto('document_comments').values(row).execute();
  return row;
}

/** The thread, oldest first; the portal sees only what is displayed in the portal. */
export async function listComments(db: Db, documentId: string, options: { portalOnly: boolean }): Promise<CommentRow[]> {
  let query = db.selectFrom('document_comments').selectAll().where('document_id', '=', documentId);
  if (options.portalOnly) query = query.where('display_in_portal', '=', 1);
  return query.orderBy('created_at').orderBy('id').execute();
}

/** Contacts of a customer who can read its documents in the portal, with the language their mail is written in. */
export async function listPortalReaders(db: Db, organizationId: string, customerId: string) {
  return db
    .selectFrom('contact_persons')
    .innerJoin('customers', 'customers.id', 'contact_persons.customer_id')
    .leftJoin('portal_identities', (join) =>
      join.onRef('portal_identities.email', '=', 'contact_persons.email').onRef('portal_identities.organization_id', '=', 'contact_persons.organization_id'),
    )
    .select([
      'contact_persons.id',
      'contact_persons.first_name',
      'contact_persons.last_name',
      'contact_persons.email',
      'contact_persons.permissions',
      'customers.portal_language',
      'portal_identities.language as own_language',
    ])
    .where('contact_persons.organization_id', '=', organizationId)
    .where('contact_persons.customer_id', '=', customerId)
    .where('contact_persons.portal_enabled', '=', 1)
    .where('contact_persons.email', 'is not', null)
    .orderBy('contact_persons.id')
    .execute();
}

export async function staffAuthorName(db: Db, staffUserId: string | null, fallback: string): Promise<string> {
  if (!staffUserId) return fallback;
  const row = await db.selectFrom('staff_users').select('name').where('id', '=', staffUserId).executeTakeFirst();
  return row?.name ?? fallback;
}

export async function insertDocumentView(db: Db, view: DocumentViewsTable): Promise<void> {
  await db.insertInto('document_views').values(view).execute();
}

/** Sets the document's 'Viewed' flag unless it is set already; answers whether this call set it. */
export async function markDocumentViewed(db: Db, documentId: string, contactPersonId: string | null, at: string): Promise<boolean> {
  const marked = await db
    .updateTable('documents')
    .set({ viewed_at: at, viewed_by_contact_id: contactPersonId })
    .where('id', '=', documentId)
    .where('viewed_at', 'is', null)
    .executeTakeFirst();
  return Number(marked.numUpdatedRows) === 1;
}

export async function clearDocumentViewed(db: Db, documentId: string, at: string): Promise<void> {
  await db.updateTable('documents').set({ viewed_at: null, viewed_by_contact_id: null, updated_at: at }).where('id', '=', documentId).execute();
}

/** Every logged view of a document, newest first. */
export async function listDocumentViewsOf(db: Db, documentId: string) {
  return db
    .selectFrom('document_views')
    .select(['contact_person_id', 'contact_name', 'ip', 'user_agent', 'viewed_at'])
    .where('document_id', '=', documentId)
    .orderBy('viewed_at', 'desc')
    .orderBy('id', 'desc')
    .execute();
}
