import { sql } from 'kysely';
import { openInvoiceStatuses } from '../../../contract/documents.ts';
import type { DocumentsTable } from '../../db/billing-tables.ts';
import type { ContactPersonRow, Db } from '../../db/database.ts';
import { addDays } from './statement-dates.ts';
import type { AgeingCandidate, StatementCreditApplication, StatementInvoice, StatementPaymentAllocation, WithInvoiceNumber } from './statement.ts';

export interface StatementRefundRow {
  refund_id: string;
  payment_id: string;
  payment_number: string;
  completed_at: string;
  invoice_id: string;
  amount_minor: number;
}

/**
 * Which invoices a statement covers: a customer's invoices in one currency that were sent (not void,
 * not draft), issued on or before the period's end. Every query below joins to these in SQL rather
 * than passing invoice ids, so that no customer's history can outgrow the database's bind parameters.
 */
export interface StatementScope {
  organizationId: string;
  customerId: string;
  currency: string;
  /** The period's last day. */
  to: string;
}

/**
 * The instants between which a refund is read row by row: any refund completed earlier is dated before
 * `from`, any completed later after `to`, in every time zone (UTC−12 to UTC+14), so two days either
 * side of the period in UTC is enough; the service dates each row on the organization's calendar.
 */
export function refundWindow(from: string, to: string): { since: string; before: string } {
  return { since: `${addDays(from, -2)}T00:00:00.000Z`, before: `${addDays(to, 2)}T00:00:00.000Z` };
}

const excludedStatuses = ['draft', 'void'];

/*
 * Joins below are written as CROSS JOIN with the join condition in WHERE: on SQLite that fixes the
 * order of the tables (the first one drives, read by its index on the customer or organization and
 * a date, the others found by key), which the planner would otherwise get wrong without statistics
 * and read every invoice of the organization; PostgreSQL plans them as ordinary inner joins.
 */

/**
 * Sent invoices of the scope issued within [from, to]. By customer alone (a customer's documents are
 * all of its organization, and the customer was found within it): with the organization too, SQLite
 * would read the organization's invoices of every customer by date instead.
 */
export async function listPeriodInvoices(db: Db, scope: StatementScope, from: string): Promise<StatementInvoice[]> {
  const rows = await db
    .selectFrom('documents')
    .select(['id', 'number', 'issue_date', 'due_date', 'total_minor', 'reference'])
    .where('customer_id', '=', scope.customerId)
    .where('kind', '=', 'invoice')
    .where('currency', '=', scope.currency)
    .where('issue_date', '>=', from)
    .where('issue_date', '<=', scope.to)
    .where('status', 'not in', excludedStatuses)
    .orderBy('issue_date')
    .orderBy('id')
    .execute();
  return rows.map((row) => ({ ...row, total_minor: Number(row.total_minor) }));
}

/**
 * What completed payments dated within [from, to] paid on the scope's invoices. Read from the
 * customer's payments by date (a payment only pays invoices of its own customer), each joined to the
 * invoice it paid.
 */
export async function listPeriodAllocations(db: Db, scope: StatementScope, from: string): Promise<(StatementPaymentAllocation & WithInvoiceNumber)[]> {
  const rows = await db
    .selectFrom('payments')
    .crossJoin('payment_allocations')
    .crossJoin('documents as invoice')
    .select(['payments.id as payment_id', 'payments.number as payment_number', 'payments.paid_on', 'invoice.id as invoice_id', 'invoice.number as invoice_number', 'payment_allocations.amount_minor'])
    .whereRef('payment_allocations.payment_id', '=', 'payments.id')
    .whereRef('invoice.id', '=', 'payment_allocations.document_id')
    .where('payments.customer_id', '=', scope.customerId)
    .where('payments.paid_on', '>=', from)
    .where('payments.paid_on', '<=', scope.to)
    .where('payments.status', '=', 'completed')
    .where('invoice.customer_id', '=', scope.customerId)
    .where('invoice.organization_id', '=', scope.organizationId)
    .where('invoice.kind', '=', 'invoice')
    .where('invoice.currency', '=', scope.currency)
    .where('invoice.status', 'not in', excludedStatuses)
    .where('invoice.issue_date', '<=', scope.to)
    .execute();
  return rows.map((row) => ({ ...row, amount_minor: Number(row.amount_minor) }));
}

/**
 * Credit applied within [from, to] to the scope's invoices. Read from the customer's credit notes
 * (credit is only applied to invoices of the credit note's customer), by the date it was applied.
 */
