import type { Db } from '../../db/database.ts';

/** What a pay link is issued for: the document's customer and due date. */
export async function findLinkedDocument(db: Db, organizationId: string, documentId: string) {
  return db
    .selectFrom('documents')
    .select(['id', 'customer_id', 'kind', 'due_date'])
    .where('organization_id', '=', organizationId)
    .where('id', '=', documentId)
    .executeTakeFirst();
}

/** The contact a pay link was sent to, with whether its portal access is live. */
export async function findLinkedContact(db: Db, organizationId: string, contactPersonId: string) {
  return db
    .selectFrom('contact_persons')
    .select(['id', 'customer_id', 'portal_enabled', 'disabled_at', 'permissions', 'first_name'])
    .where('organization_id', '=', organizationId)
    .where('id', '=', contactPersonId)
    .executeTakeFirst();
}
