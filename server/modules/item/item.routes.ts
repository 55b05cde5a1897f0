import type { FastifyReply } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../context.ts';
import { presentPage } from '../../db/keyset.ts';
import { requireStaff, staffOf } from '../../http/auth.ts';
import { sendCsv } from '../../http/csv-reply.ts';
import { itemPut } from './item-sync.operations.ts';
import { datedCsvName } from '../../lib/csv.ts';
import { itemsCsv } from './item-export.ts';
import { errorResponse, externalIdParam, idParam, pageOf, pagingQuery } from '../../http/schemas.ts';
import { addItemImage, deleteItemImage, readItemImage, type ItemImageFile } from './item-image.service.ts';
import { imageParams, itemBody, itemCategoriesResponse, itemImageBody, itemImageResponse, itemListQuery, itemResponse, putItemBody, toItem, toItemImage } from './item.schemas.ts';
import { addItem, archiveItem, changeItem, getItem, listCategories, listItems } from './item.service.ts';

/** An image upload is JSON with the bytes in base64 (2 MB of image is about 2.7 MB of text). */
const IMAGE_BODY_LIMIT = 3 * 1024 * 1024;

/** The image's bytes, or 304 when the browser already has them. */
function sendImage(reply: FastifyReply, image: ItemImageFile, unchanged: boolean): FastifyReply {
  void reply.header('content-type', image.content_type);
  if (unchanged) return reply.status(304).send();
  return reply.header('content-length', String(image.byte_size)).send(image.data);
}


export function itemRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  const read = requireStaff(ctx, { scope: 'customers.read' });
  const write = requireStaff(ctx, { scope: 'customers.write' });
  const readImages = requireStaff(ctx, { scope: 'orders.read' });
  const writeImages = requireStaff(ctx, { scope: 'orders.write' });
  return async (app) => {
    app.get(
      '/items',
      {
        preHandler: read,
        schema: { tags: ['items'], summary: 'The catalogue (search by name or SKU, filter by category or whether sold in the portal)', querystring: pagingQuery.extend(itemListQuery.shape), response: { 200: pageOf(itemResponse) } },
      },
      async (request) => {
        const { sellable, ...query } = request.query;
        const page = await listItems(ctx, staffOf(request).organizationId, { ...query, sellable: sellable === undefined ? undefined : sellable === 'true' });
        return presentPage(page, (views) => views.map(toItem));
      },
    );

    app.get(
      '/items.csv',
      {
        preHandler: read,
        schema: { tags: ['items'], summary: 'Every item the filters match, as CSV (columns in docs/api.md "CSV export")', querystring: itemListQuery, produces: ['text/csv'], response: { 400: errorResponse } },
      },
      async (request, reply) => {
        const { sellable, ...query } = request.query;
        return sendCsv(reply, datedCsvName('items', ctx.clock.now()), itemsCsv(ctx, staffOf(request).organizationId, { ...query, sellable: sellable === undefined ? undefined : sellable === 'true' }));
      },
    );

    app.get('/items/categories', { preHandler: read, schema: { tags: ['items'], summary: 'The categories the live items use', response: { 200: itemCategoriesResponse } } }, async (request) => ({
      data: await listCategories(ctx, staffOf(request).organizationId),
    }));

    app.post('/items', { preHandler: write, schema: { tags: ['items'], summary: 'Add an item', body: itemBody, response: { 201: itemResponse, 400: errorResponse } } }, async (request, reply) => {
      const view = await addItem(ctx, staffOf(request).organizationId, request.body);
      return reply.status(201).send(toItem(view));
    });

    app.put(
      '/items/by-external-id/:external_id',
      {
        preHandler: write,
        schema: {
          tags: ['items'],
          summary: 'Create (201) or change to exactly this body (200) the item with this external id',
          params: externalIdParam,
          body: putItemBody,
          response: { 200: itemResponse, 201: itemResponse, 400: errorResponse, 409: errorResponse },
        },
      },
      async (request, reply) => {
        const answer = await itemPut.put(ctx, staffOf(request), request.params.external_id, request.body);
        return reply.status(answer.status).send(answer.body);
      },
    );

    app.get('/items/:id', { preHandler: read, schema: { tags: ['items'], summary: 'An item with its stock and images', params: idParam, response: { 200: itemResponse, 404: errorResponse } } }, async (request) =>
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

    app.post(
      '/items/:id/images',
      {
        preHandler: writeImages,
        bodyLimit: IMAGE_BODY_LIMIT,
        schema: {
          tags: ['items'],
          summary: 'Add an image (PNG, JPEG or WebP, at most 2 MB, sent as base64 in JSON)',
          params: idParam,
          body: itemImageBody,
          response: { 201: itemImageResponse, 400: errorResponse, 404: errorResponse, 409: errorResponse, 413: errorResponse },
        },
      },
      async (request, reply) => {
        const image = await addItemImage(ctx, staffOf(request).organizationId, request.params.id, request.body);
        return reply.status(201).send(toItemImage(image));
      },
    );

    app.get(
      '/items/:id/images/:imageId',
      { preHandler: readImages, schema: { tags: ['items'], summary: "The image's bytes", params: imageParams, response: { 404: errorResponse } } },
      async (request, reply) => {
        const image = await readItemImage(ctx.db, staffOf(request).organizationId, request.params.id, request.params.imageId);
        // An image never changes under its id: browsers keep it (privately) as long as they like.
        const etag = `"${image.id}"`;
        void reply.header('cache-control', 'private, max-age=31536000, immutable').header('etag', etag);
        return sendImage(reply, image, request.headers['if-none-match'] === etag);
      },
    );

    app.delete(
      '/items/:id/images/:imageId',
      { preHandler: writeImages, schema: { tags: ['items'], summary: 'Delete an image', params: imageParams, response: { 204: z.null(), 404: errorResponse } } },
      async (request, reply) => {
        await deleteItemImage(ctx, staffOf(request).organizationId, request.params.id, request.params.imageId);
        return reply.status(204).send(null);
      },
    );
  };
}
