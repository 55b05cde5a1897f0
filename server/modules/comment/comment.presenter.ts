import type { Audience } from '../../../contract/messages/catalog.ts';
import { renderMessage } from '../../../contract/messages/render.ts';
import type { Language } from '../../../contract/portal.ts';
import { commentMessage } from './comment-message.ts';
import type { CommentRow } from './comment.repository.ts';
import type { CommentKind, CommentResponse } from './comment.schemas.ts';

/** An entry for one reader: what Portico composed is rendered in the reader's language, with its code and parameters. */
export function presentComment(row: CommentRow, language: Language, audience: Audience): CommentResponse {
  const message = commentMessage(row);
  return {
    id: row.id,
    author_type: row.author_type,
    author_name: row.author_name,
    kind: row.kind as CommentKind,
    body: message ? renderMessage(language, message, audience) : row.body,
    message_code: message?.code ?? null,
    message_params: message?.params ?? null,
    display_in_portal: row.display_in_portal === 1,
    created_at: row.created_at,
  };
}
