import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../context.ts';
import { contactOf, portalOf, requestMeta, requireContact } from '../../http/auth.ts';
import { sendCsv } from '../../http/csv-reply.ts';
import { errorResponse, pageOf } from '../../http/schemas.ts';
import { slugParams } from '../portal-auth/portal-auth.schemas.ts';
import { assertMayReadProjects, assertProjectsShown } from './project-access.ts';
import {
  approveBody,
  approveResponse,
  entryParams,
  portalProjectDetail,
  portalProjectListQuery,
  portalProjectSummary,
  portalTimeEntry,
  projectParams,
  queryBody,
  timesheetFilter,
  timesheetQuery,
} from './portal-project.schemas.ts';
import { approvePortalTime, getPortalProject, listPortalProjects, listPortalTimesheet, portalTimesheetCsv, queryPortalTime } from './portal-project.service.ts';

const tags = ['portal: projects'];
const errors = { 400: errorResponse, 401: errorResponse, 403: errorResponse, 404: errorResponse, 409: errorResponse };

/**
 * Projects in the portal (where the portal shows projects; a 404 otherwise): the customer's projects with
 * budget and used time, their tasks and billable time, the timesheet as CSV, and — where customers
 * approve time — approving and querying entries (approve_estimates; 403 without). Reading needs
 * view_documents. Another customer's project or entry is a 404.
 */
export function portalProjectRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    const shown = async (request: FastifyRequest) => assertProjectsShown(portalOf(request));
    const reader = [requireContact(ctx), shown, async (request: FastifyRequest) => assertMayReadProjects(contactOf(request))];
    // Details check ownership first (404) and the role after (403), in the service.
    const signedIn = [requireContact(ctx), shown];

    app.get(
      '/projects',
      { preHandler: reader, schema: { tags, summary: 'The customer’s projects by name, with budget, billable time logged, billed and unbilled, and what awaits approval', params: slugParams, querystring: portalProjectListQuery, response: { 200: pageOf(portalProjectSummary), ...errors } } },
      async (request) => listPortalProjects(ctx, contactOf(request), request.query),
    );
    app.get(
      '/projects/:id',
      { preHandler: signedIn, schema: { tags, summary: 'A project with its billable tasks (logged, billed and unbilled minutes) and budget against used', params: projectParams, response: { 200: portalProjectDetail, ...errors } } },
      async (request) => getPortalProject(ctx, portalOf(request), contactOf(request), request.params.id),
    );
    app.get(
      '/projects/:id/time-entries',
      { preHandler: signedIn, schema: { tags, summary: 'The project’s billable time, the latest day first: filter by period (from, to: days worked) and status; cursor paging', params: projectParams, querystring: timesheetQuery, response: { 200: pageOf(portalTimeEntry), ...errors } } },
      async (request) => listPortalTimesheet(ctx, contactOf(request), request.params.id, request.query),
    );
    app.get(
      '/projects/:id/time-entries.csv',
      { preHandler: signedIn, schema: { tags, summary: 'The filtered timesheet as CSV: the same rows as the list, in the same order', params: projectParams, querystring: timesheetFilter, response: { 200: z.string(), ...errors } } },
      async (request, reply) => {
        const file = await portalTimesheetCsv(ctx, contactOf(request), request.params.id, request.query);
        return sendCsv(reply, file.fileName, file.csv);
      },
    );
    app.post(
      '/projects/:id/time-entries/approve',
      {
        preHandler: signedIn,
        schema: {
          tags,
          summary: 'Approve time: `entry_ids` (each awaiting approval, else 409) or `week_start` (a Monday: every entry of that week, Monday–Sunday, awaiting approval)',
          params: projectParams,
          body: approveBody,
          response: { 200: approveResponse, ...errors },
        },
      },
      async (request) => approvePortalTime(ctx, portalOf(request), contactOf(request), request.params.id, request.body, requestMeta(request)),
    );
    app.post(
      '/projects/:id/time-entries/:entryId/query',
      { preHandler: signedIn, schema: { tags, summary: 'Query an entry awaiting approval with a comment; staff answer it before it can be billed', params: entryParams, body: queryBody, response: { 200: portalTimeEntry, ...errors } } },
      async (request) => queryPortalTime(ctx, portalOf(request), contactOf(request), request.params.id, request.params.entryId, request.body.comment, requestMeta(request)),
    );
  };
}
