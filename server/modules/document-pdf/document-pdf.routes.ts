import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppContext } from '../../context.ts';
import { requireStaff, staffOf } from '../../http/auth.ts';
import { errorResponse, idParam } from '../../http/schemas.ts';
import { documentKinds, documentPaths } from '../document/document.ts';
import { documentPdfFile, receiptPdfFile } from './document-pdf.service.ts';
import { sendPdf } from './pdf-reply.ts';

const responses = { 401: errorResponse, 403: errorResponse, 404: errorResponse };

/** Staff previews of billing documents and payment receipts as PDF (never counted as views). */
export function documentPdfRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  const read = requireStaff(ctx, { scope: 'documents.read' });
  // A receipt is the payment's own paper: a key that reads payments reads their receipts.
  const readPayments = requireStaff(ctx, { scope: 'payments.read' });
  return async (app) => {
    for (const kind of documentKinds) {
      const path = documentPaths[kind];
      app.get(
        `/${path}/:id/pdf`,
        { preHandler: read, schema: { tags: [path.replace('-', ' ')], summary: 'The document as PDF, in the customer’s language', params: idParam, response: responses } },
        async (request, reply) => sendPdf(reply, await documentPdfFile(ctx, { organizationId: staffOf(request).organizationId }, request.params.id, kind)),
      );
    }
    app.get(
      '/payments/:id/pdf',
      { preHandler: readPayments, schema: { tags: ['payments'], summary: 'The payment receipt as PDF, in the customer’s language', params: idParam, response: responses } },
      async (request, reply) => sendPdf(reply, await receiptPdfFile(ctx, { organizationId: staffOf(request).organizationId }, request.params.id)),
    );
  };
}
