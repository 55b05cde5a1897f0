/** The sign-in and sign-up forms: the schemas that check them before sending (messages are translation keys unless they need a number). */
import type { TFunction } from 'i18next';
import { z } from 'zod';
import { PASSWORD_MIN_LENGTH } from '../../../../contract/portal.ts';
import type { SignInBody } from '../../app/session-queries.ts';

export const signInSchema = z.object({ email: z.string().trim().min(1, 'common.required'), password: z.string().min(1, 'common.required') }) satisfies z.ZodType<SignInBody>;

export function signUpSchema(t: TFunction) {
  return z.object({
    organization_name: z.string().trim().min(1, 'common.required'),
    name: z.string().trim().min(1, 'common.required'),
    email: z.string().trim().min(1, 'common.required'),
    password: z.string().min(PASSWORD_MIN_LENGTH, t('auth.passwordHint', { count: PASSWORD_MIN_LENGTH })),
  });
}

export const signUpDefaults = { organization_name: '', name: '', email: '', password: '' };

/** Only paths inside the console: `next` must never send someone to another site. */
export function safeNext(next: string | null): string {
  return next && next.startsWith('/') && !next.startsWith('//') && !next.startsWith('/\\') ? next : '/customers';
}
