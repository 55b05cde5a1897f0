import { z } from 'zod';
import { pagingQuery } from '../../http/schemas.ts';
import { dateField } from '../document/document.schemas.ts';
import { reviewPeriods } from './review.ts';

/** A contact's review: a whole number of stars from 1 to 5 and what they write. */
export const newReviewBody = z
  .object({
    rating: z.number().int('must be a whole number of stars').min(1, 'must be 1 to 5').max(5, 'must be 1 to 5'),
    body: z.string().trim().min(1, 'is required').max(5000),
  })
  .strict();
export type NewReviewBody = z.infer<typeof newReviewBody>;

export const replyBody = z.object({ reply: z.string().trim().min(1, 'is required').max(5000) }).strict();

/** A review as the portal shows it to the contact who wrote it, with the business's reply. */
export const portalReviewResponse = z.object({
  id: z.string(),
  rating: z.number().int(),
  body: z.string(),
  period_key: z.string(),
  reply: z.string().nullable(),
  replied_at: z.string().nullable(),
  created_at: z.string(),
});
export type PortalReviewResponse = z.infer<typeof portalReviewResponse>;

export const portalReviewsResponse = z.object({
  /** Whether the contact may review now: nothing yet in this period. */
  can_review: z.boolean(),
  period: z.enum(reviewPeriods),
  period_key: z.string(),
  /** When the next period starts (the organization's calendar); null when reviews are once only. */
  next_period_starts: z.string().nullable(),
  /** The contact's review of this period, if any. */
  current: portalReviewResponse.nullable(),
  /** The contact's reviews, newest first (this period's included), with replies. */
  data: z.array(portalReviewResponse),
});
export type PortalReviewsResponse = z.infer<typeof portalReviewsResponse>;

export const reviewResponse = portalReviewResponse.extend({
  customer: z.object({ id: z.string(), display_name: z.string() }),
  contact: z.object({ id: z.string(), name: z.string(), email: z.string().nullable() }),
  replied_by: z.object({ id: z.string(), name: z.string() }).nullable(),
});
export type ReviewResponse = z.infer<typeof reviewResponse>;

const periodQuery = {
  /** Reviews written on or after this day (the organization's calendar). */
  from: dateField.optional(),
  /** … and on or before this day. */
  to: dateField.optional(),
};

export const listReviewsQuery = pagingQuery.extend({
  rating: z.coerce.number().int().min(1).max(5).optional(),
  replied: z.enum(['true', 'false']).optional(),
  customer_id: z.string().min(1).max(64).optional(),
  ...periodQuery,
});
export type ListReviewsQuery = z.infer<typeof listReviewsQuery>;

export const reviewSummaryQuery = z.object({ customer_id: z.string().min(1).max(64).optional(), ...periodQuery });
export type ReviewSummaryQuery = z.infer<typeof reviewSummaryQuery>;

export const reviewSummaryResponse = z.object({
  count: z.number().int(),
  /** Two decimals; null without reviews. */
  average: z.number().nullable(),
  distribution: z.object({ 1: z.number().int(), 2: z.number().int(), 3: z.number().int(), 4: z.number().int(), 5: z.number().int() }),
});
