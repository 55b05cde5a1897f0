import type { FastifyReply } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppContext } from '../../context.ts';
import { presentPage } from '../../db/keyset.ts';
import { requireStaff, staffOf } from '../../http/auth.ts';
import { errorResponse, externalIdParam, idParam, pageOf } from '../../http/schemas.ts';
import { seenVersion, sendVersionTag } from '../../http/versions.ts';
import { commentListResponse, commentResponse, newStaffCommentBody } from '../comment/comment.schemas.ts';
import { sendPdf } from '../document-pdf/pdf-reply.ts';
import { documentResponse } from '../document/document.schemas.ts';
import { addStaffOrderComment, listOrderComments, presentOrderComment } from './sales-order-comment.service.ts';
import { convertSalesOrderToInvoice } from './sales-order-invoice.service.ts';
import { salesOrderPdfFile } from './sales-order-pdf.service.ts';
import { salesOrderPut } from './sales-order-sync.operations.ts';
import { presentSalesOrder, presentSalesOrderSummaries } from './sales-order.presenter.ts';
import {
  cancelSalesOrderBody,
  convertSalesOrderBody,
  createSalesOrderBody,
  listSalesOrdersQuery,
  putSalesOrderBody,
  salesOrderResponse,
  salesOrderSummaryResponse,
  updateSalesOrderBody,
  versionBody,
} from './sales-order.schemas.ts';
import {
  approveSalesOrder,
  cancelSalesOrder,
  confirmSalesOrder,
  createStaffSalesOrder,
  getSalesOrder,
  listSalesOrders,
  orderLinesOf,
  staffOrderActor,
  updateSalesOrder,
} from './sales-order.service.ts';

const tags = ['sales orders'];
const versioned = '. Send the version you saw as If-Match (the ETag) to be refused with 409 STALE_VERSION if the order changed since';
const changing = { 400: errorResponse, 404: errorResponse, 409: errorResponse, 422: errorResponse };

