import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../context.ts';
import { contactOf, portalOf, requestMeta, requireContact } from '../../http/auth.ts';
import { errorResponse, pageOf } from '../../http/schemas.ts';
import { documentSummaryResponse } from '../document/document.schemas.ts';
import { slugParams } from '../portal-auth/portal-auth.schemas.ts';
import { documentLabels, kindSegments, type KindSegment } from './portal-document.ts';
import {
  creditNoteListQuery,
  documentDetailResponse,
  estimateListQuery,
  invoiceListQuery,
  invoicePlansResponse,
  paymentListQuery,
  paymentResponse,
  retainerListQuery,
} from './portal-document.schemas.ts';
import { getPortalPayment, listInvoicePlans, listPortalDocuments, listPortalPayments, viewPortalDocument } from './portal-document.service.ts';
import { portalEstimateRoutes } from './portal-estimate.routes.ts';
import { portalThreadRoutes } from './portal-thread.routes.ts';

const idParams = slugParams.extend({ id: z.string().min(1).max(64) });
const errors = { 400: errorResponse, 401: errorResponse, 403: errorResponse, 404: errorResponse };
const listQueries = {
  invoices: invoiceListQuery,
  'retainer-invoices': retainerListQuery,
  estimates: estimateListQuery,
  'credit-notes': creditNoteListQuery,
} satisfies Record<KindSegment, unknown>;

/** The signed-in contact's invoices, retainer invoices, estimates, credit notes and payments (never drafts). */
export function portalDocumentRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    // Lists reveal nothing about other customers: the role is checked up front.
    const reader = [requireContact(ctx, { permission: 'view_documents' })];
    // Details check ownership first (404) and the role after (403), in the service.
    const signedIn = [requireContact(ctx)];

    for (const segment of Object.keys(kindSegments) as KindSegment[]) {
      const kind = kindSegments[segment];
      const tags = [`portal: ${segment.replace('-', ' ')}`];
      app.get(
        `/${segment}`,
        {
          preHandler: reader,
          schema: { tags, summary: `The customer's ${documentLabels[kind]}s: filter, search by number, sort, cursor paging`, params: slugParams, querystring: listQueries[segment], response: { 200: pageOf(documentSummaryResponse), ...errors } },
        },
        async (request) => listPortalDocuments(ctx, contactOf(request), kind, request.query),
      );

      app.get(
        `/${segment}/:id`,
        {
          preHandler: signedIn,
          schema: {
            tags,
            summary: `A ${documentLabels[kind]} with its lines, payments, credits and disputes; the first view marks it viewed for staff`,
            params: idParams,
            response: { 200: documentDetailResponse, ...errors },
          },
        },
        async (request) => viewPortalDocument(ctx, portalOf(request), contactOf(request), kind, request.params.id, requestMeta(request)),
      );
    }

    // A static path: it wins over `/invoices/:id` whatever the order of registration.
    app.get(
      '/invoices/plans',
      { preHandler: reader, schema: { tags: ['portal: invoices'], summary: 'The plans the customer has subscriptions on, by name: the choices of the invoices list’s plan filter', params: slugParams, response: { 200: invoicePlansResponse, ...errors } } },
      async (request) => listInvoicePlans(ctx, contactOf(request)),
    );

    app.get(
      '/payments',
      { preHandler: reader, schema: { tags: ['portal: payments'], summary: 'Payments made: search by number, sort, cursor paging', params: slugParams, querystring: paymentListQuery, response: { 200: pageOf(paymentResponse), ...errors } } },
      async (request) => listPortalPayments(ctx, contactOf(request), request.query),
    );

    app.get(
      '/payments/:id',
      { preHandler: signedIn, schema: { tags: ['portal: payments'], summary: 'A payment and the invoices it paid', params: idParams, response: { 200: paymentResponse, ...errors } } },
      async (request) => getPortalPayment(ctx, contactOf(request), request.params.id),
    );

    await app.register(portalEstimateRoutes(ctx));
    await app.register(portalThreadRoutes(ctx));
  };
}
