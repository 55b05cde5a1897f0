import type { ExpressionBuilder, Selectable } from 'kysely';
import type { DocumentKind, DocumentsTable, PaymentsTable } from '../../db/billing-tables.ts';
import type { Database, Db } from '../../db/database.ts';
import { defineKeyset, selectPage, type Keyset, type Page, type PageRequest } from '../../db/keyset.ts';
import { containsText } from '../../db/search.ts';
import { documentKeyset, type DocumentSortKey } from '../document/document-keyset.ts';
import { openInvoiceStatuses, type DocumentFilter } from './portal-document.ts';

export type DocumentRow = Selectable<DocumentsTable>;
type DocEb = ExpressionBuilder<Database, 'documents'>;

const isOpen = (eb: DocEb) => eb.and([eb('status', 'in', [...openInvoiceStatuses]), eb('balance_minor', '>', 0)]);

const notExpired = (eb: DocEb, today: string) => eb.or([eb('expiry_date', 'is', null), eb('expiry_date', '>=', today)]);

function filterCondition(eb: DocEb, filter: DocumentFilter, today: string) {
  switch (filter) {
    case 'all':
      return eb.lit(true);
    case 'unpaid':
      return isOpen(eb);
    case 'partially_paid':
      return eb.and([isOpen(eb), eb('balance_minor', '<', eb.ref('total_minor'))]);
    case 'overdue':
      return eb.and([isOpen(eb), eb('due_date', 'is not', null), eb('due_date', '<', today)]);
    case 'paid':
      return eb('status', '=', 'paid');
    case 'awaiting':
      return eb.and([eb('status', '=', 'sent'), notExpired(eb, today)]);
    case 'changes_requested':
      return eb.and([eb('status', '=', 'changes_requested'), notExpired(eb, today)]);
    case 'expired':
      // As effectiveStatus: a sent estimate, or one waiting for a revision, past its expiry date.
      return eb.or([eb('status', '=', 'expired'), eb.and([eb('status', 'in', ['sent', 'changes_requested']), eb.not(notExpired(eb, today))])]);
    case 'accepted':
    case 'declined':
    case 'invoiced':
      return eb('status', '=', filter);
    case 'open':
      return eb.and([eb('status', '=', 'open'), eb('balance_minor', '>', 0)]);
    case 'closed':
      return eb.or([eb('status', '=', 'closed'), eb.and([eb('status', '=', 'open'), eb('balance_minor', '<=', 0)])]);
  }
}

const portalDocumentLists: Record<DocumentKind, Keyset<DocumentRow, DocumentSortKey>> = {
  estimate: documentKeyset('portal.documents.estimate'),
  invoice: documentKeyset('portal.documents.invoice'),
  retainer_invoice: documentKeyset('portal.documents.retainer_invoice'),
  credit_note: documentKeyset('portal.documents.credit_note'),
};

export interface DocumentPageOptions extends PageRequest<DocumentSortKey> {
  organizationId: string;
  customerId: string;
  kind: DocumentKind;
  filter: DocumentFilter;
  search?: string | undefined;
  /** Only invoices issued for a subscription of this customer on this plan. */
  planId?: string | undefined;
  today: string;
}

/** One page of the customer's visible documents (never drafts), filtered, searched by number, sorted. */
export async function listPortalDocumentPage(db: Db, options: DocumentPageOptions): Promise<Page<DocumentRow>> {
  let query = db
    .selectFrom('documents')
    .selectAll()
    .where('organization_id', '=', options.organizationId)
    .where('customer_id', '=', options.customerId)
    .where('kind', '=', options.kind)
    .where('status', '!=', 'draft')
    .where((eb) => filterCondition(eb, options.filter, options.today));
  if (options.search) query = query.where(containsText(['number'], options.search));
  if (options.planId) {
    const planId = options.planId;
    // A subquery rather than a join: a document linked twice still comes once, and the page's columns stay the documents'.
    query = query.where('id', 'in', (eb) =>
      eb
        .selectFrom('subscription_invoices')
        .innerJoin('subscriptions', 'subscriptions.id', 'subscription_invoices.subscription_id')
        .select('subscription_invoices.document_id')
        .where('subscriptions.organization_id', '=', options.organizationId)
        .where('subscriptions.customer_id', '=', options.customerId)
        .where('subscriptions.plan_id', '=', planId),
    );
  }
  return selectPage(query, portalDocumentLists[options.kind], options);
}

/** The plans the customer has subscriptions on (any status), by name. */
export async function listSubscribedPlans(db: Db, organizationId: string, customerId: string): Promise<{ id: string; name: string }[]> {
  return db
    .selectFrom('subscriptions')
    .innerJoin('plans', 'plans.id', 'subscriptions.plan_id')
    .select(['plans.id', 'plans.name'])
    .distinct()
    .where('subscriptions.organization_id', '=', organizationId)
    .where('subscriptions.customer_id', '=', customerId)
    .orderBy('plans.name')
    .orderBy('plans.id')
    .execute();
}

export type PaymentRow = Selectable<PaymentsTable>;

