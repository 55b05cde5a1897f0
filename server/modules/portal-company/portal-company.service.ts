import { companyFields, type CompanyField, type ShippingAddressChange } from '../../../contract/messages/message-codes.ts';
import type { AppContext, RequestMeta } from '../../context.ts';
import type { CustomerRow, Db, OrganizationRow } from '../../db/database.ts';
import type { ContactPrincipal } from '../../http/auth.ts';
import { AppError } from '../../lib/app-error.ts';
import { isoNow } from '../../lib/clock.ts';
import { recordPortalEvent } from '../activity/activity.service.ts';
import { customerDetails, valueText, type DetailDiff } from '../company-history/company-history.ts';
import { recordCompanyChange } from '../company-history/company-history.service.ts';
import { changeShippingAddressesIn, listShippingAddresses, type AddressEdit, type ShippingAddress } from '../customer-address/customer-address.service.ts';
import type { NewShippingAddressBody, UpdateShippingAddressBody } from '../customer-address/customer-address.schemas.ts';
import { getCustomer } from '../customer/customer.service.ts';
import { parsePortalSettings } from '../organization/organization.ts';
import { contactActorName } from '../portal-access/contact-actor.service.ts';
import { shippingAddressChange } from './portal-company.ts';
import { updateCompanyDetails } from './portal-company.repository.ts';
import type { UpdateCompanyBody } from './portal-company.schemas.ts';

/** The contact's company and whether they may change it (their role and the portal's setting). */
export async function getCompany(ctx: AppContext, organization: OrganizationRow, contact: ContactPrincipal): Promise<{ customer: CustomerRow; canEdit: boolean }> {
  const customer = await getCustomer(ctx, ctx.db, contact.organizationId, contact.customerId ?? '');
  const allowed = parsePortalSettings(organization.portal_settings).allow_edit_own_info;
  return { customer, canEdit: allowed && contact.permissions.includes('manage_company') };
}

/** The role is checked by the route's guard; the portal's setting here (403, as the company form). */
function assertEditable(organization: OrganizationRow): void {
  if (!parsePortalSettings(organization.portal_settings).allow_edit_own_info) {
    throw new AppError('FORBIDDEN', 'This portal does not let customers edit their details; contact the business');
  }
}

const isCompanyField = (field: string): field is CompanyField => (companyFields as readonly string[]).includes(field);

/** The changes of a difference as the notification shows them: field, before and after as short text. */
function changesOf(diff: DetailDiff) {
  return Object.keys(diff.after)
    .filter(isCompanyField)
    .map((field) => ({ field, before: valueText(diff.before[field])?.slice(0, 500) ?? null, after: valueText(diff.after[field])?.slice(0, 500) ?? null }));
}

/**
 * Changes the company details the contact sent; what changed goes to the company details history and
 * to staff (an activity and notifications showing each field before and after). Nothing changed: nothing
 * is recorded.
 */
export async function updateCompany(ctx: AppContext, organization: OrganizationRow, contact: ContactPrincipal, body: UpdateCompanyBody, meta: RequestMeta): Promise<CustomerRow> {
  assertEditable(organization);
  return ctx.db.transaction().execute(async (trx) => {
    const customer = await getCustomer(ctx, trx, contact.organizationId, contact.customerId ?? '');
    await updateCompanyDetails(trx, contact.organizationId, customer.id, {
      ...(body.company_name !== undefined ? { company_name: body.company_name } : {}),
      ...(body.phone !== undefined ? { phone: body.phone } : {}),
      ...(body.tax_number !== undefined ? { tax_number: body.tax_number } : {}),
      ...(body.billing_address !== undefined ? { billing_address: body.billing_address ? JSON.stringify(body.billing_address) : null } : {}),
      ...(body.shipping_address !== undefined ? { shipping_address: body.shipping_address ? JSON.stringify(body.shipping_address) : null } : {}),
      updated_at: isoNow(ctx.clock),
    });
    const updated = await getCustomer(ctx, trx, contact.organizationId, customer.id);
    const actorName = await contactActorName(trx, contact.contactPersonId);
    const touched = Object.fromEntries(Object.entries(customerDetails(updated)).filter(([field]) => field in body));
    const diff = await recordCompanyChange(ctx, trx, {
      organizationId: contact.organizationId,
      customerId: customer.id,
      actor: { type: 'contact', contactPersonId: contact.contactPersonId, name: actorName },
      before: customerDetails(customer),
      after: touched,
    });
    if (!diff) return updated;
    const changes = changesOf(diff);
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
        message: { code: 'portal.company_updated', params: { actor: actorName, customer: customer.display_name, fields: changes.map((change) => change.field), changes } },
        link: `/admin/customers/${customer.id}`,
        details: { fields: Object.keys(diff.after), before: diff.before, after: diff.after },
      },
      meta,
    );
    return updated;
  });
}

