import { z } from 'zod';
import { forwardedKinds } from '../../../contract/messages/message-codes.ts';
import { emailField } from '../../http/schemas.ts';
import { statementQuery } from '../statement/statement.schemas.ts';

const forwardFields = {
  /** Where the document goes; the recipient becomes a contact person of the customer (without portal access). */
  email: emailField,
  /** The recipient's name, for a new contact person (else the address's local part). */
  name: z.string().trim().max(200).optional(),
  /** A short note shown in the mail above the attachment. */
  message: z.string().trim().max(1000).optional(),
};

export const forwardBody = z.object(forwardFields).strict();
export type ForwardBody = z.infer<typeof forwardBody>;

/** The statement's period (as the statement page asks for it) and the forward. */
export const forwardStatementBody = statementQuery.extend(forwardFields).strict();
export type ForwardStatementBody = z.infer<typeof forwardStatementBody>;

export const forwardResponse = z.object({
  id: z.string(),
  subject_type: z.enum(forwardedKinds),
  /** The document or order; null for the statement. */
  subject_id: z.string().nullable(),
  recipient: z.object({
    contact_person_id: z.string(),
    email: z.string(),
    name: z.string(),
    /** Whether the recipient was added as a new contact person (false: an existing one with that address). */
    created: z.boolean(),
  }),
  message: z.string().nullable(),
  created_at: z.string(),
});
export type ForwardResponse = z.infer<typeof forwardResponse>;
