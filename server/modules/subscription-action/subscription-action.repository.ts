import type { DocumentLinesTable, DocumentsTable, PaymentMethodsTable } from '../../db/billing-tables.ts';
import type { Db } from '../../db/database.ts';
import type { SubscriptionAddonsTable, SubscriptionInvoicesTable, SubscriptionsTable } from '../../db/subscription-tables.ts';

/**
 * The one write of every action: the subscription's row changed only if it is still at `version` (the
 * version the action read), the version moved on by one. False: someone else changed it first.
 */
export async function updateSubscriptionAtVersion(db: Db, id: string, version: number, changes: Partial<SubscriptionsTable>): Promise<boolean> {
  const { version: _version, id: _id, ...rest } = changes;
  const result = await db
    .updateTable('subscriptions')
    .set((eb) => ({ ...rest, version: eb('version', '+', 1) }))
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function findSubscriptionRow(db: Db, organizationId: string, id: string): Promise<SubscriptionsTable | undefined> {
  return db.selectFrom('subscriptions').selectAll().where('organization_id', '=', organizationId).where('id', '=', id).executeTakeFirst();
}

export async function findAddonRows(db: Db, subscriptionId: string): Promise<SubscriptionAddonsTable[]> {
  return db.selectFrom('subscription_addons').selectAll().where('subscription_id', '=', subscriptionId).orderBy('created_at').orderBy('id').execute();
}

/** Takes the recurring add-ons off a subscription (one-off add-ons stay: they are billed once, or were). */
export async function deleteRecurringAddons(db: Db, subscriptionId: string): Promise<void> {
  await db
    .deleteFrom('subscription_addons')
    .where('subscription_id', '=', subscriptionId)
    .where('addon_id', 'in', db.selectFrom('addons').select('id').where('kind', '=', 'recurring'))
    .execute();
}

export async function insertAddonRows(db: Db, rows: SubscriptionAddonsTable[]): Promise<void> {
  if (rows.length > 0) await db.insertInto('subscription_addons').values(rows).execute();
}

/** A saved method of the customer that was not removed. */
export async function findSavedMethod(db: Db, organizationId: string, customerId: string, id: string): Promise<PaymentMethodsTable | undefined> {
  return db
    .selectFrom('payment_methods')
    .selectAll()
    .where('organization_id', '=', organizationId)
    .where('customer_id', '=', customerId)
    .where('id', '=', id)
    .where('removed_at', 'is', null)
    .executeTakeFirst();
}

/** The customer's default saved method, else its oldest one. */
export async function findDefaultSavedMethod(db: Db, organizationId: string, customerId: string): Promise<PaymentMethodsTable | undefined> {
  return db
    .selectFrom('payment_methods')
    .selectAll()
    .where('organization_id', '=', organizationId)
    .where('customer_id', '=', customerId)
    .where('removed_at', 'is', null)
    .orderBy('is_default', 'desc')
    .orderBy('created_at')
    .orderBy('id')
    .executeTakeFirst();
}

export async function findInvoiceOfKey(db: Db, subscriptionId: string, billingKey: string): Promise<SubscriptionInvoicesTable | undefined> {
  return db.selectFrom('subscription_invoices').selectAll().where('subscription_id', '=', subscriptionId).where('billing_key', '=', billingKey).executeTakeFirst();
}

export async function findDocumentRow(db: Db, organizationId: string, id: string): Promise<DocumentsTable | undefined> {
  return db.selectFrom('documents').selectAll().where('organization_id', '=', organizationId).where('id', '=', id).executeTakeFirst();
}

export async function isDocumentNumberTaken(db: Db, organizationId: string, kind: DocumentsTable['kind'], number: string): Promise<boolean> {
  const row = await db.selectFrom('documents').select('id').where('organization_id', '=', organizationId).where('kind', '=', kind).where('number', '=', number).executeTakeFirst();
  return row !== undefined;
}

export async function insertDocumentWithLines(db: Db, document: DocumentsTable, lines: DocumentLinesTable[]): Promise<void> {
  await db.insertInto('documents').values(document).execute();
  if (lines.length > 0) await db.insertInto('document_lines').values(lines).execute();
}

export async function staffUserName(db: Db, organizationId: string, staffUserId: string): Promise<string | undefined> {
  const row = await db.selectFrom('staff_users').select('name').where('organization_id', '=', organizationId).where('id', '=', staffUserId).executeTakeFirst();
  return row?.name;
}

/** Paused subscriptions whose resume date is on or before `date`, oldest resume date first. */
export async function findPausedDueBy(db: Db, date: string, limit: number): Promise<SubscriptionsTable[]> {
  return db.selectFrom('subscriptions').selectAll().where('status', '=', 'paused').where('resume_on', 'is not', null).where('resume_on', '<=', date).orderBy('resume_on').orderBy('id').limit(limit).execute();
}
