import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../context.ts';
import { errorResponse } from '../../http/schemas.ts';
import { receiveWebhook } from './online-payment.service.ts';

const received = z.object({ received: z.literal(true), duplicate: z.boolean() });

/**
 * Gateways' webhooks. The signature is over the exact bytes sent, so this scope keeps the body as the
 * raw string (64 KiB at most) instead of parsing it; the service verifies it before reading anything.
 */
export function webhookRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.removeAllContentTypeParsers();
    app.addContentTypeParser('*', { parseAs: 'string', bodyLimit: 64 * 1024 }, (_request, body, done) => done(null, body));
    const tags = ['webhooks'];
    app.post(
      '/webhooks/test-gateway',
      { schema: { tags, summary: "The test gateway's signed events (Test-Gateway-Signature: t=…,v1=…)", response: { 200: received, 400: errorResponse } } },
      async (request) => receiveWebhook(ctx, 'test', typeof request.body === 'string' ? request.body : '', header(request.headers['test-gateway-signature'])),
    );
    app.post(
      '/webhooks/stripe',
      { schema: { tags, summary: "Stripe's signed events (Stripe-Signature), verified with the organization's signing secret", response: { 200: received, 400: errorResponse } } },
      async (request) => receiveWebhook(ctx, 'stripe', typeof request.body === 'string' ? request.body : '', header(request.headers['stripe-signature'])),
    );
  };
}

function header(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}
