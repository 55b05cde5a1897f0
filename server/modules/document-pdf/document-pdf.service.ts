import { supportedLanguages, type Language } from '../../../contract/portal.ts';
import type { AppContext } from '../../context.ts';
import type { DocumentKind, DocumentLinesTable, DocumentsTable } from '../../db/billing-tables.ts';
import type { CustomerRow, Db, OrganizationRow } from '../../db/database.ts';
import { notFound } from '../../lib/app-error.ts';
import { isoNow } from '../../lib/clock.ts';
import { renderDocumentPdf } from '../../pdf/document-pdf.ts';
import { loadLogo } from '../../pdf/pdf-logo.ts';
import type { DocumentPdfView, PdfCustomer, PdfDocumentLine, PdfOrganization } from '../../pdf/pdf-types.ts';
import { renderReceiptPdf } from '../../pdf/receipt-pdf.ts';
import { findCustomerById } from '../customer/customer.service.ts';
import type { Address } from '../customer/customer.schemas.ts';
import { findDocumentLines } from '../document/document-lookup.service.ts';
import { effectiveStatus } from '../document/document.ts';
import { todayOfOrganization } from '../organization/organization-today.ts';
import { findOrganization } from '../organization/organization.service.ts';
import {
  findScopedDocument,
  findScopedPayment,
  listCreditsApplied,
  listPaymentAllocations,
  listPaymentsApplied,
  type PdfScope,
} from './document-pdf.repository.ts';

export type { PdfScope };

export interface PdfFile {
  filename: string;
  pdf: Buffer;
}

/** `INV-000001.pdf`, safe in a Content-Disposition header and as a mail attachment's name. */
export function pdfFilename(number: string): string {
  return `${number.replace(/[^A-Za-z0-9._-]+/g, '-') || 'document'}.pdf`;
}

function languageOf(customer: CustomerRow): Language {
  return (supportedLanguages as readonly string[]).includes(customer.portal_language) ? (customer.portal_language as Language) : 'en';
}

function addressLines(json: string | null): string[] {
  if (!json) return [];
  const address = JSON.parse(json) as Address;
  const cityLine = [address.postal_code, address.city].filter(Boolean).join(' ');
  return [address.attention, address.street, cityLine, address.state, address.country].filter((line): line is string => Boolean(line?.trim()));
}

async function letterhead(ctx: AppContext, organization: OrganizationRow): Promise<PdfOrganization> {
  return {
    name: organization.name,
    address: organization.address,
    email: organization.email,
    phone: organization.phone,
    website: organization.website,
    brandColor: organization.brand_color,
    logo: await loadLogo(organization.logo_url, ctx.clock.now().getTime()),
  };
}

function addressee(customer: CustomerRow): PdfCustomer {
  return { name: customer.company_name ?? customer.display_name, addressLines: addressLines(customer.billing_address), taxNumber: customer.tax_number };
}

function toPdfLine(line: DocumentLinesTable): PdfDocumentLine {
  return {
    name: line.name,
    description: line.description,
    quantityMilli: line.quantity_milli,
    unit: line.unit,
    rateMinor: line.rate_minor,
    discountMinor: line.discount_minor,
    discountPercentBasisPoints: line.discount_type === 'percent' ? line.discount_value : null,
    taxName: line.tax_name,
    taxRateMillipercent: line.tax_rate_millipercent,
    taxMinor: line.tax_minor,
    totalMinor: line.total_minor,
  };
}

async function partiesOf(db: Db, organizationId: string, customerId: string) {
  const [organization, customer] = await Promise.all([findOrganization(db, organizationId), findCustomerById(db, organizationId, customerId)]);
  if (!organization || !customer) throw notFound('Document');
  return { organization, customer };
}

/** A document row as a PDF, in its customer's language, with the organization's letterhead. */
export async function renderDocumentRowPdf(ctx: AppContext, db: Db, organization: OrganizationRow, document: DocumentsTable): Promise<Buffer> {
  return renderDocumentPdf(await documentPdfView(ctx, db, organization, document));
}

/** A document within the caller's reach (the PDF's rules: 404 otherwise), with its organization. */
export async function findPdfDocument(ctx: AppContext, scope: PdfScope, documentId: string, kind?: DocumentKind): Promise<{ document: DocumentsTable; organization: OrganizationRow }> {
  const document = await findScopedDocument(ctx.db, scope, documentId, kind);
  if (!document) throw notFound('Document');
  const organization = await findOrganization(ctx.db, scope.organizationId);
  if (!organization) throw notFound('Document');
  return { document, organization };
}

