import { currencyExponent as isoExponent, formatMoney as formatIsoMoney, isCurrencyCode } from '../../contract/money.ts';

/** Dates, numbers and money through Intl, in the interface's language. */

let displayTimeZone: string | undefined;

/**
 * The organization's time zone, in which both apps show moments (sent at, viewed at, a comment's time):
 * set when the console's session or the portal's branding arrives, cleared on sign-out (the browser's
 * own zone then). Calendar dates (issue and due dates) never shift, whatever the zone.
 */
export function setDisplayTimeZone(timeZone: string | null | undefined): void {
  displayTimeZone = timeZone && isKnownTimeZone(timeZone) ? timeZone : undefined;
}

export function getDisplayTimeZone(): string | undefined {
  return displayTimeZone;
}

function isKnownTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone });
    return true;
  } catch {
    return false;
  }
}

const zoned = (options: Intl.DateTimeFormatOptions): Intl.DateTimeFormatOptions => (displayTimeZone ? { ...options, timeZone: displayTimeZone } : options);

export function formatDateTime(iso: string | null | undefined, locale: string): string {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(locale, zoned({ dateStyle: 'medium', timeStyle: 'short' })).format(date);
}

/** The day of a moment (not a calendar date: use formatCalendarDate for those), in the display time zone. */
export function formatDate(iso: string | null | undefined, locale: string): string {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  // A bare YYYY-MM-DD is a calendar date already: no zone may move it to another day.
  const options: Intl.DateTimeFormatOptions = /^\d{4}-\d{2}-\d{2}$/.test(iso) ? { dateStyle: 'medium', timeZone: 'UTC' } : zoned({ dateStyle: 'medium' });
  return new Intl.DateTimeFormat(locale, options).format(date);
}

export function formatNumber(value: number, locale: string): string {
  return new Intl.NumberFormat(locale).format(value);
}

/** "3 minutes ago", "yesterday"… */
export function formatRelative(iso: string, locale: string, now: number = Date.now()): string {
  const seconds = Math.round((new Date(iso).getTime() - now) / 1000);
  const rtf = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
  const abs = Math.abs(seconds);
  if (abs < 60) return rtf.format(seconds, 'second');
  if (abs < 3600) return rtf.format(Math.round(seconds / 60), 'minute');
  if (abs < 86400) return rtf.format(Math.round(seconds / 3600), 'hour');
  if (abs < 86400 * 30) return rtf.format(Math.round(seconds / 86400), 'day');
  return formatDate(iso, locale);
}

/** The currency's ISO 4217 minor units (contract/currencies.ts); 2 for a code the table lacks, so a page still shows it. */
export function currencyExponent(currency: string): number {
  return isCurrencyCode(currency) ? isoExponent(currency) : 2;
}

/** An amount in minor units (cents) of a currency, e.g. 123456 USD → "$1,234.56", with the currency's ISO digits. */
export function formatMoney(amountMinor: number, currency: string, locale: string): string {
  if (isCurrencyCode(currency)) return formatIsoMoney(amountMinor, currency, locale);
  return new Intl.NumberFormat(locale, { style: 'currency', currency }).format(amountMinor / 100);
}

/** The currency's name in the language, e.g. EUR → "Euro". */
export function currencyName(code: string, locale: string): string {
  try {
    return new Intl.DisplayNames([locale], { type: 'currency' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** A language's own name, e.g. de → "Deutsch". */
export function languageName(code: string, inLocale: string = code): string {
  try {
    return new Intl.DisplayNames([inLocale], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}
