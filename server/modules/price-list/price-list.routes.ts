import type { FastifyReply } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { quantityFromMilli, quantityToMilli } from '../../../contract/units.ts';
import type { AppContext } from '../../context.ts';
import { presentPage } from '../../db/keyset.ts';
import { requireStaff, staffOf } from '../../http/auth.ts';
import { errorResponse, externalIdParam, idParam, pageOf } from '../../http/schemas.ts';
import { priceListPut } from './price-list-sync.operations.ts';
import { seenVersion, sendVersionTag } from '../../http/versions.ts';
import {
  assignPriceListBody,
  createPriceListBody,
  customerPriceListResponse,
  listPriceListsQuery,
  presentUnitPrice,
  previewQuery,
  previewResponse,
  priceListResponse,
  priceListSummaryResponse,
  putPriceListBody,
  toPriceListSummary,
  updatePriceListBody,
} from './price-list.schemas.ts';
import { datedCsvName } from '../../lib/csv.ts';
import { sendCsv } from '../../http/csv-reply.ts';
import { priceListCsv } from './price-list-export.ts';
import { archivePriceList, assignCustomerPriceList, createPriceList, getCustomerPriceList, getPriceList, listPriceLists, previewPrice, updatePriceList } from './price-list.service.ts';

const tags = ['price lists'];
const versioned = '. Send the version you saw as If-Match (the ETag) or `version` to be refused with 409 STALE_VERSION if the list changed since';
const changing = { 400: errorResponse, 404: errorResponse, 409: errorResponse, 422: errorResponse };

export function priceListRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  const read = requireStaff(ctx, { scope: 'orders.read' });
  const write = requireStaff(ctx, { scope: 'orders.write' });
  return async (app) => {
    const tagged = <T extends { version: number }>(reply: FastifyReply, list: T): T => {
      sendVersionTag(reply, list.version);
      return list;
    };

    app.get(
      '/price-lists',
      { preHandler: read, schema: { tags, summary: 'Price lists by name (search by name or description; archived=true|false)', querystring: listPriceListsQuery, response: { 200: pageOf(priceListSummaryResponse) } } },
      async (request) => presentPage(await listPriceLists(ctx, staffOf(request).organizationId, request.query), (rows) => rows.map(toPriceListSummary)),
    );

    app.post(
      '/price-lists',
      {
        preHandler: write,
        schema: { tags, summary: 'Create a price list: a markup or markdown of the base rates, or per-item rates with quantity breaks, in one currency', body: createPriceListBody, response: { 201: priceListResponse, 400: errorResponse } },
      },
      async (request, reply) => reply.status(201).send(tagged(reply, await createPriceList(ctx, staffOf(request).organizationId, request.body))),
    );

    app.put(
      '/price-lists/by-external-id/:external_id',
      {
        preHandler: write,
        schema: {
          tags,
          summary: 'Create (201) or change to exactly this body (200) the price list with this external id; rates name items by item_id or item_external_id',
          params: externalIdParam,
          body: putPriceListBody,
          response: { 200: priceListResponse, 201: priceListResponse, ...changing },
        },
      },
      async (request, reply) => {
        const answer = await priceListPut.put(ctx, staffOf(request), request.params.external_id, request.body);
        return reply.status(answer.status).send(tagged(reply, answer.body));
      },
    );

    app.get(
      '/price-lists/:id',
      { preHandler: read, schema: { tags, summary: 'A price list with its rates and how many customers it is assigned to; the ETag is its version', params: idParam, response: { 200: priceListResponse, 404: errorResponse } } },
      async (request, reply) => tagged(reply, await getPriceList(ctx, staffOf(request).organizationId, request.params.id)),
    );

    app.get(
      '/price-lists/:id/prices.csv',
      { preHandler: read, schema: { tags, summary: 'The rates of a price list as CSV (columns in docs/api.md "CSV export")', params: idParam, produces: ['text/csv'], response: { 404: errorResponse } } },
      async (request, reply) => {
        const list = await getPriceList(ctx, staffOf(request).organizationId, request.params.id);
        return sendCsv(reply, datedCsvName('price-list', ctx.clock.now()), priceListCsv(list));
      },
    );

    app.patch(
      '/price-lists/:id',
      { preHandler: write, schema: { tags, summary: `Change a price list; rates, when sent, replace all its rates${versioned}`, params: idParam, body: updatePriceListBody, response: { 200: priceListResponse, ...changing } } },
      async (request, reply) => {
        const { version, ...changes } = request.body;
        return tagged(reply, await updatePriceList(ctx, staffOf(request).organizationId, request.params.id, changes, seenVersion(request, version)));
      },
    );

    app.delete(
      '/price-lists/:id',
      { preHandler: write, schema: { tags, summary: `Archive a price list: its customers pay base rates until given another${versioned}`, params: idParam, response: { 204: z.null(), ...changing } } },
      async (request, reply) => {
        await archivePriceList(ctx, staffOf(request).organizationId, request.params.id, seenVersion(request));
        return reply.status(204).send(null);
      },
    );

    app.get(
      '/price-lists/:id/preview',
      {
        preHandler: read,
        schema: { tags, summary: "What a customer (or, without one, a buyer in the list's currency) would pay per unit today under this list, and which break applied", params: idParam, querystring: previewQuery, response: { 200: previewResponse, 400: errorResponse, 404: errorResponse } },
      },
      async (request) => {
        const { price, date } = await previewPrice(ctx, staffOf(request).organizationId, request.params.id, request.query);
        return { price_list_id: request.params.id, customer_id: request.query.customer_id ?? null, item_id: request.query.item_id, quantity: quantityFromMilli(quantityToMilli(request.query.quantity)), date, price: price ? presentUnitPrice(price) : null };
      },
    );

    app.get(
      '/customers/:id/price-list',
      { preHandler: read, schema: { tags, summary: "The customer's price list (null: the items' base rates)", params: idParam, response: { 200: customerPriceListResponse, 404: errorResponse } } },
      async (request) => getCustomerPriceList(ctx, staffOf(request).organizationId, request.params.id),
    );

    app.put(
      '/customers/:id/price-list',
      {
        preHandler: write,
        schema: { tags, summary: "Assign a price list to the customer (null: none); the list must be in the customer's currency (422 CURRENCY_MISMATCH)", params: idParam, body: assignPriceListBody, response: { 200: customerPriceListResponse, ...changing } },
      },
      async (request) => assignCustomerPriceList(ctx, staffOf(request).organizationId, request.params.id, request.body.price_list_id),
    );
  };
}
