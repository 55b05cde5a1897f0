import type { Updateable } from 'kysely';
import type { DocumentsTable, GatewayEventsTable, PaymentAttemptStatus, PaymentAttemptsTable, PaymentMethodsTable } from '../../db/billing-tables.ts';
import type { CustomerRow, Db } from '../../db/database.ts';

export async function findCustomer(db: Db, organizationId: string, customerId: string): Promise<CustomerRow | undefined> {
  return db.selectFrom('customers').selectAll().where('organization_id', '=', organizationId).where('id', '=', customerId).executeTakeFirst();
}

/** The customer's invoices and retainer invoices that can take a payment (sent, something left), oldest first. */
export async function listPayableDocuments(db: Db, organizationId: string, customerId: string, statuses: readonly string[]): Promise<DocumentsTable[]> {
  return db
    .selectFrom('documents')
    .selectAll()
    .where('organization_id', '=', organizationId)
    .where('customer_id', '=', customerId)
    .where('kind', 'in', ['invoice', 'retainer_invoice'])
    .where('status', 'in', statuses)
    .where('balance_minor', '>', 0)
    .orderBy('due_date')
    .orderBy('issue_date')
    .orderBy('id')
    .execute();
}

/** The customer's open credit notes with unused credit, oldest first. */
export async function listAvailableCredits(db: Db, organizationId: string, customerId: string): Promise<DocumentsTable[]> {
  return db
    .selectFrom('documents')
    .selectAll()
    .where('organization_id', '=', organizationId)
    .where('customer_id', '=', customerId)
    .where('kind', '=', 'credit_note')
    .where('status', '=', 'open')
    .where('balance_minor', '>', 0)
    .orderBy('issue_date')
    .orderBy('id')
    .execute();
}

export async function insertAttempt(db: Db, row: PaymentAttemptsTable): Promise<void> {
  await db.insertInto('payment_attempts').values(row).execute();
}

export async function findAttempt(db: Db, organizationId: string, id: string): Promise<PaymentAttemptsTable | undefined> {
  return db.selectFrom('payment_attempts').selectAll().where('organization_id', '=', organizationId).where('id', '=', id).executeTakeFirst();
}

