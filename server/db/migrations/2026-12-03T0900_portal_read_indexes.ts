import { sql, type Kysely } from 'kysely';

/*
 * Indexes for what the portal reads on every page, so that its cost follows the page and not the
 * customer's history (docs/performance.md):
 * - open balances (the dashboard's figures): a partial index of documents that still owe or hold
 *   something, carrying what the sums read, so they never touch a paid invoice;
 * - a customer's documents by kind in the lists' default order (issue date, then id), their sent
 *   estimates by expiry, the documents most recently sent;
 * - a customer's payments newest first (by payment date and as recorded), and as recorded;
 * - a customer's activity newest first, and a person's sign-ins.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createIndex('documents_open_balances')
    .on('documents')
    .columns(['customer_id', 'kind', 'status', 'currency', 'due_date', 'balance_minor', 'organization_id'])
    .where(sql.ref('balance_minor'), '>', 0)
    .execute();
  await db.schema.createIndex('documents_customer_kind_issue').on('documents').columns(['customer_id', 'kind', 'issue_date', 'id']).execute();
  await db.schema.dropIndex('documents_customer_kind').execute();
  await db.schema.createIndex('documents_customer_status_expiry').on('documents').columns(['customer_id', 'kind', 'status', 'expiry_date']).execute();
  await db.schema.createIndex('documents_customer_sent').on('documents').columns(['customer_id', 'sent_at']).execute();
  await db.schema.createIndex('payments_customer_paid').on('payments').columns(['customer_id', 'paid_on', 'created_at', 'id']).execute();
  await db.schema.dropIndex('payments_customer').execute();
  await db.schema.createIndex('payments_customer_created').on('payments').columns(['customer_id', 'created_at']).execute();
  await db.schema.createIndex('activities_customer_created').on('activities').columns(['customer_id', 'created_at', 'id']).execute();
  await db.schema.createIndex('activities_contact_created').on('activities').columns(['contact_person_id', 'created_at']).execute();
}
