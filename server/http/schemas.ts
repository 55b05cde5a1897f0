import { z } from 'zod';
import { DEFAULT_TIME_ZONE, canonicalTimeZone } from '../../contract/calendar.ts';
import { isCurrencyCode } from '../../contract/currencies.ts';
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

/** A currency of the ISO 4217 table (contract/currencies.ts), upper-cased; anything else is `unknown_currency`. */
export const currencyField = z
  .string()
  .trim()
  .toUpperCase()
  .refine((code): boolean => isCurrencyCode(code), { message: 'is not an ISO 4217 currency code such as EUR', params: { field_issue: 'unknown_currency' } });

/** An IANA time zone name such as Europe/Berlin, spelled canonically; anything else is `unknown_time_zone`. */
export const timeZoneField = z
  .string()
  .max(64)
  .refine((name) => canonicalTimeZone(name) !== null, { message: 'is not an IANA time zone such as Europe/Berlin', params: { field_issue: 'unknown_time_zone' } })
  .transform((name) => canonicalTimeZone(name) ?? DEFAULT_TIME_ZONE);

export const passwordField = z.string().min(1, 'is required').max(256);

export const idParam = z.object({ id: z.string().min(1).max(64) });

/** `limit` and `cursor` of every list (see server/db/keyset.ts); a cursor holds a key of up to a few hundred characters. */
export const pagingQuery = z.object({
  limit: z.coerce.number().int().min(1).max(100).default(25),
  cursor: z.string().max(2048).optional(),
});

/** An organization's own key for a row (an ERP's id): unique within the organization, see docs/api.md "Sync by external id". */
export const externalIdField = z.string().trim().min(1, 'is required').max(255);

/** The path of a PUT …/by-external-id/{external_id}. */
export const externalIdParam = z.object({ external_id: externalIdField });

/** `updated_since` of an incremental pull: an ISO timestamp, compared with `updated_at` as Portico writes it (UTC, milliseconds). */
export const updatedSinceField = z
  .string()
  .datetime({ offset: true })
  .transform((value) => new Date(value).toISOString());

/** The answer of every list: a page of rows and the cursor of the next page (null on the last). */
export function pageOf<T extends z.ZodType>(item: T) {
  return z.object({ data: z.array(item), next_cursor: z.string().nullable() });
}

export const okResponse = z.object({ ok: z.literal(true) });
