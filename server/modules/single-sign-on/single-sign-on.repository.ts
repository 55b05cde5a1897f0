import type { Db, PortalIdentityRow } from '../../db/database.ts';
import type { DocumentKind } from '../../../contract/documents.ts';

/** A customer's document the portal shows (never a draft): its kind, or undefined. */
export async function findVisibleDocumentKind(db: Db, organizationId: string, customerId: string, documentId: string): Promise<DocumentKind | undefined> {
  const row = await db
    .selectFrom('documents')
    .select('kind')
    .where('organization_id', '=', organizationId)
    .where('customer_id', '=', customerId)
    .where('id', '=', documentId)
    .where('status', '!=', 'draft')
    .executeTakeFirst();
  return row?.kind;
}

export async function visibleSalesOrderExists(db: Db, organizationId: string, customerId: string, salesOrderId: string): Promise<boolean> {
  const row = await db
    .selectFrom('sales_orders')
    .select('id')
    .where('organization_id', '=', organizationId)
    .where('customer_id', '=', customerId)
    .where('id', '=', salesOrderId)
    .where('status', '!=', 'draft')
    .executeTakeFirst();
  return row !== undefined;
}

export async function subscriptionExists(db: Db, organizationId: string, customerId: string, subscriptionId: string): Promise<boolean> {
  const row = await db
    .selectFrom('subscriptions')
    .select('id')
    .where('organization_id', '=', organizationId)
    .where('customer_id', '=', customerId)
    .where('id', '=', subscriptionId)
    .executeTakeFirst();
  return row !== undefined;
}

/**
 * The person's portal login, created without a password when they never had one (they came in through the
 * business's app; a password can be set later with "forgot password"). Two first sign-ins at once make one.
 */
export async function ensureIdentity(db: Db, fresh: PortalIdentityRow): Promise<PortalIdentityRow> {
  await db.insertInto('portal_identities').values(fresh).onConflict((conflict) => conflict.columns(['organization_id', 'email']).doNothing()).execute();
  return db.selectFrom('portal_identities').selectAll().where('organization_id', '=', fresh.organization_id).where('email', '=', fresh.email).executeTakeFirstOrThrow();
}
