import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../context.ts';
import { requireStaff, staffOf } from '../../http/auth.ts';
import { errorResponse, externalIdParam, idParam, pageOf } from '../../http/schemas.ts';
import { sendPdf } from '../document-pdf/pdf-reply.ts';
import { listCarriers, putCarrier } from './carrier.service.ts';
import { packingSlipFile } from './shipment-pdf.service.ts';
import { packagePut } from './shipment-sync.operations.ts';
import {
  carrierListResponse,
  carrierResponse,
  createPackageBody,
  listPackagesQuery,
  packageResponse,
  packageSummaryResponse,
  putCarrierBody,
  putPackageBody,
  shipPackageBody,
  updatePackageBody,
} from './shipment.schemas.ts';
import { createPackage, deletePackage, deliverPackage, getPackage, listPackages, shipPackage, updatePackage } from './shipment.service.ts';

const tags = ['packages'];
const reading = { 401: errorResponse, 403: errorResponse, 404: errorResponse };
const changing = { 400: errorResponse, 401: errorResponse, 403: errorResponse, 404: errorResponse, 409: errorResponse };

/** Packages of sales orders: packing picked quantities, shipping with a carrier and tracking number, delivery, packing slips; carriers' tracking links. */
export function shipmentRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  const read = requireStaff(ctx, { scope: 'orders.read' });
  const write = requireStaff(ctx, { scope: 'orders.write' });
  return async (app) => {
    app.get(
      '/packages',
      { preHandler: read, schema: { tags, summary: 'Packages, newest first (status, order and customer filters, cursor paging)', querystring: listPackagesQuery, response: { 200: pageOf(packageSummaryResponse), 400: errorResponse, ...reading } } },
      async (request) => listPackages(ctx, staffOf(request).organizationId, request.query),
    );

    app.get(
      '/packages/:id',
      { preHandler: read, schema: { tags, summary: 'A package with its lines and tracking link', params: idParam, response: { 200: packageResponse, ...reading } } },
      async (request) => getPackage(ctx, staffOf(request).organizationId, request.params.id),
    );

    app.patch(
      '/packages/:id',
      { preHandler: write, schema: { tags, summary: 'Change a package’s notes or external id, at any status (null clears either)', params: idParam, body: updatePackageBody, response: { 200: packageResponse, ...changing } } },
      async (request) => updatePackage(ctx, staffOf(request), request.params.id, request.body),
    );

    app.put(
      '/packages/by-external-id/:external_id',
      {
        preHandler: write,
        schema: {
          tags,
          summary:
            'Pack (201, as POST /sales-orders/{id}/packages does) the package with this external id, and ship it when `shipment` is given; on one that exists (200) an unchanged body writes nothing, notes change as PATCH changes them, `shipment` ships it if it has not shipped; other lines or another shipment are a 409 STATE_CONFLICT',
          params: externalIdParam,
          body: putPackageBody,
          response: { 200: packageResponse, 201: packageResponse, ...changing },
        },
      },
      async (request, reply) => {
        const answer = await packagePut.put(ctx, staffOf(request), request.params.external_id, request.body);
        return reply.status(answer.status).send(answer.body);
      },
    );

    app.post(
      '/sales-orders/:id/packages',
      {
        preHandler: write,
        schema: {
          tags,
          summary: 'Pack quantities of a confirmed or partly shipped order’s lines into a new package (never more than is left to pack: 409 naming lines.<i>.quantity)',
          params: idParam,
          body: createPackageBody,
          response: { 201: packageResponse, ...changing },
        },
      },
      async (request, reply) => reply.status(201).send(await createPackage(ctx, staffOf(request), request.params.id, request.body)),
    );

    app.post(
      '/packages/:id/ship',
      {
        preHandler: write,
        schema: {
          tags,
          summary: 'Ship a packed package with a carrier and tracking number: its stock leaves the warehouse, the order’s status follows, the customer is mailed the tracking link (409 if it already shipped)',
          params: idParam,
          body: shipPackageBody,
          response: { 200: packageResponse, ...changing },
        },
      },
      async (request) => shipPackage(ctx, staffOf(request), request.params.id, request.body),
    );

    app.post(
      '/packages/:id/deliver',
      { preHandler: write, schema: { tags, summary: 'Mark a shipped package delivered; the order is delivered once all its packages are', params: idParam, response: { 200: packageResponse, ...changing } } },
      async (request) => deliverPackage(ctx, staffOf(request), request.params.id),
    );

    app.delete(
      '/packages/:id',
      { preHandler: write, schema: { tags, summary: 'Delete a package that has not shipped; its quantities can be packed again', params: idParam, response: { 204: z.null(), ...changing } } },
      async (request, reply) => {
        await deletePackage(ctx, staffOf(request), request.params.id);
        return reply.status(204).send(null);
      },
    );

    app.get(
      '/packages/:id/pdf',
      { preHandler: read, schema: { tags, summary: 'The packing slip as PDF, in the customer’s language (items and quantities, no prices)', params: idParam, response: reading } },
      async (request, reply) => sendPdf(reply, await packingSlipFile(ctx, staffOf(request).organizationId, request.params.id)),
    );

    app.get(
      '/carriers',
      { preHandler: read, schema: { tags: ['carriers'], summary: 'Carriers and their tracking URL templates: the known ones (with the organization’s overrides) and its own', response: { 200: carrierListResponse, ...reading } } },
      async (request) => listCarriers(ctx, staffOf(request).organizationId),
    );

    app.put(
      '/carriers',
      {
        preHandler: write,
        schema: {
          tags: ['carriers'],
          summary: 'Set a carrier’s tracking URL template (https, with {tracking_number}); null goes back to the default',
          body: putCarrierBody,
          response: { 200: carrierResponse, 400: errorResponse, 401: errorResponse, 403: errorResponse },
        },
      },
      async (request) => putCarrier(ctx, staffOf(request).organizationId, request.body),
    );
  };
}
