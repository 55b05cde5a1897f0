import { describe, expect, it } from 'vitest';
import { formatCalendarDate, formatDecimalInput, formatMoneyInput, formatPercent, formatQuantity, parseDecimal, parseMoneyInput } from './billing-format.ts';
import { currencyExponent, formatMoney } from './format.ts';

describe('amounts typed by a person', () => {
  it('reads German amounts with a thousands dot and a decimal comma', () => {
    expect(parseMoneyInput('1.234,56', 'EUR', 'de')).toEqual({ ok: true, value: 123_456 });
    expect(parseMoneyInput('1234,5', 'EUR', 'de')).toEqual({ ok: true, value: 123_450 });
    expect(parseMoneyInput('0,07', 'EUR', 'de')).toEqual({ ok: true, value: 7 });
  });

  it('takes a lone dot with one or two decimals as the decimal point in German', () => {
    expect(parseMoneyInput('12.5', 'EUR', 'de')).toEqual({ ok: true, value: 1_250 });
    expect(parseMoneyInput('12.50', 'EUR', 'de')).toEqual({ ok: true, value: 1_250 });
    // Three digits after a dot are a thousands group there.
    expect(parseMoneyInput('1.234', 'EUR', 'de')).toEqual({ ok: true, value: 123_400 });
  });

  it('reads English amounts with a thousands comma and a decimal point', () => {
    expect(parseMoneyInput('1,234.56', 'USD', 'en')).toEqual({ ok: true, value: 123_456 });
    expect(parseMoneyInput(' 99 ', 'USD', 'en')).toEqual({ ok: true, value: 9_900 });
  });

  it('reads French amounts grouped by spaces', () => {
    expect(parseMoneyInput('1 234,56', 'EUR', 'fr')).toEqual({ ok: true, value: 123_456 });
    expect(parseMoneyInput('1\u202f234,56', 'EUR', 'fr')).toEqual({ ok: true, value: 123_456 });
  });

  it('counts yen without decimals and refuses a fraction of a yen', () => {
    expect(currencyExponent('JPY')).toBe(0);
    expect(parseMoneyInput('1,234', 'JPY', 'ja')).toEqual({ ok: true, value: 1_234 });
    expect(parseMoneyInput('1.234', 'JPY', 'de')).toEqual({ ok: true, value: 1_234 });
    expect(parseMoneyInput('12.5', 'JPY', 'en')).toEqual({ ok: false, reason: 'too_many_decimals' });
  });

  it('keeps three places for a currency that has them', () => {
    expect(parseMoneyInput('1.234', 'KWD', 'en')).toEqual({ ok: true, value: 1_234 });
    expect(parseMoneyInput('1.2345', 'KWD', 'en')).toEqual({ ok: false, reason: 'too_many_decimals' });
  });

  it('ignores trailing zeros beyond the currency places', () => {
    expect(parseMoneyInput('5.000', 'USD', 'en')).toEqual({ ok: true, value: 500 });
  });

  it('says why a text is not an amount', () => {
    expect(parseMoneyInput('  ', 'USD', 'en')).toEqual({ ok: false, reason: 'empty' });
    expect(parseMoneyInput('12a', 'USD', 'en')).toEqual({ ok: false, reason: 'invalid' });
    expect(parseMoneyInput('-5', 'USD', 'en')).toEqual({ ok: false, reason: 'invalid' });
    expect(parseMoneyInput('.', 'USD', 'en')).toEqual({ ok: false, reason: 'invalid' });
    expect(parseMoneyInput('12.345', 'USD', 'en')).toEqual({ ok: false, reason: 'too_many_decimals' });
    expect(parseMoneyInput('100000000000000', 'USD', 'en')).toEqual({ ok: false, reason: 'too_large' });
  });

  it('computes with integers only, so no binary fraction creeps in', () => {
    // 0.1 + 0.2 in floating point is 0.30000000000000004; typed amounts never pass through a float.
    expect(parseMoneyInput('0.29', 'USD', 'en')).toEqual({ ok: true, value: 29 });
    expect(parseMoneyInput('1.005', 'KWD', 'en')).toEqual({ ok: true, value: 1_005 });
    expect(parseDecimal('2.675', 3, 'en')).toEqual({ ok: true, value: 2_675 });
  });

  it('reads quantities with three places and percentages with two', () => {
    expect(parseDecimal('1,5', 3, 'de')).toEqual({ ok: true, value: 1_500 });
    expect(parseDecimal('0.125', 3, 'en')).toEqual({ ok: true, value: 125 });
    expect(parseDecimal('19,25', 2, 'fr')).toEqual({ ok: true, value: 1_925 });
  });
});

