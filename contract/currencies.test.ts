import { describe, expect, it } from 'vitest';
import { currencyCodes, currencyExponent, currencyExponents, isCurrencyCode, UnknownCurrencyError } from './currencies.ts';
import { formatMoney } from './money.ts';

const plainSpaces = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

describe('the ISO 4217 table', () => {
  it('gives each currency its ISO minor units', () => {
    expect(currencyExponent('EUR')).toBe(2);
    expect(currencyExponent('USD')).toBe(2);
    expect(currencyExponent('JPY')).toBe(0);
    expect(currencyExponent('KRW')).toBe(0);
    expect(currencyExponent('ISK')).toBe(0);
    for (const code of ['KWD', 'BHD', 'JOD', 'OMR', 'TND', 'LYD', 'IQD']) expect(currencyExponent(code), code).toBe(3);
    expect(currencyExponent('CLF')).toBe(4);
    expect(currencyExponent('UYW')).toBe(4);
  });

  it('keeps ISO’s digits where the runtime’s locale data differs', () => {
    // ICU shows these without decimals; ISO 4217 gives them minor units, and stored amounts follow ISO.
    expect(currencyExponent('IQD')).toBe(3);
    expect(currencyExponent('HUF')).toBe(2);
    expect(currencyExponent('IDR')).toBe(2);
  });

  it('holds only three-letter codes, each once, with 0, 2, 3 or 4 minor units', () => {
    expect(currencyCodes.length).toBeGreaterThan(150);
    expect(new Set(currencyCodes).size).toBe(currencyCodes.length);
    for (const code of currencyCodes) {
      expect(code).toMatch(/^[A-Z]{3}$/);
      expect([0, 2, 3, 4]).toContain(currencyExponents[code]);
    }
  });

  it('refuses a code that is not a currency, or no longer one', () => {
    for (const code of ['XXX', 'XAU', 'HRK', 'eur', 'EURO', '', 'toString', '__proto__']) {
      expect(isCurrencyCode(code), code).toBe(false);
      expect(() => currencyExponent(code), code).toThrow(UnknownCurrencyError);
    }
  });
});

describe('money formatting', () => {
  it('shows exactly the currency’s minor units', () => {
    expect(plainSpaces(formatMoney(1_234_567, 'KWD', 'en'))).toBe('KWD 1,234.567');
    expect(plainSpaces(formatMoney(1_500, 'BHD', 'de'))).toBe('1,500 BHD');
    expect(plainSpaces(formatMoney(1_234_567, 'IQD', 'en'))).toBe('IQD 1,234.567');
    expect(plainSpaces(formatMoney(12_345, 'CLF', 'en'))).toBe('CLF 1.2345');
    expect(formatMoney(123_456, 'USD', 'en')).toBe('$1,234.56');
    expect(formatMoney(1_234, 'JPY', 'en')).toBe('¥1,234');
  });

  it('refuses to format an amount in an unknown currency', () => {
    expect(() => formatMoney(100, 'ABC', 'en')).toThrow(UnknownCurrencyError);
  });
});
