import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { companyFields } from '../../../contract/messages/message-codes.ts';
import type { AppContext } from '../../context.ts';
import type { CustomerRow } from '../../db/database.ts';
import { contactOf, portalOf, requestMeta, requireContact, resolvePortal } from '../../http/auth.ts';
import { errorResponse } from '../../http/schemas.ts';
import { AppError, notFound } from '../../lib/app-error.ts';
import { isoNow } from '../../lib/clock.ts';
import { recordPortalEvent } from '../activity/activity.service.ts';
import { findCustomer, updateCustomerRow } from '../customer/customer.repository.ts';
import { addressSchema, type Address } from '../customer/customer.schemas.ts';
import { parsePortalSettings } from '../organization/organization.ts';

const companyResponse = z.object({
  display_name: z.string(),
  company_name: z.string().nullable(),
  phone: z.string().nullable(),
  billing_address: addressSchema.nullable(),
  shipping_address: addressSchema.nullable(),
  /** Whether this contact may change the details (its role and the portal's setting). */
  can_edit: z.boolean(),
});

const updateCompanyBody = z
  .object({
    company_name: z.string().trim().min(1).max(200).optional(),
    phone: z.string().trim().max(50).nullable().optional(),
    billing_address: addressSchema.nullable().optional(),
    shipping_address: addressSchema.nullable().optional(),
  })
  .strict();

function toCompany(customer: CustomerRow, canEdit: boolean): z.infer<typeof companyResponse> {
  const address = (json: string | null) => (json ? (JSON.parse(json) as Address) : null);
  return {
    display_name: customer.display_name,
    company_name: customer.company_name,
    phone: customer.phone,
    billing_address: address(customer.billing_address),
    shipping_address: address(customer.shipping_address),
    can_edit: canEdit,
  };
}

/** The signed-in contact's company details; changing them needs the manage_company role. */
export function portalCompanyRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/company',
      {
        preHandler: [resolvePortal(ctx), requireContact(ctx)],
        schema: { tags: ['portal: company'], summary: 'The company details of the signed-in contact’s customer', response: { 200: companyResponse } },
      },
      async (request) => {
        const contact = contactOf(request);
        const customer = await findCustomer(ctx.db, contact.organizationId, contact.customerId ?? '');
        if (!customer) throw notFound('Customer');
        const allowed = parsePortalSettings(portalOf(request).portal_settings).allow_edit_own_info;
        return toCompany(customer, allowed && contact.permissions.includes('manage_company'));
      },
    );

    app.patch(
      '/company',
      {
        preHandler: [resolvePortal(ctx), requireContact(ctx, { permission: 'manage_company' })],
        schema: {
          tags: ['portal: company'],
          summary: 'Change company name, phone and addresses (staff are notified)',
          body: updateCompanyBody,
          response: { 200: companyResponse, 403: errorResponse },
        },
      },
      async (request) => {
        const contact = contactOf(request);
        const organization = portalOf(request);
        if (!parsePortalSettings(organization.portal_settings).allow_edit_own_info) {
          throw new AppError('FORBIDDEN', 'This portal does not let customers edit their details; contact the business');
        }
        const body = request.body;
        return ctx.db.transaction().execute(async (trx) => {
          const customer = await findCustomer(trx, contact.organizationId, contact.customerId ?? '');
          if (!customer) throw notFound('Customer');
          await updateCustomerRow(trx, customer.id, {
            ...(body.company_name !== undefined ? { company_name: body.company_name } : {}),
            ...(body.phone !== undefined ? { phone: body.phone } : {}),
            ...(body.billing_address !== undefined ? { billing_address: body.billing_address ? JSON.stringify(body.billing_address) : null } : {}),
            ...(body.shipping_address !== undefined ? { shipping_address: body.shipping_address ? JSON.stringify(body.shipping_address) : null } : {}),
            updated_at: isoNow(ctx.clock),
          });
          const actor = await trx.selectFrom('contact_persons').select(['first_name', 'last_name']).where('id', '=', contact.contactPersonId ?? '').executeTakeFirst();
          const actorName = actor ? `${actor.first_name} ${actor.last_name}`.trim() : 'A contact';
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
            requestMeta(request),
          );
          const updated = await findCustomer(trx, contact.organizationId, customer.id);
          if (!updated) throw notFound('Customer');
          return toCompany(updated, true);
        });
      },
    );
  };
}
