import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppContext } from '../../context.ts';
import { requireStaff, staffOf } from '../../http/auth.ts';
import { errorResponse } from '../../http/schemas.ts';
import { subscriptionSettingsResponse, updateSubscriptionSettingsBody } from './subscription-settings.schemas.ts';
import { readSubscriptionSettings, updateSubscriptionSettings } from './subscription-settings.service.ts';

const tags = ['subscription settings'];

/** What contacts may do to their subscriptions in the portal, the cancellation reasons, credit on cancelling, dunning, staff emails. */
export function subscriptionSettingsRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  const read = requireStaff(ctx, { scope: 'subscriptions.read' });
  const write = requireStaff(ctx, { scope: 'subscriptions.write', roles: ['owner', 'admin'] });
  return async (app) => {
    app.get(
      '/subscription-settings',
      { preHandler: read, schema: { tags, summary: 'Subscription settings: portal actions allowed, cancellation reasons, credit on cancelling, dunning', response: { 200: subscriptionSettingsResponse } } },
      async (request) => readSubscriptionSettings(ctx.db, staffOf(request).organizationId),
    );
    app.put(
      '/subscription-settings',
      {
        preHandler: write,
        schema: {
          tags,
          summary: 'Change the subscription settings; fields left out (at any depth) keep their value, lists given replace the stored ones',
          body: updateSubscriptionSettingsBody,
          response: { 200: subscriptionSettingsResponse, 400: errorResponse },
        },
      },
      async (request) => updateSubscriptionSettings(ctx, staffOf(request).organizationId, request.body),
    );
  };
}