export async function findAttemptAnywhere(db: Db, id: string): Promise<PaymentAttemptsTable | undefined> {
  return db.selectFrom('payment_attempts').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function findAttemptByGatewayPayment(db: Db, gateway: string, gatewayPaymentId: string): Promise<PaymentAttemptsTable | undefined> {
  return db.selectFrom('payment_attempts').selectAll().where('gateway', '=', gateway).where('gateway_payment_id', '=', gatewayPaymentId).executeTakeFirst();
}

/**
 * Moves an attempt on only from one of `from`: one conditional UPDATE, so of two completions racing (the
 * browser's confirm, a webhook, the reconciliation job) exactly one wins and records the outcome.
 */
export async function updateAttemptFrom(db: Db, id: string, from: readonly PaymentAttemptStatus[], changes: Updateable<PaymentAttemptsTable>): Promise<boolean> {
  const result = await db.updateTable('payment_attempts').set(changes).where('id', '=', id).where('status', 'in', from).executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Attempts still open whose last change is older than `before` (reconciliation), oldest first. */
export async function listStaleAttempts(db: Db, statuses: readonly PaymentAttemptStatus[], before: string, limit: number): Promise<PaymentAttemptsTable[]> {
  return db.selectFrom('payment_attempts').selectAll().where('status', 'in', statuses).where('updated_at', '<', before).orderBy('updated_at').limit(limit).execute();
}

/**
 * Leases a stale attempt for one reconciler: bumps `updated_at` only if nobody did since it was read,
 * so two instances never reconcile the same attempt at once.
 */
export async function leaseAttempt(db: Db, attempt: PaymentAttemptsTable, now: string): Promise<boolean> {
  const result = await db
    .updateTable('payment_attempts')
    .set({ updated_at: now })
    .where('id', '=', attempt.id)
    .where('status', '=', attempt.status)
    .where('updated_at', '=', attempt.updated_at)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function countOpenAttemptsOfCustomer(db: Db, customerId: string, statuses: readonly PaymentAttemptStatus[]): Promise<number> {
  const row = await db.selectFrom('payment_attempts').select((eb) => eb.fn.countAll<number>().as('count')).where('customer_id', '=', customerId).where('status', 'in', statuses).executeTakeFirst();
  return Number(row?.count ?? 0);
}

export async function findGatewayCustomerId(db: Db, customerId: string, gateway: string): Promise<string | undefined> {
  const row = await db.selectFrom('gateway_customers').select('gateway_customer_id').where('customer_id', '=', customerId).where('gateway', '=', gateway).executeTakeFirst();
  return row?.gateway_customer_id;
}

export async function insertGatewayCustomer(db: Db, row: { customer_id: string; gateway: string; organization_id: string; gateway_customer_id: string; created_at: string }): Promise<void> {
  await db
    .insertInto('gateway_customers')
    .values(row)
    .onConflict((oc) => oc.columns(['customer_id', 'gateway']).doNothing())
    .execute();
}

export async function listSavedMethods(db: Db, customerId: string, gateway: string): Promise<PaymentMethodsTable[]> {
  return db
    .selectFrom('payment_methods')
    .selectAll()
    .where('customer_id', '=', customerId)
    .where('gateway', '=', gateway)
    .where('removed_at', 'is', null)
    .orderBy('is_default', 'desc')
    .orderBy('created_at', 'desc')
    .orderBy('id')
    .execute();
}

export async function findSavedMethod(db: Db, customerId: string, id: string): Promise<PaymentMethodsTable | undefined> {
  return db.selectFrom('payment_methods').selectAll().where('customer_id', '=', customerId).where('id', '=', id).where('removed_at', 'is', null).executeTakeFirst();
}

export async function findSavedMethodByGatewayId(db: Db, customerId: string, gateway: string, gatewayMethodId: string): Promise<PaymentMethodsTable | undefined> {
  return db
    .selectFrom('payment_methods')
    .selectAll()
    .where('customer_id', '=', customerId)
    .where('gateway', '=', gateway)
    .where('gateway_method_id', '=', gatewayMethodId)
    .where('removed_at', 'is', null)
    .executeTakeFirst();
}

export async function insertSavedMethod(db: Db, row: PaymentMethodsTable): Promise<void> {
  await db.insertInto('payment_methods').values(row).execute();
}

export async function updateSavedMethod(db: Db, id: string, changes: Updateable<PaymentMethodsTable>): Promise<void> {
  await db.updateTable('payment_methods').set(changes).where('id', '=', id).execute();
}

/** Makes one method the customer's default and every other one not, in one statement. */
export async function makeDefaultMethod(db: Db, customerId: string, id: string, at: string): Promise<void> {
  await db
    .updateTable('payment_methods')
    .set((eb) => ({ is_default: eb.case().when('id', '=', id).then(1).else(0).end(), updated_at: at }))
    .where('customer_id', '=', customerId)
    .where('removed_at', 'is', null)
    .execute();
}

/** Records a gateway event once: false when it was seen before (a replay changes nothing). */
export async function recordGatewayEvent(db: Db, row: GatewayEventsTable): Promise<boolean> {
  const result = await db
    .insertInto('gateway_events')
    .values(row)
    .onConflict((oc) => oc.columns(['gateway', 'event_id']).doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) === 1;
}

export async function findPaymentOfAttempt(db: Db, attemptId: string): Promise<{ id: string; number: string } | undefined> {
  return db.selectFrom('payments').select(['id', 'number']).where('attempt_id', '=', attemptId).executeTakeFirst();
}

export async function findDocumentNumbers(db: Db, ids: string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db.selectFrom('documents').select(['id', 'number']).where('id', 'in', ids).execute();
  return new Map(rows.map((row) => [row.id, row.number]));
}
