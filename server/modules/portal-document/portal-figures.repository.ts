import { sql } from 'kysely';
import type { DocumentKind } from '../../db/billing-tables.ts';
import type { Db } from '../../db/database.ts';
import { openInvoiceStatuses } from './portal-document.ts';

export interface CurrencyTotal {
  currency: string;
  total_minor: number;
  count: number;
}

/**
 * Open balances of one kind, per currency: the sum and how many documents make it up; with
 * `overdueBefore`, only documents due before that date.
 */
export async function sumOpenBalancesByCurrency(
  db: Db,
  organizationId: string,
  customerId: string,
  kind: DocumentKind,
  overdueBefore?: string,
): Promise<CurrencyTotal[]> {
  let query = db
    .selectFrom('documents')
    .select(['currency', sql<number>`cast(coalesce(sum(balance_minor), 0) as bigint)`.as('total_minor'), (eb) => eb.fn.countAll<number>().as('count')])
    .where('organization_id', '=', organizationId)
    .where('customer_id', '=', customerId)
    .where('kind', '=', kind)
    .where('balance_minor', '>', 0)
    .where('status', 'in', kind === 'credit_note' ? ['open'] : [...openInvoiceStatuses]);
  if (overdueBefore !== undefined) query = query.where((eb) => eb.and([eb('due_date', 'is not', null), eb('due_date', '<', overdueBefore)]));
  const rows = await query.groupBy('currency').orderBy('currency').execute();
  return rows.map((row) => ({ currency: row.currency, total_minor: Number(row.total_minor), count: Number(row.count) }));
}

/** The customer's latest payment that did not fail (by payment date, then as recorded). */
export async function findLastPayment(db: Db, organizationId: string, customerId: string) {
  return db
    .selectFrom('payments')
    .selectAll()
    .where('organization_id', '=', organizationId)
    .where('customer_id', '=', customerId)
    .where('status', '!=', 'failed')
    .orderBy('paid_on', 'desc')
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst();
}

/** Sent estimates the customer can still decide on (not past their expiry date as of `today`). */
export async function countEstimatesAwaiting(db: Db, organizationId: string, customerId: string, today: string): Promise<number> {
  const row = await db
    .selectFrom('documents')
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .where('organization_id', '=', organizationId)
    .where('customer_id', '=', customerId)
    .where('kind', '=', 'estimate')
    .where('status', '=', 'sent')
    .where((eb) => eb.or([eb('expiry_date', 'is', null), eb('expiry_date', '>=', today)]))
    .executeTakeFirstOrThrow();
  return Number(row.count);
}

/** The customer's most recently sent documents (drafts never). */
export async function listRecentlySentDocuments(db: Db, organizationId: string, customerId: string, limit: number) {
  return db
    .selectFrom('documents')
    .select(['id', 'kind', 'number', 'sent_at'])
    .where('organization_id', '=', organizationId)
    .where('customer_id', '=', customerId)
    .where('status', '!=', 'draft')
    .where('sent_at', 'is not', null)
    .orderBy('sent_at', 'desc')
    .limit(limit)
    .execute();
}

/**
 * The customer's most recently recorded offline payments. An online payment has its own activity
 * ("X paid INV-…", payment-followup), so it is not told twice.
 */
export async function listRecentPayments(db: Db, organizationId: string, customerId: string, limit: number) {
  return db
    .selectFrom('payments')
    .select(['id', 'amount_minor', 'currency', 'created_at'])
    .where('organization_id', '=', organizationId)
    .where('customer_id', '=', customerId)
    .where('gateway', 'is', null)
    .orderBy('created_at', 'desc')
    .limit(limit)
    .execute();
}
