/**
 * Amounts typed by a person ↔ integers. What someone types ("1.234,50", "12.5") is read with the
 * interface language's separators and becomes an integer of the smallest unit (cents, thousandths)
 * by string arithmetic: no floating point between the input field and the integer.
 */
import { currencyExponent } from './format.ts';

function separators(locale: string): { decimal: string; group: string } {
  const parts = new Intl.NumberFormat(locale).formatToParts(12345.6);
  return {
    decimal: parts.find((p) => p.type === 'decimal')?.value ?? '.',
    group: parts.find((p) => p.type === 'group')?.value ?? ',',
  };
}

export type ParsedDecimal = { ok: true; value: number } | { ok: false; reason: 'empty' | 'invalid' | 'too_many_decimals' | 'too_large' };

/**
 * "12,5" (de) with 2 places → 1250. The locale's decimal separator is the decimal point; a dot is
 * also taken as one when the locale uses a comma and the text has no comma and no group of three.
 */
export function parseDecimal(text: string, places: number, locale: string): ParsedDecimal {
  let s = text.trim().replace(/[\s\u00a0\u202f']/g, '');
  if (s === '') return { ok: false, reason: 'empty' };
  const { decimal, group } = separators(locale);
  if (decimal === ',' && !s.includes(',') && /\.\d{0,2}$|\.\d{4,}$/.test(s) && s.split('.').length === 2) s = s.replace('.', ',');
  if (group === '.' || group === ',') s = s.split(group).join('');
  if (decimal !== '.') s = s.replace(decimal, '.');
  const match = /^(\d*)(?:\.(\d*))?$/.exec(s);
  if (!match || (match[1] === '' && !match[2])) return { ok: false, reason: 'invalid' };
  const whole = match[1] || '0';
  const fraction = (match[2] ?? '').replace(/0+$/, '');
  if (fraction.length > places) return { ok: false, reason: 'too_many_decimals' };
  const value = BigInt(whole) * 10n ** BigInt(places) + BigInt(fraction.padEnd(places, '0') || '0');
  if (value > BigInt(Number.MAX_SAFE_INTEGER)) return { ok: false, reason: 'too_large' };
  return { ok: true, value: Number(value) };
}

/** An integer of the smallest unit as text for an input field: 1250 with 2 places → "12.50" ("12,50" in de). */
export function formatDecimalInput(value: number, places: number, locale: string, trimZeros = false): string {
  const negative = value < 0;
  const digits = String(Math.abs(Math.trunc(value))).padStart(places + 1, '0');
  const whole = digits.slice(0, digits.length - places);
  let fraction = places > 0 ? digits.slice(digits.length - places) : '';
  if (trimZeros) fraction = fraction.replace(/0+$/, '');
  const text = fraction ? `${whole}${separators(locale).decimal}${fraction}` : whole;
  return negative ? `-${text}` : text;
}

/** What a person typed as money in `currency` → minor units (the currency's ISO 4217 exponent). */
export function parseMoneyInput(text: string, currency: string, locale: string): ParsedDecimal {
  return parseDecimal(text, currencyExponent(currency), locale);
}

export function formatMoneyInput(minor: number, currency: string, locale: string): string {
  return formatDecimalInput(minor, currencyExponent(currency), locale);
}

/** A calendar date (YYYY-MM-DD) as the language writes it, without time-zone shifts. */
export function formatCalendarDate(date: string | null | undefined, locale: string): string {
  if (!date) return '';
  const at = new Date(`${date.slice(0, 10)}T00:00:00Z`);
  if (Number.isNaN(at.getTime())) return date;
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(at);
}

/** 19.5 → "19.5 %" as the language writes percentages. */
export function formatPercent(percent: number, locale: string): string {
  return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 3 }).format(percent / 100);
}

/** A quantity (up to three decimals) as the language writes it: 1234.5 → "1,234.5" (en), "1.234,5" (de). */
export function formatQuantity(value: number, locale: string): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 3 }).format(value);
}
