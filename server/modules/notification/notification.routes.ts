import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppContext } from '../../context.ts';

export function notificationRoutes(_ctx: AppContext): FastifyPluginAsyncZod {
  return async () => {};
}
