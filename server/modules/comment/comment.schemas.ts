import { z } from 'zod';

export const commentKinds = ['comment', 'changes_requested', 'dispute', 'dispute_resolved', 'accepted', 'declined'] as const;
export type CommentKind = (typeof commentKinds)[number];

/** Bodies are plain text: stored as sent (markup included) and escaped wherever they are shown. */
export const commentBodyField = z.string().trim().min(1, 'is required').max(5000);

export const commentResponse = z.object({
  id: z.string(),
  author_type: z.enum(['staff', 'contact', 'system']),
  author_name: z.string(),
  kind: z.enum(commentKinds),
  /** What the author wrote; for an entry Portico composed, its text in the reader's language. */
  body: z.string(),
  /** The composed entry's code and parameters (docs/api.md, "Messages"); null for what a person wrote. */
  message_code: z.string().nullable(),
  message_params: z.record(z.string(), z.unknown()).nullable(),
  display_in_portal: z.boolean(),
  created_at: z.string(),
});
export type CommentResponse = z.infer<typeof commentResponse>;

export const commentListResponse = z.object({ data: z.array(commentResponse) });

export const newStaffCommentBody = z.object({ body: commentBodyField, display_in_portal: z.boolean().default(false) }).strict();
export const newContactCommentBody = z.object({ body: commentBodyField }).strict();

export const documentViewResponse = z.object({
  data: z.array(
    z.object({
      contact_person_id: z.string().nullable(),
      contact_name: z.string(),
      ip: z.string().nullable(),
      user_agent: z.string().nullable(),
      viewed_at: z.string(),
    }),
  ),
});
