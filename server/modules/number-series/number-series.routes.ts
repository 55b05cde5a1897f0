import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../context.ts';
import { requireStaff, staffOf } from '../../http/auth.ts';
import { listNumberSeries, numberSeriesKinds, updateNumberSeries } from './number-series.service.ts';

const series = z.object({ kind: z.enum(numberSeriesKinds), prefix: z.string(), next_number: z.number().int(), padding: z.number().int(), example: z.string() });

export function numberSeriesRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/number-series',
      { preHandler: requireStaff(ctx, { scope: 'settings.read' }), schema: { tags: ['number series'], summary: 'Document number series', response: { 200: z.object({ data: z.array(series) }) } } },
      async (request) => ({ data: await listNumberSeries(ctx, staffOf(request).organizationId) }),
    );
    app.patch(
      '/number-series/:kind',
      {
        preHandler: requireStaff(ctx, { scope: 'settings.write', roles: ['owner', 'admin'] }),
        schema: {
          tags: ['number series'],
          summary: 'Change a series’ prefix or next number',
          params: z.object({ kind: z.enum(numberSeriesKinds) }),
          body: z.object({ prefix: z.string().trim().max(20).regex(/^[A-Za-z0-9/_-]*$/, 'may hold letters, digits, / _ and -').optional(), next_number: z.number().int().min(1).max(999_999_999).optional() }).strict(),
          response: { 200: series },
        },
      },
      async (request) => updateNumberSeries(ctx, staffOf(request).organizationId, request.params.kind, request.body),
    );
  };
}
