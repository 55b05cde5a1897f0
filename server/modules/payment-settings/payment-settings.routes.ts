import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppContext } from '../../context.ts';
import { requireStaff, staffOf } from '../../http/auth.ts';
import { errorResponse } from '../../http/schemas.ts';
import { paymentSettingsResponse, updatePaymentSettingsBody } from './payment-settings.schemas.ts';
import { getPaymentSettings, updatePaymentSettings } from './payment-settings.service.ts';

const tags = ['payment settings'];

/** The organization's online payments: gateway, its keys (write-only), methods offered, partial payments. */
export function paymentSettingsRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  const read = requireStaff(ctx, { scope: 'settings.read' });
  const write = requireStaff(ctx, { scope: 'settings.write', roles: ['owner', 'admin'] });
  return async (app) => {
    app.get(
      '/payment-settings',
      { preHandler: read, schema: { tags, summary: 'Online payment settings (the Stripe secrets only as set / last 4)', response: { 200: paymentSettingsResponse } } },
      async (request) => getPaymentSettings(ctx, staffOf(request).organizationId),
    );
    app.put(
      '/payment-settings',
      {
        preHandler: write,
        schema: {
          tags,
          summary: 'Change the online payment settings; fields left out keep their value, a null secret clears it',
          body: updatePaymentSettingsBody,
          response: { 200: paymentSettingsResponse, 400: errorResponse },
        },
      },
      async (request) => updatePaymentSettings(ctx, staffOf(request).organizationId, request.body),
    );
  };
}
