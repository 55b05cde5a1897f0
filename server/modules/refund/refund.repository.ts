import type { PaymentsTable, RefundAllocationsTable, RefundsTable } from '../../db/billing-tables.ts';
import type { Db } from '../../db/database.ts';

export async function findPayment(db: Db, organizationId: string, id: string): Promise<PaymentsTable | undefined> {
  return db.selectFrom('payments').selectAll().where('organization_id', '=', organizationId).where('id', '=', id).executeTakeFirst();
}

/** The payment's allocations with their documents' dates, to give money back newest first. */
export async function listAllocationsOfPayment(db: Db, paymentId: string): Promise<{ document_id: string; amount_minor: number; due_date: string | null; issue_date: string; number: string }[]> {
  const rows = await db
    .selectFrom('payment_allocations')
    .innerJoin('documents', 'documents.id', 'payment_allocations.document_id')
    .select(['payment_allocations.document_id', 'payment_allocations.amount_minor', 'documents.due_date', 'documents.issue_date', 'documents.number'])
    .where('payment_allocations.payment_id', '=', paymentId)
    .execute();
  return rows.map((row) => ({ ...row, amount_minor: Number(row.amount_minor) }));
}

/** What refunds of this payment (pending or done) already gave back per document. */
export async function refundedPerDocument(db: Db, paymentId: string): Promise<Map<string, number>> {
  const rows = await db
    .selectFrom('refund_allocations')
    .innerJoin('refunds', 'refunds.id', 'refund_allocations.refund_id')
    .select(['refund_allocations.document_id', (eb) => eb.fn.sum<number>('refund_allocations.amount_minor').as('total')])
    .where('refunds.payment_id', '=', paymentId)
    .where('refunds.status', 'in', ['pending', 'succeeded'])
    .groupBy('refund_allocations.document_id')
    .execute();
  return new Map(rows.map((row) => [row.document_id, Number(row.total)]));
}

/**
 * Counts `amount` as refunded on the payment only while what is left covers it: one conditional
 * UPDATE, so two refunds racing for the same money never both pass.
 */
export async function takeRefundable(db: Db, paymentId: string, amount: number, now: string): Promise<boolean> {
  const result = await db
    .updateTable('payments')
    .set((eb) => ({ refunded_minor: eb('refunded_minor', '+', amount), updated_at: now }))
    .where('id', '=', paymentId)
    .where('status', '=', 'completed')
    .where((eb) => eb(eb('amount_minor', '-', eb.ref('refunded_minor')), '>=', amount))
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function giveBackRefundable(db: Db, paymentId: string, amount: number, now: string): Promise<void> {
  await db
    .updateTable('payments')
    .set((eb) => ({ refunded_minor: eb('refunded_minor', '-', amount), updated_at: now }))
    .where('id', '=', paymentId)
    .where('refunded_minor', '>=', amount)
    .execute();
}

export async function insertRefund(db: Db, row: RefundsTable, allocations: RefundAllocationsTable[]): Promise<void> {
  await db.insertInto('refunds').values(row).execute();
  if (allocations.length > 0) await db.insertInto('refund_allocations').values(allocations).execute();
}

export async function findRefund(db: Db, organizationId: string, id: string): Promise<RefundsTable | undefined> {
  return db.selectFrom('refunds').selectAll().where('organization_id', '=', organizationId).where('id', '=', id).executeTakeFirst();
}

export async function findRefundAnywhere(db: Db, id: string): Promise<RefundsTable | undefined> {
  return db.selectFrom('refunds').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Moves a pending refund on (conditional on it still pending: recorded once). */
export async function finishRefund(db: Db, id: string, changes: Pick<RefundsTable, 'status' | 'gateway_refund_id' | 'failure_message' | 'completed_at'>): Promise<boolean> {
  const result = await db.updateTable('refunds').set(changes).where('id', '=', id).where('status', '=', 'pending').executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function listRefundAllocations(db: Db, refundId: string): Promise<RefundAllocationsTable[]> {
  return db.selectFrom('refund_allocations').selectAll().where('refund_id', '=', refundId).execute();
}

/** The allocations of several refunds in one query (a list shows each refund's documents). */
export async function listAllocationsOfRefunds(db: Db, refundIds: readonly string[]): Promise<RefundAllocationsTable[]> {
  if (refundIds.length === 0) return [];
  return db.selectFrom('refund_allocations').selectAll().where('refund_id', 'in', refundIds).orderBy('refund_id').orderBy('id').execute();
}

export async function listRefundsOfPayment(db: Db, paymentId: string): Promise<RefundsTable[]> {
  return db.selectFrom('refunds').selectAll().where('payment_id', '=', paymentId).orderBy('created_at').orderBy('id').execute();
}

export async function listPendingRefunds(db: Db, before: string, limit: number): Promise<RefundsTable[]> {
  return db.selectFrom('refunds').selectAll().where('status', '=', 'pending').where('created_at', '<', before).orderBy('created_at').limit(limit).execute();
}

/**
 * Takes the documents' row locks (in id order, so two refunds never deadlock) before their balances are
 * recomputed: on PostgreSQL a concurrent refund of the same document then waits and recomputes from
 * what this one committed, instead of from a snapshot without it.
 */
export async function lockDocuments(db: Db, documentIds: string[], at: string): Promise<void> {
  for (const id of [...new Set(documentIds)].sort()) {
    await db.updateTable('documents').set((eb) => ({ version: eb('version', '+', 1), updated_at: at })).where('id', '=', id).execute();
  }
}
