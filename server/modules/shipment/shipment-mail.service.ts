import type { AppContext } from '../../context.ts';
import type { Db } from '../../db/database.ts';
import { enqueueEmail } from '../../email/outbox.ts';
import { renderShipmentEmail } from '../../email/shipment-email.ts';
import { notFound } from '../../lib/app-error.ts';
import { findCustomerById } from '../customer/customer.service.ts';
import { documentRecipients } from '../document/document-lifecycle.service.ts';
import { findOrganization } from '../organization/organization.service.ts';
import { parsePortalSettings } from '../organization/organization.ts';
import { resolveLanguage } from '../portal-auth/portal-auth.ts';
import type { OrderForShipment, PackageListRow } from './shipment.repository.ts';
import type { PackageResponse } from './shipment.schemas.ts';
import { portalBaseUrl } from '../custom-domain/custom-domain.ts';

/**
 * Mails "your order has shipped" to the customer's contacts who have portal access and may view
 * documents, in the customer's language, through the outbox in the caller's transaction: the mail
 * exists exactly when the shipment commits. Answers how many were queued.
 */
export async function mailShipmentToCustomer(
  ctx: AppContext,
  db: Db,
  input: { order: OrderForShipment; pkg: PackageListRow; lines: PackageResponse['lines']; tracking: { carrier_name: string | null; tracking_url: string | null } },
): Promise<number> {
  const { order, pkg } = input;
  const [organization, customer] = await Promise.all([findOrganization(db, order.organization_id), findCustomerById(db, order.organization_id, order.customer_id)]);
  if (!organization || !customer) throw notFound('Sales order');
  const recipients = await documentRecipients(db, customer.id);
  if (recipients.length === 0) return 0;
  const language = resolveLanguage(null, customer.portal_language);
  const quantities = new Intl.NumberFormat(language, { maximumFractionDigits: 3 });
  const mail = renderShipmentEmail({
    language,
    organizationName: parsePortalSettings(organization.portal_settings).portal_name || organization.name,
    brandColor: organization.brand_color,
    orderNumber: order.number,
    packageNumber: pkg.number,
    carrierName: input.tracking.carrier_name ?? pkg.carrier ?? '',
    trackingNumber: pkg.tracking_number ?? '',
    trackingUrl: input.tracking.tracking_url,
    shippedOn: pkg.shipped_on ?? pkg.package_date,
    items: input.lines.map((line) => ({ name: line.name, quantity: `${quantities.format(line.quantity)}${line.unit ? ` ${line.unit}` : ''}` })),
    orderUrl: `${portalBaseUrl(ctx.config.publicUrl, organization)}/sales-orders/${order.id}?lang=${language}`,
  });
  for (const contact of recipients) {
    if (!contact.email) continue;
    await enqueueEmail(ctx, db, { ...mail, to: contact.email, kind: 'order_shipped', organizationId: organization.id });
  }
  return recipients.length;
}
