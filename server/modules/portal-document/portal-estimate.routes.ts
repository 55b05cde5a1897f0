import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../context.ts';
import { contactOf, portalOf, requestMeta, requireContact } from '../../http/auth.ts';
import { errorResponse } from '../../http/schemas.ts';
import { seenVersion } from '../../http/versions.ts';
import { slugParams } from '../portal-auth/portal-auth.schemas.ts';
import { documentResponse } from '../document/document.schemas.ts';
import { acceptEstimateBody, declineEstimateBody, requestChangesBody } from './portal-document.schemas.ts';
import { decideEstimate } from './portal-estimate.service.ts';

const idParams = slugParams.extend({ id: z.string().min(1).max(64) });
const tags = ['portal: estimates'];
const responses = { 200: documentResponse, 400: errorResponse, 401: errorResponse, 403: errorResponse, 404: errorResponse, 409: errorResponse };

/**
 * Accept, decline or ask for changes: approve_estimates is checked after ownership, in the service. Each
 * takes the version the contact saw (`version` in the body or If-Match); a stale one is 409 STALE_VERSION.
 */
export function portalEstimateRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    const signedIn = [requireContact(ctx)];

    app.post(
      '/estimates/:id/accept',
      { preHandler: signedIn, schema: { tags, summary: 'Accept an estimate, optionally naming who accepts (staff are notified)', params: idParams, body: acceptEstimateBody, response: responses } },
      async (request) => decideEstimate(ctx, portalOf(request), contactOf(request), request.params.id, { type: 'accept', name: request.body.name }, requestMeta(request), seenVersion(request, request.body.version)),
    );

    app.post(
      '/estimates/:id/decline',
      { preHandler: signedIn, schema: { tags, summary: 'Decline an estimate with a reason (staff are notified)', params: idParams, body: declineEstimateBody, response: responses } },
      async (request) => decideEstimate(ctx, portalOf(request), contactOf(request), request.params.id, { type: 'decline', reason: request.body.reason }, requestMeta(request), seenVersion(request, request.body.version)),
    );

    app.post(
      '/estimates/:id/request-changes',
      {
        preHandler: signedIn,
        schema: { tags, summary: 'Ask for changes: the message goes into the thread, the estimate waits for a revision', params: idParams, body: requestChangesBody, response: responses },
      },
      async (request) =>
        decideEstimate(ctx, portalOf(request), contactOf(request), request.params.id, { type: 'request_changes', message: request.body.message }, requestMeta(request), seenVersion(request, request.body.version)),
    );
  };
}
