import { supportedLanguages, type Language } from '../../../contract/portal.ts';
import type { AppContext } from '../../context.ts';
import type { CustomerRow } from '../../db/database.ts';
import { notFound } from '../../lib/app-error.ts';
import { isoNow } from '../../lib/clock.ts';
import { loadLogo } from '../../pdf/pdf-logo.ts';
import { renderSalesOrderPdf } from '../../pdf/sales-order-pdf.ts';
import type { Address } from '../customer/customer.schemas.ts';
import { findCustomerById } from '../customer/customer.service.ts';
import { pdfFilename, type PdfFile } from '../document-pdf/document-pdf.service.ts';
import { findOrganization } from '../organization/organization.service.ts';
import * as repo from './sales-order.repository.ts';
import { getSalesOrder } from './sales-order.service.ts';

function languageOf(customer: CustomerRow): Language {
  return (supportedLanguages as readonly string[]).includes(customer.portal_language) ? (customer.portal_language as Language) : 'en';
}

function addressLines(json: string | null): string[] {
  if (!json) return [];
  const address = JSON.parse(json) as Address;
  const cityLine = [address.postal_code, address.city].filter(Boolean).join(' ');
  return [address.attention, address.street, cityLine, address.state, address.country].filter((line): line is string => Boolean(line?.trim()));
}

/**
 * An order of the organization as PDF, in its customer's language, with the letterhead of the
 * invoices; `customerId` limits it to that customer's orders (the portal, which never shows drafts).
 */
export async function salesOrderPdfFile(ctx: AppContext, scope: { organizationId: string; customerId?: string }, id: string): Promise<PdfFile> {
  const order = await getSalesOrder(ctx.db, scope.organizationId, id);
  if (scope.customerId !== undefined && (order.customer_id !== scope.customerId || order.status === 'draft')) throw notFound('Sales order');
  const [organization, customer, lines] = await Promise.all([findOrganization(ctx.db, scope.organizationId), findCustomerById(ctx.db, scope.organizationId, order.customer_id), repo.findLines(ctx.db, order.id)]);
  if (!organization || !customer) throw notFound('Sales order');
  const pdf = await renderSalesOrderPdf({
    language: languageOf(customer),
    currency: order.currency,
    organization: {
      name: organization.name,
      address: organization.address,
      email: organization.email,
      phone: organization.phone,
      website: organization.website,
      brandColor: organization.brand_color,
      logo: await loadLogo(organization.logo_url, ctx.clock.now().getTime()),
    },
    customer: { name: customer.company_name ?? customer.display_name, addressLines: addressLines(customer.billing_address), taxNumber: customer.tax_number },
    generatedAt: isoNow(ctx.clock),
    number: order.number,
    status: order.status,
    orderDate: order.order_date,
    expectedShipmentDate: order.expected_shipment_date,
    poNumber: order.po_number,
    shippingAddress: order.shipping_address,
    lines: lines.map((line) => ({
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
    })),
    subtotalMinor: order.subtotal_minor,
    discountMinor: order.discount_minor,
    taxMinor: order.tax_minor,
    totalMinor: order.total_minor,
    notes: order.notes,
    terms: order.terms,
  });
  return { filename: pdfFilename(order.number), pdf };
}
