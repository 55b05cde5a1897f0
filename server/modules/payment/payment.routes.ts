import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppContext } from '../../context.ts';

export function paymentRoutes(_ctx: AppContext): FastifyPluginAsyncZod {
  return async () => {};
}
