import type { PaymentAllocationsTable, PaymentsTable } from '../../db/billing-tables.ts';
import type { Db } from '../../db/database.ts';
import { defineKeyset, selectPage, type Page } from '../../db/keyset.ts';

export async function insertPayment(db: Db, row: PaymentsTable): Promise<void> {
  await db.insertInto('payments').values(row).execute();
}

export async function insertAllocation(db: Db, row: PaymentAllocationsTable): Promise<void> {
  await db.insertInto('payment_allocations').values(row).execute();
}

export async function isPaymentNumberTaken(db: Db, organizationId: string, number: string): Promise<boolean> {
  const row = await db.selectFrom('payments').select('id').where('organization_id', '=', organizationId).where('number', '=', number).executeTakeFirst();
  return row !== undefined;
}

export async function findPayment(db: Db, organizationId: string, id: string): Promise<PaymentsTable | undefined> {
  return db.selectFrom('payments').selectAll().where('organization_id', '=', organizationId).where('id', '=', id).executeTakeFirst();
}

const paymentList = defineKeyset<PaymentsTable>()({
  list: 'payments',
  id: { column: 'id', of: (payment) => payment.id },
  keys: { paid_on: { column: 'paid_on', type: 'string', of: (payment) => payment.paid_on } },
});

/** One page of the organization's payments, newest first (payment date, then id). */
export async function listPaymentPage(db: Db, organizationId: string, options: { customerId?: string | undefined; limit: number; cursor?: string | undefined }): Promise<Page<PaymentsTable>> {
  let query = db.selectFrom('payments').selectAll().where('organization_id', '=', organizationId);
  if (options.customerId) query = query.where('customer_id', '=', options.customerId);
  return selectPage(query, paymentList, { sort: '-paid_on', limit: options.limit, cursor: options.cursor });
}

export interface AllocationWithDocument {
  payment_id: string;
  document_id: string;
  kind: string;
  number: string;
  amount_minor: number;
}

export async function listAllocationsOfPayments(db: Db, paymentIds: string[]): Promise<AllocationWithDocument[]> {
  if (paymentIds.length === 0) return [];
  const rows = await db
    .selectFrom('payment_allocations')
    .innerJoin('documents', 'documents.id', 'payment_allocations.document_id')
    .select(['payment_allocations.payment_id', 'payment_allocations.document_id', 'documents.kind', 'documents.number', 'payment_allocations.amount_minor'])
    .where('payment_allocations.payment_id', 'in', paymentIds)
    .orderBy('payment_allocations.created_at')
    .orderBy('payment_allocations.id')
    .execute();
  return rows.map((row) => ({ ...row, amount_minor: Number(row.amount_minor) }));
}

export async function customerNames(db: Db, customerIds: string[]): Promise<Map<string, string>> {
  if (customerIds.length === 0) return new Map();
  const rows = await db.selectFrom('customers').select(['id', 'display_name']).where('id', 'in', customerIds).execute();
  return new Map(rows.map((row) => [row.id, row.display_name]));
}
