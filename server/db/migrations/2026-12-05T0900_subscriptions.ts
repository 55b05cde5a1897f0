import { sql, type Kysely } from 'kysely';

/*
 * Subscriptions (docs/subscriptions.md):
 * - products group plans; a plan has a code (unique per organization, the hosted page's address), a price
 *   per billing period in one currency, an interval and count, trial days, a setup fee, a tax and the
 *   plans a customer may change to in the portal; add-ons are recurring or one-off, priced per unit;
 *   coupons take a percentage (basis points) or an amount off, once, for N periods or forever, with a
 *   redemption limit counted by a conditional update;
 * - subscriptions of a customer to a plan: status, quantity, the price taken at sign-up, the anchor date
 *   every period is counted from (contract/subscription-billing.ts), the last billed period index, trial
 *   dates, a scheduled change (downgrades wait for the period end), cancellation, pause, the saved
 *   payment method and a version for conditional writes;
 * - the add-ons on a subscription; the history of every change (subscription_events);
 * - subscription_invoices ties every invoice to the subscription and a billing key, unique per
 *   subscription ("period:3", "change:<event id>"), so a period is invoiced once whatever runs it;
 * - every charge attempt of the dunning schedule (subscription_charges);
 * - per-organization subscription settings (portal action policy, cancellation reasons, dunning).
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('products')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('organization_id', 'text', (c) => c.notNull().references('organizations.id').onDelete('cascade'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('description', 'text')
    .addColumn('archived_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('products_org_name').on('products').columns(['organization_id', 'name']).execute();

  await db.schema
    .createTable('plans')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('organization_id', 'text', (c) => c.notNull().references('organizations.id').onDelete('cascade'))
    .addColumn('product_id', 'text', (c) => c.notNull().references('products.id').onDelete('cascade'))
    .addColumn('code', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('description', 'text')
    .addColumn('currency', 'text', (c) => c.notNull())
    .addColumn('price_minor', 'bigint', (c) => c.notNull())
    .addColumn('interval', 'text', (c) => c.notNull())
    .addColumn('interval_count', 'integer', (c) => c.notNull().defaultTo(1))
    // How many periods the subscription runs before it expires; null: until cancelled.
    .addColumn('billing_cycles', 'integer')
    .addColumn('trial_days', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('setup_fee_minor', 'bigint', (c) => c.notNull().defaultTo(0))
    .addColumn('tax_id', 'text', (c) => c.references('taxes.id'))
    // JSON array of plan ids a customer may change to in the portal.
    .addColumn('portal_change_to', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('hosted_page_enabled', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('archived_at', 'text')
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addCheckConstraint('plans_price_not_negative', sql`price_minor >= 0 and setup_fee_minor >= 0`)
    .addCheckConstraint('plans_interval_count_positive', sql`interval_count >= 1`)
    .execute();
  await db.schema.createIndex('plans_org_code').on('plans').columns(['organization_id', 'code']).unique().execute();
  await db.schema.createIndex('plans_product').on('plans').columns(['product_id']).execute();

  await db.schema
    .createTable('addons')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('organization_id', 'text', (c) => c.notNull().references('organizations.id').onDelete('cascade'))
    .addColumn('code', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('description', 'text')
    .addColumn('currency', 'text', (c) => c.notNull())
    // Per unit and billing period (recurring) or once (one_off).
    .addColumn('price_minor', 'bigint', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('tax_id', 'text', (c) => c.references('taxes.id'))
    // JSON array of plan ids it may be added to; empty: every plan in its currency.
    .addColumn('plan_ids', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('archived_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addCheckConstraint('addons_price_not_negative', sql`price_minor >= 0`)
    .execute();
  await db.schema.createIndex('addons_org_code').on('addons').columns(['organization_id', 'code']).unique().execute();

  await db.schema
    .createTable('coupons')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('organization_id', 'text', (c) => c.notNull().references('organizations.id').onDelete('cascade'))
    .addColumn('code', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    // percent: value in basis points (2500 = 25 %); amount: value in minor units of `currency`.
    .addColumn('discount_type', 'text', (c) => c.notNull())
    .addColumn('discount_value', 'bigint', (c) => c.notNull())
    .addColumn('currency', 'text')
    // once | periods | forever
    .addColumn('duration', 'text', (c) => c.notNull())
    .addColumn('duration_periods', 'integer')
    .addColumn('max_redemptions', 'integer')
    .addColumn('redemptions', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('valid_until', 'text')
    .addColumn('archived_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addCheckConstraint('coupons_value_positive', sql`discount_value > 0`)
    .addCheckConstraint('coupons_redemptions_within_limit', sql`max_redemptions is null or redemptions <= max_redemptions`)
    .execute();
  await db.schema.createIndex('coupons_org_code').on('coupons').columns(['organization_id', 'code']).unique().execute();

  await db.schema
    .createTable('subscriptions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('organization_id', 'text', (c) => c.notNull().references('organizations.id').onDelete('cascade'))
    .addColumn('customer_id', 'text', (c) => c.notNull().references('customers.id').onDelete('cascade'))
    .addColumn('number', 'text', (c) => c.notNull())
    .addColumn('plan_id', 'text', (c) => c.notNull().references('plans.id'))
    // trial | live | non_renewing | paused | unpaid | cancelled | expired
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('quantity', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('currency', 'text', (c) => c.notNull())
    // The plan's price per unit when the subscription started or last changed plan.
    .addColumn('unit_price_minor', 'bigint', (c) => c.notNull())
    .addColumn('interval', 'text', (c) => c.notNull())
    .addColumn('interval_count', 'integer', (c) => c.notNull())
    .addColumn('billing_cycles', 'integer')
    // Periods are counted from here; a pause moves it later.
    .addColumn('anchor_date', 'text', (c) => c.notNull())
    // The last period invoiced (null: none yet).
    .addColumn('billed_through_index', 'integer')
    .addColumn('current_period_start', 'text')
    .addColumn('current_period_end', 'text')
    .addColumn('next_billing_date', 'text')
    .addColumn('trial_start', 'text')
    // The first day after the trial (exclusive end).
    .addColumn('trial_end', 'text')
    .addColumn('trial_extended_days', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('started_on', 'text', (c) => c.notNull())
    .addColumn('cancel_at_period_end', 'integer', (c) => c.notNull().defaultTo(0))
    // The last day of service of a non-renewing, cancelled or expired subscription (exclusive end).
    .addColumn('ends_on', 'text')
    .addColumn('cancelled_at', 'text')
    .addColumn('cancel_reason_code', 'text')
    .addColumn('cancel_reason_text', 'text')
    .addColumn('paused_on', 'text')
    // A pause set to end by itself on this date (null: until resumed).
    .addColumn('resume_on', 'text')
    .addColumn('coupon_id', 'text', (c) => c.references('coupons.id'))
    .addColumn('coupon_periods_used', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('payment_method_id', 'text', (c) => c.references('payment_methods.id').onDelete('set null'))
    .addColumn('auto_collect', 'integer', (c) => c.notNull().defaultTo(1))
    // JSON of a change waiting for the period end (a downgrade): { plan_id, quantity, addons }.
    .addColumn('scheduled_change', 'text')
    // staff | hosted_page | estimate
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('source_document_id', 'text', (c) => c.references('documents.id').onDelete('set null'))
    .addColumn('created_by', 'text', (c) => c.references('staff_users.id').onDelete('set null'))
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addCheckConstraint('subscriptions_quantity_positive', sql`quantity >= 1`)
    .addCheckConstraint('subscriptions_price_not_negative', sql`unit_price_minor >= 0`)
    .execute();
  await db.schema.createIndex('subscriptions_org_number').on('subscriptions').columns(['organization_id', 'number']).unique().execute();
  await db.schema.createIndex('subscriptions_customer').on('subscriptions').columns(['customer_id', 'created_at']).execute();
  await db.schema.createIndex('subscriptions_org_status').on('subscriptions').columns(['organization_id', 'status', 'next_billing_date']).execute();
  // The renewal job's scan: what is due by a date, across organizations.
  await db.schema.createIndex('subscriptions_due').on('subscriptions').columns(['next_billing_date', 'status']).execute();
  // A subscription made from an accepted estimate is made once.
  await db.schema.createIndex('subscriptions_source_document').on('subscriptions').column('source_document_id').unique().where(sql.ref('source_document_id'), 'is not', null).execute();

  await db.schema
    .createTable('subscription_addons')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('subscription_id', 'text', (c) => c.notNull().references('subscriptions.id').onDelete('cascade'))
    .addColumn('addon_id', 'text', (c) => c.notNull().references('addons.id'))
    .addColumn('quantity', 'integer', (c) => c.notNull())
    .addColumn('unit_price_minor', 'bigint', (c) => c.notNull())
    // one-off add-ons are invoiced once; this names the invoice that did.
    .addColumn('billed_document_id', 'text', (c) => c.references('documents.id').onDelete('set null'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addCheckConstraint('subscription_addons_quantity_positive', sql`quantity >= 1`)
    .execute();
  await db.schema.createIndex('subscription_addons_unique').on('subscription_addons').columns(['subscription_id', 'addon_id']).unique().execute();

  await db.schema
    .createTable('subscription_events')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('organization_id', 'text', (c) => c.notNull().references('organizations.id').onDelete('cascade'))
    .addColumn('subscription_id', 'text', (c) => c.notNull().references('subscriptions.id').onDelete('cascade'))
    .addColumn('kind', 'text', (c) => c.notNull())
    // staff | contact | system | api
    .addColumn('actor_type', 'text', (c) => c.notNull())
    .addColumn('actor_id', 'text')
    // JSON: what changed (from / to, amounts, reason).
    .addColumn('details', 'text', (c) => c.notNull().defaultTo('{}'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('subscription_events_subscription').on('subscription_events').columns(['subscription_id', 'created_at']).execute();

  await db.schema
    .createTable('subscription_invoices')
    .addColumn('subscription_id', 'text', (c) => c.notNull().references('subscriptions.id').onDelete('cascade'))
    // period:<index> | change:<event id> | setup
    .addColumn('billing_key', 'text', (c) => c.notNull())
    .addColumn('document_id', 'text', (c) => c.notNull().references('documents.id').onDelete('cascade'))
    .addColumn('period_index', 'integer')
    .addColumn('period_start', 'text')
    .addColumn('period_end', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('subscription_invoices_pk', ['subscription_id', 'billing_key'])
    .execute();
  await db.schema.createIndex('subscription_invoices_document').on('subscription_invoices').column('document_id').execute();

  await db.schema
    .createTable('subscription_charges')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('organization_id', 'text', (c) => c.notNull().references('organizations.id').onDelete('cascade'))
    .addColumn('subscription_id', 'text', (c) => c.notNull().references('subscriptions.id').onDelete('cascade'))
    .addColumn('document_id', 'text', (c) => c.notNull().references('documents.id').onDelete('cascade'))
    // 0: the first charge, 1..n: the retries of the dunning schedule.
    .addColumn('attempt_number', 'integer', (c) => c.notNull())
    // scheduled | succeeded | failed | pending | skipped
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('payment_attempt_id', 'text')
    .addColumn('failure_code', 'text')
    .addColumn('failure_message', 'text')
    .addColumn('due_at', 'text', (c) => c.notNull())
    .addColumn('attempted_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('subscription_charges_attempt').on('subscription_charges').columns(['document_id', 'attempt_number']).unique().execute();
  await db.schema.createIndex('subscription_charges_due').on('subscription_charges').columns(['status', 'due_at']).execute();
  await db.schema.createIndex('subscription_charges_subscription').on('subscription_charges').columns(['subscription_id', 'created_at']).execute();

  await db.schema
    .createTable('subscription_settings')
    .addColumn('organization_id', 'text', (c) => c.primaryKey().references('organizations.id').onDelete('cascade'))
    // JSON, read through modules/subscription-settings (defaults in code).
    .addColumn('settings', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
}
