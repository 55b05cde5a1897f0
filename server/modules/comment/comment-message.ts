import { parseEventMessage, type EventMessage } from '../../../contract/messages/message-codes.ts';

interface StoredComment {
  kind: string;
  body: string;
  message_code: string | null;
  message_params: string | null;
}

function parseJson(text: string | null): unknown {
  if (text === null) return null;
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

/**
 * The entry Portico composed, as a message: from its code, or — for an entry older than codes, whose
 * English text was stored — read back from that text where its shape is certain. Undefined for what a
 * person wrote, which is shown as written.
 */
export function commentMessage(row: StoredComment): EventMessage | undefined {
  if (row.message_code !== null) return parseEventMessage(row.message_code, parseJson(row.message_params));
  if (row.kind === 'accepted') {
    const signer = /^Accepted by (.+)$/s.exec(row.body)?.[1];
    if (signer) return { code: 'comment.estimate_accepted', params: { signer } };
  }
  if (row.kind === 'dispute') {
    const line = /^“(.+?)”: ([\s\S]*)$/.exec(row.body);
    if (line?.[1] && line[2] !== undefined) return { code: 'comment.line_disputed', params: { line: line[1], reason: line[2] } };
  }
  return undefined;
}
