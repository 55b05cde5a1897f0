import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppContext } from '../../context.ts';
import { requireStaff, staffOf } from '../../http/auth.ts';
import { errorResponse } from '../../http/schemas.ts';
import { customDomainResponse, setCustomDomainBody } from './custom-domain.schemas.ts';
import { getCustomDomain, setCustomDomain, verifyCustomDomain } from './custom-domain.service.ts';

/** The portal's custom domain under the portal settings (docs/integrations.md "Custom domains"). */
export function customDomainRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/portal/custom-domain',
      {
        preHandler: requireStaff(ctx, { scope: 'settings.read' }),
        schema: { tags: ['portal settings'], summary: 'The portal’s custom domain, its DNS records and verification status', response: { 200: customDomainResponse } },
      },
      async (request) => getCustomDomain(ctx, staffOf(request).organizationId),
    );

    app.put(
      '/portal/custom-domain',
      {
        preHandler: requireStaff(ctx, { scope: 'settings.write', roles: ['owner', 'admin'] }),
        schema: {
          tags: ['portal settings'],
          summary: 'Set, change or remove the custom domain; a new domain starts unverified',
          body: setCustomDomainBody,
          response: { 200: customDomainResponse, 409: errorResponse },
        },
      },
      async (request) => setCustomDomain(ctx, staffOf(request).organizationId, request.body),
    );

    app.post(
      '/portal/custom-domain/verify',
      {
        preHandler: requireStaff(ctx, { scope: 'settings.write', roles: ['owner', 'admin'] }),
        schema: {
          tags: ['portal settings'],
          summary: 'Check the _portico-verify TXT record; a verified domain is routed to the portal',
          response: { 200: customDomainResponse },
        },
      },
      async (request) => verifyCustomDomain(ctx, staffOf(request).organizationId),
    );
  };
}
