/**
 * The sign-in, sign-up, two-factor and email-link forms: what the fields hold, the schema that checks
 * them before sending (messages are translation keys), and the body the API takes.
 */
import { z } from 'zod';
import type { Language } from '../../../../contract/portal.ts';
import { confirmationIssue, matchesConfirmation, newPasswordShape } from '../../components/new-password.ts';
import type { SignupBody } from './queries.ts';

const required = z.string().trim().min(1, 'common.required');

/** Email and password; the email is sent as typed, less the spaces around it. */
export const loginSchema = z.object({ email: required, password: z.string().min(1, 'common.required') });
export type LoginValues = z.input<typeof loginSchema>;

/** The address may carry the email (`?email=`, from the invitation or sign-up pages). */
export function loginDefaults(email: string | null): LoginValues {
  return { email: email ?? '', password: '' };
}

export const signupSchema = z
  .object({
    company_name: required,
    first_name: required,
    last_name: z.string().trim(),
    email: required,
    ...newPasswordShape,
  })
  .refine(matchesConfirmation, confirmationIssue);
export type SignupValues = z.input<typeof signupSchema>;

export function signupDefaults(): SignupValues {
  return { company_name: '', first_name: '', last_name: '', email: '', password: '', confirmation: '' };
}

/** The sign-up request in the interface's language; an empty last name is left out. */
export function signupBody(values: z.output<typeof signupSchema>, language: Language): SignupBody {
  const { confirmation: _confirmation, last_name, ...rest } = values;
  return { ...rest, ...(last_name ? { last_name } : {}), language };
}

/** A code from the authenticator app, or one recovery code. */
export const codeSchema = z.object({ code: required });

/** App codes are digits people often type with spaces ("123 456"); recovery codes keep their inner dashes. */
export function twoFactorCode(code: string, recovery: boolean): string {
  return recovery ? code.trim() : code.replace(/\s+/g, '');
}

/** An email address to send a link to (reset, sign-in). */
export const emailRequestSchema = z.object({ email: required });
