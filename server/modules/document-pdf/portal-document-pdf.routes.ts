import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../context.ts';
import { contactOf, requireContact } from '../../http/auth.ts';
import { errorResponse } from '../../http/schemas.ts';
import { documentKinds, documentPaths } from '../document/document.ts';
import type { PdfScope } from './document-pdf.repository.ts';
import { documentPdfFile, receiptPdfFile } from './document-pdf.service.ts';
import { sendPdf } from './pdf-reply.ts';

const params = z.object({ slug: z.string(), id: z.string().min(1).max(64) });
const responses = { 401: errorResponse, 403: errorResponse, 404: errorResponse };

/** PDFs in the portal: only the signed-in contact's customer's documents, never drafts. */
export function portalDocumentPdfRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  const preHandler = [requireContact(ctx, { permission: 'view_documents' })];
  const scopeOf = (contact: ReturnType<typeof contactOf>): PdfScope => ({
    organizationId: contact.organizationId,
    // A contact without a chosen account reaches nothing.
    customerId: contact.customerId ?? '',
    excludeDrafts: true,
  });
  return async (app) => {
    for (const kind of documentKinds) {
      const path = documentPaths[kind];
      app.get(
        `/${path}/:id/pdf`,
        { preHandler, schema: { tags: [`portal: ${path.replace('-', ' ')}`], summary: 'The document as PDF', params, response: responses } },
        async (request, reply) => sendPdf(reply, await documentPdfFile(ctx, scopeOf(contactOf(request)), request.params.id, kind)),
      );
    }
    app.get(
      '/payments/:id/pdf',
      { preHandler, schema: { tags: ['portal: payments'], summary: 'The payment receipt as PDF', params, response: responses } },
      async (request, reply) => sendPdf(reply, await receiptPdfFile(ctx, scopeOf(contactOf(request)), request.params.id)),
    );
  };
}
