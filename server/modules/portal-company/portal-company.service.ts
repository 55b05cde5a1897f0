import { companyFields } from '../../../contract/messages/message-codes.ts';
import type { AppContext, RequestMeta } from '../../context.ts';
import type { CustomerRow, OrganizationRow } from '../../db/database.ts';
import type { ContactPrincipal } from '../../http/auth.ts';
import { AppError } from '../../lib/app-error.ts';
import { isoNow } from '../../lib/clock.ts';
import { recordPortalEvent } from '../activity/activity.service.ts';
import { getCustomer } from '../customer/customer.service.ts';
import { parsePortalSettings } from '../organization/organization.ts';
import { contactActorName } from '../portal-access/contact-actor.service.ts';
import { updateCompanyDetails } from './portal-company.repository.ts';
import type { UpdateCompanyBody } from './portal-company.schemas.ts';

/** The contact's company and whether they may change it (their role and the portal's setting). */
export async function getCompany(ctx: AppContext, organization: OrganizationRow, contact: ContactPrincipal): Promise<{ customer: CustomerRow; canEdit: boolean }> {
  const customer = await getCustomer(ctx, ctx.db, contact.organizationId, contact.customerId ?? '');
  const allowed = parsePortalSettings(organization.portal_settings).allow_edit_own_info;
  return { customer, canEdit: allowed && contact.permissions.includes('manage_company') };
}

/** Changes the company details the contact sent, and tells staff which ones (an activity and notifications). */
export async function updateCompany(ctx: AppContext, organization: OrganizationRow, contact: ContactPrincipal, body: UpdateCompanyBody, meta: RequestMeta): Promise<CustomerRow> {
  if (!parsePortalSettings(organization.portal_settings).allow_edit_own_info) {
    throw new AppError('FORBIDDEN', 'This portal does not let customers edit their details; contact the business');
  }
  return ctx.db.transaction().execute(async (trx) => {
    const customer = await getCustomer(ctx, trx, contact.organizationId, contact.customerId ?? '');
    await updateCompanyDetails(trx, contact.organizationId, customer.id, {
      ...(body.company_name !== undefined ? { company_name: body.company_name } : {}),
      ...(body.phone !== undefined ? { phone: body.phone } : {}),
      ...(body.billing_address !== undefined ? { billing_address: body.billing_address ? JSON.stringify(body.billing_address) : null } : {}),
      ...(body.shipping_address !== undefined ? { shipping_address: body.shipping_address ? JSON.stringify(body.shipping_address) : null } : {}),
      updated_at: isoNow(ctx.clock),
    });
    const actorName = await contactActorName(trx, contact.contactPersonId);
    await recordPortalEvent(
      ctx,
      trx,
      organization,
      {
        type: 'portal.account_updated',
        module: 'company',
        action: 'company_updated',
        customerId: customer.id,
        contactPersonId: contact.contactPersonId,
        actorName,
        message: { code: 'portal.company_updated', params: { actor: actorName, customer: customer.display_name, fields: companyFields.filter((field) => body[field] !== undefined) } },
        link: `/admin/customers/${customer.id}`,
        details: { fields: Object.keys(body) },
      },
      meta,
    );
    return getCustomer(ctx, trx, contact.organizationId, customer.id);
  });
}
