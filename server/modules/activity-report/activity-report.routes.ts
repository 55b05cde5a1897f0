import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppContext } from '../../context.ts';
import { requireStaff, staffOf } from '../../http/auth.ts';
import { sendCsv } from '../../http/csv-reply.ts';
import { errorResponse } from '../../http/schemas.ts';
import { AppError } from '../../lib/app-error.ts';
import { findOrganization } from '../organization/organization.service.ts';
import { getDigestPreference, setDigestPreference } from './activity-digest.service.ts';
import { digestPreferenceBody, digestPreferenceResponse, reportQuery, reportResponse, type ReportQueryInput } from './activity-report.schemas.ts';
import { portalActivityReport, portalActivityRows, reportCsv } from './activity-report.service.ts';

const toQuery = (query: ReportQueryInput) => ({
  from: query.from,
  to: query.to,
  interval: query.interval,
  module: query.module,
  action: query.action,
  customerId: query.customer_id,
  contactPersonId: query.contact_person_id,
});

function signedInStaff(staff: { staffUserId: string | null; organizationId: string }): { staffUserId: string; organizationId: string } {
  // The digest belongs to a person; an API key has none.
  if (!staff.staffUserId) throw new AppError('FORBIDDEN', 'The activity digest belongs to a signed-in staff member');
  return { staffUserId: staff.staffUserId, organizationId: staff.organizationId };
}

export function activityReportRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  const read = requireStaff(ctx, { scope: 'portal.read' });
  const organizationOf = async (organizationId: string) => {
    const organization = await findOrganization(ctx.db, organizationId);
    if (!organization) throw new AppError('UNAUTHENTICATED', 'Sign in to continue');
    return organization;
  };
  return async (app) => {
    app.get(
      '/reports/portal-activities',
      {
        preHandler: read,
        schema: {
          tags: ['reports'],
          summary: 'Portal activities per module and action, customer and contact over a period, with a series for the chart',
          querystring: reportQuery,
          response: { 200: reportResponse, 400: errorResponse },
        },
      },
      async (request) => portalActivityReport(ctx, await organizationOf(staffOf(request).organizationId), toQuery(request.query)),
    );

    app.get(
      '/reports/portal-activities.csv',
      {
        preHandler: read,
        schema: {
          tags: ['reports'],
          summary: 'The report’s table (module, action, count) as CSV, for the same filters',
          querystring: reportQuery,
          produces: ['text/csv'],
          response: { 400: errorResponse },
        },
      },
      async (request, reply) => {
        const report = await portalActivityRows(ctx, await organizationOf(staffOf(request).organizationId), toQuery(request.query));
        return sendCsv(reply, `portal-activities-${report.from}-${report.to}.csv`, reportCsv(report));
      },
    );

    app.get(
      '/me/activity-digest',
      {
        preHandler: requireStaff(ctx, { scope: 'settings.read' }),
        schema: { tags: ['staff session'], summary: 'The signed-in staff member’s activity digest: off, daily or weekly', response: { 200: digestPreferenceResponse, 403: errorResponse } },
      },
      async (request) => getDigestPreference(ctx, signedInStaff(staffOf(request)).staffUserId),
    );

    app.put(
      '/me/activity-digest',
      {
        preHandler: requireStaff(ctx, { scope: 'settings.write' }),
        schema: {
          tags: ['staff session'],
          summary: 'Choose the signed-in staff member’s own activity digest email (in their language, the organization’s days)',
          body: digestPreferenceBody,
          response: { 200: digestPreferenceResponse, 400: errorResponse, 403: errorResponse },
        },
      },
      async (request) => setDigestPreference(ctx, signedInStaff(staffOf(request)), request.body.activity_digest),
    );
  };
}
