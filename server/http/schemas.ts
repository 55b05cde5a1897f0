import { z } from 'zod';
import { errorCodes } from '../../contract/errors.ts';

export const errorResponse = z.object({
  error: z.object({ code: z.enum(errorCodes), message: z.string(), details: z.unknown().optional() }),
});

export const emailField = z
  .string()
  .trim()
  .max(254)
  .pipe(z.email('must be a valid email address'))
  .transform((value) => value.toLowerCase());

export const passwordField = z.string().min(1, 'is required').max(256);

export const idParam = z.object({ id: z.string().min(1).max(64) });

/** `limit` and `cursor` of every list (see server/db/keyset.ts); a cursor holds a key of up to a few hundred characters. */
export const pagingQuery = z.object({
  limit: z.coerce.number().int().min(1).max(100).default(25),
  cursor: z.string().max(2048).optional(),
});

/** The answer of every list: a page of rows and the cursor of the next page (null on the last). */
export function pageOf<T extends z.ZodType>(item: T) {
  return z.object({ data: z.array(item), next_cursor: z.string().nullable() });
}

export const okResponse = z.object({ ok: z.literal(true) });
