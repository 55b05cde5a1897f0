import { openInvoiceStatuses } from '../../../contract/documents.ts';
import type { DocumentsTable } from '../../db/billing-tables.ts';
import type { ContactPersonRow, Db } from '../../db/database.ts';
import type { StatementCreditApplication, StatementInvoice, StatementPaymentAllocation } from './statement.ts';

export interface StatementRefundRow {
  refund_id: string;
  payment_id: string;
  payment_number: string;
  completed_at: string;
  invoice_id: string;
  amount_minor: number;
}

/** Sent (not void, not draft) invoices of a customer in one currency, issued on or before `to`. */
export async function listStatementInvoices(db: Db, organizationId: string, customerId: string, currency: string, to: string): Promise<StatementInvoice[]> {
  const rows = await db
    .selectFrom('documents')
    .select(['id', 'number', 'issue_date', 'due_date', 'total_minor', 'reference'])
    .where('organization_id', '=', organizationId)
    .where('customer_id', '=', customerId)
    .where('kind', '=', 'invoice')
    .where('currency', '=', currency)
    .where('status', 'not in', ['draft', 'void'])
    .where('issue_date', '<=', to)
    .orderBy('issue_date')
    .orderBy('id')
    .execute();
  return rows.map((row) => ({ ...row, total_minor: Number(row.total_minor) }));
}

/** What completed payments paid on these invoices, dated on or before `to`. */
export async function listStatementAllocations(db: Db, invoiceIds: string[], to: string): Promise<StatementPaymentAllocation[]> {
  if (invoiceIds.length === 0) return [];
  const rows = await db
    .selectFrom('payment_allocations')
    .innerJoin('payments', 'payments.id', 'payment_allocations.payment_id')
    .select(['payments.id as payment_id', 'payments.number as payment_number', 'payments.paid_on', 'payment_allocations.document_id as invoice_id', 'payment_allocations.amount_minor'])
    .where('payment_allocations.document_id', 'in', invoiceIds)
    .where('payments.status', '=', 'completed')
    .where('payments.paid_on', '<=', to)
    .execute();
  return rows.map((row) => ({ ...row, amount_minor: Number(row.amount_minor) }));
}

/** Credit applied to these invoices on or before `to`. */
export async function listStatementCredits(db: Db, invoiceIds: string[], to: string): Promise<StatementCreditApplication[]> {
  if (invoiceIds.length === 0) return [];
  const rows = await db
    .selectFrom('credit_applications')
    .innerJoin('documents', 'documents.id', 'credit_applications.credit_note_id')
    .select(['credit_applications.credit_note_id', 'documents.number as credit_note_number', 'credit_applications.applied_on', 'credit_applications.invoice_id', 'credit_applications.amount_minor'])
    .where('credit_applications.invoice_id', 'in', invoiceIds)
    .where('credit_applications.applied_on', '<=', to)
    .execute();
  return rows.map((row) => ({ ...row, amount_minor: Number(row.amount_minor) }));
}

/**
 * What succeeded refunds gave back on these invoices, completed before `before` (an instant: the
 * service dates each on the organization's calendar and keeps those up to the period's end).
 */
export async function listStatementRefunds(db: Db, invoiceIds: string[], before: string): Promise<StatementRefundRow[]> {
  if (invoiceIds.length === 0) return [];
  const rows = await db
    .selectFrom('refund_allocations')
    .innerJoin('refunds', 'refunds.id', 'refund_allocations.refund_id')
    .innerJoin('payments', 'payments.id', 'refunds.payment_id')
    .select(['refunds.id as refund_id', 'payments.id as payment_id', 'payments.number as payment_number', 'refunds.completed_at', 'refund_allocations.document_id as invoice_id', 'refund_allocations.amount_minor'])
    .where('refund_allocations.document_id', 'in', invoiceIds)
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
