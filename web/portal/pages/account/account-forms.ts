/**
 * The "My account" forms: profile and password change. What the fields hold, the schema that checks
 * them before sending (messages are translation keys), and the body the API takes.
 */
import { z } from 'zod';
import type { Me } from '../../app/session.ts';
import { confirmationIssue, matchesConfirmation, newPasswordShape } from '../../components/new-password.ts';
import type { MeUpdate } from './queries.ts';

export const profileSchema = z.object({
  first_name: z.string().trim().min(1, 'common.required'),
  last_name: z.string().trim(),
  phone: z.string().trim(),
});
export type ProfileValues = z.input<typeof profileSchema>;

export function profileValues(me: Me): ProfileValues {
  return { first_name: me.contact?.first_name ?? '', last_name: me.contact?.last_name ?? '', phone: me.contact?.phone ?? '' };
}

/** An empty last name is cleared as empty text, an empty phone as null (the API's "none"). */
export function profileUpdate(values: z.output<typeof profileSchema>): MeUpdate {
  return { first_name: values.first_name, last_name: values.last_name, phone: values.phone || null };
}

export const passwordChangeSchema = z.object({ current: z.string().min(1, 'common.required'), ...newPasswordShape }).refine(matchesConfirmation, confirmationIssue);
export type PasswordChangeValues = z.input<typeof passwordChangeSchema>;

export function passwordChangeDefaults(): PasswordChangeValues {
  return { current: '', password: '', confirmation: '' };
}

export function passwordChangeBody(values: z.output<typeof passwordChangeSchema>) {
  return { current_password: values.current, new_password: values.password };
}

/** The server's field names on the form's fields. */
export function passwordChangeFieldName(field: string): string | undefined {
  if (field === 'current_password') return 'current';
  if (field === 'new_password') return 'password';
  return undefined;
}
