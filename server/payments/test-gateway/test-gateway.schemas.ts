import { z } from 'zod';

/**
 * The test gateway's request shapes. Strict: a field the gateway does not know is refused. The
 * numbers themselves are only length-checked here (the zod messages never repeat a value); what a
 * number may be is checked in test-gateway-rules.ts, with messages that never echo it either.
 */
const cardInput = z
  .object({
    number: z.string().min(1, 'is required').max(64),
    exp_month: z.number().int().min(1).max(12),
    exp_year: z.number().int().min(0).max(9999),
    cvc: z.string().min(1, 'is required').max(8),
  })
  .strict();

const bankAccountInput = z
  .object({
    holder_name: z.string().min(1, 'is required').max(200),
    routing_number: z.string().min(1, 'is required').max(32),
    account_number: z.string().min(1, 'is required').max(64),
  })
  .strict();

/** `card` or `bank_account`, exactly one (checked by the service, which names the field). */
export const createTokenBody = z.object({ card: cardInput.optional(), bank_account: bankAccountInput.optional() }).strict();
export type CreateTokenBody = z.infer<typeof createTokenBody>;

export const tokenResponse = z.object({
  id: z.string(),
  type: z.enum(['card', 'bank_account']),
  brand: z.string(),
  last4: z.string(),
  exp_month: z.number().int().nullable(),
  exp_year: z.number().int().nullable(),
});
export type TokenResponse = z.infer<typeof tokenResponse>;

export const paymentIdParam = z.object({ paymentId: z.string().min(1).max(64) });
export const idParam = z.object({ id: z.string().min(1).max(64) });
export const challengeQuery = z.object({ return_url: z.string().min(1, 'is required').max(2048) });
/** The challenge page's forms post `return_url` (form-encoded). */
export const challengeForm = z.object({ return_url: z.string().min(1, 'is required').max(2048) });
