import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { portalAccessReasons } from '../../../contract/portal.ts';
import type { AppContext } from '../../context.ts';
import { requireStaff, staffOf } from '../../http/auth.ts';
import { errorResponse, idParam, pageOf, pagingQuery } from '../../http/schemas.ts';
import { getContactPerson } from '../customer/customer.service.ts';
import { presentContact } from '../customer/customer.presenter.ts';
import { contactPersonResponse, portalAccessResult } from '../customer/customer.schemas.ts';
import { jobResponse, toJobResponse } from '../job/job.schemas.ts';
import { bulkEnablePortal, configureCustomerPortalAccess, reinviteContact, revokeAllOfContact } from './portal-access.service.ts';
import { linkStatuses, listPortalLinks, revokePortalLink } from './portal-links.service.ts';

const tags = ['portal access'];
const idList = z.array(z.string().min(1).max(64));

const bulkResult = z.object({
  customer_id: z.string(),
  outcome: z.enum(['invited', 'already_active', 'skipped']),
  /** Why a customer was skipped, as a code the apps translate; `reason` says it in English. */
  reason_code: z.enum(portalAccessReasons).optional(),
  reason: z.string().optional(),
});

const portalLink = z.object({
  id: z.string(),
  contact_person_id: z.string(),
  contact_name: z.string(),
  email: z.string(),
  customer_id: z.string(),
  customer_name: z.string(),
  created_at: z.string(),
  expires_at: z.string(),
  used_at: z.string().nullable(),
  revoked_at: z.string().nullable(),
  status: z.enum(linkStatuses),
});

export function portalAccessRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  const read = requireStaff(ctx, { scope: 'portal.read' });
  const write = requireStaff(ctx, { scope: 'portal.write' });
  return async (app) => {
    app.put(
      '/customers/:id/portal-access',
      {
        preHandler: write,
        schema: {
          tags,
          summary: 'Configure portal: the contacts with access (new ones invited, removed ones disabled at once)',
          params: idParam,
          body: z.object({ contact_person_ids: idList.max(200) }).strict(),
          response: { 200: z.object({ results: z.array(portalAccessResult) }), 404: errorResponse },
        },
      },
      async (request) => {
        const results = await configureCustomerPortalAccess(ctx, staffOf(request), request.params.id, request.body.contact_person_ids);
        return { results };
      },
    );

    app.post(
      '/customers/bulk-enable-portal',
      {
        preHandler: write,
        schema: {
          tags,
          summary: 'Invite the primary contact of many customers; over 100 customers the work runs as a job',
          body: z.object({ customer_ids: idList.min(1).max(1000) }).strict(),
          response: { 200: z.object({ results: z.array(bulkResult) }), 202: z.object({ job: jobResponse }) },
        },
      },
      async (request, reply) => {
        const outcome = await bulkEnablePortal(ctx, staffOf(request), request.body.customer_ids);
        if ('job' in outcome) return reply.status(202).send({ job: toJobResponse(outcome.job) });
        return reply.status(200).send(outcome);
      },
    );

    app.post(
      '/contact-persons/:id/reinvite',
      {
        preHandler: write,
        schema: { tags, summary: 'Send a fresh invitation; earlier links stop working', params: idParam, response: { 200: contactPersonResponse, 404: errorResponse, 409: errorResponse } },
      },
      async (request) => {
        const staff = staffOf(request);
        await reinviteContact(ctx, staff, request.params.id);
        return presentContact(ctx, ctx.db, await getContactPerson(ctx.db, staff.organizationId, request.params.id));
      },
    );

    app.post(
      '/contact-persons/:id/revoke-all',
      {
        preHandler: write,
        schema: {
          tags,
          summary: 'Void every link and end every session of one contact',
          params: idParam,
          response: { 200: z.object({ revoked_links: z.number().int(), ended_sessions: z.number().int() }), 404: errorResponse },
        },
      },
      async (request) => revokeAllOfContact(ctx, staffOf(request), request.params.id),
    );

    app.get(
      '/portal/links',
      {
        preHandler: read,
        schema: {
          tags,
          summary: 'Every invitation link with its status',
          querystring: pagingQuery.extend({ status: z.enum(linkStatuses).optional(), customer_id: z.string().max(64).optional() }),
          response: { 200: pageOf(portalLink) },
        },
      },
      async (request) => listPortalLinks(ctx, staffOf(request).organizationId, request.query),
    );

    app.delete(
      '/portal/links/:id',
      { preHandler: write, schema: { tags, summary: 'Revoke an invitation link', params: idParam, response: { 204: z.null(), 404: errorResponse, 409: errorResponse } } },
      async (request, reply) => {
        await revokePortalLink(ctx, staffOf(request).organizationId, request.params.id);
        return reply.status(204).send(null);
      },
    );
  };
}
