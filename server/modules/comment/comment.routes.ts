import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppContext } from '../../context.ts';
import { requireStaff, staffOf } from '../../http/auth.ts';
import { errorResponse, idParam } from '../../http/schemas.ts';
import { kindSegments } from '../portal-document/portal-document.ts';
import { presentComment } from './comment.presenter.ts';
import { commentListResponse, commentResponse, newStaffCommentBody } from './comment.schemas.ts';
import { addStaffComment, listStaffComments } from './comment.service.ts';
import { documentViewRoutes } from './document-view.routes.ts';

const tags = ['comments'];

/** Staff side of the document threads: every comment, and replies that may be shown in the portal. */
export function commentRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  const read = requireStaff(ctx, { scope: 'documents.read' });
  const write = requireStaff(ctx, { scope: 'documents.write' });
  return async (app) => {
    for (const [segment, kind] of Object.entries(kindSegments)) {
      app.get(
        `/${segment}/:id/comments`,
        { preHandler: read, schema: { tags, summary: `The comment thread of a ${kind.replace('_', ' ')}, all of it`, params: idParam, response: { 200: commentListResponse, 404: errorResponse } } },
        async (request) => {
          const staff = staffOf(request);
          return { data: (await listStaffComments(ctx, staff.organizationId, kind, request.params.id)).map((row) => presentComment(row, staff.language, 'staff')) };
        },
      );

      app.post(
        `/${segment}/:id/comments`,
        {
          preHandler: write,
          schema: {
            tags,
            summary: `Comment on a ${kind.replace('_', ' ')}; with display_in_portal the customer sees it (and is emailed when the portal setting says so)`,
            params: idParam,
            body: newStaffCommentBody,
            response: { 201: commentResponse, 400: errorResponse, 404: errorResponse },
          },
        },
        async (request, reply) => {
          const staff = staffOf(request);
          return reply.status(201).send(presentComment(await addStaffComment(ctx, staff, kind, request.params.id, request.body), staff.language, 'staff'));
        },
      );
    }
    await app.register(documentViewRoutes(ctx));
  };
}
