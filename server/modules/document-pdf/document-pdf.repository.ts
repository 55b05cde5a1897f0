import type { DocumentKind, DocumentsTable, PaymentsTable } from '../../db/billing-tables.ts';
import type { Db } from '../../db/database.ts';

/** Who may see a PDF: staff see their organization's; a contact only its customer's sent documents. */
export interface PdfScope {
  organizationId: string;
  /** The portal's customer; undefined for staff. */
  customerId?: string | undefined;
  /** The portal never shows drafts. */
  excludeDrafts?: boolean;
}

export async function findScopedDocument(db: Db, scope: PdfScope, id: string, kind?: DocumentKind): Promise<DocumentsTable | undefined> {
  let query = db.selectFrom('documents').selectAll().where('organization_id', '=', scope.organizationId).where('id', '=', id);
  if (kind) query = query.where('kind', '=', kind);
  if (scope.customerId !== undefined) query = query.where('customer_id', '=', scope.customerId);
  if (scope.excludeDrafts) query = query.where('status', '!=', 'draft');
  return query.executeTakeFirst();
}

export async function findScopedPayment(db: Db, scope: PdfScope, id: string): Promise<PaymentsTable | undefined> {
  let query = db.selectFrom('payments').selectAll().where('organization_id', '=', scope.organizationId).where('id', '=', id);
  if (scope.customerId !== undefined) query = query.where('customer_id', '=', scope.customerId);
  return query.executeTakeFirst();
}

/** Completed payments applied to a document, oldest first. */
export async function listPaymentsApplied(db: Db, documentId: string) {
  return db
    .selectFrom('payment_allocations')
    .innerJoin('payments', 'payments.id', 'payment_allocations.payment_id')
    .select(['payments.number', 'payments.paid_on as date', 'payment_allocations.amount_minor'])
    .where('payment_allocations.document_id', '=', documentId)
    .where('payments.status', '=', 'completed')
    .orderBy('payments.paid_on')
    .orderBy('payments.number')
    .execute();
}

/** Credit notes applied to an invoice, oldest first. */
export async function listCreditsApplied(db: Db, invoiceId: string) {
  return db
    .selectFrom('credit_applications')
    .innerJoin('documents', 'documents.id', 'credit_applications.credit_note_id')
    .select(['documents.number', 'credit_applications.applied_on as date', 'credit_applications.amount_minor'])
    .where('credit_applications.invoice_id', '=', invoiceId)
    .orderBy('credit_applications.applied_on')
    .orderBy('documents.number')
    .execute();
}

/** The documents a payment paid, with the amount applied to each. */
export async function listPaymentAllocations(db: Db, paymentId: string) {
  return db
    .selectFrom('payment_allocations')
    .innerJoin('documents', 'documents.id', 'payment_allocations.document_id')
    .select(['documents.number', 'documents.issue_date', 'documents.total_minor', 'payment_allocations.amount_minor'])
    .where('payment_allocations.payment_id', '=', paymentId)
    .orderBy('documents.issue_date')
    .orderBy('documents.number')
    .execute();
}
