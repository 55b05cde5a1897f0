/**
 * Entering a new card or bank account. The numbers go from the browser straight to the gateway's
 * tokenization endpoint, never to the portal API: the page only ever holds the token that comes back.
 * `CardEntryHandle` is what every way of entering a card offers (the test gateway's fields here,
 * Stripe's card element when the organization uses Stripe), so the pay page does not know which.
 */
import { ApiError, apiErrorFrom } from '../../../ui/api/errors.ts';

export interface GatewayToken {
  id: string;
  type: 'card' | 'bank_account';
  brand: string;
  last4: string;
  exp_month: number | null;
  exp_year: number | null;
}

export interface CardEntryHandle {
  /** The token for what was typed; rejects with `CardEntryInvalid` (the fields then say why) or an API error. */
  tokenize(): Promise<GatewayToken>;
}

/** What was typed is incomplete or was refused: the fields show the reasons. */
export class CardEntryInvalid extends Error {
  constructor() {
    super('The card or account details are not complete');
    this.name = 'CardEntryInvalid';
  }
}

export type TokenRequest =
  | { card: { number: string; exp_month: number; exp_year: number; cvc: string } }
  | { bank_account: { holder_name: string; routing_number: string; account_number: string } };

/** The built-in test gateway's tokenization endpoint: outside the portal API, no session, no cookie. */
export const testGatewayTokensPath = '/test-gateway/v1/tokens';

export async function tokenizeWithTestGateway(input: TokenRequest): Promise<GatewayToken> {
  const request = new Request(new URL(testGatewayTokensPath, window.location.origin), {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify(input),
    credentials: 'omit',
  });
  const response = await globalThis.fetch(request);
  const body: unknown = await response.json().catch(() => null);
  if (!response.ok) throw apiErrorFrom(response.status, response.statusText, body);
  return body as GatewayToken;
}

/** "12/29", "12 / 2029", "1229" → month and four-digit year; null when it is not an expiry. */
export function parseExpiry(text: string): { month: number; year: number } | null {
  const match = /^\s*(\d{1,2})\s*[/\-.\s]?\s*(\d{2}|\d{4})\s*$/.exec(text);
  if (!match) return null;
  const month = Number(match[1]);
  const year = match[2]!.length === 2 ? 2000 + Number(match[2]) : Number(match[2]);
  return month >= 1 && month <= 12 ? { month, year } : null;
}

/** The gateway's field names (`card.number`) → the field of the form (`number`), with the issue. */
export function gatewayFieldIssues(error: unknown, prefix: 'card' | 'bank_account'): Map<string, ApiError['fieldIssues'][number]> {
  const issues = new Map<string, ApiError['fieldIssues'][number]>();
  if (!(error instanceof ApiError)) return issues;
  for (const issue of error.fieldIssues) {
    if (issue.field.startsWith(`${prefix}.`)) issues.set(issue.field.slice(prefix.length + 1), issue);
    else if (issue.field === prefix) issues.set('number', issue);
  }
  return issues;
}
