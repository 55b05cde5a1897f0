import { formatCalendarDate, formatPercent, formatQuantity } from '../../ui/billing-format.ts';
import { formatMoney } from '../../ui/format.ts';
import { currentLanguage } from './i18n.ts';

/** An amount in minor units of its currency, as the contact's language writes it. */
export function money(amountMinor: number, currency: string): string {
  return formatMoney(amountMinor, currency, currentLanguage());
}

/** A calendar date (YYYY-MM-DD) in the contact's language, never shifted by the time zone. */
export function calendarDate(date: string | null | undefined): string {
  return formatCalendarDate(date, currentLanguage());
}

/** A quantity (up to three decimals) in the contact's language. */
export function quantity(value: number): string {
  return formatQuantity(value, currentLanguage());
}

/** 19.5 → "19.5 %" as the language writes percentages. */
export function percent(value: number): string {
  return formatPercent(value, currentLanguage());
}
