import { z } from 'zod';

export const reminderResponse = z.object({
  document_id: z.string(),
  number: z.string(),
  /** Past its due date in the organization's calendar. */
  overdue: z.boolean(),
  /** Who was emailed, and whether their mail carries a pay link (contacts with the pay permission). */
  recipients: z.array(z.object({ contact_person_id: z.string(), email: z.string(), pay_link: z.boolean() })),
});
export type ReminderResponse = z.infer<typeof reminderResponse>;