describe('amounts written into an input', () => {
  it('writes minor units with the language’s decimal separator and no grouping', () => {
    expect(formatMoneyInput(123_456, 'EUR', 'de')).toBe('1234,56');
    expect(formatMoneyInput(123_456, 'USD', 'en')).toBe('1234.56');
    expect(formatMoneyInput(5, 'USD', 'en')).toBe('0.05');
    expect(formatMoneyInput(1_234, 'JPY', 'ja')).toBe('1234');
  });

  it('reads back what it wrote, in every language', () => {
    for (const locale of ['en', 'de', 'fr', 'es', 'ja']) {
      for (const [minor, currency] of [
        [123_456, 'EUR'],
        [7, 'USD'],
        [1_234, 'JPY'],
        [1_005, 'KWD'],
      ] as const) {
        expect(parseMoneyInput(formatMoneyInput(minor, currency, locale), currency, locale)).toEqual({ ok: true, value: minor });
      }
    }
  });

  it('drops trailing zeros of a quantity when asked', () => {
    expect(formatDecimalInput(1_500, 3, 'de', true)).toBe('1,5');
    expect(formatDecimalInput(1_000, 3, 'en', true)).toBe('1');
    expect(formatDecimalInput(-250, 2, 'en')).toBe('-2.50');
  });
});

describe('amounts shown to a person', () => {
  it('formats minor units in the currency and the language', () => {
    expect(formatMoney(123_456, 'EUR', 'de')).toBe('1.234,56\u00a0€');
    expect(formatMoney(123_456, 'USD', 'en')).toBe('$1,234.56');
    expect(formatMoney(1_234, 'JPY', 'ja')).toBe('￥1,234');
    expect(formatMoney(1_234, 'JPY', 'en')).toBe('¥1,234');
  });

  it('shows the ISO 4217 minor units, not the browser’s locale data', () => {
    expect(currencyExponent('IQD')).toBe(3);
    expect(formatMoney(1_234_567, 'IQD', 'en').replace(/\u00a0/g, ' ')).toBe('IQD 1,234.567');
    expect(formatMoney(12_345, 'CLF', 'en').replace(/\u00a0/g, ' ')).toBe('CLF 1.2345');
    expect(parseMoneyInput('1.2345', 'CLF', 'en')).toEqual({ ok: true, value: 12_345 });
  });

  it('writes calendar dates without shifting them by the time zone', () => {
    expect(formatCalendarDate('2026-01-31', 'en')).toBe('Jan 31, 2026');
    expect(formatCalendarDate('2026-01-31', 'de')).toBe('31.01.2026');
    expect(formatCalendarDate(null, 'en')).toBe('');
    expect(formatCalendarDate('not a date', 'en')).toBe('not a date');
  });

  it('writes percentages and quantities as the language does', () => {
    expect(formatPercent(19.5, 'en')).toBe('19.5%');
    expect(formatPercent(19.5, 'de')).toBe('19,5\u00a0%');
    expect(formatQuantity(1_234.5, 'de')).toBe('1.234,5');
    expect(formatQuantity(0.125, 'en')).toBe('0.125');
  });
});
