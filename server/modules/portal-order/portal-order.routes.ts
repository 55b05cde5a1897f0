import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../context.ts';
import { contactOf, portalOf, requestMeta, requireContact } from '../../http/auth.ts';
import { errorResponse, pageOf, pagingQuery } from '../../http/schemas.ts';
import { commentListResponse, commentResponse, newContactCommentBody } from '../comment/comment.schemas.ts';
import { sendPdf } from '../document-pdf/pdf-reply.ts';
import { runIdempotently } from '../idempotency/idempotency.service.ts';
import { slugParams } from '../portal-auth/portal-auth.schemas.ts';
import { OpenStreams, streamCatalog } from './catalog-stream.ts';
import { listCatalog, listCategories, readCatalogImage } from './catalog.service.ts';
import { clearCart, getCart, putCartLine, removeCartLine } from './cart.service.ts';
import { assertMayOrder, assertMayRead, assertOrderingShown, ownerOf } from './ordering-access.ts';
import {
  cartResponse,
  catalogItemResponse,
  catalogQuery,
  categoriesResponse,
  idParams,
  imageParams,
  itemParams,
  orderDetailResponse,
  orderListQuery,
  orderSummaryResponse,
  placeOrderBody,
  putCartLineBody,
  reorderResponse,
  shipmentResponse,
  shippingAddressesResponse,
} from './portal-order.schemas.ts';
import { commentOnOrder, listPortalOrderComments, portalOrderPdf } from './portal-order-thread.service.ts';
import { getPortalOrder, listPortalOrders, listPortalShipments, listShippingAddresses, placePortalOrder, reorder } from './portal-order.service.ts';

const errors = { 400: errorResponse, 401: errorResponse, 403: errorResponse, 404: errorResponse, 409: errorResponse, 422: errorResponse };
const idempotencyHeaders = z.object({ 'idempotency-key': z.string().max(300).optional() });

/** An image's bytes; the browser may keep it an hour (an image never changes under its id). */
function sendImage(reply: FastifyReply, image: { contentType: string; data: Buffer }): FastifyReply {
  return reply.header('content-type', image.contentType).header('content-length', String(image.data.length)).header('cache-control', 'private, max-age=3600').send(image.data);
}

/**
 * Ordering in the portal: the catalogue at the customer's prices (and its live stock), the contact's
 * cart, placing and reordering orders, the orders with their packages, shipments and shipping
 * addresses. With the portal's sales orders switched off every one of these is a 404; reading needs
 * view_documents (or place_orders), changing the cart and ordering need place_orders (403).
 */
