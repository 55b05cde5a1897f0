import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../context.ts';
import { requireStaff, staffOf } from '../../http/auth.ts';
import { errorResponse, idParam } from '../../http/schemas.ts';
import { toWarehouse, warehouseBody, warehouseListQuery, warehouseResponse } from './warehouse.schemas.ts';
import { addWarehouse, archiveWarehouse, changeWarehouse, getWarehouse, listWarehouses, setDefaultWarehouse } from './warehouse.service.ts';

/** The organization's warehouses: one is the default (made as "Main warehouse" when there is none). */
export function warehouseRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  const read = requireStaff(ctx, { scope: 'orders.read' });
  const write = requireStaff(ctx, { scope: 'orders.write', roles: ['owner', 'admin'] });
  const one = { 200: warehouseResponse, 404: errorResponse };
  return async (app) => {
    app.get(
      '/warehouses',
      { preHandler: read, schema: { tags: ['warehouses'], summary: 'The warehouses, the default first', querystring: warehouseListQuery, response: { 200: z.object({ data: z.array(warehouseResponse) }) } } },
      async (request) => ({ data: (await listWarehouses(ctx, staffOf(request).organizationId, { includeArchived: request.query.include_archived === 'true' })).map(toWarehouse) }),
    );

    app.post(
      '/warehouses',
      { preHandler: write, schema: { tags: ['warehouses'], summary: 'Add a warehouse', body: warehouseBody, response: { 201: warehouseResponse, 400: errorResponse, 409: errorResponse } } },
      async (request, reply) => reply.status(201).send(toWarehouse(await addWarehouse(ctx, staffOf(request).organizationId, request.body))),
    );

    app.get('/warehouses/:id', { preHandler: read, schema: { tags: ['warehouses'], summary: 'A warehouse', params: idParam, response: one } }, async (request) =>
      toWarehouse(await getWarehouse(ctx, staffOf(request).organizationId, request.params.id)),
    );

    app.patch(
      '/warehouses/:id',
      { preHandler: write, schema: { tags: ['warehouses'], summary: 'Rename or edit a warehouse', params: idParam, body: warehouseBody.partial(), response: { ...one, 400: errorResponse, 409: errorResponse } } },
      async (request) => toWarehouse(await changeWarehouse(ctx, staffOf(request).organizationId, request.params.id, request.body)),
    );

    app.post(
      '/warehouses/:id/archive',
      { preHandler: write, schema: { tags: ['warehouses'], summary: 'Archive a warehouse (not the default)', params: idParam, response: { ...one, 409: errorResponse } } },
      async (request) => toWarehouse(await archiveWarehouse(ctx, staffOf(request).organizationId, request.params.id)),
    );

    app.post(
      '/warehouses/:id/set-default',
      { preHandler: write, schema: { tags: ['warehouses'], summary: 'Make a warehouse the default', params: idParam, response: { ...one, 409: errorResponse } } },
      async (request) => toWarehouse(await setDefaultWarehouse(ctx, staffOf(request).organizationId, request.params.id)),
    );
  };
}
