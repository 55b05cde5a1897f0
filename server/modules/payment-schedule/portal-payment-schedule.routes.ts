import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../context.ts';
import { contactOf, requireContact } from '../../http/auth.ts';
import { errorResponse } from '../../http/schemas.ts';
import { slugParams } from '../portal-auth/portal-auth.schemas.ts';
import { overdueInstalmentsResponse, scheduleResponse } from './payment-schedule.schemas.ts';
import { getPortalSchedule, listPortalOverdueInstalments, type ScheduledKind } from './payment-schedule.service.ts';

const idParams = slugParams.extend({ id: z.string().min(1).max(64) });
const errors = { 400: errorResponse, 401: errorResponse, 403: errorResponse, 404: errorResponse };
const segments = { invoices: 'invoice', 'retainer-invoices': 'retainer_invoice' } as const satisfies Record<string, ScheduledKind>;
const tags = ['portal: payment schedules'];

/** The signed-in contact's payment schedules and overdue instalments. */
export function portalPaymentScheduleRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    // Ownership first (404), the role after (403), in the service.
    const signedIn = [requireContact(ctx)];
    for (const [segment, kind] of Object.entries(segments)) {
      app.get(
        `/${segment}/:id/payment-schedule`,
        {
          preHandler: signedIn,
          schema: { tags, summary: `The payment schedule of one of the customer's ${kind === 'invoice' ? 'invoices' : 'retainer invoices'}: instalments, what is paid, what is due now`, params: idParams, response: { 200: scheduleResponse, ...errors } },
        },
        async (request) => getPortalSchedule(ctx, contactOf(request), kind, request.params.id),
      );
    }

    app.get(
      '/payment-schedules/overdue',
      { preHandler: [requireContact(ctx, { permission: 'view_documents' })], schema: { tags, summary: 'Instalments past their due date and not yet paid, on the customer’s open documents', params: slugParams, response: { 200: overdueInstalmentsResponse, ...errors } } },
      async (request) => ({ data: await listPortalOverdueInstalments(ctx, contactOf(request)) }),
    );
  };
}
