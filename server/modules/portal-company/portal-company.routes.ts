import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppContext } from '../../context.ts';
import { contactOf, portalOf, requestMeta, requireContact } from '../../http/auth.ts';
import { errorResponse } from '../../http/schemas.ts';
import { z } from 'zod';
import { newShippingAddressBody, shippingAddressResponse, updateShippingAddressBody } from '../customer-address/customer-address.schemas.ts';
import { companyAddressParams, companyResponse, toCompany, updateCompanyBody } from './portal-company.schemas.ts';
import {
  addCompanyShippingAddress,
  getCompany,
  listCompanyShippingAddresses,
  removeCompanyShippingAddress,
  updateCompany,
  updateCompanyShippingAddress,
} from './portal-company.service.ts';

const tags = ['portal: company'];

/**
 * The signed-in contact's company details and shipping addresses; changing them needs the
 * manage_company role and the portal's allow_edit_own_info setting (403 otherwise).
 */
export function portalCompanyRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/company',
      {
        preHandler: [requireContact(ctx)],
        schema: { tags, summary: 'The company details of the signed-in contact’s customer', response: { 200: companyResponse } },
      },
      async (request) => {
        const { customer, canEdit } = await getCompany(ctx, portalOf(request), contactOf(request));
        return toCompany(customer, canEdit);
      },
    );

    app.patch(
      '/company',
      {
        preHandler: [requireContact(ctx, { permission: 'manage_company' })],
        schema: {
          tags,
          summary: 'Change company name, phone, tax number and addresses (recorded in the history; staff are notified)',
          body: updateCompanyBody,
          response: { 200: companyResponse, 403: errorResponse },
        },
      },
      async (request) => toCompany(await updateCompany(ctx, portalOf(request), contactOf(request), request.body, requestMeta(request)), true),
    );

    const manage = [requireContact(ctx, { permission: 'manage_company' })];

    app.get(
      '/company/shipping-addresses',
      {
        preHandler: [requireContact(ctx)],
        schema: { tags, summary: 'The addresses orders can ship to, the default first', response: { 200: z.object({ data: z.array(shippingAddressResponse) }) } },
      },
      async (request) => ({ data: await listCompanyShippingAddresses(ctx, contactOf(request)) }),
    );

    app.post(
      '/company/shipping-addresses',
      {
        preHandler: manage,
        schema: {
          tags,
          summary: 'Add a shipping address; the first one, or one with is_default, becomes the default (recorded; staff are notified)',
          body: newShippingAddressBody,
          response: { 201: shippingAddressResponse, 400: errorResponse, 403: errorResponse },
        },
      },
      async (request, reply) => reply.status(201).send(await addCompanyShippingAddress(ctx, portalOf(request), contactOf(request), request.body, requestMeta(request))),
    );

    app.patch(
      '/company/shipping-addresses/:addressId',
      {
        preHandler: manage,
        schema: {
          tags,
          summary: 'Change a shipping address; is_default: true makes it the default (recorded; staff are notified)',
          params: companyAddressParams,
          body: updateShippingAddressBody,
          response: { 200: shippingAddressResponse, 400: errorResponse, 403: errorResponse, 404: errorResponse },
        },
      },
      async (request) => updateCompanyShippingAddress(ctx, portalOf(request), contactOf(request), request.params.addressId, request.body, requestMeta(request)),
    );

    app.delete(
      '/company/shipping-addresses/:addressId',
      {
        preHandler: manage,
        schema: {
          tags,
          summary: 'Remove a shipping address (orders keep it); the default passes to the oldest one left',
          params: companyAddressParams,
          response: { 204: z.null(), 403: errorResponse, 404: errorResponse },
        },
      },
      async (request, reply) => {
        await removeCompanyShippingAddress(ctx, portalOf(request), contactOf(request), request.params.addressId, requestMeta(request));
        return reply.status(204).send(null);
      },
    );
  };
}
