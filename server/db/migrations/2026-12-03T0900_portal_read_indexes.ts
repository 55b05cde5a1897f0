import { sql, type Kysely } from 'kysely';

/*
 * Indexes for what the portal reads on every page, so that its cost follows the page and not the
 * customer's history (docs/performance.md):
 * - open balances (the dashboard's figures): a partial index of documents that still owe or hold
 *   something, carrying what the sums read, so they never touch a paid invoice;
 * - a customer's documents by kind in the lists' default order (issue date, then id), their sent
 *   estimates by expiry, the documents most recently sent;
 * - a customer's payments newest first (by payment date and as recorded), and as recorded;
 * - a customer's activity newest first, and a person's sign-ins;
 * - the documents converted from a document (every document list shows what an estimate became).
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  // Only what still owes or holds money: the planner then prefers it even for a customer with a long history.
  await db.schema
    .createIndex('documents_open_balances')
    .on('documents')
    .columns(['customer_id', 'kind', 'currency', 'status', 'due_date', 'balance_minor', 'organization_id'])
    .where(sql<boolean>`balance_minor > 0 and kind in ('invoice', 'retainer_invoice', 'credit_note') and status in ('sent', 'partially_paid', 'open')`)
    .execute();
  await db.schema.createIndex('documents_customer_kind_issue').on('documents').columns(['customer_id', 'kind', 'issue_date', 'id']).execute();
  await db.schema.dropIndex('documents_customer_kind').execute();
  await db.schema.createIndex('documents_customer_status_expiry').on('documents').columns(['customer_id', 'kind', 'status', 'expiry_date']).execute();
  await db.schema.createIndex('documents_customer_sent').on('documents').columns(['customer_id', 'sent_at']).execute();
  await db.schema.createIndex('payments_customer_paid').on('payments').columns(['customer_id', 'paid_on', 'created_at', 'id']).execute();
  await db.schema.dropIndex('payments_customer').execute();
  await db.schema.createIndex('payments_customer_created').on('payments').columns(['customer_id', 'created_at']).execute();
  await db.schema.createIndex('activities_customer_created').on('activities').columns(['customer_id', 'created_at', 'id']).execute();
  await db.schema.createIndex('documents_source').on('documents').columns(['source_document_id', 'kind']).where(sql.ref('source_document_id'), 'is not', null).execute();
  await db.schema.createIndex('activities_contact_created').on('activities').columns(['contact_person_id', 'created_at']).execute();
}
