import { z } from 'zod';
import { errorResponse } from '../../http/schemas.ts';

/** At most this many operations in one batch (one transaction). */
export const MAX_BATCH_OPERATIONS = 1000;

export const batchOperation = z
  .object({
    method: z.literal('PUT'),
    /** `/customers/by-external-id/C-1` (the `/api/v1` prefix may be given too); the external id URL-encoded. */
    path: z.string().min(1, 'is required').max(1000),
    body: z.unknown(),
  })
  .strict();

export const batchBody = z.object({ operations: z.array(batchOperation).min(1).max(MAX_BATCH_OPERATIONS) }).strict();
export type BatchBody = z.infer<typeof batchBody>;

const operationResult = z.object({
  index: z.number().int(),
  /** The status the operation alone would have answered (201 created, 200 changed or unchanged, or its error's). */
  status: z.number().int(),
  /** False for every operation of a batch that failed: nothing of it was written. */
  applied: z.boolean(),
  /** The operation's answer, as its own PUT gives it (only when applied). */
  body: z.unknown().optional(),
  /** The failing operation's error (only on it). */
  error: errorResponse.shape.error.optional(),
});
export type BatchOperationResult = z.infer<typeof operationResult>;

export const batchResponse = z.object({ results: z.array(operationResult) });

/** A failed batch: the failing operation's error (its field issues prefixed `operations.{index}.`), and every result up to it. */
export const batchErrorResponse = errorResponse.extend({ results: z.array(operationResult) });
