import { sql, type Kysely } from 'kysely';

/*
 * Projects and collaboration (docs/projects.md):
 * - projects of a customer with a billing method (fixed price, project hours, task hours, staff hours), an
 *   hourly rate where the method takes one, a budget in hours (minutes) or money, and the invoice that
 *   billed a fixed price; project_staff gives staff members (and their rate for staff-hours billing);
 * - tasks of a project, billable or not, with their own rate for task-hours billing;
 * - time entries: who, which task, which day (the organization's calendar), how long (whole minutes), and
 *   a status: unbilled → awaiting_approval → approved | queried → billed. The invoice that billed an entry is
 *   kept on it; a version makes every status change a conditional update;
 * - time_entry_events: the history of an entry (submitted, approved, queried with the contact's comment,
 *   answered by staff, billed), read by staff and the portal;
 * - running timers, one per staff member (unique), turned into a time entry when stopped;
 * - project comments, both ways; staff ones reach the portal only when marked display_in_portal;
 * - reviews: a contact's rating (1–5) and text, once per review period (period_key), with the staff reply;
 * - document_forwards: what a contact forwarded, to whom, and the contact person the recipient became;
 * - company_detail_changes: before/after of every change to a customer's company details;
 * - customers.tax_number; staff_users.activity_digest (off | daily | weekly) and the end of the last
 *   period a digest was sent for;
 * - a covering index for the portal activities report (module and action counts over a period).
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('projects')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('organization_id', 'text', (c) => c.notNull().references('organizations.id').onDelete('cascade'))
    .addColumn('customer_id', 'text', (c) => c.notNull().references('customers.id').onDelete('cascade'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('code', 'text')
    .addColumn('description', 'text')
    // active | completed | archived
    .addColumn('status', 'text', (c) => c.notNull().defaultTo('active'))
    // fixed_price | project_hours | task_hours | staff_hours
    .addColumn('billing_method', 'text', (c) => c.notNull())
    .addColumn('currency', 'text', (c) => c.notNull())
    // Per hour, for project_hours billing.
    .addColumn('hourly_rate_minor', 'bigint')
    .addColumn('fixed_price_minor', 'bigint')
    .addColumn('fixed_price_invoice_id', 'text', (c) => c.references('documents.id'))
    // none | hours | amount
    .addColumn('budget_type', 'text', (c) => c.notNull().defaultTo('none'))
    .addColumn('budget_minutes', 'integer')
    .addColumn('budget_minor', 'bigint')
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addCheckConstraint('projects_amounts_not_negative', sql`(hourly_rate_minor is null or hourly_rate_minor >= 0) and (fixed_price_minor is null or fixed_price_minor >= 0) and (budget_minor is null or budget_minor >= 0) and (budget_minutes is null or budget_minutes >= 0)`)
    .execute();
  await db.schema.createIndex('projects_org_name').on('projects').columns(['organization_id', 'name', 'id']).execute();
  await db.schema.createIndex('projects_customer').on('projects').columns(['customer_id', 'status', 'name']).execute();

  await db.schema
    .createTable('project_staff')
    .addColumn('project_id', 'text', (c) => c.notNull().references('projects.id').onDelete('cascade'))
    .addColumn('staff_user_id', 'text', (c) => c.notNull().references('staff_users.id').onDelete('cascade'))
    .addColumn('organization_id', 'text', (c) => c.notNull().references('organizations.id').onDelete('cascade'))
    // Per hour, for staff_hours billing.
    .addColumn('hourly_rate_minor', 'bigint')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('project_staff_pk', ['project_id', 'staff_user_id'])
    .addCheckConstraint('project_staff_rate_not_negative', sql`hourly_rate_minor is null or hourly_rate_minor >= 0`)
    .execute();

  await db.schema
    .createTable('project_tasks')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('organization_id', 'text', (c) => c.notNull().references('organizations.id').onDelete('cascade'))
    .addColumn('project_id', 'text', (c) => c.notNull().references('projects.id').onDelete('cascade'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('description', 'text')
    .addColumn('billable', 'integer', (c) => c.notNull().defaultTo(1))
    // Per hour, for task_hours billing.
    .addColumn('hourly_rate_minor', 'bigint')
    .addColumn('budget_minutes', 'integer')
    .addColumn('archived_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addCheckConstraint('project_tasks_rate_not_negative', sql`hourly_rate_minor is null or hourly_rate_minor >= 0`)
    .execute();
  await db.schema.createIndex('project_tasks_project').on('project_tasks').columns(['project_id', 'name']).execute();

  await db.schema
    .createTable('time_entries')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('organization_id', 'text', (c) => c.notNull().references('organizations.id').onDelete('cascade'))
    .addColumn('customer_id', 'text', (c) => c.notNull().references('customers.id').onDelete('cascade'))
    .addColumn('project_id', 'text', (c) => c.notNull().references('projects.id').onDelete('cascade'))
    .addColumn('task_id', 'text', (c) => c.notNull().references('project_tasks.id'))
    .addColumn('staff_user_id', 'text', (c) => c.notNull().references('staff_users.id'))
    // The day worked, in the organization's calendar.
    .addColumn('work_date', 'text', (c) => c.notNull())
    .addColumn('duration_minutes', 'integer', (c) => c.notNull())
    .addColumn('notes', 'text')
    .addColumn('billable', 'integer', (c) => c.notNull().defaultTo(1))
    // unbilled | awaiting_approval | approved | queried | billed
    .addColumn('status', 'text', (c) => c.notNull().defaultTo('unbilled'))
    .addColumn('invoice_id', 'text', (c) => c.references('documents.id'))
    .addColumn('submitted_at', 'text')
    .addColumn('approved_at', 'text')
    .addColumn('approved_by_contact_id', 'text')
    .addColumn('queried_at', 'text')
    .addColumn('billed_at', 'text')
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addCheckConstraint('time_entries_duration_range', sql`duration_minutes > 0 and duration_minutes <= 1440`)
    .addCheckConstraint('time_entries_billed_has_invoice', sql`status <> 'billed' or invoice_id is not null`)
    .execute();
  await db.schema.createIndex('time_entries_project_date').on('time_entries').columns(['project_id', 'work_date', 'id']).execute();
  await db.schema.createIndex('time_entries_customer_status').on('time_entries').columns(['customer_id', 'status', 'work_date']).execute();
  await db.schema.createIndex('time_entries_org_status').on('time_entries').columns(['organization_id', 'status']).execute();
  await db.schema.createIndex('time_entries_invoice').on('time_entries').columns(['invoice_id']).where(sql.ref('invoice_id'), 'is not', null).execute();

  await db.schema
    .createTable('time_entry_events')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('organization_id', 'text', (c) => c.notNull().references('organizations.id').onDelete('cascade'))
    .addColumn('time_entry_id', 'text', (c) => c.notNull().references('time_entries.id').onDelete('cascade'))
    // created | updated | submitted | approved | queried | answered | billed | unbilled
    .addColumn('type', 'text', (c) => c.notNull())
    // staff | contact | system
    .addColumn('actor_type', 'text', (c) => c.notNull())
    .addColumn('staff_user_id', 'text')
    .addColumn('contact_person_id', 'text')
    .addColumn('actor_name', 'text', (c) => c.notNull())
    .addColumn('comment', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('time_entry_events_entry').on('time_entry_events').columns(['time_entry_id', 'created_at']).execute();

  await db.schema
    .createTable('timers')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('organization_id', 'text', (c) => c.notNull().references('organizations.id').onDelete('cascade'))
    .addColumn('staff_user_id', 'text', (c) => c.notNull().references('staff_users.id').onDelete('cascade'))
    .addColumn('project_id', 'text', (c) => c.notNull().references('projects.id').onDelete('cascade'))
    .addColumn('task_id', 'text', (c) => c.notNull().references('project_tasks.id').onDelete('cascade'))
    .addColumn('notes', 'text')
    .addColumn('billable', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('started_at', 'text', (c) => c.notNull())
    .execute();
  // One running timer per staff member: starting a second one while one runs is a conflict.
  await db.schema.createIndex('timers_staff').on('timers').columns(['staff_user_id']).unique().execute();

  await db.schema
    .createTable('project_comments')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('organization_id', 'text', (c) => c.notNull().references('organizations.id').onDelete('cascade'))
    .addColumn('project_id', 'text', (c) => c.notNull().references('projects.id').onDelete('cascade'))
    .addColumn('author_type', 'text', (c) => c.notNull())
    .addColumn('staff_user_id', 'text')
    .addColumn('contact_person_id', 'text')
    .addColumn('author_name', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('display_in_portal', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('project_comments_project').on('project_comments').columns(['project_id', 'created_at']).execute();

  await db.schema
    .createTable('reviews')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('organization_id', 'text', (c) => c.notNull().references('organizations.id').onDelete('cascade'))
    .addColumn('customer_id', 'text', (c) => c.notNull().references('customers.id').onDelete('cascade'))
    .addColumn('contact_person_id', 'text', (c) => c.notNull().references('contact_persons.id').onDelete('cascade'))
    .addColumn('rating', 'integer', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    // The review period the review counts for: '2026-12' (month), '2026-Q4' (quarter), '2026' (year), 'once'.
    .addColumn('period_key', 'text', (c) => c.notNull())
    .addColumn('reply', 'text')
    .addColumn('replied_at', 'text')
    .addColumn('replied_by_staff_id', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addCheckConstraint('reviews_rating_range', sql`rating >= 1 and rating <= 5`)
    .execute();
  // One review per contact and period, also when two are sent at once.
  await db.schema.createIndex('reviews_contact_period').on('reviews').columns(['contact_person_id', 'period_key']).unique().execute();
  await db.schema.createIndex('reviews_org_created').on('reviews').columns(['organization_id', 'created_at', 'id']).execute();

  await db.schema
    .createTable('document_forwards')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('organization_id', 'text', (c) => c.notNull().references('organizations.id').onDelete('cascade'))
    .addColumn('customer_id', 'text', (c) => c.notNull().references('customers.id').onDelete('cascade'))
    .addColumn('contact_person_id', 'text', (c) => c.notNull())
    // invoice | estimate | retainer_invoice | credit_note | sales_order | statement
    .addColumn('subject_type', 'text', (c) => c.notNull())
    // The document or sales order; null for a statement (its period is in details).
    .addColumn('subject_id', 'text')
    .addColumn('recipient_email', 'text', (c) => c.notNull())
    .addColumn('recipient_contact_person_id', 'text', (c) => c.notNull())
    .addColumn('message', 'text')
    .addColumn('details', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('document_forwards_customer').on('document_forwards').columns(['customer_id', 'created_at']).execute();

  await db.schema
    .createTable('company_detail_changes')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('organization_id', 'text', (c) => c.notNull().references('organizations.id').onDelete('cascade'))
    .addColumn('customer_id', 'text', (c) => c.notNull().references('customers.id').onDelete('cascade'))
    // contact | staff | api
    .addColumn('actor_type', 'text', (c) => c.notNull())
    .addColumn('contact_person_id', 'text')
    .addColumn('staff_user_id', 'text')
    .addColumn('actor_name', 'text', (c) => c.notNull())
    // JSON objects of the changed fields only, before and after.
    .addColumn('before', 'text', (c) => c.notNull())
    .addColumn('after', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('company_detail_changes_customer').on('company_detail_changes').columns(['customer_id', 'created_at']).execute();

  await db.schema.alterTable('customers').addColumn('tax_number', 'text').execute();
  await db.schema.alterTable('staff_users').addColumn('activity_digest', 'text', (c) => c.notNull().defaultTo('off')).execute();
  await db.schema.alterTable('staff_users').addColumn('activity_digest_sent_until', 'text').execute();

  await db.schema.createIndex('activities_report').on('activities').columns(['organization_id', 'created_at', 'module', 'action', 'customer_id', 'contact_person_id']).execute();
}
