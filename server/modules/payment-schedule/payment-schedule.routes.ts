import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../context.ts';
import { requireStaff, staffOf } from '../../http/auth.ts';
import { errorResponse, idParam } from '../../http/schemas.ts';
import { putScheduleBody, scheduleResponse } from './payment-schedule.schemas.ts';
import { getSchedule, removeSchedule, replaceSchedule, type ScheduledKind } from './payment-schedule.service.ts';

const segments = { invoices: 'invoice', 'retainer-invoices': 'retainer_invoice' } as const satisfies Record<string, ScheduledKind>;
const tags = ['payment schedules'];
const changing = { 400: errorResponse, 404: errorResponse, 409: errorResponse };

/** Staff set, read and remove the deposit and instalments of an invoice or retainer invoice. */
export function paymentScheduleRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  const read = requireStaff(ctx, { scope: 'documents.read' });
  const write = requireStaff(ctx, { scope: 'documents.write' });
  return async (app) => {
    for (const [segment, kind] of Object.entries(segments)) {
      const path = `/${segment}/:id/payment-schedule`;
      const noun = kind === 'invoice' ? 'an invoice' : 'a retainer invoice';

      app.get(
        path,
        { preHandler: read, schema: { tags, summary: `The payment schedule of ${noun}: each instalment covered by what was paid, and what is due now`, params: idParam, response: { 200: scheduleResponse, 404: errorResponse } } },
        async (request) => getSchedule(ctx, staffOf(request).organizationId, kind, request.params.id),
      );

      app.put(
        path,
        {
          preHandler: write,
          schema: {
            tags,
            summary: `Replace the payment schedule of ${noun} (draft, sent, partially paid or overdue): a deposit first if any, then instalments, amounts or percentages summing exactly to the total, due dates ascending`,
            params: idParam,
            body: putScheduleBody,
            response: { 200: scheduleResponse, ...changing },
          },
        },
        async (request) => replaceSchedule(ctx, staffOf(request).organizationId, kind, request.params.id, request.body),
      );

      app.delete(path, { preHandler: write, schema: { tags, summary: `Remove the payment schedule of ${noun}`, params: idParam, response: { 204: z.null(), ...changing } } }, async (request, reply) => {
        await removeSchedule(ctx, staffOf(request).organizationId, kind, request.params.id);
        return reply.status(204).send(null);
      });
    }
  };
}
