import { sql, type Kysely } from 'kysely';

/*
 * Indexes for statements (docs/performance.md, "Statements"): each query a statement makes reads a
 * range of one customer's (or, for refunds, one organization's) rows by date, whatever the length of
 * the history behind it.
 * - documents by customer, kind, currency and issue date: the invoices issued within the period;
 * - documents that owe something (partial, balance other than zero): the invoices still open, read
 *   for the ageing without passing the settled ones;
 * - refunds by organization, status and completion time: the refunds completed around the period;
 * - refund allocations by refund: what each of those refunds gave back, per invoice.
 * Payments are read by (customer_id, paid_on), an index the billing tables already have.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.createIndex('documents_statement_period').on('documents').columns(['customer_id', 'kind', 'currency', 'issue_date']).execute();
  await db.schema
    .createIndex('documents_statement_owing')
    .on('documents')
    .columns(['customer_id', 'kind', 'currency'])
    .where(sql.ref('balance_minor'), '<>', sql.lit(0))
    .execute();
  await db.schema.createIndex('refunds_statement_completed').on('refunds').columns(['organization_id', 'status', 'completed_at']).execute();
  await db.schema.createIndex('refund_allocations_refund').on('refund_allocations').columns(['refund_id']).execute();
}
