import type { Language } from '../portal.ts';
import type { MessageCode, MessageMoney, MessageParams } from './message-codes.ts';

/** Who reads: staff (in the admin, notifications and their emails) or the customer's contacts (the portal). */
export type Audience = 'staff' | 'customer';

/** Intl in the reader's language, handed to every text. */
export interface MessageFormat {
  language: Language;
  money(amount: MessageMoney): string;
  /** A calendar date (YYYY-MM-DD). */
  date(isoDate: string): string;
  list(items: readonly string[]): string;
}

export type MessageRender<C extends MessageCode> = (params: MessageParams<C>, format: MessageFormat) => string;

/** One text for both audiences, or one each. */
export type MessageText<C extends MessageCode> = MessageRender<C> | { staff: MessageRender<C>; customer: MessageRender<C> };

/** Every code's text in one language; a missing code or a parameter it does not have fails the type-check. */
export type MessageCatalog = { [C in MessageCode]: MessageText<C> };
