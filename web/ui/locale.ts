import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { formatCalendarDate, formatPercent, formatQuantity } from './billing-format.ts';
import { formatDate, formatDateTime, formatMoney, formatNumber } from './format.ts';

/** The language the interface is shown in (`de`, `ja`…), for Intl. */
export function useLocale(): string {
  const { i18n } = useTranslation();
  return i18n.resolvedLanguage ?? i18n.language ?? 'en';
}

/** The format functions bound to the interface's language, for text that must be a string (labels, titles). */
export function useFormatters() {
  const locale = useLocale();
  return useMemo(
    () => ({
      locale,
      money: (amountMinor: number, currency: string) => formatMoney(amountMinor, currency, locale),
      calendarDate: (date: string | null | undefined) => formatCalendarDate(date, locale),
      date: (iso: string | null | undefined) => formatDate(iso, locale),
      dateTime: (iso: string | null | undefined) => formatDateTime(iso, locale),
      number: (value: number) => formatNumber(value, locale),
      quantity: (value: number) => formatQuantity(value, locale),
      percent: (percent: number) => formatPercent(percent, locale),
    }),
    [locale],
  );
}