export async function listPeriodCredits(db: Db, scope: StatementScope, from: string): Promise<(StatementCreditApplication & WithInvoiceNumber)[]> {
  const rows = await db
    .selectFrom('documents as credit_note')
    .crossJoin('credit_applications')
    .crossJoin('documents as invoice')
    .select(['credit_note.id as credit_note_id', 'credit_note.number as credit_note_number', 'credit_applications.applied_on', 'invoice.id as invoice_id', 'invoice.number as invoice_number', 'credit_applications.amount_minor'])
    .whereRef('credit_applications.credit_note_id', '=', 'credit_note.id')
    .whereRef('invoice.id', '=', 'credit_applications.invoice_id')
    .where('credit_note.customer_id', '=', scope.customerId)
    .where('credit_note.kind', '=', 'credit_note')
    .where('credit_applications.applied_on', '>=', from)
    .where('credit_applications.applied_on', '<=', scope.to)
    .where('invoice.customer_id', '=', scope.customerId)
    .where('invoice.organization_id', '=', scope.organizationId)
    .where('invoice.kind', '=', 'invoice')
    .where('invoice.currency', '=', scope.currency)
    .where('invoice.status', 'not in', excludedStatuses)
    .where('invoice.issue_date', '<=', scope.to)
    .execute();
  return rows.map((row) => ({ ...row, amount_minor: Number(row.amount_minor) }));
}

/**
 * What succeeded refunds completed within the window [since, before) gave back on the scope's invoices
 * (the organization's refunds by completion time, each joined to the invoice it reopened).
 */
export async function listWindowRefunds(db: Db, scope: StatementScope, window: { since: string; before: string }): Promise<(StatementRefundRow & WithInvoiceNumber)[]> {
  const rows = await db
    .selectFrom('refunds')
    .crossJoin('refund_allocations')
    .crossJoin('documents as invoice')
    .innerJoin('payments', 'payments.id', 'refunds.payment_id')
    .select(['refunds.id as refund_id', 'payments.id as payment_id', 'payments.number as payment_number', 'refunds.completed_at', 'invoice.id as invoice_id', 'invoice.number as invoice_number', 'refund_allocations.amount_minor'])
    .whereRef('refund_allocations.refund_id', '=', 'refunds.id')
    .whereRef('invoice.id', '=', 'refund_allocations.document_id')
    .where('refunds.organization_id', '=', scope.organizationId)
    .where('refunds.status', '=', 'succeeded')
    .where('refunds.completed_at', '>=', window.since)
    .where('refunds.completed_at', '<', window.before)
    .where('invoice.customer_id', '=', scope.customerId)
    .where('invoice.kind', '=', 'invoice')
    .where('invoice.currency', '=', scope.currency)
    .where('invoice.status', 'not in', excludedStatuses)
    .where('invoice.issue_date', '<=', scope.to)
    .execute();
  return rows.map((row) => ({ ...row, completed_at: String(row.completed_at), amount_minor: Number(row.amount_minor) }));
}

/**
 * The scope's invoices that may still owe something at `to`, with what was settled on each by then
 * (refunds only those completed before `refundsSince`; the service adds the later ones it has read
 * row by row and dated).
 *
 * Why these are all of them. An invoice's balance at `to` is its total less what was settled on it up
 * to `to` (payments and credit lower it, refunds raise it again); its balance now (balance_minor, kept
 * by every payment, credit and refund as total − completed payments − credit applied + succeeded
 * refunds) is the same less what was settled after `to`. So
 *   balance at `to` = balance now + payments after `to` + credit after `to` − refunds after `to`,
 * and an invoice whose balance at `to` is not zero has at least one of these four terms not zero:
 * - it owes now (whether it owed at `to` and still does, or was settled by `to` and reopened later by a
 *   refund: a refund after `to` does not change the balance at `to`, which is then computed as zero);
 * - a payment or credit dated after `to`: it owed at least that much at `to`, unless refunds after
 *   `to` gave it back again;
 * - a refund dated after `to` and nothing owed now: a payment dated on or before `to` but recorded
 *   after the refund can leave the balance at `to` below zero (paid twice over by the dates), which the
 *   statement shows as it is.
 * An invoice settled now with nothing dated after `to` owed exactly zero at `to`. The candidates may
 * include invoices that owed nothing at `to` (their balance is computed and they are left out), never
 * miss one; each one's balance at `to` is computed from its own movements up to `to`, not from
 * balance_minor.
 * Refunds are taken from `refundsSince` on, a superset of those dated after `to` on any calendar.
 */
