import type { PaymentAllocationsTable, PaymentsTable, RefundsTable } from '../../db/billing-tables.ts';
import type { Db } from '../../db/database.ts';
import { withExternalIdCheck } from '../../db/external-id.ts';
import { defineKeyset, selectPage, type Page } from '../../db/keyset.ts';

export async function insertPayment(db: Db, row: PaymentsTable): Promise<void> {
  await withExternalIdCheck('payments', 'payment', () => db.insertInto('payments').values(row).execute());
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

/** The organization's payment with this external id (an ERP's payment id), if any. */
export async function findPaymentByExternalId(db: Db, organizationId: string, externalId: string): Promise<PaymentsTable | undefined> {
  return db.selectFrom('payments').selectAll().where('organization_id', '=', organizationId).where('external_id', '=', externalId).executeTakeFirst();
}

const paymentList = defineKeyset<PaymentsTable>()({
  list: 'payments',
  id: { column: 'id', of: (payment) => payment.id },
  keys: {
    paid_on: { column: 'paid_on', type: 'string', of: (payment) => payment.paid_on },
    // Incremental pulls (`updated_since`): ties on updated_at are broken by id, so paging sees each change once.
    updated_at: { column: 'updated_at', type: 'string', of: (payment) => payment.updated_at },
  },
});

export interface PaymentListFilters {
  customerId?: string | undefined;
  status?: string | undefined;
  method?: string | undefined;
  source?: 'online' | 'offline' | undefined;
  paidFrom?: string | undefined;
  paidTo?: string | undefined;
  /** Only payments changed at or after this instant (an incremental pull), oldest change first. */
  updatedSince?: string | undefined;
}

/** One page of the organization's payments, newest first (payment date, then id). */
export async function listPaymentPage(db: Db, organizationId: string, options: PaymentListFilters & { limit: number; cursor?: string | undefined }): Promise<Page<PaymentsTable>> {
  let query = db.selectFrom('payments').selectAll().where('organization_id', '=', organizationId);
  if (options.customerId) query = query.where('customer_id', '=', options.customerId);
  if (options.status) query = query.where('status', '=', options.status);
  if (options.method) query = query.where('method', '=', options.method);
  if (options.source === 'online') query = query.where('gateway', 'is not', null);
  if (options.source === 'offline') query = query.where('gateway', 'is', null);
  if (options.paidFrom) query = query.where('paid_on', '>=', options.paidFrom);
  if (options.paidTo) query = query.where('paid_on', '<=', options.paidTo);
  if (options.updatedSince !== undefined) {
    return selectPage(query.where('updated_at', '>=', options.updatedSince), paymentList, { sort: 'updated_at', limit: options.limit, cursor: options.cursor });
  }
  return selectPage(query, paymentList, { sort: '-paid_on', limit: options.limit, cursor: options.cursor });
}

export type RefundOfPayment = Pick<RefundsTable, 'id' | 'payment_id' | 'amount_minor' | 'status' | 'reason' | 'created_at'>;

/** The refunds of these payments, oldest first. */
export async function listRefundsOfPayments(db: Db, paymentIds: string[]): Promise<RefundOfPayment[]> {
  if (paymentIds.length === 0) return [];
  const rows = await db
    .selectFrom('refunds')
    .select(['id', 'payment_id', 'amount_minor', 'status', 'reason', 'created_at'])
    .where('payment_id', 'in', paymentIds)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
  return rows.map((row) => ({ ...row, amount_minor: Number(row.amount_minor) }));
}

/** What may be shown of the methods these payments were made with: type, brand and last 4. */
export async function paymentMethodSummaries(db: Db, methodIds: string[]): Promise<Map<string, { type: string; brand: string; last4: string }>> {
  if (methodIds.length === 0) return new Map();
  const rows = await db.selectFrom('payment_methods').select(['id', 'type', 'brand', 'last4']).where('id', 'in', methodIds).execute();
  return new Map(rows.map((row) => [row.id, { type: row.type, brand: row.brand, last4: row.last4 }]));
}

export async function contactNames(db: Db, contactIds: string[]): Promise<Map<string, { first_name: string; last_name: string }>> {
  if (contactIds.length === 0) return new Map();
  const rows = await db.selectFrom('contact_persons').select(['id', 'first_name', 'last_name']).where('id', 'in', contactIds).execute();
  return new Map(rows.map((row) => [row.id, row]));
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
