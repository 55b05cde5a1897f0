import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppContext } from '../../context.ts';
import { contactOf, portalOf, requestMeta, requireContact, requireStaff, staffOf } from '../../http/auth.ts';
import { errorResponse, idParam } from '../../http/schemas.ts';
import { projectParams } from '../portal-project/portal-project.schemas.ts';
import { assertProjectsShown } from '../portal-project/project-access.ts';
import { newContactProjectCommentBody, newStaffProjectCommentBody, projectCommentListResponse, projectCommentResponse } from './project-comment.schemas.ts';
import { addPortalProjectComment, addStaffProjectComment, listPortalProjectComments, listStaffProjectComments } from './project-comment.service.ts';

const errors = { 400: errorResponse, 401: errorResponse, 403: errorResponse, 404: errorResponse };

/** Staff side of project comments: every comment, and replies that may be shown in the portal. */
export function projectCommentRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  const read = requireStaff(ctx, { scope: 'projects.read' });
  const write = requireStaff(ctx, { scope: 'projects.write' });
  const tags = ['projects'];
  return async (app) => {
    app.get(
      '/projects/:id/comments',
      { preHandler: read, schema: { tags, summary: 'The project’s comments, staff’s and the customer’s contacts’, oldest first', params: idParam, response: { 200: projectCommentListResponse, ...errors } } },
      async (request) => ({ data: await listStaffProjectComments(ctx, staffOf(request), request.params.id) }),
    );
    app.post(
      '/projects/:id/comments',
      {
        preHandler: write,
        schema: {
          tags,
          summary: 'Comment on a project; with display_in_portal the customer sees it (and its portal contacts are emailed when the portal setting says so)',
          params: idParam,
          body: newStaffProjectCommentBody,
          response: { 201: projectCommentResponse, ...errors },
        },
      },
      async (request, reply) => reply.status(201).send(await addStaffProjectComment(ctx, staffOf(request), request.params.id, request.body)),
    );
  };
}

/** Portal side: the thread as the customer sees it, and comments by contacts (staff are notified). */
export function portalProjectCommentRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  const tags = ['portal: projects'];
  return async (app) => {
    const signedIn = [requireContact(ctx), async (request: FastifyRequest) => assertProjectsShown(portalOf(request))];
    app.get(
      '/projects/:id/comments',
      { preHandler: signedIn, schema: { tags, summary: 'The project’s comments shown in the portal, oldest first', params: projectParams, response: { 200: projectCommentListResponse, ...errors } } },
      async (request) => ({ data: await listPortalProjectComments(ctx, contactOf(request), request.params.id) }),
    );
    app.post(
      '/projects/:id/comments',
      { preHandler: signedIn, schema: { tags, summary: 'Comment on the project; staff are notified', params: projectParams, body: newContactProjectCommentBody, response: { 201: projectCommentResponse, ...errors } } },
      async (request, reply) => reply.status(201).send(await addPortalProjectComment(ctx, portalOf(request), contactOf(request), request.params.id, request.body.body, requestMeta(request))),
    );
  };
}
