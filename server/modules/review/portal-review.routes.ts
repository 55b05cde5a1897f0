import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppContext } from '../../context.ts';
import { contactOf, portalOf, requestMeta, requireContact } from '../../http/auth.ts';
import { errorResponse } from '../../http/schemas.ts';
import { newReviewBody, portalReviewResponse, portalReviewsResponse } from './review.schemas.ts';
import { getPortalReviews, submitReview } from './review.service.ts';

const tags = ['portal: reviews'];
const errors = { 400: errorResponse, 401: errorResponse, 403: errorResponse, 404: errorResponse, 409: errorResponse };

/** The contact reviews the business once per review period (404 while the portal does not allow reviews). */
export function portalReviewRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  const guard = [requireContact(ctx)];
  return async (app) => {
    app.get(
      '/reviews',
      { preHandler: guard, schema: { tags, summary: 'The contact’s reviews with the business’s replies, and whether it may review in this period', response: { 200: portalReviewsResponse, ...errors } } },
      async (request) => getPortalReviews(ctx, portalOf(request), contactOf(request)),
    );

    app.post(
      '/reviews',
      { preHandler: guard, schema: { tags, summary: 'Review the business: 1 to 5 stars and a text, once per review period (staff are notified)', body: newReviewBody, response: { 201: portalReviewResponse, ...errors } } },
      async (request, reply) => reply.status(201).send(await submitReview(ctx, portalOf(request), contactOf(request), request.body, requestMeta(request))),
    );
  };
}
