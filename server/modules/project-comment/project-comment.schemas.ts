import { z } from 'zod';
import { commentBodyField } from '../comment/comment.schemas.ts';

export const projectCommentResponse = z.object({
  id: z.string(),
  author_type: z.enum(['staff', 'contact']),
  author_name: z.string(),
  /** Plain text as written. */
  body: z.string(),
  /** A staff comment reaches the portal only with this; a contact's always shows there. */
  display_in_portal: z.boolean(),
  created_at: z.string(),
});
export type ProjectCommentResponse = z.infer<typeof projectCommentResponse>;

export const projectCommentListResponse = z.object({ data: z.array(projectCommentResponse) });

export const newStaffProjectCommentBody = z.object({ body: commentBodyField, display_in_portal: z.boolean().default(false) }).strict();
export const newContactProjectCommentBody = z.object({ body: commentBodyField }).strict();
