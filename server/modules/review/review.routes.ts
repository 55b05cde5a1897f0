import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppContext } from '../../context.ts';
import { requireStaff, staffOf } from '../../http/auth.ts';
import { errorResponse, idParam, pageOf } from '../../http/schemas.ts';
import { listReviewsQuery, replyBody, reviewResponse, reviewSummaryQuery, reviewSummaryResponse } from './review.schemas.ts';
import { listReviews, replyToReview, summarizeReviews } from './review.service.ts';

const tags = ['reviews'];

/** Reviews contacts wrote in the portal: the list, the summary (average and distribution) and replies. */
export function reviewRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  const read = requireStaff(ctx, { scope: 'portal.read' });
  const write = requireStaff(ctx, { scope: 'portal.write' });
  return async (app) => {
    app.get(
      '/reviews',
      { preHandler: read, schema: { tags, summary: 'Reviews, newest first, filtered by rating, reply, customer and period', querystring: listReviewsQuery, response: { 200: pageOf(reviewResponse), 400: errorResponse } } },
      async (request) => listReviews(ctx, staffOf(request).organizationId, request.query),
    );

    app.get(
      '/reviews/summary',
      { preHandler: read, schema: { tags, summary: 'How many reviews, their average rating and how many of each rating', querystring: reviewSummaryQuery, response: { 200: reviewSummaryResponse, 400: errorResponse } } },
      async (request) => summarizeReviews(ctx, staffOf(request).organizationId, request.query),
    );

    app.post(
      '/reviews/:id/reply',
      {
        preHandler: write,
        schema: {
          tags,
          summary: 'Reply to a review (a new reply replaces the earlier one); the contact is emailed and sees it in the portal',
          params: idParam,
          body: replyBody,
          response: { 200: reviewResponse, 400: errorResponse, 404: errorResponse },
        },
      },
      async (request) => replyToReview(ctx, staffOf(request), request.params.id, request.body.reply),
    );
  };
}
