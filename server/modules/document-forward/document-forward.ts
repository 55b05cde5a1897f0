import type { RateLimitRule } from '../../http/rate-limit.ts';

/** How many documents one contact may forward: enough for real use, too few to send mail for spammers. */
export const forwardRateLimit: RateLimitRule = { limit: 10, windowSeconds: 60 * 60 };

export function forwardRateLimitKey(contactPersonId: string): string {
  return `forward:${contactPersonId}`;
}

/** A new contact person's name from what the sender typed, else from the address ('ada.lovelace@…' → 'ada.lovelace'). */
export function recipientName(email: string, name: string | undefined): { firstName: string; lastName: string } {
  const typed = name?.trim().replace(/\s+/g, ' ');
  if (typed) {
    const space = typed.indexOf(' ');
    return space === -1 ? { firstName: typed.slice(0, 100), lastName: '' } : { firstName: typed.slice(0, space).slice(0, 100), lastName: typed.slice(space + 1).slice(0, 100) };
  }
  return { firstName: (email.split('@')[0] ?? email).slice(0, 100) || email.slice(0, 100), lastName: '' };
}
