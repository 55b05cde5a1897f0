import { randomBytes } from 'node:crypto';
import type { FieldIssueCode } from '../../../contract/errors.ts';
import { hmac } from '../../lib/tokens.ts';
import {
  cardBrand,
  cardExpired,
  normalizeCardNumber,
  passesLuhn,
  testBankAccounts,
  testBankOutcome,
  testCardOutcome,
  type CardBrand,
  type TestBankOutcome,
  type TestCardOutcome,
} from '../test-gateway-cards.ts';

/**
 * The test gateway's pure rules: ids, what a card or bank account may be, the words of each decline,
 * where the challenge sends the browser back to, and how webhook deliveries back off. No I/O.
 */

/** Stripe-like ids: `tok_…`, `cus_…`, `pm_…`, `pi_…`, `re_…`, `evt_…` (96 random bits). */
export function gatewayId(prefix: 'tok' | 'cus' | 'pm' | 'pi' | 're' | 'evt'): string {
  return `${prefix}_${randomBytes(12).toString('base64url')}`;
}

/** The secret the test gateway signs its webhooks with, derived from the instance secret, so Portico's route verifies with it. */
export function testGatewayWebhookSecret(instanceSecret: string): string {
  return `whsec_${hmac(instanceSecret, 'test-gateway-webhook')}`;
}

export interface InputIssue {
  field: string;
  code: FieldIssueCode;
  /** English; never repeats the number it is about. */
  message: string;
}

/** What a token keeps of a card: never the number. */
export interface CardFacts {
  type: 'card';
  brand: CardBrand;
  last4: string;
  expMonth: number;
  expYear: number;
  holderName: null;
  outcome: TestCardOutcome;
}

export interface BankFacts {
  type: 'bank_account';
  brand: 'bank';
  last4: string;
  expMonth: null;
  expYear: null;
  holderName: string;
  outcome: TestBankOutcome;
}

export type Checked<T> = { ok: true; facts: T } | { ok: false; issue: InputIssue };

const issue = (field: string, code: FieldIssueCode, message: string): { ok: false; issue: InputIssue } => ({ ok: false, issue: { field, code, message } });

/** Two-digit years are this century's, as card forms print them (`12/34`). */
export function fullYear(year: number): number {
  return year < 100 ? 2000 + year : year;
}

/** Checks a card as typed (`today`: the gateway's ISO date) and keeps only what may be stored. */
export function checkCard(card: { number: string; exp_month: number; exp_year: number; cvc: string }, today: string): Checked<CardFacts> {
  const digits = normalizeCardNumber(card.number);
  if (!/^\d+$/.test(digits)) return issue('card.number', 'invalid_format', 'must be digits (spaces and dashes are allowed)');
  if (digits.length < 12 || digits.length > 19) return issue('card.number', 'invalid_format', 'must have 12 to 19 digits');
  if (!passesLuhn(digits)) return issue('card.number', 'invalid', 'is not a valid card number');
  const brand = cardBrand(digits);
  const year = fullYear(card.exp_year);
  const thisYear = Number(today.slice(0, 4));
  if (year < thisYear) return issue('card.exp_year', 'invalid', 'the card has expired');
  if (year > thisYear + 50) return issue('card.exp_year', 'invalid', 'is too far in the future');
  if (cardExpired(card.exp_month, year, today)) return issue('card.exp_month', 'invalid', 'the card has expired');
  const cvcLength = brand === 'amex' ? 4 : 3;
  if (!new RegExp(`^\\d{${cvcLength}}$`).test(card.cvc)) return issue('card.cvc', 'invalid_format', `must be ${cvcLength} digits`);
  return { ok: true, facts: { type: 'card', brand, last4: digits.slice(-4), expMonth: card.exp_month, expYear: year, holderName: null, outcome: testCardOutcome(digits) } };
}

const knownRoutingNumbers = new Set(testBankAccounts.map((account) => account.routing_number));

/**
 * Checks a US bank account. Only the test routing numbers are known; at a known routing number an
 * account that is not listed settles, as any account does in Stripe's test mode.
 */
export function checkBankAccount(account: { holder_name: string; routing_number: string; account_number: string }): Checked<BankFacts> {
  const holderName = account.holder_name.trim();
  if (!holderName) return issue('bank_account.holder_name', 'required', 'is required');
  if (!/^\d{9}$/.test(account.routing_number)) return issue('bank_account.routing_number', 'invalid_format', 'must be 9 digits');
  if (!knownRoutingNumbers.has(account.routing_number)) return issue('bank_account.routing_number', 'unknown_reference', 'is not a routing number the test gateway knows');
  if (!/^\d{4,17}$/.test(account.account_number)) return issue('bank_account.account_number', 'invalid_format', 'must be 4 to 17 digits');
  const outcome = testBankOutcome(account.routing_number, account.account_number) ?? { kind: 'settles_later' };
  return { ok: true, facts: { type: 'bank_account', brand: 'bank', last4: account.account_number.slice(-4), expMonth: null, expYear: null, holderName, outcome } };
}

