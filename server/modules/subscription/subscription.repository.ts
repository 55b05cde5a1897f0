import { sql } from 'kysely';
import type { DocumentsTable, PaymentMethodsTable, TaxesTable } from '../../db/billing-tables.ts';
import type { Db } from '../../db/database.ts';
import { defineKeyset, selectPage, type Page, type PageRequest, type SortKey } from '../../db/keyset.ts';
import type {
  CouponsTable,
  PlansTable,
  SubscriptionAddonsTable,
  SubscriptionChargesTable,
  SubscriptionEventsTable,
  SubscriptionInvoicesTable,
  SubscriptionStatus,
  SubscriptionsTable,
} from '../../db/subscription-tables.ts';

export async function insertSubscription(db: Db, row: SubscriptionsTable): Promise<void> {
  await db.insertInto('subscriptions').values(row).execute();
}

export async function insertSubscriptionAddons(db: Db, rows: SubscriptionAddonsTable[]): Promise<void> {
  for (let start = 0; start < rows.length; start += 25) await db.insertInto('subscription_addons').values(rows.slice(start, start + 25)).execute();
}

export async function insertEvent(db: Db, row: SubscriptionEventsTable): Promise<void> {
  await db.insertInto('subscription_events').values(row).execute();
}

export async function findSubscription(db: Db, organizationId: string, id: string): Promise<SubscriptionsTable | undefined> {
  return db.selectFrom('subscriptions').selectAll().where('organization_id', '=', organizationId).where('id', '=', id).executeTakeFirst();
}

