import type { ContactPermission } from '../../../contract/portal.ts';
import type { AppContext, RequestMeta } from '../../context.ts';
import type { DocumentKind } from '../../db/billing-tables.ts';
import type { Db, OrganizationRow } from '../../db/database.ts';
import { presentPage, type Page } from '../../db/keyset.ts';
import type { ContactPrincipal } from '../../http/auth.ts';
import { AppError, notFound } from '../../lib/app-error.ts';
import { recordDocumentView } from '../comment/document-view.service.ts';
import { customerName } from '../customer/customer.service.ts';
import { listDocumentDisputes } from '../dispute/dispute.service.ts';
import { findPortalDocument, type DocumentRow } from '../document/document-lookup.service.ts';
import { presentDocument, presentDocumentSummaries } from '../document/document.presenter.ts';
import type { DocumentSummaryResponse } from '../document/document.schemas.ts';
import * as repo from './portal-document.repository.ts';
import { todayOfOrganization } from '../organization/organization-today.ts';
import { documentLabels, type DocumentFilter, type DocumentSort, type PaymentSort } from './portal-document.ts';
import type { DocumentDetail, InvoicePlans, PaymentResponse } from './portal-document.schemas.ts';

export function assertPermission(contact: ContactPrincipal, permission: ContactPermission): void {
  if (!contact.permissions.includes(permission)) {
    throw new AppError('FORBIDDEN', 'Your role in this account does not allow this; ask your administrator');
  }
}

function customerOf(contact: ContactPrincipal): string {
  if (!contact.customerId) throw new AppError('FORBIDDEN', 'Choose an account first');
  return contact.customerId;
}

/**
 * The contact's own visible document, or 404 — checked before any permission, so that a 403 never
 * confirms that another customer's document exists.
 */
export async function findOwnDocument(db: Db, contact: ContactPrincipal, kind: DocumentKind, id: string): Promise<DocumentRow> {
  const doc = await findPortalDocument(db, contact.organizationId, customerOf(contact), kind, id);
  if (!doc) throw notFound(documentLabels[kind].replace(/^./, (c) => c.toUpperCase()));
  return doc;
}

export async function listPortalDocuments(
  ctx: AppContext,
  contact: ContactPrincipal,
  kind: DocumentKind,
  query: { filter: DocumentFilter; search?: string | undefined; plan_id?: string | undefined; sort: DocumentSort; limit: number; cursor?: string | undefined },
): Promise<Page<DocumentSummaryResponse>> {
  const today = todayOfOrganization({ time_zone: contact.timeZone }, ctx.clock.now());
  const page = await repo.listPortalDocumentPage(ctx.db, {
    organizationId: contact.organizationId,
    customerId: customerOf(contact),
    kind,
    filter: query.filter,
    search: query.search,
    planId: kind === 'invoice' ? query.plan_id : undefined,
    today,
    sort: query.sort,
    limit: query.limit,
    cursor: query.cursor,
  });
  return presentPage(page, (rows) => presentDocumentSummaries(ctx.db, rows, ctx.clock.now(), today));
}

/** The plans the contact's customer has subscriptions on, for the invoices list's plan filter. */
export async function listInvoicePlans(ctx: AppContext, contact: ContactPrincipal): Promise<InvoicePlans> {
  return { data: await repo.listSubscribedPlans(ctx.db, contact.organizationId, customerOf(contact)) };
}

export async function presentDocumentDetail(db: Db, doc: DocumentRow, now: Date, today?: string): Promise<DocumentDetail> {
  const isInvoice = doc.kind === 'invoice' || doc.kind === 'retainer_invoice';
  const [document, applied, refunded, credits, applications, disputes] = await Promise.all([
    presentDocument(db, doc, now, today),
    isInvoice ? repo.listPaymentsApplied(db, doc.id) : [],
    isInvoice ? repo.listRefundedOnDocument(db, doc.id) : new Map<string, number>(),
    isInvoice ? repo.listCreditsApplied(db, doc.id) : [],
    doc.kind === 'credit_note' ? repo.listCreditApplications(db, doc.id) : [],
    isInvoice ? listDocumentDisputes(db, doc.id) : [],
  ]);
  // Each payment's refunded part on this document (a payment applied twice here shows it once, on the first).
  const shown = new Set<string>();
  const payments = applied.map((payment) => {
    const first = !shown.has(payment.id);
    shown.add(payment.id);
    return { ...payment, refunded_minor: first ? (refunded.get(payment.id) ?? 0) : 0 };
  });
  return { ...document, payments, credits, applications, disputes };
}

