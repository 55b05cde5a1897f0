import { z } from 'zod';

/** The review form: a whole number of stars from 1 to 5 (none chosen yet: '') and a text. */
export const reviewSchema = z.object({
  rating: z.enum(['', '1', '2', '3', '4', '5']).refine((value) => value !== '', 'reviews.ratingRequired'),
  body: z.string().trim().min(1, 'common.required').max(5000),
});
export type ReviewValues = z.input<typeof reviewSchema>;
export const reviewDefaults: ReviewValues = { rating: '', body: '' };

export function reviewBody(values: z.output<typeof reviewSchema>): { rating: number; body: string } {
  return { rating: Number(values.rating), body: values.body };
}
