import { sql } from 'kysely';
import type { Db } from '../../db/database.ts';
import { preparedQuery } from '../../db/prepared.ts';
import { openInvoiceStatuses } from './portal-document.ts';
import { OPENING_BALANCE_METHOD } from '../../../contract/billing.ts';

export interface CurrencyTotal {
  currency: string;
  total_minor: number;
  count: number;
}

export interface OpenBalanceRow {
  kind: 'invoice' | 'retainer_invoice' | 'credit_note';
  currency: string;
  total_minor: number;
  count: number;
  /** Of the total, what was due before `overdueBefore`. */
  overdue_minor: number;
  overdue_count: number;
}

// The dashboard's queries run on every dashboard load: built and compiled once (db/prepared.ts).

const openBalancesQuery = preparedQuery((db, param) =>
  db
    .selectFrom('documents')
    .select((eb) => [
      'kind',
      'currency',
      sql<number>`cast(coalesce(sum(balance_minor), 0) as bigint)`.as('total_minor'),
      eb.fn.countAll<number>().as('count'),
      sql<number>`cast(coalesce(sum(case when due_date is not null and due_date < ${param<string>('overdueBefore')} then balance_minor else 0 end), 0) as bigint)`.as('overdue_minor'),
      sql<number>`cast(coalesce(sum(case when due_date is not null and due_date < ${param<string>('overdueBefore')} then 1 else 0 end), 0) as bigint)`.as('overdue_count'),
    ])
    .where('organization_id', '=', param<string>('organizationId'))
    .where('customer_id', '=', param<string>('customerId'))
    // The open-balances index's own condition, written as it is there (literals, not bound values): only
    // then may the planner use that partial index, which holds nothing of a customer's settled history.
    .where(sql<boolean>`balance_minor > 0 and kind in ('invoice', 'retainer_invoice', 'credit_note') and status in ('sent', 'partially_paid', 'open')`)
    .where((eb) =>
      eb.or([
        eb.and([eb('kind', 'in', ['invoice', 'retainer_invoice']), eb('status', 'in', [...openInvoiceStatuses])]),
        eb.and([eb('kind', '=', 'credit_note'), eb('status', '=', 'open')]),
      ]),
    )
    .groupBy(['kind', 'currency'])
    .orderBy('kind')
    .orderBy('currency'),
);

/**
 * Open balances of invoices, retainer invoices and credit notes per kind and currency, with the part past
 * due, in one query. Only open documents are read (balance above zero, through the open-documents index),
 * so the cost follows what a customer owes now, not the length of its history.
 */
export async function sumOpenBalances(db: Db, organizationId: string, customerId: string, overdueBefore: string): Promise<OpenBalanceRow[]> {
  const rows = await openBalancesQuery(db, { organizationId, customerId, overdueBefore });
  return rows.map((row) => ({
    kind: row.kind as OpenBalanceRow['kind'],
    currency: row.currency,
    total_minor: Number(row.total_minor),
    count: Number(row.count),
    overdue_minor: Number(row.overdue_minor),
    overdue_count: Number(row.overdue_count),
  }));
}

const lastPaymentQuery = preparedQuery((db, param) =>
  db
    .selectFrom('payments')
    .selectAll()
    .where('organization_id', '=', param<string>('organizationId'))
    .where('customer_id', '=', param<string>('customerId'))
    .where('status', '!=', 'failed')
    .orderBy('paid_on', 'desc')
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .limit(1),
);

/** The customer's latest payment that did not fail (by payment date, then as recorded). */
export async function findLastPayment(db: Db, organizationId: string, customerId: string) {
  const [payment] = await lastPaymentQuery(db, { organizationId, customerId });
  return payment;
}

const estimatesAwaitingQuery = preparedQuery((db, param) => {
  const sentEstimates = () =>
    db
      .selectFrom('documents')
      .select((eb) => eb.fn.countAll<number>().as('count'))
      .where('organization_id', '=', param<string>('organizationId'))
      .where('customer_id', '=', param<string>('customerId'))
      .where('kind', '=', 'estimate')
      .where('status', '=', 'sent');
  // Two counts rather than one with `or`: each is a range of the (customer, kind, status, expiry) index,
  // so expired estimates of years past are never read.
  return db.selectNoFrom([
    sentEstimates().where('expiry_date', '>=', param<string>('today')).as('expiring'),
    sentEstimates().where('expiry_date', 'is', null).as('open_ended'),
  ]);
});

/** Sent estimates the customer can still decide on (not past their expiry date as of `today`). */
export async function countEstimatesAwaiting(db: Db, organizationId: string, customerId: string, today: string): Promise<number> {
  const [row] = await estimatesAwaitingQuery(db, { organizationId, customerId, today });
  return Number(row?.expiring ?? 0) + Number(row?.open_ended ?? 0);
}

const recentlySentQuery = preparedQuery((db, param) =>
  db
    .selectFrom('documents')
    .select(['id', 'kind', 'number', 'sent_at'])
    .where('organization_id', '=', param<string>('organizationId'))
    .where('customer_id', '=', param<string>('customerId'))
    .where('status', '!=', 'draft')
    .where('sent_at', 'is not', null)
    .orderBy('sent_at', 'desc')
    .limit(param<number>('limit')),
);

/** The customer's most recently sent documents (drafts never). */
export async function listRecentlySentDocuments(db: Db, organizationId: string, customerId: string, limit: number) {
  return recentlySentQuery(db, { organizationId, customerId, limit });
}

const recentPaymentsQuery = preparedQuery((db, param) =>
  db
    .selectFrom('payments')
    .select(['id', 'amount_minor', 'currency', 'created_at'])
    .where('organization_id', '=', param<string>('organizationId'))
    .where('customer_id', '=', param<string>('customerId'))
    .where('gateway', 'is', null)
    .where('method', '!=', OPENING_BALANCE_METHOD)
    .orderBy('created_at', 'desc')
    .limit(param<number>('limit')),
);

/**
 * The customer's most recently recorded offline payments. An online payment has its own activity
 * ("X paid INV-…", payment-followup), so it is not told twice; what an import recorded as paid before
 * (an opening balance) was never news to the customer.
 */
export async function listRecentPayments(db: Db, organizationId: string, customerId: string, limit: number) {
  return recentPaymentsQuery(db, { organizationId, customerId, limit });
}
