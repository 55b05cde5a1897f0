import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppContext } from '../../context.ts';
import { requireStaff, staffOf } from '../../http/auth.ts';
import { errorResponse, idParam } from '../../http/schemas.ts';
import { renderDocumentRowPdf } from '../document-pdf/document-pdf.service.ts';
import { sendPdf } from '../document-pdf/pdf-reply.ts';
import { getOrganization } from '../organization/organization.service.ts';
import { emailStatement, type InvoicePdfRenderer } from './statement-email.service.ts';
import { emailStatementBody, statementEmailResponse, statementQuery, statementResponse } from './statement.schemas.ts';
import { getStatementCustomer, renderCustomerStatementPdf, statementFilename, statementOf } from './statement.service.ts';

const tags = ['statements'];

/** A PDF body is not JSON: only the error answers are described. */
export const pdfResponses = { 400: errorResponse, 401: errorResponse, 403: errorResponse, 404: errorResponse };

/** Staff: a customer's statement of accounts on screen, as PDF, and by email. */
export function statementRoutes(ctx: AppContext, invoicePdf: InvoicePdfRenderer = renderDocumentRowPdf): FastifyPluginAsyncZod {
  const read = requireStaff(ctx, { scope: 'documents.read' });
  const write = requireStaff(ctx, { scope: 'documents.write' });

  return async (app) => {
    app.get(
      '/customers/:id/statement',
      {
        preHandler: read,
        schema: { tags, summary: 'Statement of accounts for a period: opening balance, entries with running balance, closing balance, ageing', params: idParam, querystring: statementQuery, response: { 200: statementResponse, 400: errorResponse, 404: errorResponse } },
      },
      async (request) => {
        const customer = await getStatementCustomer(ctx, ctx.db, staffOf(request).organizationId, request.params.id);
        return statementOf(ctx, ctx.db, customer, request.query);
      },
    );

    app.get(
      '/customers/:id/statement.pdf',
      { preHandler: read, schema: { tags, summary: 'The statement as a PDF in the customer’s language', params: idParam, querystring: statementQuery, response: pdfResponses } },
      async (request, reply) => {
        const organizationId = staffOf(request).organizationId;
        const customer = await getStatementCustomer(ctx, ctx.db, organizationId, request.params.id);
        const organization = await getOrganization(ctx, organizationId);
        const statement = await statementOf(ctx, ctx.db, customer, request.query);
        return sendPdf(reply, { filename: statementFilename(customer, statement), pdf: await renderCustomerStatementPdf(ctx, organization, customer, statement) });
      },
    );

    app.post(
      '/customers/:id/statement/email',
      {
        preHandler: write,
        schema: {
          tags,
          summary: 'Email the statement, with the open invoices attached and a link to pay them, to contacts with portal access',
          params: idParam,
          body: emailStatementBody,
          response: { 202: statementEmailResponse, 400: errorResponse, 404: errorResponse },
        },
      },
      async (request, reply) => reply.status(202).send(await emailStatement(ctx, staffOf(request).organizationId, request.params.id, request.body, invoicePdf)),
    );
  };
}
