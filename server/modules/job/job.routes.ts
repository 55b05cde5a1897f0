import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppContext } from '../../context.ts';
import { requireStaff, staffOf } from '../../http/auth.ts';
import { errorResponse, idParam } from '../../http/schemas.ts';
import { jobResponse, toJobResponse } from './job.schemas.ts';
import { getJob } from './job.service.ts';

export function jobRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/jobs/:id',
      {
        preHandler: requireStaff(ctx, { scope: 'portal.read' }),
        schema: { tags: ['jobs'], summary: 'Progress and result of a background job', params: idParam, response: { 200: jobResponse, 404: errorResponse } },
      },
      async (request) => toJobResponse(await getJob(ctx, staffOf(request).organizationId, request.params.id)),
    );
  };
}