export function portalOrderRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    const shown = async (request: FastifyRequest) => assertOrderingShown(portalOf(request));
    // Lists and the cart reveal nothing of other customers: the role is checked up front.
    const reader = [requireContact(ctx), shown, async (request: FastifyRequest) => assertMayRead(contactOf(request))];
    const buyer = [requireContact(ctx), shown, async (request: FastifyRequest) => assertMayOrder(contactOf(request))];
    // Details check ownership first (404) and the role after (403), in the service.
    const signedIn = [requireContact(ctx), shown];
    const streams = new OpenStreams();
    app.addHook('preClose', async () => streams.endAll());

    const catalog = ['portal: catalogue'];
    app.get(
      '/catalog',
      { preHandler: reader, schema: { tags: catalog, summary: 'Items sold in the portal at this customer’s prices, with what is available: search, category, cursor paging', params: slugParams, querystring: catalogQuery, response: { 200: pageOf(catalogItemResponse), ...errors } } },
      async (request) => listCatalog(ctx, portalOf(request).slug, contactOf(request), request.query),
    );
    app.get(
      '/catalog/categories',
      { preHandler: reader, schema: { tags: catalog, summary: 'The catalogue’s categories with how many items each has', params: slugParams, response: { 200: categoriesResponse, ...errors } } },
      async (request) => listCategories(ctx, contactOf(request)),
    );
    app.get(
      '/catalog/items/:id/images/:image_id',
      { preHandler: reader, schema: { tags: catalog, summary: 'An item’s image (its bytes)', params: imageParams, response: { 401: errorResponse, 403: errorResponse, 404: errorResponse } } },
      async (request, reply) => {
        const image = await readCatalogImage(ctx, contactOf(request), request.params.id, request.params.image_id);
        return sendImage(reply, image);
      },
    );
    app.get(
      '/catalog/stream',
      {
        preHandler: reader,
        schema: {
          tags: catalog,
          summary: 'Server-Sent Events: `event: stock` with `{ items: [{ id, available }] }` whenever items’ stock changes; a comment line every 25 seconds',
          params: slugParams,
          response: { 401: errorResponse, 403: errorResponse, 404: errorResponse },
        },
      },
      async (request, reply) => streamCatalog(ctx, streams, request, reply, ownerOf(contactOf(request)).organizationId),
    );

    const cart = ['portal: cart'];
    app.get(
      '/cart',
      { preHandler: reader, schema: { tags: cart, summary: 'The contact’s cart at today’s prices and stock', params: slugParams, response: { 200: cartResponse, ...errors } } },
      async (request) => getCart(ctx, contactOf(request)),
    );
    app.put(
      '/cart/lines/:item_id',
      { preHandler: buyer, schema: { tags: cart, summary: 'Put an item in the cart at this quantity (replacing its quantity there)', params: itemParams, body: putCartLineBody, response: { 200: cartResponse, ...errors } } },
      async (request) => putCartLine(ctx, contactOf(request), request.params.item_id, request.body.quantity),
    );
    app.delete(
      '/cart/lines/:item_id',
      { preHandler: buyer, schema: { tags: cart, summary: 'Take an item out of the cart', params: itemParams, response: { 200: cartResponse, ...errors } } },
      async (request) => removeCartLine(ctx, contactOf(request), request.params.item_id),
    );
    app.delete(
      '/cart',
      { preHandler: buyer, schema: { tags: cart, summary: 'Empty the cart', params: slugParams, response: { 200: cartResponse, ...errors } } },
      async (request) => clearCart(ctx, contactOf(request)),
    );

    const orders = ['portal: sales orders'];
    app.get(
      '/sales-orders',
      { preHandler: reader, schema: { tags: orders, summary: 'The customer’s orders, newest first: filter, search by number or PO number, cursor paging', params: slugParams, querystring: orderListQuery, response: { 200: pageOf(orderSummaryResponse), ...errors } } },
      async (request) => listPortalOrders(ctx, contactOf(request), request.query),
    );
    app.post(
      '/sales-orders',
      {
        preHandler: buyer,
        schema: {
          tags: orders,
          summary: 'Place an order (Idempotency-Key required): priced again and stock held; 409 PRICES_CHANGED or INSUFFICIENT_STOCK create nothing',
          params: slugParams,
          headers: idempotencyHeaders,
          body: placeOrderBody,
          response: { 201: orderDetailResponse, ...errors },
        },
      },
      async (request, reply) => {
        const contact = contactOf(request);
        const owner = ownerOf(contact);
        const answer = await runIdempotently(
          ctx,
          { organizationId: owner.organizationId, scope: `portal:${owner.contactPersonId}`, key: request.headers['idempotency-key'], required: true, operation: 'POST /portal/sales-orders', body: request.body },
          () => placePortalOrder(ctx, portalOf(request), contact, request.body, requestMeta(request)),
        );
        if (answer.replayed) void reply.header('idempotent-replayed', 'true');
        return reply.status(answer.status).send(answer.body);
      },
    );
    app.get(
      '/sales-orders/:id',
      { preHandler: signedIn, schema: { tags: orders, summary: 'An order with its lines, status history, invoices and packages (with tracking links)', params: idParams, response: { 200: orderDetailResponse, ...errors } } },
      async (request) => getPortalOrder(ctx, contactOf(request), request.params.id),
    );
    app.post(
      '/sales-orders/:id/reorder',
      { preHandler: signedIn, schema: { tags: orders, summary: 'Fill the cart with an earlier order’s items at today’s prices and stock; lists what differs', params: idParams, response: { 200: reorderResponse, ...errors } } },
      async (request) => reorder(ctx, contactOf(request), request.params.id),
    );

    app.get(
      '/sales-orders/:id/comments',
      { preHandler: signedIn, schema: { tags: orders, summary: 'The order’s thread: staff’s entries shown in the portal and the contacts’ comments, oldest first', params: idParams, response: { 200: commentListResponse, ...errors } } },
      async (request) => listPortalOrderComments(ctx, contactOf(request), request.params.id),
    );
    app.post(
      '/sales-orders/:id/comments',
      { preHandler: signedIn, schema: { tags: orders, summary: 'Comment on the order; staff are notified', params: idParams, body: newContactCommentBody, response: { 201: commentResponse, ...errors } } },
      async (request, reply) => reply.status(201).send(await commentOnOrder(ctx, portalOf(request), contactOf(request), request.params.id, request.body.body, requestMeta(request))),
    );
    app.get(
      '/sales-orders/:id/pdf',
      { preHandler: signedIn, schema: { tags: orders, summary: 'The order as PDF', params: idParams, response: { 401: errorResponse, 403: errorResponse, 404: errorResponse } } },
      async (request, reply) => sendPdf(reply, await portalOrderPdf(ctx, contactOf(request), request.params.id)),
    );

    app.get(
      '/shipments',
      { preHandler: reader, schema: { tags: orders, summary: 'The customer’s packages that have left, most recently shipped first, with tracking links', params: slugParams, querystring: pagingQuery, response: { 200: pageOf(shipmentResponse), ...errors } } },
      async (request) => listPortalShipments(ctx, contactOf(request), request.query),
    );
    app.get(
      '/shipping-addresses',
      { preHandler: reader, schema: { tags: orders, summary: 'The customer’s shipping addresses, the default first', params: slugParams, response: { 200: shippingAddressesResponse, ...errors } } },
      async (request) => listShippingAddresses(ctx, contactOf(request)),
    );
  };
}
