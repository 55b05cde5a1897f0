import type { Selectable, Updateable } from 'kysely';
import type { Db } from '../../db/database.ts';
import type {
  TestGatewayCustomersTable,
  TestGatewayEventsTable,
  TestGatewayMethodsTable,
  TestGatewayPaymentStatus,
  TestGatewayPaymentsTable,
  TestGatewayRefundsTable,
  TestGatewayTokensTable,
} from './test-gateway-tables.ts';

/** Every query of the test gateway: its own tables, never Portico's. */

export type TokenRow = Selectable<TestGatewayTokensTable>;
export type MethodRow = Selectable<TestGatewayMethodsTable>;
export type PaymentRow = Selectable<TestGatewayPaymentsTable>;
export type RefundRow = Selectable<TestGatewayRefundsTable>;
export type EventRow = Selectable<TestGatewayEventsTable>;

const changed = (result: { numUpdatedRows: bigint } | undefined) => Number(result?.numUpdatedRows ?? 0) > 0;

// Numbers from bigint columns arrive as numbers on PostgreSQL (create-db.ts) and SQLite alike; made sure here.
function paymentOf(row: PaymentRow): PaymentRow {
  return { ...row, amount_minor: Number(row.amount_minor), refunded_minor: Number(row.refunded_minor) };
}
function refundOf(row: RefundRow): RefundRow {
  return { ...row, amount_minor: Number(row.amount_minor) };
}

export async function insertToken(db: Db, row: TestGatewayTokensTable): Promise<void> {
  await db.insertInto('test_gateway_tokens').values(row).execute();
}

