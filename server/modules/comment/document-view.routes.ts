import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppContext } from '../../context.ts';
import { requireStaff, staffOf } from '../../http/auth.ts';
import { errorResponse, idParam } from '../../http/schemas.ts';
import { presentDocument } from '../document/document.presenter.ts';
import { documentResponse } from '../document/document.schemas.ts';
import { kindSegments } from '../portal-document/portal-document.ts';
import { documentViewResponse } from './comment.schemas.ts';
import { listDocumentViews, resetViewed } from './document-view.service.ts';

const tags = ['document views'];

/** The view log of a document and resetting its 'Viewed' flag (staff). */
export function documentViewRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  const read = requireStaff(ctx, { scope: 'documents.read' });
  const write = requireStaff(ctx, { scope: 'documents.write' });
  return async (app) => {
    for (const [segment, kind] of Object.entries(kindSegments)) {
      app.get(
        `/${segment}/:id/views`,
        { preHandler: read, schema: { tags, summary: 'Every view by a contact in the portal: who, when, from where', params: idParam, response: { 200: documentViewResponse, 404: errorResponse } } },
        async (request) => ({ data: await listDocumentViews(ctx, staffOf(request).organizationId, kind, request.params.id) }),
      );

      app.post(
        `/${segment}/:id/reset-viewed`,
        {
          preHandler: write,
          schema: { tags, summary: 'Clear the Viewed flag; the next view by a contact sets it again and notifies', params: idParam, response: { 200: documentResponse, 404: errorResponse } },
        },
        async (request) => presentDocument(ctx.db, await resetViewed(ctx, staffOf(request).organizationId, kind, request.params.id), ctx.clock.now()),
      );
    }
  };
}
