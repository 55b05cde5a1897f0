import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../context.ts';
import { presentPage } from '../../db/keyset.ts';
import { requireStaff, staffOf } from '../../http/auth.ts';
import { errorResponse, idParam, pageOf, pagingQuery } from '../../http/schemas.ts';
import { itemBody, itemListQuery, itemResponse, toItem } from './item.schemas.ts';
import { addItem, archiveItem, changeItem, getItem, listItems } from './item.service.ts';

export function itemRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  const read = requireStaff(ctx, { scope: 'customers.read' });
  const write = requireStaff(ctx, { scope: 'customers.write' });
  return async (app) => {
    app.get(
      '/items',
      { preHandler: read, schema: { tags: ['items'], summary: 'The catalogue (search by name or SKU)', querystring: pagingQuery.extend(itemListQuery.shape), response: { 200: pageOf(itemResponse) } } },
      async (request) => presentPage(await listItems(ctx, staffOf(request).organizationId, request.query), (rows) => rows.map(toItem)),
    );

    app.post('/items', { preHandler: write, schema: { tags: ['items'], summary: 'Add an item', body: itemBody, response: { 201: itemResponse, 400: errorResponse } } }, async (request, reply) => {
      const row = await addItem(ctx, staffOf(request).organizationId, request.body);
      return reply.status(201).send(toItem(row));
    });

    app.get('/items/:id', { preHandler: read, schema: { tags: ['items'], summary: 'An item', params: idParam, response: { 200: itemResponse, 404: errorResponse } } }, async (request) =>
      toItem(await getItem(ctx, staffOf(request).organizationId, request.params.id)),
    );

    app.patch(
      '/items/:id',
      { preHandler: write, schema: { tags: ['items'], summary: 'Change an item', params: idParam, body: itemBody.partial(), response: { 200: itemResponse, 404: errorResponse } } },
      async (request) => toItem(await changeItem(ctx, staffOf(request).organizationId, request.params.id, request.body)),
    );

    app.delete('/items/:id', { preHandler: write, schema: { tags: ['items'], summary: 'Archive an item', params: idParam, response: { 204: z.null(), 404: errorResponse } } }, async (request, reply) => {
      await archiveItem(ctx, staffOf(request).organizationId, request.params.id);
      return reply.status(204).send(null);
    });
  };
}
