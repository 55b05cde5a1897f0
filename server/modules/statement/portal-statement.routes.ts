import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppContext } from '../../context.ts';
import { contactOf, portalOf, requestMeta, requireContact, resolvePortal } from '../../http/auth.ts';
import { errorResponse } from '../../http/schemas.ts';
import { recordPortalEvent } from '../activity/activity.service.ts';
import { sendPdf } from '../document-pdf/pdf-reply.ts';
import { pdfResponses } from './statement.routes.ts';
import { statementQuery, statementResponse } from './statement.schemas.ts';
import { getStatementCustomer, renderCustomerStatementPdf, statementFilename, statementOf } from './statement.service.ts';

const tags = ['portal: statement'];

/** The signed-in contact's own statement of accounts, on screen and as PDF. */
export function portalStatementRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  const guard = [resolvePortal(ctx), requireContact(ctx, { permission: 'view_documents' })];

  return async (app) => {
    app.get(
      '/statement',
      { preHandler: guard, schema: { tags, summary: 'Statement of accounts of the contact’s customer for a period', querystring: statementQuery, response: { 200: statementResponse, 400: errorResponse, 403: errorResponse } } },
      async (request) => {
        const contact = contactOf(request);
        const customer = await getStatementCustomer(ctx.db, contact.organizationId, contact.customerId ?? '');
        return statementOf(ctx, ctx.db, customer, request.query);
      },
    );

    app.get(
      '/statement.pdf',
      { preHandler: guard, schema: { tags, summary: 'The statement as a PDF (staff are notified of the download)', querystring: statementQuery, response: pdfResponses } },
      async (request, reply) => {
        const contact = contactOf(request);
        const organization = portalOf(request);
        const customer = await getStatementCustomer(ctx.db, contact.organizationId, contact.customerId ?? '');
        const statement = await statementOf(ctx, ctx.db, customer, request.query);
        const pdf = await renderCustomerStatementPdf(ctx, organization, customer, statement);
        await ctx.db.transaction().execute(async (trx) => {
          const actor = await trx.selectFrom('contact_persons').select(['first_name', 'last_name']).where('id', '=', contact.contactPersonId ?? '').executeTakeFirst();
          const actorName = actor ? `${actor.first_name} ${actor.last_name}`.trim() : 'A contact';
          await recordPortalEvent(
            ctx,
            trx,
            organization,
            {
              type: 'portal.statement_downloaded',
              module: 'statement',
              action: 'statement_downloaded',
              customerId: customer.id,
              contactPersonId: contact.contactPersonId,
              actorName,
              message: { code: 'statement.downloaded', params: { actor: actorName, customer: customer.display_name, from: statement.from, to: statement.to } },
              link: `/admin/customers/${customer.id}`,
              details: { from: statement.from, to: statement.to, closing_balance_minor: statement.closing_balance_minor, currency: statement.currency },
            },
            requestMeta(request),
          );
        });
        return sendPdf(reply, { filename: statementFilename(customer, statement), pdf });
      },
    );
  };
}