export async function listAgeingCandidates(db: Db, scope: StatementScope, refundsSince: string): Promise<AgeingCandidate[]> {
  const { customerId, to } = scope;
  const rows = await db
    .selectFrom((eb) =>
      eb
        .selectFrom('documents')
        .select('documents.id as invoice_id')
        .where('documents.customer_id', '=', customerId)
        .where('documents.kind', '=', 'invoice')
        .where('documents.currency', '=', scope.currency)
        // A literal, not a parameter, so that SQLite can use the partial index of owing documents.
        .where(sql<boolean>`documents.balance_minor <> 0`)
        .union(
          eb
            .selectFrom('payments')
            .crossJoin('payment_allocations')
            .select('payment_allocations.document_id as invoice_id')
            .whereRef('payment_allocations.payment_id', '=', 'payments.id')
            .where('payments.customer_id', '=', customerId)
            .where('payments.paid_on', '>', to)
            .where('payments.status', '=', 'completed'),
        )
        .union(
          eb
            .selectFrom('documents as credit_note')
            .crossJoin('credit_applications')
            .select('credit_applications.invoice_id')
            .whereRef('credit_applications.credit_note_id', '=', 'credit_note.id')
            .where('credit_note.customer_id', '=', customerId)
            .where('credit_note.kind', '=', 'credit_note')
            .where('credit_applications.applied_on', '>', to),
        )
        .union(
          eb
            .selectFrom('refunds')
            .crossJoin('refund_allocations')
            .select('refund_allocations.document_id as invoice_id')
            .whereRef('refund_allocations.refund_id', '=', 'refunds.id')
            .where('refunds.organization_id', '=', scope.organizationId)
            .where('refunds.status', '=', 'succeeded')
            .where('refunds.completed_at', '>=', refundsSince),
        )
        .as('candidate'),
    )
    .crossJoin('documents as invoice')
    .select((eb) => [
      'invoice.id',
      'invoice.issue_date',
      'invoice.due_date',
      'invoice.total_minor',
      eb
        .selectFrom('payment_allocations')
        .innerJoin('payments', 'payments.id', 'payment_allocations.payment_id')
        .select(sql<number>`cast(coalesce(sum(payment_allocations.amount_minor), 0) as bigint)`.as('paid'))
        .whereRef('payment_allocations.document_id', '=', 'invoice.id')
        .where('payments.status', '=', 'completed')
        .where('payments.paid_on', '<=', to)
        .as('paid_minor'),
      eb
        .selectFrom('credit_applications')
        .select(sql<number>`cast(coalesce(sum(credit_applications.amount_minor), 0) as bigint)`.as('credited'))
        .whereRef('credit_applications.invoice_id', '=', 'invoice.id')
        .where('credit_applications.applied_on', '<=', to)
        .as('credited_minor'),
      eb
        .selectFrom('refund_allocations')
        .innerJoin('refunds', 'refunds.id', 'refund_allocations.refund_id')
        .select(sql<number>`cast(coalesce(sum(refund_allocations.amount_minor), 0) as bigint)`.as('refunded'))
        .whereRef('refund_allocations.document_id', '=', 'invoice.id')
        .where('refunds.status', '=', 'succeeded')
        .where('refunds.completed_at', '<', refundsSince)
        .as('refunded_minor'),
    ])
    .whereRef('invoice.id', '=', 'candidate.invoice_id')
    .where('invoice.customer_id', '=', customerId)
    .where('invoice.organization_id', '=', scope.organizationId)
    .where('invoice.kind', '=', 'invoice')
    .where('invoice.currency', '=', scope.currency)
    .where('invoice.status', 'not in', excludedStatuses)
    .where('invoice.issue_date', '<=', to)
    .execute();
  return rows.map((row) => ({
    id: row.id,
    issue_date: row.issue_date,
    due_date: row.due_date,
    total_minor: Number(row.total_minor),
    settled_minor: Number(row.paid_minor ?? 0) + Number(row.credited_minor ?? 0) - Number(row.refunded_minor ?? 0),
  }));
}

/*
 * The whole history of the scope, for the reference computation (buildStatement) that tests compare
 * the period's statement with; joined in SQL like the queries above.
 */

/** Sent (not void, not draft) invoices of the scope, issued on or before `to`. */
export async function listStatementInvoices(db: Db, scope: StatementScope): Promise<StatementInvoice[]> {
  const rows = await db
    .selectFrom('documents')
    .select(['id', 'number', 'issue_date', 'due_date', 'total_minor', 'reference'])
    .where('organization_id', '=', scope.organizationId)
    .where('customer_id', '=', scope.customerId)
    .where('kind', '=', 'invoice')
    .where('currency', '=', scope.currency)
    .where('status', 'not in', excludedStatuses)
    .where('issue_date', '<=', scope.to)
    .orderBy('issue_date')
    .orderBy('id')
    .execute();
  return rows.map((row) => ({ ...row, total_minor: Number(row.total_minor) }));
}

