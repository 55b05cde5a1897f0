import type { Audience } from '../../contract/messages/catalog.ts';
import { renderStoredMessage } from '../../contract/messages/render.ts';
import { toUiLanguage } from './i18n.ts';

/** A text the server stored as a code with parameters (notifications, activity, thread entries). */
export interface StoredMessage {
  /** The server's rendering, for the signed-in reader; also the only text of a row older than codes. */
  message: string;
  message_code: string | null;
  message_params: Record<string, unknown> | null;
}

/**
 * The message in the interface's language, rendered here from its code (contract/messages), so that
 * it follows the language switcher at once; the server's text when this app does not know the code.
 */
export function storedMessageText(item: StoredMessage, language: string, audience: Audience): string {
  return renderStoredMessage(toUiLanguage(language) ?? 'en', item.message_code, item.message_params, audience) ?? item.message;
}

/** A comment thread entry: what a person wrote as written, what Portico composed in the interface's language. */
export function threadEntryText(entry: { body: string; message_code: string | null; message_params: Record<string, unknown> | null }, language: string, audience: Audience): string {
  return storedMessageText({ message: entry.body, message_code: entry.message_code, message_params: entry.message_params }, language, audience);
}
