/** How a price list reads in a table: its rule ("12.5 % markup") and its validity ("1 Jan – 31 Mar"). */
import type { TFunction } from 'i18next';
import { formatCalendarDate, formatPercent } from '../../../ui/billing-format.ts';
import type { PriceListKind } from './price-list-form.ts';

export function priceListRule(t: TFunction, list: { kind: PriceListKind; percent: number }, locale: string): string {
  if (list.kind === 'per_item') return t('priceLists.kinds.per_item');
  return t(`priceLists.rule.${list.kind}`, { percent: formatPercent(list.percent, locale) });
}

export function priceListValidity(t: TFunction, list: { valid_from: string | null; valid_to: string | null }, locale: string): string {
  const from = formatCalendarDate(list.valid_from, locale);
  const to = formatCalendarDate(list.valid_to, locale);
  if (from && to) return t('priceLists.validity.between', { from, to });
  if (from) return t('priceLists.validity.from', { from });
  if (to) return t('priceLists.validity.until', { to });
  return t('priceLists.validity.always');
}

export type PriceListState = 'active' | 'scheduled' | 'expired' | 'archived';

/** Whether the list prices anything today (`today` YYYY-MM-DD in the organization's calendar). */
export function priceListState(list: { archived: boolean; valid_from: string | null; valid_to: string | null }, today: string): PriceListState {
  if (list.archived) return 'archived';
  if (list.valid_from && today < list.valid_from) return 'scheduled';
  if (list.valid_to && today > list.valid_to) return 'expired';
  return 'active';
}
