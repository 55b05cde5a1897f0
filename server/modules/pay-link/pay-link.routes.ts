import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppContext } from '../../context.ts';
import { requireStaff, staffOf } from '../../http/auth.ts';
import { errorResponse, idParam } from '../../http/schemas.ts';
import { remindInvoice } from './invoice-reminder.service.ts';
import { reminderResponse } from './pay-link.schemas.ts';

export function payLinkRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  const write = requireStaff(ctx, { scope: 'documents.write' });
  return async (app) => {
    for (const [path, kind, tag] of [['/invoices/:id/remind', 'invoice', 'invoices'], ['/retainer-invoices/:id/remind', 'retainer_invoice', 'retainer invoices']] as const) {
      app.post(
        path,
        {
          preHandler: write,
          schema: {
            tags: [tag],
            summary: `Email the ${kind === 'invoice' ? 'invoice' : 'retainer invoice'}’s contacts a reminder with its balance and a pay link; only sent, partially paid or overdue ones (409 otherwise)`,
            params: idParam,
            response: { 200: reminderResponse, 404: errorResponse, 409: errorResponse },
          },
        },
        async (request) => remindInvoice(ctx, staffOf(request), request.params.id, kind),
      );
    }
  };
}