export async function findToken(db: Db, id: string): Promise<TokenRow | undefined> {
  return db.selectFrom('test_gateway_tokens').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Uses the token up; false when it was used already (by a concurrent call too). */
export async function markTokenUsed(db: Db, id: string, now: string): Promise<boolean> {
  return changed(await db.updateTable('test_gateway_tokens').set({ used_at: now }).where('id', '=', id).where('used_at', 'is', null).executeTakeFirst());
}

/** Inserts unless the idempotency key is taken; answers whether it was inserted. */
export async function insertCustomer(db: Db, row: TestGatewayCustomersTable): Promise<boolean> {
  const inserted = await db
    .insertInto('test_gateway_customers')
    .values(row)
    .onConflict((oc) => oc.column('idempotency_key').doNothing())
    .returning('id')
    .executeTakeFirst();
  return inserted !== undefined;
}

export async function findCustomerIdByKey(db: Db, idempotencyKey: string): Promise<string | undefined> {
  const row = await db.selectFrom('test_gateway_customers').select('id').where('idempotency_key', '=', idempotencyKey).executeTakeFirst();
  return row?.id;
}

export async function customerExists(db: Db, id: string): Promise<boolean> {
  return (await db.selectFrom('test_gateway_customers').select('id').where('id', '=', id).executeTakeFirst()) !== undefined;
}

export async function insertMethod(db: Db, row: TestGatewayMethodsTable): Promise<void> {
  await db.insertInto('test_gateway_methods').values(row).execute();
}

export async function findMethod(db: Db, id: string): Promise<MethodRow | undefined> {
  return db.selectFrom('test_gateway_methods').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Changes an attached method; false when it is unknown or detached. */
export async function updateMethodRow(db: Db, id: string, changes: Updateable<TestGatewayMethodsTable>): Promise<boolean> {
  return changed(await db.updateTable('test_gateway_methods').set(changes).where('id', '=', id).where('detached_at', 'is', null).executeTakeFirst());
}

export async function detachMethodRow(db: Db, id: string, now: string): Promise<void> {
  await db.updateTable('test_gateway_methods').set({ detached_at: now, updated_at: now }).where('id', '=', id).where('detached_at', 'is', null).execute();
}

/**
 * Inserts the payment unless its idempotency key is taken (the unique column decides, so concurrent
 * calls with one key make one payment); answers whether this call inserted it.
 */
export async function insertPayment(db: Db, row: TestGatewayPaymentsTable): Promise<boolean> {
  const inserted = await db
    .insertInto('test_gateway_payments')
    .values(row)
    .onConflict((oc) => oc.column('idempotency_key').doNothing())
    .returning('id')
    .executeTakeFirst();
  return inserted !== undefined;
}

export async function findPayment(db: Db, id: string): Promise<PaymentRow | undefined> {
  const row = await db.selectFrom('test_gateway_payments').selectAll().where('id', '=', id).executeTakeFirst();
  return row && paymentOf(row);
}

export async function findPaymentByKey(db: Db, idempotencyKey: string): Promise<PaymentRow | undefined> {
  const row = await db.selectFrom('test_gateway_payments').selectAll().where('idempotency_key', '=', idempotencyKey).executeTakeFirst();
  return row && paymentOf(row);
}

export async function findPaymentByReference(db: Db, reference: string): Promise<PaymentRow | undefined> {
  const row = await db
    .selectFrom('test_gateway_payments')
    .selectAll()
    .where('reference', '=', reference)
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .executeTakeFirst();
  return row && paymentOf(row);
}

/** Moves a payment on from one of `from` (a conditional update: the first change wins); false when it was elsewhere. */
export async function updatePaymentFrom(
  db: Db,
  id: string,
  from: readonly TestGatewayPaymentStatus[],
  changes: Updateable<TestGatewayPaymentsTable>,
  where: { authentication?: 'pending' | 'approved' } = {},
): Promise<boolean> {
  let query = db.updateTable('test_gateway_payments').set(changes).where('id', '=', id).where('status', 'in', [...from]);
  if (where.authentication) query = query.where('authentication', '=', where.authentication);
  return changed(await query.executeTakeFirst());
}

export async function findDuePaymentIds(db: Db, now: string, limit: number): Promise<string[]> {
  const rows = await db
    .selectFrom('test_gateway_payments')
    .select('id')
    .where('status', '=', 'processing')
    .where('settle_at', '<=', now)
    .orderBy('settle_at')
    .limit(limit)
    .execute();
  return rows.map((row) => row.id);
}

/** Adds to what a succeeded payment has refunded, never beyond its amount; false when that would be exceeded. */
export async function addRefunded(db: Db, paymentId: string, amountMinor: number, now: string): Promise<boolean> {
  return changed(
    await db
      .updateTable('test_gateway_payments')
      .set((eb) => ({ refunded_minor: eb('refunded_minor', '+', amountMinor), updated_at: now }))
      .where('id', '=', paymentId)
      .where('status', '=', 'succeeded')
      .where((eb) => eb(eb('refunded_minor', '+', amountMinor), '<=', eb.ref('amount_minor')))
      .executeTakeFirst(),
  );
}

export async function subtractRefunded(db: Db, paymentId: string, amountMinor: number, now: string): Promise<void> {
  await db
    .updateTable('test_gateway_payments')
    .set((eb) => ({ refunded_minor: eb('refunded_minor', '-', amountMinor), updated_at: now }))
    .where('id', '=', paymentId)
    .execute();
}

export async function insertRefund(db: Db, row: TestGatewayRefundsTable): Promise<boolean> {
  const inserted = await db
    .insertInto('test_gateway_refunds')
    .values(row)
    .onConflict((oc) => oc.column('idempotency_key').doNothing())
    .returning('id')
    .executeTakeFirst();
  return inserted !== undefined;
}

export async function findRefund(db: Db, id: string): Promise<RefundRow | undefined> {
  const row = await db.selectFrom('test_gateway_refunds').selectAll().where('id', '=', id).executeTakeFirst();
  return row && refundOf(row);
}

export async function findRefundByKey(db: Db, idempotencyKey: string): Promise<RefundRow | undefined> {
  const row = await db.selectFrom('test_gateway_refunds').selectAll().where('idempotency_key', '=', idempotencyKey).executeTakeFirst();
  return row && refundOf(row);
}

export async function completeRefundRow(db: Db, id: string, changes: Updateable<TestGatewayRefundsTable>): Promise<boolean> {
  return changed(await db.updateTable('test_gateway_refunds').set(changes).where('id', '=', id).where('status', '=', 'pending').executeTakeFirst());
}

export async function findDueRefundIds(db: Db, now: string, limit: number): Promise<string[]> {
  const rows = await db
    .selectFrom('test_gateway_refunds')
    .select('id')
    .where('status', '=', 'pending')
    .where('settle_at', '<=', now)
    .orderBy('settle_at')
    .limit(limit)
    .execute();
  return rows.map((row) => row.id);
}

export async function findPendingRefundIdsOfPayment(db: Db, paymentId: string): Promise<string[]> {
  const rows = await db.selectFrom('test_gateway_refunds').select('id').where('payment_id', '=', paymentId).where('status', '=', 'pending').execute();
  return rows.map((row) => row.id);
}

export async function insertEvent(db: Db, row: TestGatewayEventsTable): Promise<void> {
  await db.insertInto('test_gateway_events').values(row).execute();
}

export async function findEvent(db: Db, id: string): Promise<EventRow | undefined> {
  return db.selectFrom('test_gateway_events').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function findDueEvents(db: Db, now: string, maxAttempts: number, limit: number): Promise<EventRow[]> {
  return db
    .selectFrom('test_gateway_events')
    .selectAll()
    .where('delivered_at', 'is', null)
    .where('deliver_after', '<=', now)
    .where('attempts', '<', maxAttempts)
    .orderBy('created_at')
    .orderBy('id')
    .limit(limit)
    .execute();
}

/**
 * Claims a due event for one delivery attempt: moves its next attempt to `leaseUntil` and counts the
 * attempt, if nobody else did first (several instances may tick at once). False when another took it.
 */
export async function claimEvent(db: Db, event: EventRow, leaseUntil: string): Promise<boolean> {
  return changed(
    await db
      .updateTable('test_gateway_events')
      .set({ deliver_after: leaseUntil, attempts: event.attempts + 1 })
      .where('id', '=', event.id)
      .where('delivered_at', 'is', null)
      .where('deliver_after', '=', event.deliver_after)
      .where('attempts', '=', event.attempts)
      .executeTakeFirst(),
  );
}

export async function markEventDelivered(db: Db, id: string, now: string, status: number): Promise<void> {
  await db.updateTable('test_gateway_events').set({ delivered_at: now, last_status: status }).where('id', '=', id).execute();
}

export async function scheduleEventRetry(db: Db, id: string, at: string, status: number): Promise<void> {
  await db.updateTable('test_gateway_events').set({ deliver_after: at, last_status: status }).where('id', '=', id).where('delivered_at', 'is', null).execute();
}
