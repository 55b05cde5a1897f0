import { PostgresAdapter, sql, type Kysely } from 'kysely';

/*
 * Online payments (docs/payments.md):
 * - payment settings per organization: the gateway, its keys (encrypted), the methods offered, partial
 *   payments and money on account; customers gain *allow bank payments*;
 * - saved payment methods (only the gateway's reference, brand, last 4 and expiry: never a card number);
 * - payment attempts, written before the gateway is called and completed after, so a crash between the
 *   charge and the commit is reconciled from the gateway's record; a payment made from an attempt names
 *   it (unique), so it is recorded once;
 * - `pending_minor` on documents: what in-flight attempts and unsettled bank payments hold of the
 *   balance, taken and released by conditional updates so two attempts never pay the same balance;
 * - refunds and what they gave back to each document;
 * - idempotency keys (scope + key), the payment schedules of invoices, the gateway events already
 *   processed (replays change nothing) and integration events recorded in the outbox.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  const postgres = db.getExecutor().adapter instanceof PostgresAdapter;

  await db.schema
    .createTable('payment_settings')
    .addColumn('organization_id', 'text', (c) => c.primaryKey().references('organizations.id').onDelete('cascade'))
    .addColumn('gateway', 'text', (c) => c.notNull().defaultTo('test'))
    .addColumn('card_enabled', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('bank_enabled', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('stripe_publishable_key', 'text')
    .addColumn('stripe_secret_key_encrypted', 'text')
    .addColumn('stripe_webhook_secret_encrypted', 'text')
    .addColumn('allow_partial_payments', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('partial_payment_minimum_minor', 'bigint', (c) => c.notNull().defaultTo(0))
    .addColumn('allow_money_on_account', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema.alterTable('customers').addColumn('allow_bank_payments', 'integer', (c) => c.notNull().defaultTo(0)).execute();

  await db.schema
    .createTable('gateway_customers')
    .addColumn('customer_id', 'text', (c) => c.notNull().references('customers.id').onDelete('cascade'))
    .addColumn('gateway', 'text', (c) => c.notNull())
    .addColumn('organization_id', 'text', (c) => c.notNull().references('organizations.id').onDelete('cascade'))
    .addColumn('gateway_customer_id', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('gateway_customers_pk', ['customer_id', 'gateway'])
    .execute();

  await db.schema
    .createTable('payment_methods')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('organization_id', 'text', (c) => c.notNull().references('organizations.id').onDelete('cascade'))
    .addColumn('customer_id', 'text', (c) => c.notNull().references('customers.id').onDelete('cascade'))
    .addColumn('gateway', 'text', (c) => c.notNull())
    .addColumn('gateway_method_id', 'text', (c) => c.notNull())
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('brand', 'text', (c) => c.notNull())
    .addColumn('last4', 'text', (c) => c.notNull())
    .addColumn('exp_month', 'integer')
    .addColumn('exp_year', 'integer')
    .addColumn('holder_name', 'text')
    .addColumn('billing_address', 'text')
    .addColumn('is_default', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_by_contact_id', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('removed_at', 'text')
    .execute();
  await db.schema.createIndex('payment_methods_customer').on('payment_methods').columns(['customer_id', 'removed_at']).execute();

  await db.schema
    .createTable('payment_attempts')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('organization_id', 'text', (c) => c.notNull().references('organizations.id').onDelete('cascade'))
    .addColumn('customer_id', 'text', (c) => c.notNull().references('customers.id').onDelete('cascade'))
    .addColumn('contact_person_id', 'text')
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('currency', 'text', (c) => c.notNull())
    .addColumn('amount_minor', 'bigint', (c) => c.notNull())
    .addColumn('plan', 'text', (c) => c.notNull())
    .addColumn('method_type', 'text', (c) => c.notNull())
    .addColumn('payment_method_id', 'text')
    .addColumn('save_method', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('gateway', 'text', (c) => c.notNull())
    .addColumn('gateway_payment_id', 'text')
    .addColumn('failure_code', 'text')
    .addColumn('failure_message', 'text')
    .addColumn('next_action', 'text')
    .addColumn('payment_id', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .addColumn('completed_at', 'text')
    .addCheckConstraint('payment_attempts_amount_positive', sql`amount_minor > 0`)
    .execute();
  await db.schema.createIndex('payment_attempts_open').on('payment_attempts').columns(['status', 'updated_at']).execute();
  await db.schema.createIndex('payment_attempts_customer').on('payment_attempts').columns(['customer_id', 'created_at']).execute();
  await db.schema.createIndex('payment_attempts_gateway_payment').on('payment_attempts').columns(['gateway', 'gateway_payment_id']).execute();

  // What in-flight attempts hold of a balance: never more than the balance itself (a zero hold never
  // stands in the way of the balance's own check reporting a negative balance).
  const pendingWithinBalance = 'pending_minor >= 0 and (pending_minor = 0 or pending_minor <= balance_minor)';
  if (postgres) {
    await db.schema.alterTable('documents').addColumn('pending_minor', 'bigint', (c) => c.notNull().defaultTo(0)).execute();
    await db.schema.alterTable('documents').addCheckConstraint('documents_pending_within_balance', sql.raw(pendingWithinBalance)).execute();
  } else {
    await db.schema
      .alterTable('documents')
      .addColumn('pending_minor', 'bigint', (c) => c.notNull().defaultTo(0).modifyEnd(sql.raw(`constraint documents_pending_within_balance check (${pendingWithinBalance})`)))
      .execute();
  }

  await db.schema.alterTable('payments').addColumn('gateway', 'text').execute();
  await db.schema.alterTable('payments').addColumn('gateway_payment_id', 'text').execute();
  await db.schema.alterTable('payments').addColumn('attempt_id', 'text').execute();
  await db.schema.alterTable('payments').addColumn('payment_method_id', 'text').execute();
  await db.schema.alterTable('payments').addColumn('contact_person_id', 'text').execute();
  await db.schema.alterTable('payments').addColumn('refunded_minor', 'bigint', (c) => c.notNull().defaultTo(0)).execute();
  // One payment per attempt, however often its completion is retried or reconciled.
  await db.schema.createIndex('payments_attempt').on('payments').column('attempt_id').unique().execute();

  await db.schema
    .createTable('refunds')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('organization_id', 'text', (c) => c.notNull().references('organizations.id').onDelete('cascade'))
    .addColumn('payment_id', 'text', (c) => c.notNull().references('payments.id').onDelete('cascade'))
    .addColumn('currency', 'text', (c) => c.notNull())
    .addColumn('amount_minor', 'bigint', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('reason', 'text')
    .addColumn('gateway_refund_id', 'text')
    .addColumn('failure_message', 'text')
    .addColumn('created_by', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('completed_at', 'text')
    .addCheckConstraint('refunds_amount_positive', sql`amount_minor > 0`)
    .execute();
  await db.schema.createIndex('refunds_payment').on('refunds').column('payment_id').execute();

  await db.schema
    .createTable('refund_allocations')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('refund_id', 'text', (c) => c.notNull().references('refunds.id').onDelete('cascade'))
    .addColumn('document_id', 'text', (c) => c.notNull().references('documents.id').onDelete('cascade'))
    .addColumn('amount_minor', 'bigint', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addCheckConstraint('refund_allocations_amount_positive', sql`amount_minor > 0`)
    .execute();
  await db.schema.createIndex('refund_allocations_document').on('refund_allocations').column('document_id').execute();

  await db.schema
    .createTable('idempotency_keys')
    .addColumn('scope', 'text', (c) => c.notNull())
    .addColumn('key', 'text', (c) => c.notNull())
    .addColumn('organization_id', 'text', (c) => c.notNull().references('organizations.id').onDelete('cascade'))
    .addColumn('fingerprint', 'text', (c) => c.notNull())
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('response_status', 'integer')
    .addColumn('response_body', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('idempotency_keys_pk', ['scope', 'key'])
    .execute();
  await db.schema.createIndex('idempotency_keys_expiry').on('idempotency_keys').column('expires_at').execute();

  await db.schema
    .createTable('payment_instalments')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('organization_id', 'text', (c) => c.notNull().references('organizations.id').onDelete('cascade'))
    .addColumn('document_id', 'text', (c) => c.notNull().references('documents.id').onDelete('cascade'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('amount_minor', 'bigint', (c) => c.notNull())
    .addColumn('percent_basis_points', 'integer')
    .addColumn('due_date', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('payment_instalments_position', ['document_id', 'position'])
    .addCheckConstraint('payment_instalments_amount_positive', sql`amount_minor > 0`)
    .execute();

  await db.schema
    .createTable('gateway_events')
    .addColumn('gateway', 'text', (c) => c.notNull())
    .addColumn('event_id', 'text', (c) => c.notNull())
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('gateway_payment_id', 'text')
    .addColumn('received_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('gateway_events_pk', ['gateway', 'event_id'])
    .execute();

  await db.schema
    .createTable('outbox_events')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('organization_id', 'text', (c) => c.notNull().references('organizations.id').onDelete('cascade'))
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('payload', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('published_at', 'text')
    .execute();
  await db.schema.createIndex('outbox_events_unpublished').on('outbox_events').columns(['published_at', 'created_at']).execute();
}
