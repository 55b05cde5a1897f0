/** Reviews through the typed client: types from the OpenAPI document, the query keys and the fetches. */
import type { AdminQuery, AdminResponse, RowOf } from '../../../ui/api/paths.ts';
import { queryKeys } from '../../../ui/query/keys.ts';
import { adminClient } from '../../lib/client.ts';

export type ReviewPage = AdminResponse<'/reviews', 'get'>;
export type Review = RowOf<ReviewPage>;
export type ReviewListQuery = NonNullable<AdminQuery<'/reviews'>>;
export type ReviewSummary = AdminResponse<'/reviews/summary', 'get'>;
export type ReviewSummaryQuery = NonNullable<AdminQuery<'/reviews/summary'>>;

/**
 * `reviewKeys.list(filters)` for the reviews page, `reviewKeys.summary(filters)` for the dashboard: a
 * reply invalidates `reviewKeys.all`, so both follow.
 */
export const reviewKeys = {
  ...queryKeys('reviews'),
  summary: (filters: ReviewSummaryQuery) => ['reviews', 'summary', filters] as const,
};

export function fetchReviewPage(query: ReviewListQuery, signal: AbortSignal): Promise<ReviewPage> {
  return adminClient.get('/reviews', { params: { query }, signal });
}

export function fetchReviewSummary(query: ReviewSummaryQuery, signal: AbortSignal): Promise<ReviewSummary> {
  return adminClient.get('/reviews/summary', { params: { query }, signal });
}

/** A new reply replaces the earlier one; the contact is emailed and sees it in the portal. */
export function replyToReview(id: string, reply: string): Promise<Review> {
  return adminClient.post('/reviews/{id}/reply', { params: { path: { id } }, body: { reply } });
}
