import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppContext } from '../../context.ts';
import { contactOf, portalOf, requestMeta, requireContact } from '../../http/auth.ts';
import { errorResponse } from '../../http/schemas.ts';
import { sendPdf } from '../document-pdf/pdf-reply.ts';
import { pdfResponses } from './statement.routes.ts';
import { statementQuery, statementResponse } from './statement.schemas.ts';
import { downloadPortalStatement, getStatementCustomer, statementOf } from './statement.service.ts';

const tags = ['portal: statement'];

/** The signed-in contact's own statement of accounts, on screen and as PDF. */
export function portalStatementRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  const guard = [requireContact(ctx, { permission: 'view_documents' })];

  return async (app) => {
    app.get(
      '/statement',
      { preHandler: guard, schema: { tags, summary: 'Statement of accounts of the contact’s customer for a period', querystring: statementQuery, response: { 200: statementResponse, 400: errorResponse, 403: errorResponse } } },
      async (request) => {
        const contact = contactOf(request);
        const customer = await getStatementCustomer(ctx, ctx.db, contact.organizationId, contact.customerId ?? '');
        return statementOf(ctx, ctx.db, customer, request.query);
      },
    );

    app.get(
      '/statement.pdf',
      { preHandler: guard, schema: { tags, summary: 'The statement as a PDF (staff are notified of the download)', querystring: statementQuery, response: pdfResponses } },
      async (request, reply) => sendPdf(reply, await downloadPortalStatement(ctx, portalOf(request), contactOf(request), request.query, requestMeta(request))),
    );
  };
}
