import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppContext } from '../../context.ts';
import { contactOf, portalOf, requestMeta, requireContact } from '../../http/auth.ts';
import { errorResponse } from '../../http/schemas.ts';
import { companyResponse, toCompany, updateCompanyBody } from './portal-company.schemas.ts';
import { getCompany, updateCompany } from './portal-company.service.ts';

/** The signed-in contact's company details; changing them needs the manage_company role. */
export function portalCompanyRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/company',
      {
        preHandler: [requireContact(ctx)],
        schema: { tags: ['portal: company'], summary: 'The company details of the signed-in contact’s customer', response: { 200: companyResponse } },
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
          tags: ['portal: company'],
          summary: 'Change company name, phone and addresses (staff are notified)',
          body: updateCompanyBody,
          response: { 200: companyResponse, 403: errorResponse },
        },
      },
      async (request) => toCompany(await updateCompany(ctx, portalOf(request), contactOf(request), request.body, requestMeta(request)), true),
    );
  };
}