/** Staff side of sales orders: list, detail, create, edit, confirm, approve, cancel, invoice, PDF, comments. */
export function salesOrderRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  const read = requireStaff(ctx, { scope: 'orders.read' });
  const write = requireStaff(ctx, { scope: 'orders.write' });
  return async (app) => {
    const tagged = async (reply: FastifyReply, order: Parameters<typeof presentSalesOrder>[1]) => {
      sendVersionTag(reply, order.version);
      return presentSalesOrder(ctx.db, order);
    };

    app.get('/sales-orders', { preHandler: read, schema: { tags, summary: 'List sales orders', querystring: listSalesOrdersQuery, response: { 200: pageOf(salesOrderSummaryResponse), 400: errorResponse } } }, async (request) => {
      const page = await listSalesOrders(ctx, staffOf(request).organizationId, request.query);
      return presentPage(page, (rows) => presentSalesOrderSummaries(ctx.db, rows));
    });

    app.post(
      '/sales-orders',
      {
        preHandler: write,
        schema: {
          tags,
          summary: 'Create a sales order: a draft, or confirmed at once (holding stock). Lines of items without a rate are priced for the customer',
          body: createSalesOrderBody,
          response: { 201: salesOrderResponse, ...changing },
        },
      },
      async (request, reply) => {
        const order = await createStaffSalesOrder(ctx, await staffOrderActor(ctx, staffOf(request)), request.body);
        return reply.status(201).send(await tagged(reply, order));
      },
    );

    app.put(
      '/sales-orders/by-external-id/:external_id',
      {
        preHandler: write,
        schema: {
          tags,
          summary:
            'Create (201, as POST does) or bring to this body (200) the sales order with this external id: an unchanged body writes nothing; a draft or pending order changes as PATCH changes it; another order that differs is a 409 STATE_CONFLICT. The customer by customer_id or customer_external_id, line items by item_id or item_external_id',
          params: externalIdParam,
          body: putSalesOrderBody,
          response: { 200: salesOrderResponse, 201: salesOrderResponse, ...changing },
        },
      },
      async (request, reply) => {
        const answer = await salesOrderPut.put(ctx, staffOf(request), request.params.external_id, request.body);
        sendVersionTag(reply, answer.body.version);
        return reply.status(answer.status).send(answer.body);
      },
    );

    app.get(
      '/sales-orders/:id',
      { preHandler: read, schema: { tags, summary: 'A sales order with its lines, status history, packages and invoices; the ETag is its version', params: idParam, response: { 200: salesOrderResponse, 404: errorResponse } } },
      async (request, reply) => tagged(reply, await getSalesOrder(ctx.db, staffOf(request).organizationId, request.params.id)),
    );

    app.patch(
      '/sales-orders/:id',
      {
        preHandler: write,
        schema: { tags, summary: `Change a draft or pending order; new lines replace the old ones${versioned} (or send it as \`version\`)`, params: idParam, body: updateSalesOrderBody, response: { 200: salesOrderResponse, ...changing } },
      },
      async (request, reply) => {
        const { version, lines, ...fields } = request.body;
        const order = await updateSalesOrder(
          ctx,
          await staffOrderActor(ctx, staffOf(request)),
          request.params.id,
          {
            lines: lines ? orderLinesOf(lines) : undefined,
            orderDate: fields.order_date,
            expectedShipmentDate: fields.expected_shipment_date,
            poNumber: fields.po_number,
            notes: fields.notes,
            shippingAddressId: fields.shipping_address_id,
            shippingAddress: fields.shipping_address,
            externalId: fields.external_id,
          },
          seenVersion(request, version),
        );
        return tagged(reply, order);
      },
    );

    app.post(
      '/sales-orders/:id/confirm',
      { preHandler: write, schema: { tags, summary: `Confirm a draft: stock is held for every line (409 INSUFFICIENT_STOCK when short)${versioned}`, params: idParam, body: versionBody.optional(), response: { 200: salesOrderResponse, ...changing } } },
      async (request, reply) =>
        tagged(reply, await confirmSalesOrder(ctx, await staffOrderActor(ctx, staffOf(request)), request.params.id, seenVersion(request, request.body?.version))),
    );

    app.post(
      '/sales-orders/:id/approve',
      { preHandler: write, schema: { tags, summary: `Approve an order pending approval: it is confirmed${versioned}`, params: idParam, body: versionBody.optional(), response: { 200: salesOrderResponse, ...changing } } },
      async (request, reply) =>
        tagged(reply, await approveSalesOrder(ctx, await staffOrderActor(ctx, staffOf(request)), request.params.id, seenVersion(request, request.body?.version))),
    );

    app.post(
      '/sales-orders/:id/cancel',
      {
        preHandler: write,
        schema: { tags, summary: `Cancel an order nothing of which is packed or shipped, with the reason; the stock it holds is given back${versioned}`, params: idParam, body: cancelSalesOrderBody, response: { 200: salesOrderResponse, ...changing } },
      },
      async (request, reply) => {
        const { reason, version } = request.body;
        return tagged(reply, await cancelSalesOrder(ctx, await staffOrderActor(ctx, staffOf(request)), request.params.id, reason, seenVersion(request, version)));
      },
    );

    app.post(
      '/sales-orders/:id/convert',
      {
        preHandler: write,
        schema: {
          tags,
          summary: `Make a draft invoice of what the order has not invoiced yet: all of it, or what has shipped; at the order's rates${versioned}`,
          params: idParam,
          body: convertSalesOrderBody.optional(),
          response: { 201: documentResponse, ...changing },
        },
      },
      async (request, reply) => {
        const staff = staffOf(request);
        const invoice = await convertSalesOrderToInvoice(ctx, await staffOrderActor(ctx, staff), request.params.id, request.body?.mode ?? 'all', seenVersion(request, request.body?.version));
        sendVersionTag(reply, invoice.version);
        return reply.status(201).send(invoice);
      },
    );

    app.get(
      '/sales-orders/:id/pdf',
      { preHandler: read, schema: { tags, summary: 'The sales order as PDF, in the customer’s language', params: idParam, response: { 401: errorResponse, 403: errorResponse, 404: errorResponse } } },
      async (request, reply) => sendPdf(reply, await salesOrderPdfFile(ctx, { organizationId: staffOf(request).organizationId }, request.params.id)),
    );

    app.get(
      '/sales-orders/:id/comments',
      { preHandler: read, schema: { tags, summary: 'The comment thread of a sales order, all of it', params: idParam, response: { 200: commentListResponse, 404: errorResponse } } },
      async (request) => ({ data: (await listOrderComments(ctx, staffOf(request).organizationId, request.params.id)).map(presentOrderComment) }),
    );

    app.post(
      '/sales-orders/:id/comments',
      {
        preHandler: write,
        schema: {
          tags,
          summary: 'Comment on a sales order; with display_in_portal the customer sees it (and is emailed when the portal setting says so)',
          params: idParam,
          body: newStaffCommentBody,
          response: { 201: commentResponse, 400: errorResponse, 404: errorResponse },
        },
      },
      async (request, reply) => reply.status(201).send(presentOrderComment(await addStaffOrderComment(ctx, staffOf(request), request.params.id, request.body))),
    );
  };
}
