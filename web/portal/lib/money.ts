import { formatMoney } from '../../ui/format.ts';
import { currentLanguage } from './i18n.ts';

/** An amount in minor units of its currency, as the contact's language writes it. */
export function money(amountMinor: number, currency: string): string {
  return formatMoney(amountMinor, currency, currentLanguage());
}

/** A calendar date (YYYY-MM-DD) in the contact's language, never shifted by the time zone. */
export function calendarDate(date: string | null | undefined): string {
  if (!date) return '';
  const at = new Date(`${date.slice(0, 10)}T00:00:00Z`);
  if (Number.isNaN(at.getTime())) return date;
  return new Intl.DateTimeFormat(currentLanguage(), { dateStyle: 'medium', timeZone: 'UTC' }).format(at);
}

/** A quantity (up to three decimals) in the contact's language. */
export function quantity(value: number): string {
  return new Intl.NumberFormat(currentLanguage(), { maximumFractionDigits: 3 }).format(value);
}

/** 19.5 → "19.5 %" as the language writes percentages. */
export function percent(value: number): string {
  return new Intl.NumberFormat(currentLanguage(), { style: 'percent', maximumFractionDigits: 3 }).format(value / 100);
}