export interface Decline {
  /** What Portico sees as the payment's failure code. */
  failureCode: string;
  /** Stripe's `decline_code`, kept by the gateway. */
  declineCode: string | null;
  /** In words a customer understands (Stripe's own where there is one). */
  message: string;
}

/**
 * A declined card's code and words. Stripe's advice is followed: a stolen card is told as a plain
 * decline ("Your card was declined."), its code `stolen_card` kept for staff.
 */
export function declineOf(outcome: Extract<TestCardOutcome, { kind: 'declined' }>): Decline {
  switch (outcome.decline_code) {
    case 'insufficient_funds':
      return { failureCode: 'insufficient_funds', declineCode: 'insufficient_funds', message: 'Your card has insufficient funds.' };
    case 'expired_card':
      return { failureCode: 'expired_card', declineCode: 'expired_card', message: 'Your card has expired.' };
    case 'stolen_card':
      return { failureCode: 'stolen_card', declineCode: 'stolen_card', message: 'Your card was declined.' };
    case 'test_mode_live_card':
      return { failureCode: 'card_declined', declineCode: 'test_mode_live_card', message: 'Your card was declined. This is the test gateway: use one of its test cards.' };
    case 'generic_decline':
      return { failureCode: 'card_declined', declineCode: 'generic_decline', message: 'Your card was declined.' };
  }
}

/** Failures that are not a card's decline. */
export const gatewayFailures = {
  expiredCard: { failureCode: 'expired_card', declineCode: 'expired_card', message: 'Your card has expired.' },
  authenticationFailed: {
    failureCode: 'authentication_failed',
    declineCode: null,
    message: 'We are unable to authenticate your payment method. Please choose a different payment method and try again.',
  },
  tokenUsed: { failureCode: 'token_already_used', declineCode: null, message: 'This card or account was already used for a payment; please enter it again.' },
  methodUnavailable: { failureCode: 'payment_method_unavailable', declineCode: null, message: 'This payment method is no longer available; please choose another.' },
} satisfies Record<string, Decline>;

export function bankFailureMessage(code: string): string {
  switch (code) {
    case 'account_closed':
      return 'The bank account has been closed.';
    case 'invalid_account_number':
      return 'The bank account number is invalid.';
    default:
      return 'The bank declined the debit.';
  }
}

/**
 * Whether `url` may receive the browser after the challenge: an absolute http(s) URL of the app itself
 * (its origin is that of `publicUrl`, and it lies under its path), so the page is never an open redirect.
 */
export function isSameOriginReturnUrl(url: string, publicUrl: string): boolean {
  let target: URL;
  let base: URL;
  try {
    target = new URL(url);
    base = new URL(publicUrl);
  } catch {
    return false;
  }
  if (target.origin !== base.origin || target.username || target.password) return false;
  const basePath = base.pathname.replace(/\/$/, '');
  return url.startsWith(publicUrl) && (basePath === '' || target.pathname === basePath || target.pathname.startsWith(`${basePath}/`));
}

export type ChallengeOutcome = 'approved' | 'failed' | 'abandoned';

/** The return URL with `payment_attempt=<reference>&outcome=…` added to whatever query it has. */
export function returnUrlWith(url: string, reference: string, outcome: ChallengeOutcome): string {
  const target = new URL(url);
  target.searchParams.set('payment_attempt', reference);
  target.searchParams.set('outcome', outcome);
  return target.toString();
}

/** The challenge page of a payment, returning to `returnUrl`. */
export function challengeUrl(publicUrl: string, paymentId: string, returnUrl: string): string {
  return `${publicUrl}/test-gateway/v1/challenge/${encodeURIComponent(paymentId)}?return_url=${encodeURIComponent(returnUrl)}`;
}

/** Webhook attempts: the first at once, then 10 s doubling up to an hour; given up after this many. */
export const maxWebhookAttempts = 12;

export function webhookRetryDelaySeconds(attemptsMade: number): number {
  return Math.min(3600, 10 * 2 ** Math.max(0, attemptsMade - 1));
}

/** Default time a bank debit stays processing before it settles or fails. */
export const defaultSettleAfterSeconds = 15;
