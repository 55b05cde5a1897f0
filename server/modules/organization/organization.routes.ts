import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppContext } from '../../context.ts';
import type { OrganizationRow } from '../../db/database.ts';
import { requestMeta, requireStaff, staffOf } from '../../http/auth.ts';
import { errorResponse } from '../../http/schemas.ts';
import { preferredLanguage } from '../../lib/accept-language.ts';
import { setStaffCookie } from '../staff-session/staff-session.cookies.ts';
import { parsePortalSettings } from './organization.ts';
import {
  organizationResponse,
  portalSettingsResponse,
  signUpOrganizationBody,
  staffSessionResponse,
  updatePortalSettingsBody,
} from './organization.schemas.ts';
import { toOrganizationResponse, toStaffUserResponse } from './organization.presenter.ts';
import { getOrganization, portalUrl, signUpOrganization, updatePortalSettings } from './organization.service.ts';

function toPortalSettingsResponse(ctx: AppContext, organization: OrganizationRow) {
  return {
    ...parsePortalSettings(organization.portal_settings),
    slug: organization.slug,
    portal_url: portalUrl(ctx, organization),
    organization_name: organization.name,
    brand_color: organization.brand_color,
    logo_url: organization.logo_url,
    contact_email: organization.email,
    contact_phone: organization.phone,
    contact_address: organization.address,
    website: organization.website,
    time_zone: organization.time_zone,
    tax_number: organization.tax_number,
    country_code: organization.country_code,
    peppol_endpoint_id: organization.peppol_endpoint_id,
    peppol_endpoint_scheme: organization.peppol_endpoint_scheme,
  };
}

export function organizationRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.post(
      '/organizations',
      {
        schema: {
          tags: ['organization'],
          summary: 'Sign up: create an organization and its owner, signed in',
          body: signUpOrganizationBody,
          response: { 201: staffSessionResponse, 409: errorResponse, 422: errorResponse },
        },
      },
      async (request, reply) => {
        const language = request.body.language ?? preferredLanguage(request.headers['accept-language']) ?? 'en';
        const { organization, user, session } = await signUpOrganization(ctx, { ...request.body, language }, requestMeta(request));
        setStaffCookie(ctx, reply, session);
        return reply.status(201).send({
          user: toStaffUserResponse(user),
          organization: toOrganizationResponse(ctx, organization),
          csrf_token: session.csrfToken,
        });
      },
    );

    app.get(
      '/organization',
      {
        preHandler: requireStaff(ctx, { scope: 'settings.read' }),
        schema: { tags: ['organization'], summary: 'The caller’s organization', response: { 200: organizationResponse } },
      },
      async (request) => toOrganizationResponse(ctx, await getOrganization(ctx, staffOf(request).organizationId)),
    );

    app.get(
      '/portal/settings',
      {
        preHandler: requireStaff(ctx, { scope: 'settings.read' }),
        schema: { tags: ['portal settings'], summary: 'Portal settings', response: { 200: portalSettingsResponse } },
      },
      async (request) => toPortalSettingsResponse(ctx, await getOrganization(ctx, staffOf(request).organizationId)),
    );

    app.patch(
      '/portal/settings',
      {
        preHandler: requireStaff(ctx, { scope: 'settings.write', roles: ['owner', 'admin'] }),
        schema: {
          tags: ['portal settings'],
          summary: 'Change portal settings; a changed slug keeps the old one redirecting',
          body: updatePortalSettingsBody,
          response: { 200: portalSettingsResponse, 409: errorResponse },
        },
      },
      async (request) => toPortalSettingsResponse(ctx, await updatePortalSettings(ctx, staffOf(request).organizationId, request.body)),
    );
  };
}