export async function findSubscriptionById(db: Db, id: string): Promise<SubscriptionsTable | undefined> {
  return db.selectFrom('subscriptions').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function isSubscriptionNumberTaken(db: Db, organizationId: string, number: string): Promise<boolean> {
  const row = await db.selectFrom('subscriptions').select('id').where('organization_id', '=', organizationId).where('number', '=', number).executeTakeFirst();
  return row !== undefined;
}

/** The subscription's add-ons with their catalogue rows, in the order they were added. */
export async function findSubscriptionAddons(db: Db, subscriptionId: string) {
  return db
    .selectFrom('subscription_addons')
    .innerJoin('addons', 'addons.id', 'subscription_addons.addon_id')
    .select([
      'subscription_addons.id',
      'subscription_addons.addon_id',
      'subscription_addons.quantity',
      'subscription_addons.unit_price_minor',
      'subscription_addons.billed_document_id',
      'addons.code',
      'addons.name',
      'addons.kind',
      'addons.tax_id',
    ])
    .where('subscription_addons.subscription_id', '=', subscriptionId)
    .orderBy('subscription_addons.created_at')
    .orderBy('subscription_addons.id')
    .execute();
}
export type SubscriptionAddonRow = Awaited<ReturnType<typeof findSubscriptionAddons>>[number];

/** Marks one-off add-ons as invoiced by `documentId`, only those not invoiced yet. */
export async function markAddonsBilled(db: Db, subscriptionAddonIds: string[], documentId: string): Promise<void> {
  if (subscriptionAddonIds.length === 0) return;
  await db.updateTable('subscription_addons').set({ billed_document_id: documentId }).where('id', 'in', subscriptionAddonIds).where('billed_document_id', 'is', null).execute();
}

export async function listEvents(db: Db, subscriptionId: string): Promise<SubscriptionEventsTable[]> {
  return db.selectFrom('subscription_events').selectAll().where('subscription_id', '=', subscriptionId).orderBy('created_at').orderBy('id').execute();
}

export async function findInvoiceKey(db: Db, subscriptionId: string, billingKey: string): Promise<SubscriptionInvoicesTable | undefined> {
  return db.selectFrom('subscription_invoices').selectAll().where('subscription_id', '=', subscriptionId).where('billing_key', '=', billingKey).executeTakeFirst();
}

/**
 * Claims a billing key for a document. Answers false when the key is taken: on PostgreSQL a second
 * transaction inserting the same key waits for the first one's commit and then inserts nothing.
 */
export async function insertInvoiceKey(db: Db, row: SubscriptionInvoicesTable): Promise<boolean> {
  const result = await db
    .insertInto('subscription_invoices')
    .values(row)
    .onConflict((oc) => oc.columns(['subscription_id', 'billing_key']).doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0n) === 1;
}

/** The subscription's invoices with their billing period, newest first. */
export async function listSubscriptionInvoices(db: Db, subscriptionId: string) {
  return db
    .selectFrom('subscription_invoices')
    .innerJoin('documents', 'documents.id', 'subscription_invoices.document_id')
    .select([
      'documents.id',
      'documents.number',
      'documents.status',
      'documents.kind',
      'documents.total_minor',
      'documents.balance_minor',
      'documents.issue_date',
      'subscription_invoices.billing_key',
      'subscription_invoices.period_index',
      'subscription_invoices.period_start',
      'subscription_invoices.period_end',
      'subscription_invoices.created_at',
    ])
    .where('subscription_invoices.subscription_id', '=', subscriptionId)
    .orderBy('subscription_invoices.created_at', 'desc')
    .orderBy('documents.number', 'desc')
    .execute();
}

export async function findDocumentRow(db: Db, documentId: string): Promise<DocumentsTable | undefined> {
  return db.selectFrom('documents').selectAll().where('id', '=', documentId).executeTakeFirst();
}

/**
 * Applies `changes` and bumps the version, only while the row is still at `version`. Answers whether it
 * was: of two writers that read the same version, one wins (on PostgreSQL the other waits for its row
 * lock, then finds the version moved on and updates nothing).
 */
export async function updateSubscriptionAt(db: Db, id: string, version: number, changes: Partial<SubscriptionsTable>): Promise<boolean> {
  const { version: _ignored, id: _id, ...rest } = changes;
  const result = await db
    .updateTable('subscriptions')
    .set((eb) => ({ ...rest, version: eb('version', '+', 1) }))
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/**
 * Subscriptions in `statuses` whose next billing date is on or before `through`, oldest due first,
 * across organizations (the renewal job's scan; each organization's own "today" is checked by the caller).
 */
export async function listDueSubscriptions(db: Db, statuses: readonly SubscriptionStatus[], through: string, limit: number, afterId?: string): Promise<SubscriptionsTable[]> {
  let query = db
    .selectFrom('subscriptions')
    .selectAll()
    .where('status', 'in', [...statuses])
    .where((eb) => eb.or([eb('next_billing_date', '<=', through), eb.and([eb('ends_on', 'is not', null), eb('ends_on', '<=', through)])]));
  if (afterId) query = query.where('id', '>', afterId);
  return query.orderBy('id').limit(limit).execute();
}

/** Unpaid subscriptions (dunning over), for the check whether their invoices were paid meanwhile. */
export async function listUnpaidSubscriptions(db: Db, limit: number): Promise<SubscriptionsTable[]> {
  return db.selectFrom('subscriptions').selectAll().where('status', '=', 'unpaid').orderBy('id').limit(limit).execute();
}

/** Open balances of the subscription's invoices (sent and not yet paid). */
export async function openInvoiceBalance(db: Db, subscriptionId: string): Promise<number> {
  const rows = await db
    .selectFrom('subscription_invoices')
    .innerJoin('documents', 'documents.id', 'subscription_invoices.document_id')
    .select(['documents.balance_minor', 'documents.status'])
    .where('subscription_invoices.subscription_id', '=', subscriptionId)
    .where('documents.kind', '=', 'invoice')
    .execute();
  return rows.filter((row) => row.status !== 'void' && row.status !== 'draft').reduce((sum, row) => sum + Number(row.balance_minor), 0);
}

// ── Catalogue reads (plans, add-ons, coupons, taxes) ────────────────────────────────────────────

export async function findTaxes(db: Db, organizationId: string, ids: string[]): Promise<TaxesTable[]> {
  if (ids.length === 0) return [];
  return db.selectFrom('taxes').selectAll().where('organization_id', '=', organizationId).where('id', 'in', ids).execute();
}

export async function findPlanSummaries(db: Db, planIds: string[]): Promise<Pick<PlansTable, 'id' | 'code' | 'name'>[]> {
  if (planIds.length === 0) return [];
  return db.selectFrom('plans').select(['id', 'code', 'name']).where('id', 'in', planIds).execute();
}

export async function findCouponOf(db: Db, couponId: string): Promise<CouponsTable | undefined> {
  return db.selectFrom('coupons').selectAll().where('id', '=', couponId).executeTakeFirst();
}

export async function findPaymentMethod(db: Db, customerId: string, id: string): Promise<PaymentMethodsTable | undefined> {
  return db.selectFrom('payment_methods').selectAll().where('customer_id', '=', customerId).where('id', '=', id).where('removed_at', 'is', null).executeTakeFirst();
}

/** The customer's default saved method of `gateway` (null: none saved). */
export async function findDefaultPaymentMethod(db: Db, customerId: string): Promise<PaymentMethodsTable | undefined> {
  return db.selectFrom('payment_methods').selectAll().where('customer_id', '=', customerId).where('removed_at', 'is', null).orderBy('is_default', 'desc').orderBy('created_at').executeTakeFirst();
}

export async function findPaymentMethodAnyState(db: Db, id: string): Promise<Pick<PaymentMethodsTable, 'id' | 'brand' | 'last4' | 'type' | 'removed_at'> | undefined> {
  return db.selectFrom('payment_methods').select(['id', 'brand', 'last4', 'type', 'removed_at']).where('id', '=', id).executeTakeFirst();
}

export async function customerNames(db: Db, customerIds: string[]): Promise<Map<string, string>> {
  if (customerIds.length === 0) return new Map();
  const rows = await db.selectFrom('customers').select(['id', 'display_name']).where('id', 'in', customerIds).execute();
  return new Map(rows.map((row) => [row.id, row.display_name]));
}

export async function staffName(db: Db, staffUserId: string | null): Promise<string | null> {
  if (!staffUserId) return null;
  const row = await db.selectFrom('staff_users').select('name').where('id', '=', staffUserId).executeTakeFirst();
  return row?.name ?? null;
}

// ── Charges (dunning) ────────────────────────────────────────────────────────────────────────────

/** A charge attempt; false when that attempt of the document exists already (unique document + attempt number). */
export async function insertCharge(db: Db, row: SubscriptionChargesTable): Promise<boolean> {
  const result = await db
    .insertInto('subscription_charges')
    .values(row)
    .onConflict((oc) => oc.columns(['document_id', 'attempt_number']).doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0n) === 1;
}

export async function findCharge(db: Db, documentId: string, attemptNumber: number): Promise<SubscriptionChargesTable | undefined> {
  return db.selectFrom('subscription_charges').selectAll().where('document_id', '=', documentId).where('attempt_number', '=', attemptNumber).executeTakeFirst();
}

export async function listCharges(db: Db, subscriptionId: string): Promise<SubscriptionChargesTable[]> {
  return db.selectFrom('subscription_charges').selectAll().where('subscription_id', '=', subscriptionId).orderBy('created_at').orderBy('attempt_number').execute();
}

export async function listChargesOfDocument(db: Db, documentId: string): Promise<SubscriptionChargesTable[]> {
  return db.selectFrom('subscription_charges').selectAll().where('document_id', '=', documentId).orderBy('attempt_number').execute();
}

/**
 * Takes a scheduled charge for this run: sets `attempted_at` only while it is still scheduled and not
 * taken (or taken by a run that died more than `staleBefore` ago). Answers whether this run has it.
 */
export async function leaseCharge(db: Db, id: string, seenAttemptedAt: string | null, now: string): Promise<boolean> {
  let query = db.updateTable('subscription_charges').set({ attempted_at: now }).where('id', '=', id).where('status', '=', 'scheduled');
  query = seenAttemptedAt === null ? query.where('attempted_at', 'is', null) : query.where('attempted_at', '=', seenAttemptedAt);
  const result = await query.executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function updateCharge(db: Db, id: string, fromStatuses: SubscriptionChargesTable['status'][], changes: Partial<SubscriptionChargesTable>): Promise<boolean> {
  const result = await db.updateTable('subscription_charges').set(changes).where('id', '=', id).where('status', 'in', fromStatuses).executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Scheduled charges due by `now`: never taken, or taken by a run that died (attempted before `staleBefore`). */
export async function listDueCharges(db: Db, now: string, staleBefore: string, limit: number): Promise<SubscriptionChargesTable[]> {
  return db
    .selectFrom('subscription_charges')
    .selectAll()
    .where('status', '=', 'scheduled')
    .where('due_at', '<=', now)
    .where((eb) => eb.or([eb('attempted_at', 'is', null), eb('attempted_at', '<', staleBefore)]))
    .orderBy('due_at')
    .orderBy('id')
    .limit(limit)
    .execute();
}

/** Pending charges (a bank debit or a challenge in flight): their attempt is looked at again. */
export async function listPendingCharges(db: Db, limit: number): Promise<SubscriptionChargesTable[]> {
  return db.selectFrom('subscription_charges').selectAll().where('status', '=', 'pending').orderBy('created_at').limit(limit).execute();
}

export async function findAttemptStatus(db: Db, attemptId: string) {
  return db.selectFrom('payment_attempts').select(['id', 'status', 'failure_code', 'failure_message']).where('id', '=', attemptId).executeTakeFirst();
}

// ── The staff list ───────────────────────────────────────────────────────────────────────────────

const subscriptionSortKeys = {
  created_at: { column: 'created_at', type: 'string', of: (row) => row.created_at },
  number: { column: 'number', type: 'string', of: (row) => row.number },
  next_billing_date: { column: 'next_billing_date', type: 'string', nulls: 'last', of: (row) => row.next_billing_date },
} satisfies Record<string, SortKey<SubscriptionsTable>>;
export type SubscriptionSortKey = keyof typeof subscriptionSortKeys;

const staffSubscriptionList = defineKeyset<SubscriptionsTable>()({ list: 'subscriptions.staff', id: { column: 'id', of: (row) => row.id }, keys: subscriptionSortKeys });

export interface SubscriptionListOptions extends PageRequest<SubscriptionSortKey> {
  organizationId: string;
  customerId?: string | undefined;
  planId?: string | undefined;
  status?: SubscriptionStatus | undefined;
}

export async function listSubscriptionPage(db: Db, options: SubscriptionListOptions): Promise<Page<SubscriptionsTable>> {
  let query = db.selectFrom('subscriptions').selectAll().where('organization_id', '=', options.organizationId);
  if (options.customerId) query = query.where('customer_id', '=', options.customerId);
  if (options.planId) query = query.where('plan_id', '=', options.planId);
  if (options.status) query = query.where('status', '=', options.status);
  return selectPage(query, staffSubscriptionList, options);
}

/** Per subscription of a page: the recurring add-ons' amounts and the coupon, for the amount per period. */
export async function findAddonsOfSubscriptions(db: Db, subscriptionIds: string[]) {
  if (subscriptionIds.length === 0) return [];
  return db
    .selectFrom('subscription_addons')
    .innerJoin('addons', 'addons.id', 'subscription_addons.addon_id')
    .select([
      'subscription_addons.subscription_id',
      'subscription_addons.id',
      'subscription_addons.addon_id',
      'subscription_addons.quantity',
      'subscription_addons.unit_price_minor',
      'subscription_addons.billed_document_id',
      'addons.code',
      'addons.name',
      'addons.kind',
      'addons.tax_id',
    ])
    .where('subscription_addons.subscription_id', 'in', subscriptionIds)
    .orderBy('subscription_addons.created_at')
    .orderBy('subscription_addons.id')
    .execute();
}

export async function findCouponsByIds(db: Db, ids: string[]): Promise<CouponsTable[]> {
  if (ids.length === 0) return [];
  return db.selectFrom('coupons').selectAll().where('id', 'in', ids).execute();
}

export async function findPlansByIds(db: Db, ids: string[]): Promise<PlansTable[]> {
  if (ids.length === 0) return [];
  return db.selectFrom('plans').selectAll().where('id', 'in', ids).execute();
}


export async function findInvoiceOfDocument(db: Db, subscriptionId: string, documentId: string): Promise<SubscriptionInvoicesTable | undefined> {
  return db.selectFrom('subscription_invoices').selectAll().where('subscription_id', '=', subscriptionId).where('document_id', '=', documentId).executeTakeFirst();
}

export async function isSourceDocumentTaken(db: Db, documentId: string): Promise<boolean> {
  const row = await db.selectFrom('subscriptions').select('id').where('source_document_id', '=', documentId).executeTakeFirst();
  return row !== undefined;
}

/** The subscription made from a document (an accepted estimate), if any: at most one (a unique index). */
export async function findSubscriptionBySourceDocument(db: Db, organizationId: string, documentId: string): Promise<SubscriptionsTable | undefined> {
  return db.selectFrom('subscriptions').selectAll().where('organization_id', '=', organizationId).where('source_document_id', '=', documentId).executeTakeFirst();
}

/** Whether the database refused a row for a unique index (PostgreSQL 23505, SQLite's UNIQUE constraint). */
export function isUniqueViolation(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  const message = (error as { message?: unknown } | null)?.message;
  return code === '23505' || code === 'SQLITE_CONSTRAINT_UNIQUE' || (typeof message === 'string' && message.includes('UNIQUE constraint failed'));
}

/** A savepoint in the caller's transaction (both databases), to undo part of it; `name` is Portico's own, never input. */
export async function savepoint(db: Db, name: string): Promise<void> {
  await sql`savepoint ${sql.raw(name)}`.execute(db);
}

/** Undoes everything since the savepoint and drops it. */
export async function rollbackToSavepoint(db: Db, name: string): Promise<void> {
  await sql`rollback to savepoint ${sql.raw(name)}`.execute(db);
  await sql`release savepoint ${sql.raw(name)}`.execute(db);
}

export async function releaseSavepoint(db: Db, name: string): Promise<void> {
  await sql`release savepoint ${sql.raw(name)}`.execute(db);
}

export async function replaceSubscriptionAddons(db: Db, subscriptionId: string, rows: SubscriptionAddonsTable[]): Promise<void> {
  await db.deleteFrom('subscription_addons').where('subscription_id', '=', subscriptionId).execute();
  await insertSubscriptionAddons(db, rows);
}
