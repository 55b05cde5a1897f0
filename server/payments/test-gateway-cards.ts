/**
 * The built-in test gateway's cards and bank accounts: Stripe's documented test numbers and what
 * each one does, so people who know Stripe's test mode know Portico's. Pure rules; the gateway
 * applies them when a token is created or charged.
 */

export type CardBrand = 'visa' | 'mastercard' | 'amex' | 'discover' | 'unknown';

/** What charging a test card does. Codes are Stripe's `code` and `decline_code`. */
export type TestCardOutcome =
  | { kind: 'succeeds' }
  | { kind: 'requires_authentication' }
  | { kind: 'declined'; code: 'card_declined' | 'expired_card'; decline_code: 'generic_decline' | 'insufficient_funds' | 'expired_card' | 'stolen_card' | 'test_mode_live_card' };

export interface TestCard {
  number: string;
  brand: CardBrand;
  outcome: TestCardOutcome;
  /** A short English description for docs/payments.md; the payment page translates by outcome. */
  description: string;
}

export const testCards: readonly TestCard[] = [
  { number: '4242424242424242', brand: 'visa', outcome: { kind: 'succeeds' }, description: 'succeeds' },
  { number: '5555555555554444', brand: 'mastercard', outcome: { kind: 'succeeds' }, description: 'succeeds (Mastercard)' },
  { number: '4000000000000002', brand: 'visa', outcome: { kind: 'declined', code: 'card_declined', decline_code: 'generic_decline' }, description: 'declined' },
  { number: '4000000000009995', brand: 'visa', outcome: { kind: 'declined', code: 'card_declined', decline_code: 'insufficient_funds' }, description: 'declined: insufficient funds' },
  { number: '4000000000000069', brand: 'visa', outcome: { kind: 'declined', code: 'expired_card', decline_code: 'expired_card' }, description: 'declined: expired card' },
  { number: '4000000000009979', brand: 'visa', outcome: { kind: 'declined', code: 'card_declined', decline_code: 'stolen_card' }, description: 'declined: stolen card' },
  { number: '4000002500003155', brand: 'visa', outcome: { kind: 'requires_authentication' }, description: 'requires authentication' },
];

/** What a test bank account does: payments stay pending, then the gateway's webhook settles or fails them. */
export type TestBankOutcome = { kind: 'settles_later' } | { kind: 'fails_later'; code: 'account_closed' | 'invalid_account_number' };

export interface TestBankAccount {
  routing_number: string;
  account_number: string;
  outcome: TestBankOutcome;
  description: string;
}

export const testBankAccounts: readonly TestBankAccount[] = [
  { routing_number: '110000000', account_number: '000123456789', outcome: { kind: 'settles_later' }, description: 'pending, then settles' },
  { routing_number: '110000000', account_number: '000111111116', outcome: { kind: 'fails_later', code: 'account_closed' }, description: 'pending, then fails' },
];

/** Digits only: people type spaces and dashes in card numbers. */
export function normalizeCardNumber(number: string): string {
  return number.replace(/[\s-]/g, '');
}

/** The Luhn checksum every card number carries. */
export function passesLuhn(digits: string): boolean {
  if (!/^\d{12,19}$/.test(digits)) return false;
  let sum = 0;
  for (let index = 0; index < digits.length; index++) {
    let digit = Number(digits[digits.length - 1 - index]);
    if (index % 2 === 1) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return sum % 10 === 0;
}

export function cardBrand(digits: string): CardBrand {
  if (/^4/.test(digits)) return 'visa';
  if (/^(5[1-5]|2(2[2-9]|[3-6]\d|7[01]|720))/.test(digits)) return 'mastercard';
  if (/^3[47]/.test(digits)) return 'amex';
  if (/^(6011|65|64[4-9])/.test(digits)) return 'discover';
  return 'unknown';
}

/**
 * What charging `number` does at the test gateway. A number that is not a test card is declined as a
 * live card used in test mode (as Stripe's test mode does), so real card numbers are never "charged".
 */
export function testCardOutcome(number: string): TestCardOutcome {
  const digits = normalizeCardNumber(number);
  return testCards.find((card) => card.number === digits)?.outcome ?? { kind: 'declined', code: 'card_declined', decline_code: 'test_mode_live_card' };
}

export function testBankOutcome(routingNumber: string, accountNumber: string): TestBankOutcome | undefined {
  return testBankAccounts.find((account) => account.routing_number === routingNumber && account.account_number === accountNumber)?.outcome;
}

/** Whether a card with this expiry can still be used in the month of `today` (ISO date). */
export function cardExpired(expMonth: number, expYear: number, today: string): boolean {
  const [year, month] = today.split('-').map(Number) as [number, number];
  return expYear < year || (expYear === year && expMonth < month);
}
