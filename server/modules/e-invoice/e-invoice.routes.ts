import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { FastifyReply } from 'fastify';
import { z } from 'zod';
import type { AppContext } from '../../context.ts';
import { contactOf, requireContact, requireStaff, staffOf } from '../../http/auth.ts';
import { errorResponse, idParam } from '../../http/schemas.ts';
import type { PdfScope } from '../document-pdf/document-pdf.service.ts';
import { documentPaths } from '../document/document.ts';
import { eInvoiceQuery } from './e-invoice.schemas.ts';
import { eInvoiceFile, eInvoiceKinds, type EInvoiceFile } from './e-invoice.service.ts';

const responses = { 400: errorResponse, 401: errorResponse, 403: errorResponse, 404: errorResponse };
const summary = 'The document as an e-invoice: UBL 2.1 / Peppol BIS 3 XML or Factur-X PDF';

/** Sent as a download under the document's number (INV-000001.xml, INV-000001-factur-x.pdf). */
function sendFile(reply: FastifyReply, file: EInvoiceFile): FastifyReply {
  return reply
    .header('content-type', file.contentType)
    .header('content-disposition', `attachment; filename="${file.filename}"`)
    .header('content-length', String(file.body.length))
    .send(file.body);
}

/** Staff (API keys with documents.read) download invoices and credit notes as e-invoices. */
export function eInvoiceRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  const read = requireStaff(ctx, { scope: 'documents.read' });
  return async (app) => {
    for (const kind of eInvoiceKinds) {
      const path = documentPaths[kind];
      app.get(
        `/${path}/:id/e-invoice`,
        { preHandler: read, schema: { tags: [path.replace('-', ' ')], summary, params: idParam, querystring: eInvoiceQuery, response: responses } },
        async (request, reply) => sendFile(reply, await eInvoiceFile(ctx, { organizationId: staffOf(request).organizationId }, request.params.id, kind, request.query.format)),
      );
    }
  };
}

const portalParams = z.object({ slug: z.string(), id: z.string().min(1).max(64) });

/** The portal's e-invoices: only the signed-in contact's customer's documents, never drafts (as its PDFs). */
export function portalEInvoiceRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  const preHandler = [requireContact(ctx, { permission: 'view_documents' })];
  const scopeOf = (contact: ReturnType<typeof contactOf>): PdfScope => ({
    organizationId: contact.organizationId,
    customerId: contact.customerId ?? '',
    excludeDrafts: true,
  });
  return async (app) => {
    for (const kind of eInvoiceKinds) {
      const path = documentPaths[kind];
      app.get(
        `/${path}/:id/e-invoice`,
        { preHandler, schema: { tags: [`portal: ${path.replace('-', ' ')}`], summary, params: portalParams, querystring: eInvoiceQuery, response: responses } },
        async (request, reply) => sendFile(reply, await eInvoiceFile(ctx, scopeOf(contactOf(request)), request.params.id, kind, request.query.format)),
      );
    }
  };
}
