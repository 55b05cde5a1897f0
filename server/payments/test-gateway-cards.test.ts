import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cardBrand, cardExpired, normalizeCardNumber, passesLuhn, testBankOutcome, testCardOutcome, testCards } from './test-gateway-cards.ts';

describe('test gateway cards', () => {
  it('gives Stripe’s documented outcome for each test number, typed with spaces or not', () => {
    expect(testCardOutcome('4242 4242 4242 4242')).toEqual({ kind: 'succeeds' });
    expect(testCardOutcome('4000000000000002')).toEqual({ kind: 'declined', code: 'card_declined', decline_code: 'generic_decline' });
    expect(testCardOutcome('4000-0000-0000-9995')).toMatchObject({ decline_code: 'insufficient_funds' });
    expect(testCardOutcome('4000000000000069')).toMatchObject({ code: 'expired_card' });
    expect(testCardOutcome('4000000000009979')).toMatchObject({ decline_code: 'stolen_card' });
    expect(testCardOutcome('4000 0025 0000 3155')).toEqual({ kind: 'requires_authentication' });
  });

  it('declines any other number as a live card in test mode', () => {
    expect(testCardOutcome('4111111111111111')).toEqual({ kind: 'declined', code: 'card_declined', decline_code: 'test_mode_live_card' });
  });

  it('lists only numbers that pass Luhn and match their brand', () => {
    for (const card of testCards) {
      expect(passesLuhn(card.number), card.number).toBe(true);
      expect(cardBrand(card.number), card.number).toBe(card.brand);
    }
  });

  it('checks Luhn: one changed digit always fails (property)', () => {
    fc.assert(
      fc.property(fc.constantFrom(...testCards.map((card) => card.number)), fc.nat(15), fc.integer({ min: 1, max: 9 }), (number, position, delta) => {
        const digits = [...number];
        digits[position] = String((Number(digits[position]) + delta) % 10);
        expect(passesLuhn(digits.join(''))).toBe(false);
      }),
    );
  });

  it('refuses non-digits and implausible lengths', () => {
    expect(passesLuhn('4242x42424242424')).toBe(false);
    expect(passesLuhn('42')).toBe(false);
    expect(normalizeCardNumber(' 4242-4242 4242 4242 ')).toBe('4242424242424242');
  });

  it('names brands by their prefixes', () => {
    expect(cardBrand('5555555555554444')).toBe('mastercard');
    expect(cardBrand('2223003122003222')).toBe('mastercard');
    expect(cardBrand('378282246310005')).toBe('amex');
    expect(cardBrand('6011111111111117')).toBe('discover');
    expect(cardBrand('9999999999999995')).toBe('unknown');
  });

  it('knows the test bank accounts, and no others', () => {
    expect(testBankOutcome('110000000', '000123456789')).toEqual({ kind: 'settles_later' });
    expect(testBankOutcome('110000000', '000111111116')).toEqual({ kind: 'fails_later', code: 'account_closed' });
    expect(testBankOutcome('110000000', '000999999999')).toBeUndefined();
  });

  it('treats a card as valid through the last day of its expiry month', () => {
    expect(cardExpired(12, 2026, '2026-12-31')).toBe(false);
    expect(cardExpired(11, 2026, '2026-12-01')).toBe(true);
    expect(cardExpired(1, 2027, '2026-12-01')).toBe(false);
    expect(cardExpired(12, 2025, '2026-01-15')).toBe(true);
  });
});