/** A document's detail for its contact: 404 if not theirs, 403 without view_documents; every view is logged. */
export async function viewPortalDocument(
  ctx: AppContext,
  organization: OrganizationRow,
  contact: ContactPrincipal,
  kind: DocumentKind,
  id: string,
  meta: RequestMeta,
): Promise<DocumentDetail> {
  return ctx.db.transaction().execute(async (trx) => {
    const doc = await findOwnDocument(trx, contact, kind, id);
    assertPermission(contact, 'view_documents');
    await recordDocumentView(ctx, trx, organization, contact, doc, meta);
    const current = await findPortalDocument(trx, contact.organizationId, doc.customer_id, kind, doc.id);
    return presentDocumentDetail(trx, current ?? doc, ctx.clock.now(), todayOfOrganization(organization, ctx.clock.now()));
  });
}

/** Payments as the portal shows them; `knownNames` are customers' names the caller has at hand (not read again). */
export async function presentPayments(db: Db, rows: repo.PaymentRow[], knownNames?: ReadonlyMap<string, string>): Promise<PaymentResponse[]> {
  const ids = rows.map((row) => row.id);
  const [allocations, refunds] = await Promise.all([repo.listAllocationsOfPayments(db, ids), repo.listRefundsOfPayments(db, ids)]);
  const names = new Map<string, string>(knownNames);
  for (const customerId of new Set(rows.map((row) => row.customer_id))) if (!names.has(customerId)) names.set(customerId, await customerName(db, customerId));
  return rows.map((row) => {
    const own = refunds.filter((refund) => refund.payment_id === row.id);
    const refunded = own.filter((refund) => refund.status === 'succeeded').reduce((sum, refund) => sum + refund.amount_minor, 0);
    return {
      id: row.id,
      number: row.number,
      customer: { id: row.customer_id, display_name: names.get(row.customer_id) ?? '' },
      currency: row.currency,
      amount_minor: row.amount_minor,
      method: row.method,
      status: row.status,
      paid_on: row.paid_on,
      reference: row.reference,
      allocations: allocations
        .filter((allocation) => allocation.payment_id === row.id && allocation.status !== 'draft')
        .map((allocation) => ({ document_id: allocation.document_id, kind: allocation.kind === 'retainer_invoice' ? ('retainer_invoice' as const) : ('invoice' as const), number: allocation.number, amount_minor: allocation.amount_minor })),
      refunded_minor: refunded,
      left_minor: Number(row.amount_minor) - refunded,
      refunds: own.map((refund) => ({ id: refund.id, amount_minor: refund.amount_minor, status: refund.status === 'succeeded' ? ('succeeded' as const) : ('pending' as const), reason: refund.reason, created_at: refund.created_at, completed_at: refund.completed_at })),
      created_at: row.created_at,
    };
  });
}

export async function listPortalPayments(
  ctx: AppContext,
  contact: ContactPrincipal,
  query: { search?: string | undefined; sort: PaymentSort; limit: number; cursor?: string | undefined },
): Promise<Page<PaymentResponse>> {
  const page = await repo.listPortalPaymentPage(ctx.db, {
    organizationId: contact.organizationId,
    customerId: customerOf(contact),
    search: query.search,
    sort: query.sort,
    limit: query.limit,
    cursor: query.cursor,
  });
  return presentPage(page, (rows) => presentPayments(ctx.db, rows));
}

export async function getPortalPayment(ctx: AppContext, contact: ContactPrincipal, id: string): Promise<PaymentResponse> {
  const payment = await repo.findPortalPayment(ctx.db, contact.organizationId, customerOf(contact), id);
  if (!payment) throw notFound('Payment');
  assertPermission(contact, 'view_documents');
  const [presented] = await presentPayments(ctx.db, [payment]);
  if (!presented) throw notFound('Payment');
  return presented;
}
