import { formatMoney } from '../money.ts';
import type { Language } from '../portal.ts';
import type { Audience, MessageCatalog, MessageFormat } from './catalog.ts';
import { de } from './de.ts';
import { en } from './en.ts';
import { es } from './es.ts';
import { fr } from './fr.ts';
import { ja } from './ja.ts';
import { parseEventMessage, type EventMessage } from './message-codes.ts';

/** The one catalog of stored messages, in every language Portico speaks. */
export const messageCatalogs: Record<Language, MessageCatalog> = { en, de, fr, es, ja };

export function messageFormat(language: Language): MessageFormat {
  return {
    language,
    money: (amount) => formatMoney(amount.amount_minor, amount.currency, language),
    // A calendar date has no time zone: it is read and written as UTC so that it never shifts a day.
    date: (isoDate) => new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(`${isoDate}T00:00:00Z`)),
    list: (items) => new Intl.ListFormat(language, { style: 'long', type: 'conjunction' }).format(items),
  };
}

/** The sentence of a message for one audience in one language. */
export function renderMessage(language: Language, message: EventMessage, audience: Audience): string {
  const text = messageCatalogs[language][message.code];
  const render = typeof text === 'function' ? text : text[audience];
  // The code and its parameters were checked together by parseEventMessage; TypeScript cannot correlate the union.
  return render(message.params as never, messageFormat(language));
}

/**
 * For stored or received rows: the sentence when `code` is known and `params` fit it, otherwise
 * undefined, so that the caller shows its fallback (the text of a row older than codes).
 */
export function renderStoredMessage(language: Language, code: unknown, params: unknown, audience: Audience): string | undefined {
  const message = parseEventMessage(code, params);
  return message ? renderMessage(language, message, audience) : undefined;
}
