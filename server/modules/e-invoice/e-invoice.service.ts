import type { AppContext } from '../../context.ts';
import type { DocumentKind } from '../../db/billing-tables.ts';
import { toCiiXml } from '../../einvoice/cii.ts';
import { buildEInvoice, eInvoiceFilename, type EInvoiceKind } from '../../einvoice/e-invoice.ts';
import { renderFacturXPdf } from '../../einvoice/factur-x.ts';
import { toUblXml } from '../../einvoice/ubl.ts';
import { notFound } from '../../lib/app-error.ts';
import { findCustomerById } from '../customer/customer.service.ts';
import type { Address } from '../customer/customer.schemas.ts';
import { documentPdfView, findPdfDocument, type PdfScope } from '../document-pdf/document-pdf.service.ts';
import { findDocumentLines } from '../document/document-lookup.service.ts';
import { listTaxRates } from '../tax/tax.service.ts';

export type EInvoiceFormat = 'ubl' | 'facturx';

export interface EInvoiceFile {
  filename: string;
  contentType: string;
  body: Buffer;
}

/** Invoices and credit notes have e-invoices; other kinds answer 404 like a missing document. */
export const eInvoiceKinds = ['invoice', 'credit_note'] as const satisfies readonly DocumentKind[];

/**
 * A document's e-invoice within the caller's reach (the PDF's rules: the organization's documents for
 * staff, the contact's customer's sent ones in the portal; 404 otherwise): UBL XML or a Factur-X PDF.
 */
export async function eInvoiceFile(ctx: AppContext, scope: PdfScope, documentId: string, kind: EInvoiceKind, format: EInvoiceFormat): Promise<EInvoiceFile> {
  const { document, organization } = await findPdfDocument(ctx, scope, documentId, kind);
  const customer = await findCustomerById(ctx.db, organization.id, document.customer_id);
  if (!customer) throw notFound('Document');
  const [lines, taxes] = await Promise.all([findDocumentLines(ctx.db, document.id), listTaxRates(ctx, organization.id)]);
  const view = buildEInvoice({
    document: { ...document, kind },
    lines,
    taxes: new Map(taxes.map((tax) => [tax.id, tax])),
    seller: organization,
    buyer: {
      name: customer.company_name ?? customer.display_name,
      address: customer.billing_address ? (JSON.parse(customer.billing_address) as Address) : null,
      email: customer.email,
      phone: customer.phone,
      tax_number: customer.tax_number,
      peppol_endpoint_id: customer.peppol_endpoint_id,
      peppol_endpoint_scheme: customer.peppol_endpoint_scheme,
    },
  });
  if (format === 'ubl') {
    return { filename: eInvoiceFilename(document.number, 'ubl'), contentType: 'application/xml; charset=utf-8', body: Buffer.from(toUblXml(view), 'utf8') };
  }
  const pdf = await renderFacturXPdf(await documentPdfView(ctx, ctx.db, organization, document), toCiiXml(view));
  return { filename: eInvoiceFilename(document.number, 'facturx'), contentType: 'application/pdf', body: pdf };
}
