import type { AppContext } from '../../context.ts';
import { quantityToMilli } from '../../../contract/units.ts';
import type { CustomerRow } from '../../db/database.ts';
import { notFound } from '../../lib/app-error.ts';
import { isoNow } from '../../lib/clock.ts';
import { renderPackingSlipPdf } from '../../pdf/packing-slip-pdf.ts';
import { loadLogo } from '../../pdf/pdf-logo.ts';
import type { Address } from '../customer/customer.schemas.ts';
import { findCustomerById } from '../customer/customer.service.ts';
import { pdfFilename, type PdfFile } from '../document-pdf/document-pdf.service.ts';
import { findOrganization } from '../organization/organization.service.ts';
import { resolveLanguage } from '../portal-auth/portal-auth.ts';
import { getPackage } from './shipment.service.ts';
import { findOrderForShipment } from './shipment.repository.ts';

function addressLines(json: string | null): string[] {
  if (!json) return [];
  const address = JSON.parse(json) as Address;
  const cityLine = [address.postal_code, address.city].filter(Boolean).join(' ');
  return [address.attention, address.street, cityLine, address.state, address.country].filter((line): line is string => Boolean(line?.trim()));
}

/** Where the package goes: the address the order was placed with, else the customer's shipping (or billing) address. */
function shipTo(orderAddress: string | null, customer: CustomerRow): string[] {
  if (orderAddress?.trim()) return orderAddress.split(/\r?\n/).filter((line) => line.trim());
  const shipping = addressLines(customer.shipping_address);
  return shipping.length > 0 ? shipping : addressLines(customer.billing_address);
}

/** A package's packing slip, in the customer's language, with the organization's letterhead; never prices. */
export async function packingSlipFile(ctx: AppContext, organizationId: string, id: string): Promise<PdfFile> {
  const pkg = await getPackage(ctx, organizationId, id);
  const [organization, customer, order] = await Promise.all([
    findOrganization(ctx.db, organizationId),
    findCustomerById(ctx.db, organizationId, pkg.customer.id),
    findOrderForShipment(ctx.db, organizationId, pkg.sales_order.id),
  ]);
  if (!organization || !customer || !order) throw notFound('Package');
  const pdf = await renderPackingSlipPdf({
    language: resolveLanguage(null, customer.portal_language),
    organization: {
      name: organization.name,
      address: organization.address,
      email: organization.email,
      phone: organization.phone,
      website: organization.website,
      brandColor: organization.brand_color,
      logo: await loadLogo(organization.logo_url, ctx.clock.now().getTime()),
    },
    customer: { name: customer.company_name ?? customer.display_name, addressLines: shipTo(order.shipping_address, customer) },
    generatedAt: isoNow(ctx.clock),
    number: pkg.number,
    orderNumber: order.number,
    orderDate: order.order_date,
    poNumber: order.po_number,
    packageDate: pkg.package_date,
    shippedOn: pkg.shipped_on,
    carrierName: pkg.carrier_name,
    trackingNumber: pkg.tracking_number,
    lines: pkg.lines.map((line) => ({
      name: line.name,
      description: line.description,
      sku: line.sku,
      unit: line.unit,
      orderedMilli: quantityToMilli(line.ordered_quantity),
      quantityMilli: quantityToMilli(line.quantity),
    })),
    notes: pkg.notes,
  });
  return { filename: pdfFilename(pkg.number), pdf };
}