/** What the document's PDF shows (the Factur-X PDF is drawn from the same view). */
export async function documentPdfView(ctx: AppContext, db: Db, organization: OrganizationRow, document: DocumentsTable): Promise<DocumentPdfView> {
  const customer = await findCustomerById(db, organization.id, document.customer_id);
  if (!customer) throw notFound('Document');
  const [lines, payments, credits, org] = await Promise.all([
    findDocumentLines(db, document.id),
    document.kind === 'credit_note' ? Promise.resolve([]) : listPaymentsApplied(db, document.id),
    document.kind === 'credit_note' ? Promise.resolve([]) : listCreditsApplied(db, document.id),
    letterhead(ctx, organization),
  ]);
  const applied = (rows: { number: string; date: string; amount_minor: number }[]) =>
    rows.map((row) => ({ number: row.number, date: row.date, amountMinor: Number(row.amount_minor) }));
  return {
    kind: document.kind,
    number: document.number,
    status: effectiveStatus(document, todayOfOrganization(organization, ctx.clock.now())),
    language: languageOf(customer),
    currency: document.currency,
    organization: org,
    customer: addressee(customer),
    generatedAt: isoNow(ctx.clock),
    issueDate: document.issue_date,
    dueDate: document.due_date,
    expiryDate: document.expiry_date,
    reference: document.reference,
    lines: lines.map(toPdfLine),
    subtotalMinor: document.subtotal_minor,
    discountMinor: document.discount_minor,
    taxMinor: document.tax_minor,
    totalMinor: document.total_minor,
    paidMinor: document.paid_minor,
    creditedMinor: document.credited_minor,
    balanceMinor: document.balance_minor,
    payments: applied(payments),
    credits: applied(credits),
    notes: document.notes,
    terms: document.terms,
  };
}

/** A document's PDF within the caller's reach (404 otherwise), with its file name. */
export async function documentPdfFile(ctx: AppContext, scope: PdfScope, documentId: string, kind?: DocumentKind): Promise<PdfFile> {
  const document = await findScopedDocument(ctx.db, scope, documentId, kind);
  if (!document) throw notFound('Document');
  const organization = await findOrganization(ctx.db, scope.organizationId);
  if (!organization) throw notFound('Document');
  return { filename: pdfFilename(document.number), pdf: await renderDocumentRowPdf(ctx, ctx.db, organization, document) };
}

/** For other modules (mail attachments): any document of the organization, as PDF bytes. */
export async function documentPdfBuffer(ctx: AppContext, organizationId: string, documentId: string): Promise<Buffer> {
  return (await documentPdfFile(ctx, { organizationId }, documentId)).pdf;
}

/** A payment's receipt within the caller's reach (404 otherwise), with its file name. */
export async function receiptPdfFile(ctx: AppContext, scope: PdfScope, paymentId: string): Promise<PdfFile> {
  return receiptPdfFileIn(ctx, ctx.db, scope, paymentId);
}

/** The same, read through `db`: a transaction that has just recorded the payment (a receipt mailed with it). */
export async function receiptPdfFileIn(ctx: AppContext, db: Db, scope: PdfScope, paymentId: string): Promise<PdfFile> {
  const payment = await findScopedPayment(db, scope, paymentId);
  if (!payment) throw notFound('Payment');
  const { organization, customer } = await partiesOf(db, scope.organizationId, payment.customer_id);
  const allocations = await listPaymentAllocations(db, payment.id);
  const pdf = await renderReceiptPdf({
    number: payment.number,
    language: languageOf(customer),
    currency: payment.currency,
    organization: await letterhead(ctx, organization),
    customer: addressee(customer),
    generatedAt: isoNow(ctx.clock),
    paidOn: payment.paid_on,
    method: payment.method,
    status: payment.status,
    reference: payment.reference,
    amountMinor: payment.amount_minor,
    allocations: allocations.map((row) => ({ number: row.number, issueDate: row.issue_date, totalMinor: Number(row.total_minor), amountMinor: Number(row.amount_minor) })),
    notes: payment.notes,
  });
  return { filename: pdfFilename(payment.number), pdf };
}
