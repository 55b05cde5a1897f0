import type { Kysely } from 'kysely';

/*
 * Billing: taxes, items, number series, documents (estimates, invoices, retainer invoices, credit notes)
 * with their lines, payments and their allocations, credit applications, comments, views and disputes.
 * Money is integer minor units beside a currency code; quantities are thousandths; tax rates are
 * thousandths of a percent; dates without time are YYYY-MM-DD text.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('taxes')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('organization_id', 'text', (c) => c.notNull().references('organizations.id').onDelete('cascade'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('rate_millipercent', 'integer', (c) => c.notNull())
    .addColumn('archived_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('items')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('organization_id', 'text', (c) => c.notNull().references('organizations.id').onDelete('cascade'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('sku', 'text')
    .addColumn('unit', 'text')
    .addColumn('description', 'text')
    .addColumn('rate_minor', 'bigint', (c) => c.notNull())
    .addColumn('currency', 'text', (c) => c.notNull())
    .addColumn('tax_id', 'text', (c) => c.references('taxes.id').onDelete('set null'))
    .addColumn('archived_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('items_org_sku').on('items').columns(['organization_id', 'sku']).execute();

  await db.schema
    .createTable('number_series')
    .addColumn('organization_id', 'text', (c) => c.notNull().references('organizations.id').onDelete('cascade'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('prefix', 'text', (c) => c.notNull())
    .addColumn('next_number', 'integer', (c) => c.notNull())
    .addColumn('padding', 'integer', (c) => c.notNull().defaultTo(6))
    .addPrimaryKeyConstraint('number_series_pk', ['organization_id', 'kind'])
    .execute();

  await db.schema
    .createTable('documents')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('organization_id', 'text', (c) => c.notNull().references('organizations.id').onDelete('cascade'))
    .addColumn('customer_id', 'text', (c) => c.notNull().references('customers.id').onDelete('cascade'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('number', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('currency', 'text', (c) => c.notNull())
    .addColumn('issue_date', 'text', (c) => c.notNull())
    .addColumn('due_date', 'text')
    .addColumn('expiry_date', 'text')
    .addColumn('reference', 'text')
    .addColumn('notes', 'text')
    .addColumn('terms', 'text')
    .addColumn('subtotal_minor', 'bigint', (c) => c.notNull().defaultTo(0))
    .addColumn('discount_minor', 'bigint', (c) => c.notNull().defaultTo(0))
    .addColumn('tax_minor', 'bigint', (c) => c.notNull().defaultTo(0))
    .addColumn('total_minor', 'bigint', (c) => c.notNull().defaultTo(0))
    .addColumn('paid_minor', 'bigint', (c) => c.notNull().defaultTo(0))
    .addColumn('credited_minor', 'bigint', (c) => c.notNull().defaultTo(0))
    .addColumn('balance_minor', 'bigint', (c) => c.notNull().defaultTo(0))
    .addColumn('source_document_id', 'text')
    .addColumn('sent_at', 'text')
    .addColumn('viewed_at', 'text')
    .addColumn('viewed_by_contact_id', 'text')
    .addColumn('accepted_at', 'text')
    .addColumn('accepted_by_name', 'text')
    .addColumn('declined_at', 'text')
    .addColumn('decline_reason', 'text')
    .addColumn('changes_requested_at', 'text')
    .addColumn('voided_at', 'text')
    .addColumn('created_by', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('documents_org_kind_number', ['organization_id', 'kind', 'number'])
    .execute();
  await db.schema.createIndex('documents_customer_kind').on('documents').columns(['customer_id', 'kind', 'issue_date']).execute();
  await db.schema.createIndex('documents_org_kind_status').on('documents').columns(['organization_id', 'kind', 'status']).execute();

  await db.schema
    .createTable('document_lines')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('document_id', 'text', (c) => c.notNull().references('documents.id').onDelete('cascade'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('item_id', 'text', (c) => c.references('items.id').onDelete('set null'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('description', 'text')
    .addColumn('unit', 'text')
    .addColumn('quantity_milli', 'bigint', (c) => c.notNull())
    .addColumn('rate_minor', 'bigint', (c) => c.notNull())
    .addColumn('discount_type', 'text')
    .addColumn('discount_value', 'bigint', (c) => c.notNull().defaultTo(0))
    .addColumn('tax_id', 'text')
    .addColumn('tax_name', 'text')
    .addColumn('tax_rate_millipercent', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('gross_minor', 'bigint', (c) => c.notNull())
    .addColumn('discount_minor', 'bigint', (c) => c.notNull())
    .addColumn('tax_minor', 'bigint', (c) => c.notNull())
    .addColumn('total_minor', 'bigint', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('document_lines_document').on('document_lines').columns(['document_id', 'position']).execute();

  await db.schema
    .createTable('payments')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('organization_id', 'text', (c) => c.notNull().references('organizations.id').onDelete('cascade'))
    .addColumn('customer_id', 'text', (c) => c.notNull().references('customers.id').onDelete('cascade'))
    .addColumn('number', 'text', (c) => c.notNull())
    .addColumn('currency', 'text', (c) => c.notNull())
    .addColumn('amount_minor', 'bigint', (c) => c.notNull())
    .addColumn('method', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('reference', 'text')
    .addColumn('notes', 'text')
    .addColumn('paid_on', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('payments_org_number', ['organization_id', 'number'])
    .execute();
  await db.schema.createIndex('payments_customer').on('payments').columns(['customer_id', 'paid_on']).execute();

  await db.schema
    .createTable('payment_allocations')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('payment_id', 'text', (c) => c.notNull().references('payments.id').onDelete('cascade'))
    .addColumn('document_id', 'text', (c) => c.notNull().references('documents.id').onDelete('cascade'))
    .addColumn('amount_minor', 'bigint', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('payment_allocations_document').on('payment_allocations').columns(['document_id']).execute();
  await db.schema.createIndex('payment_allocations_payment').on('payment_allocations').columns(['payment_id']).execute();

  await db.schema
    .createTable('credit_applications')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('credit_note_id', 'text', (c) => c.notNull().references('documents.id').onDelete('cascade'))
    .addColumn('invoice_id', 'text', (c) => c.notNull().references('documents.id').onDelete('cascade'))
    .addColumn('amount_minor', 'bigint', (c) => c.notNull())
    .addColumn('applied_on', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('credit_applications_invoice').on('credit_applications').columns(['invoice_id']).execute();
  await db.schema.createIndex('credit_applications_credit').on('credit_applications').columns(['credit_note_id']).execute();

  await db.schema
    .createTable('document_comments')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('organization_id', 'text', (c) => c.notNull().references('organizations.id').onDelete('cascade'))
    .addColumn('document_id', 'text', (c) => c.notNull().references('documents.id').onDelete('cascade'))
    .addColumn('author_type', 'text', (c) => c.notNull())
    .addColumn('staff_user_id', 'text')
    .addColumn('contact_person_id', 'text')
    .addColumn('author_name', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull().defaultTo('comment'))
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('display_in_portal', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('document_comments_document').on('document_comments').columns(['document_id', 'created_at']).execute();

  await db.schema
    .createTable('document_views')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('document_id', 'text', (c) => c.notNull().references('documents.id').onDelete('cascade'))
    .addColumn('contact_person_id', 'text')
    .addColumn('contact_name', 'text', (c) => c.notNull())
    .addColumn('ip', 'text')
    .addColumn('user_agent', 'text')
    .addColumn('viewed_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('document_views_document').on('document_views').columns(['document_id', 'viewed_at']).execute();

  await db.schema
    .createTable('disputes')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('organization_id', 'text', (c) => c.notNull().references('organizations.id').onDelete('cascade'))
    .addColumn('document_id', 'text', (c) => c.notNull().references('documents.id').onDelete('cascade'))
    .addColumn('line_id', 'text')
    .addColumn('contact_person_id', 'text')
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('resolution', 'text')
    .addColumn('resolved_by', 'text')
    .addColumn('resolved_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('disputes_document').on('disputes').columns(['document_id']).execute();
}
