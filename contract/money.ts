import { currencyExponent } from './currencies.ts';

export { currencyExponent, isCurrencyCode, UnknownCurrencyError } from './currencies.ts';

/**
 * The Intl formatter of a currency's amounts in a language, showing exactly the currency's ISO minor
 * units (Intl's own digits come from ICU and differ for some codes).
 */
export function moneyFormatter(currency: string, locale: string): Intl.NumberFormat {
  const key = `${locale}\u0000${currency}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    const exponent = currencyExponent(currency);
    formatter = new Intl.NumberFormat(locale, { style: 'currency', currency, minimumFractionDigits: exponent, maximumFractionDigits: exponent });
    // Building a formatter loads ICU data and costs far more than formatting; there are few locale × currency pairs.
    if (formatters.size < 1000) formatters.set(key, formatter);
  }
  return formatter;
}

const formatters = new Map<string, Intl.NumberFormat>();

/** An amount in minor units of a currency, e.g. 123456 USD in en → "$1,234.56", 1234 KWD → "KWD 1.234". */
export function formatMoney(amountMinor: number, currency: string, locale: string): string {
  return moneyFormatter(currency, locale).format(amountMinor / 10 ** currencyExponent(currency));
}

export const commonCurrencies = ['USD', 'EUR', 'GBP', 'JPY', 'CHF', 'CAD', 'AUD', 'INR', 'SEK'] as const;

/**
 * An amount in minor units as a plain decimal with the currency's digits and a dot, exact for any integer
 * (no floating point): 123456 USD → "1234.56", -5 EUR → "-0.05", 1234 JPY → "1234". For files and machines.
 */
export function decimalAmount(amountMinor: number, currency: string): string {
  const exponent = currencyExponent(currency);
  const digits = String(Math.abs(amountMinor)).padStart(exponent + 1, '0');
  const sign = amountMinor < 0 ? '-' : '';
  return exponent === 0 ? `${sign}${digits}` : `${sign}${digits.slice(0, -exponent)}.${digits.slice(-exponent)}`;
}
