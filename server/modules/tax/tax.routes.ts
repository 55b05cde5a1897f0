import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../context.ts';
import { requireStaff, staffOf } from '../../http/auth.ts';
import { errorResponse, idParam } from '../../http/schemas.ts';
import { taxBody, taxResponse, toTax } from './tax.schemas.ts';
import { addTaxRate, archiveTaxRate, changeTaxRate, listTaxRates } from './tax.service.ts';

export function taxRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  const read = requireStaff(ctx, { scope: 'documents.read' });
  const write = requireStaff(ctx, { scope: 'settings.write', roles: ['owner', 'admin'] });
  return async (app) => {
    app.get('/taxes', { preHandler: read, schema: { tags: ['taxes'], summary: 'Tax rates', response: { 200: z.object({ data: z.array(taxResponse) }) } } }, async (request) => {
      const rows = await listTaxRates(ctx, staffOf(request).organizationId);
      return { data: rows.map(toTax) };
    });

    app.post('/taxes', { preHandler: write, schema: { tags: ['taxes'], summary: 'Add a tax rate', body: taxBody, response: { 201: taxResponse } } }, async (request, reply) => {
      const row = await addTaxRate(ctx, staffOf(request).organizationId, request.body);
      return reply.status(201).send(toTax(row));
    });

    app.patch(
      '/taxes/:id',
      { preHandler: write, schema: { tags: ['taxes'], summary: 'Change a tax rate (documents keep the rate they were made with)', params: idParam, body: taxBody.partial(), response: { 200: taxResponse, 404: errorResponse } } },
      async (request) => toTax(await changeTaxRate(ctx, staffOf(request).organizationId, request.params.id, request.body)),
    );

    app.delete(
      '/taxes/:id',
      { preHandler: write, schema: { tags: ['taxes'], summary: 'Archive a tax rate', params: idParam, response: { 204: z.null(), 404: errorResponse } } },
      async (request, reply) => {
        await archiveTaxRate(ctx, staffOf(request).organizationId, request.params.id);
        return reply.status(204).send(null);
      },
    );
  };
}