/** Every allocation of a completed payment to the scope's invoices, dated on or before `to`. */
export async function listStatementAllocations(db: Db, scope: StatementScope): Promise<StatementPaymentAllocation[]> {
  const rows = await db
    .selectFrom('payment_allocations')
    .innerJoin('payments', 'payments.id', 'payment_allocations.payment_id')
    .innerJoin('documents as invoice', 'invoice.id', 'payment_allocations.document_id')
    .select(['payments.id as payment_id', 'payments.number as payment_number', 'payments.paid_on', 'payment_allocations.document_id as invoice_id', 'payment_allocations.amount_minor'])
    .where('invoice.organization_id', '=', scope.organizationId)
    .where('invoice.customer_id', '=', scope.customerId)
    .where('invoice.kind', '=', 'invoice')
    .where('invoice.currency', '=', scope.currency)
    .where('invoice.status', 'not in', excludedStatuses)
    .where('invoice.issue_date', '<=', scope.to)
    .where('payments.status', '=', 'completed')
    .where('payments.paid_on', '<=', scope.to)
    .execute();
  return rows.map((row) => ({ ...row, amount_minor: Number(row.amount_minor) }));
}

/** Every credit application to the scope's invoices on or before `to`. */
export async function listStatementCredits(db: Db, scope: StatementScope): Promise<StatementCreditApplication[]> {
  const rows = await db
    .selectFrom('credit_applications')
    .innerJoin('documents as credit_note', 'credit_note.id', 'credit_applications.credit_note_id')
    .innerJoin('documents as invoice', 'invoice.id', 'credit_applications.invoice_id')
    .select(['credit_applications.credit_note_id', 'credit_note.number as credit_note_number', 'credit_applications.applied_on', 'credit_applications.invoice_id', 'credit_applications.amount_minor'])
    .where('invoice.organization_id', '=', scope.organizationId)
    .where('invoice.customer_id', '=', scope.customerId)
    .where('invoice.kind', '=', 'invoice')
    .where('invoice.currency', '=', scope.currency)
    .where('invoice.status', 'not in', excludedStatuses)
    .where('invoice.issue_date', '<=', scope.to)
    .where('credit_applications.applied_on', '<=', scope.to)
    .execute();
  return rows.map((row) => ({ ...row, amount_minor: Number(row.amount_minor) }));
}

/** Every succeeded refund on the scope's invoices completed before `before` (an instant). */
export async function listStatementRefunds(db: Db, scope: StatementScope, before: string): Promise<StatementRefundRow[]> {
  const rows = await db
    .selectFrom('refund_allocations')
    .innerJoin('refunds', 'refunds.id', 'refund_allocations.refund_id')
    .innerJoin('payments', 'payments.id', 'refunds.payment_id')
    .innerJoin('documents as invoice', 'invoice.id', 'refund_allocations.document_id')
    .select(['refunds.id as refund_id', 'payments.id as payment_id', 'payments.number as payment_number', 'refunds.completed_at', 'refund_allocations.document_id as invoice_id', 'refund_allocations.amount_minor'])
    .where('invoice.organization_id', '=', scope.organizationId)
    .where('invoice.customer_id', '=', scope.customerId)
    .where('invoice.kind', '=', 'invoice')
    .where('invoice.currency', '=', scope.currency)
    .where('invoice.status', 'not in', excludedStatuses)
    .where('invoice.issue_date', '<=', scope.to)
    .where('refunds.status', '=', 'succeeded')
    .where('refunds.completed_at', 'is not', null)
    .where('refunds.completed_at', '<', before)
    .execute();
  return rows.map((row) => ({ ...row, completed_at: String(row.completed_at), amount_minor: Number(row.amount_minor) }));
}

/** Invoices of a customer with something left to pay today (for the statement email's attachments). */
export async function listOpenInvoicesOfCustomer(db: Db, organizationId: string, customerId: string, currency: string): Promise<DocumentsTable[]> {
  return db
    .selectFrom('documents')
    .selectAll()
    .where('organization_id', '=', organizationId)
    .where('customer_id', '=', customerId)
    .where('kind', '=', 'invoice')
    .where('currency', '=', currency)
    .where('status', 'in', openInvoiceStatuses)
    .where('balance_minor', '>', 0)
    .orderBy('due_date')
    .orderBy('issue_date')
    .orderBy('id')
    .execute();
}

/** Contact persons of a customer whose portal access is on and who have an email address. */
export async function listPortalContacts(db: Db, customerId: string): Promise<ContactPersonRow[]> {
  return db
    .selectFrom('contact_persons')
    .selectAll()
    .where('customer_id', '=', customerId)
    .where('portal_enabled', '=', 1)
    .where('email', 'is not', null)
    .orderBy('is_primary', 'desc')
    .orderBy('created_at')
    .orderBy('id')
    .execute();
}
