import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppContext } from '../../context.ts';
import { presentPage } from '../../db/keyset.ts';
import { requireStaff, staffOf } from '../../http/auth.ts';
import { errorResponse, idParam, pageOf } from '../../http/schemas.ts';
import { companyDetailChangeResponse, companyHistoryQuery, presentCompanyDetailChange } from './company-history.schemas.ts';
import { listCompanyHistory } from './company-history.service.ts';

export function companyHistoryRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  const read = requireStaff(ctx, { scope: 'customers.read' });
  return async (app) => {
    app.get(
      '/customers/:id/company-history',
      {
        preHandler: read,
        schema: {
          tags: ['customers'],
          summary: "Changes of the customer's company details (portal, console and API), newest first, each with the changed fields before and after",
          params: idParam,
          querystring: companyHistoryQuery,
          response: { 200: pageOf(companyDetailChangeResponse), 404: errorResponse },
        },
      },
      async (request) => presentPage(await listCompanyHistory(ctx, staffOf(request).organizationId, request.params.id, request.query), (rows) => rows.map(presentCompanyDetailChange)),
    );
  };
}