const portalPaymentList = defineKeyset<PaymentRow>()({
  list: 'portal.payments',
  id: { column: 'id', of: (payment) => payment.id },
  keys: {
    paid_on: { column: 'paid_on', type: 'string', of: (payment) => payment.paid_on },
    amount: { column: 'amount_minor', type: 'integer', of: (payment) => payment.amount_minor },
    number: { column: 'number', type: 'string', of: (payment) => payment.number },
  },
});

/** One page of the customer's payments, searched by number, sorted. */
export async function listPortalPaymentPage(
  db: Db,
  options: PageRequest<keyof typeof portalPaymentList.keys> & { organizationId: string; customerId: string; search?: string | undefined },
): Promise<Page<PaymentRow>> {
  let query = db.selectFrom('payments').selectAll().where('organization_id', '=', options.organizationId).where('customer_id', '=', options.customerId);
  if (options.search) query = query.where(containsText(['number'], options.search));
  return selectPage(query, portalPaymentList, options);
}

export async function findPortalPayment(db: Db, organizationId: string, customerId: string, id: string) {
  return db.selectFrom('payments').selectAll().where('organization_id', '=', organizationId).where('customer_id', '=', customerId).where('id', '=', id).executeTakeFirst();
}

export async function listLines(db: Db, documentId: string) {
  return db.selectFrom('document_lines').selectAll().where('document_id', '=', documentId).orderBy('position').orderBy('id').execute();
}

/** Payments applied to a document (visible ones: the portal never shows a payment row of another customer). */
export async function listPaymentsApplied(db: Db, documentId: string) {
  return db
    .selectFrom('payment_allocations')
    .innerJoin('payments', 'payments.id', 'payment_allocations.payment_id')
    .select(['payments.id', 'payments.number', 'payments.paid_on', 'payment_allocations.amount_minor'])
    .where('payment_allocations.document_id', '=', documentId)
    .orderBy('payments.paid_on')
    .orderBy('payment_allocations.id')
    .execute();
}

/** What succeeded refunds gave back on a document, per payment. */
export async function listRefundedOnDocument(db: Db, documentId: string): Promise<Map<string, number>> {
  const rows = await db
    .selectFrom('refund_allocations')
    .innerJoin('refunds', 'refunds.id', 'refund_allocations.refund_id')
    .select(['refunds.payment_id', (eb) => eb.fn.sum<number>('refund_allocations.amount_minor').as('total')])
    .where('refund_allocations.document_id', '=', documentId)
    .where('refunds.status', '=', 'succeeded')
    .groupBy('refunds.payment_id')
    .execute();
  return new Map(rows.map((row) => [row.payment_id, Number(row.total)]));
}

/** Refunds of these payments a customer is shown: done or under way (a failed one gave nothing back). */
export async function listRefundsOfPayments(db: Db, paymentIds: string[]) {
  if (paymentIds.length === 0) return [];
  const rows = await db
    .selectFrom('refunds')
    .select(['id', 'payment_id', 'amount_minor', 'status', 'reason', 'created_at', 'completed_at'])
    .where('payment_id', 'in', paymentIds)
    .where('status', 'in', ['pending', 'succeeded'])
    .orderBy('created_at')
    .orderBy('id')
    .execute();
  return rows.map((row) => ({ ...row, amount_minor: Number(row.amount_minor) }));
}

/** Credit notes applied to an invoice. */
export async function listCreditsApplied(db: Db, invoiceId: string) {
  return db
    .selectFrom('credit_applications')
    .innerJoin('documents', 'documents.id', 'credit_applications.credit_note_id')
    .select(['documents.id', 'documents.number', 'credit_applications.applied_on', 'credit_applications.amount_minor'])
    .where('credit_applications.invoice_id', '=', invoiceId)
    .orderBy('credit_applications.applied_on')
    .orderBy('credit_applications.id')
    .execute();
}

/** Invoices a credit note was applied to. */
export async function listCreditApplications(db: Db, creditNoteId: string) {
  return db
    .selectFrom('credit_applications')
    .innerJoin('documents', 'documents.id', 'credit_applications.invoice_id')
    .select(['documents.id', 'documents.number', 'credit_applications.applied_on', 'credit_applications.amount_minor'])
    .where('credit_applications.credit_note_id', '=', creditNoteId)
    .orderBy('credit_applications.applied_on')
    .orderBy('credit_applications.id')
    .execute();
}

/** Allocations of payments to documents the portal may show (drafts left out). */
export async function listAllocationsOfPayments(db: Db, paymentIds: string[]) {
  if (paymentIds.length === 0) return [];
  return db
    .selectFrom('payment_allocations')
    .innerJoin('documents', 'documents.id', 'payment_allocations.document_id')
    .select(['payment_allocations.payment_id', 'documents.id as document_id', 'documents.number', 'documents.kind', 'documents.status', 'payment_allocations.amount_minor'])
    .where('payment_allocations.payment_id', 'in', paymentIds)
    .orderBy('payment_allocations.id')
    .execute();
}
