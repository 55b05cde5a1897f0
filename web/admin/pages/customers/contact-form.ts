/**
 * The contact person forms (add or edit a contact, its portal permissions): what the fields hold, the
 * schemas that check them before sending (messages are translation keys), and the bodies the API takes.
 */
import { z } from 'zod';
import { contactPermissions, type ContactPermission } from '../../../../contract/portal.ts';
import { blank } from './customer-form.ts';
import type { ContactPerson, ContactUpdate, NewContactBody } from './queries.ts';

export const contactFormSchema = z.object({
  first_name: z.string().trim().min(1, 'common.required'),
  last_name: z.string(),
  email: z.string(),
  phone: z.string(),
  is_primary: z.boolean(),
});
export type ContactFormValues = z.input<typeof contactFormSchema>;

/** The fields for a contact person, or empty ones for a new contact. */
export function contactFormValues(contact: ContactPerson | undefined): ContactFormValues {
  if (!contact) return { first_name: '', last_name: '', email: '', phone: '', is_primary: false };
  return { first_name: contact.first_name, last_name: contact.last_name, email: contact.email ?? '', phone: contact.phone ?? '', is_primary: contact.is_primary };
}

/**
 * The body for a new contact (no `contact`) or a change of one. Blank email and phone are null. The API
 * only takes "make primary" (true): a primary stays primary until another one is chosen, so the flag is
 * sent only when it makes someone primary who was not.
 */
export function contactBody(values: z.output<typeof contactFormSchema>, contact: Pick<ContactPerson, 'is_primary'> | undefined): NewContactBody & ContactUpdate {
  return {
    first_name: values.first_name.trim(),
    last_name: values.last_name.trim(),
    email: blank(values.email),
    phone: blank(values.phone),
    ...(values.is_primary && !contact?.is_primary ? { is_primary: true as const } : {}),
  };
}

export const permissionsSchema = z
  .object({ permissions: z.object(Object.fromEntries(contactPermissions.map((permission) => [permission, z.boolean()])) as Record<ContactPermission, z.ZodBoolean>) })
  .transform((values): ContactUpdate => ({ permissions: contactPermissions.filter((permission) => values.permissions[permission]) }));
export type PermissionsValues = z.input<typeof permissionsSchema>;

/** One checkbox per permission, ticked for those the contact has. */
export function permissionsValues(granted: readonly ContactPermission[]): PermissionsValues {
  return { permissions: Object.fromEntries(contactPermissions.map((permission) => [permission, granted.includes(permission)])) as Record<ContactPermission, boolean> };
}