/** The addresses the customer's orders can ship to (as ordering offers them), the default first. */
export async function listCompanyShippingAddresses(ctx: AppContext, contact: ContactPrincipal): Promise<ShippingAddress[]> {
  return listShippingAddresses(ctx.db, contact.organizationId, contact.customerId ?? '');
}

/**
 * One change of the customer's shipping addresses by a contact (through customer-address, which keeps
 * exactly one default), recorded in the company details history and told to staff, all in one
 * transaction. Another customer's address is a 404.
 */
async function editShippingAddresses(ctx: AppContext, organization: OrganizationRow, contact: ContactPrincipal, edit: AddressEdit, meta: RequestMeta): Promise<ShippingAddress | null> {
  assertEditable(organization);
  const organizationId = contact.organizationId;
  const customerId = contact.customerId ?? '';
  return ctx.db.transaction().execute(async (trx: Db) => {
    const customer = await getCustomer(ctx, trx, organizationId, customerId);
    const actorName = await contactActorName(trx, contact.contactPersonId);
    const actor = { type: 'contact' as const, contactPersonId: contact.contactPersonId, name: actorName };
    const { address: result, addressId, before, after, diff } = await changeShippingAddressesIn(ctx, trx, { organizationId, customerId, actor }, edit);
    if (!diff) return result;
    const change: ShippingAddressChange = shippingAddressChange(edit.kind, diff);
    const label = (after.find((address) => address.id === addressId) ?? before.find((address) => address.id === addressId))?.label ?? '';
    await recordPortalEvent(
      ctx,
      trx,
      organization,
      {
        type: 'portal.account_updated',
        module: 'company',
        action: `shipping_address_${change}`,
        customerId,
        contactPersonId: contact.contactPersonId,
        actorName,
        message: { code: 'portal.shipping_address_changed', params: { actor: actorName, customer: customer.display_name, change, label } },
        link: `/admin/customers/${customerId}`,
        details: { address_id: addressId, before: diff.before, after: diff.after },
      },
      meta,
    );
    return result;
  });
}

export async function addCompanyShippingAddress(ctx: AppContext, organization: OrganizationRow, contact: ContactPrincipal, body: NewShippingAddressBody, meta: RequestMeta): Promise<ShippingAddress> {
  const added = await editShippingAddresses(ctx, organization, contact, { kind: 'add', body }, meta);
  if (!added) throw new Error('the address added was not answered');
  return added;
}

export async function updateCompanyShippingAddress(
  ctx: AppContext,
  organization: OrganizationRow,
  contact: ContactPrincipal,
  addressId: string,
  body: UpdateShippingAddressBody,
  meta: RequestMeta,
): Promise<ShippingAddress> {
  const updated = await editShippingAddresses(ctx, organization, contact, { kind: 'update', addressId, body }, meta);
  if (!updated) throw new Error('the address changed was not answered');
  return updated;
}

export async function removeCompanyShippingAddress(ctx: AppContext, organization: OrganizationRow, contact: ContactPrincipal, addressId: string, meta: RequestMeta): Promise<void> {
  await editShippingAddresses(ctx, organization, contact, { kind: 'remove', addressId }, meta);
}
