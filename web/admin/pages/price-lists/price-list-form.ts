/**
 * The price list form: what the fields hold, the schema that checks them before sending and the body
 * the API takes. A list raises (markup) or lowers (markdown) every base rate by a percentage, or gives
 * rates per item; any list may carry rates per item with quantity breaks ("from 10 units: 9.00"),
 * typed in the list's currency in the interface's language. Percentages have up to two decimals.
 */
import type { TFunction } from 'i18next';
import { z } from 'zod';
import { commonCurrencies } from '../../../../contract/money.ts';
import { quantityFromMilli, quantityToMilli } from '../../../../contract/units.ts';
import { formatDecimalInput, formatMoneyInput, parseDecimal, parseMoneyInput } from '../../../ui/billing-format.ts';
import { currencyExponent } from '../../../ui/format.ts';
import { decimalInputError } from '../../lib/decimal-input.ts';

export const priceListKinds = ['markup', 'markdown', 'per_item'] as const;
export type PriceListKind = (typeof priceListKinds)[number];

const percentPlaces = 2;
const quantityPlaces = 3;
/** A markdown takes at most everything off; a markup at most multiplies the rate by eleven (in hundredths of a percent). */
const maxMarkdown = 10_000;
const maxMarkup = 100_000;
export const maxRates = 1000;

export interface RateRow {
  item_id: string;
  min_quantity: string;
  rate: string;
}

export interface PriceListValues {
  name: string;
  description: string;
  currency: string;
  kind: PriceListKind;
  percent: string;
  valid_from: string;
  valid_to: string;
  rates: RateRow[];
}

/** The body of a create or an edit. */
export interface PriceListRequest {
  name: string;
  description: string | null;
  currency: string;
  kind: PriceListKind;
  /** For markup and markdown, in percent (12.5); null for a per-item list. */
  percent: number | null;
  valid_from: string | null;
  valid_to: string | null;
  rates: { item_id: string; min_quantity: number; rate_minor: number }[];
}

/** A saved list as the form starts from it. */
export interface SavedPriceList {
  name: string;
  description: string | null;
  currency: string;
  kind: PriceListKind;
  percent: number;
  valid_from: string | null;
  valid_to: string | null;
  rates: readonly { item_id: string; min_quantity: number; rate_minor: number }[];
}

/** A new break: from one unit, item and rate still to fill in. */
export function emptyRate(itemId = ''): RateRow {
  return { item_id: itemId, min_quantity: '1', rate: '' };
}

export function priceListValues(list: SavedPriceList | undefined, locale: string, defaultCurrency = 'USD'): PriceListValues {
  if (!list) return { name: '', description: '', currency: defaultCurrency, kind: 'per_item', percent: '', valid_from: '', valid_to: '', rates: [] };
  return {
    name: list.name,
    description: list.description ?? '',
    currency: list.currency,
    kind: list.kind,
    percent: list.kind === 'per_item' ? '' : formatDecimalInput(Math.round(list.percent * 100), percentPlaces, locale, true),
    valid_from: list.valid_from ?? '',
    valid_to: list.valid_to ?? '',
    rates: list.rates.map((rate) => ({
      item_id: rate.item_id,
      min_quantity: formatDecimalInput(quantityToMilli(rate.min_quantity), quantityPlaces, locale, true),
      rate: formatMoneyInput(rate.rate_minor, list.currency, locale),
    })),
  };
}

/** The currencies offered: the common ones, and the list's own if it is another. */
export function priceListCurrencies(current: string): string[] {
  return [...new Set<string>([...commonCurrencies, current])];
}

const blank = (value: string): string | null => (value.trim() === '' ? null : value.trim());

export function priceListSchema(locale: string, t: TFunction) {
  return z
    .object({
      name: z.string().trim().min(1, 'common.required').max(200, 'priceLists.errors.nameTooLong'),
      description: z.string().max(2000, 'priceLists.errors.descriptionTooLong'),
      currency: z.string().min(3, 'common.required'),
      kind: z.enum(priceListKinds),
      percent: z.string(),
      valid_from: z.string(),
      valid_to: z.string(),
      rates: z.array(z.object({ item_id: z.string(), min_quantity: z.string(), rate: z.string() })).max(maxRates, 'priceLists.errors.tooManyRates'),
    })
    .superRefine((values, ctx) => {
      if (values.kind !== 'per_item') {
        const parsed = parseDecimal(values.percent, percentPlaces, locale);
        const max = values.kind === 'markdown' ? maxMarkdown : maxMarkup;
        const message =
          decimalInputError(parsed, percentPlaces, t) ??
          (parsed.ok && parsed.value === 0 ? t('priceLists.errors.percentPositive') : parsed.ok && parsed.value > max ? t('priceLists.errors.percentTooHigh', { max: max / 100 }) : undefined);
        if (message) ctx.addIssue({ code: 'custom', path: ['percent'], message });
      } else if (values.rates.length === 0) {
        ctx.addIssue({ code: 'custom', path: ['rates'], message: t('priceLists.errors.perItemNeedsRates') });
      }
      if (values.valid_from && values.valid_to && values.valid_to < values.valid_from) {
        ctx.addIssue({ code: 'custom', path: ['valid_to'], message: t('priceLists.errors.endsBeforeStart') });
      }
      const seen = new Set<string>();
      values.rates.forEach((row, index) => {
        if (!row.item_id) ctx.addIssue({ code: 'custom', path: ['rates', index, 'item_id'], message: t('lines.errors.required') });
        const quantity = parseDecimal(row.min_quantity, quantityPlaces, locale);
        const quantityMessage = decimalInputError(quantity, quantityPlaces, t);
        if (quantityMessage) ctx.addIssue({ code: 'custom', path: ['rates', index, 'min_quantity'], message: quantityMessage });
        const rateMessage = decimalInputError(parseMoneyInput(row.rate, values.currency, locale), currencyExponent(values.currency), t);
        if (rateMessage) ctx.addIssue({ code: 'custom', path: ['rates', index, 'rate'], message: rateMessage });
        if (row.item_id && quantity.ok) {
          const key = `${row.item_id}@${quantity.value}`;
          if (seen.has(key)) ctx.addIssue({ code: 'custom', path: ['rates', index, 'min_quantity'], message: t('priceLists.errors.duplicateBreak') });
          seen.add(key);
        }
      });
    })
    .transform((values): PriceListRequest => {
      const percent = parseDecimal(values.percent, percentPlaces, locale);
      return {
        name: values.name,
        description: blank(values.description),
        currency: values.currency,
        kind: values.kind,
        percent: values.kind === 'per_item' ? null : percent.ok ? percent.value / 100 : 0,
        valid_from: values.valid_from || null,
        valid_to: values.valid_to || null,
        rates: values.rates.map((row) => {
          const quantity = parseDecimal(row.min_quantity, quantityPlaces, locale);
          const rate = parseMoneyInput(row.rate, values.currency, locale);
          return { item_id: row.item_id, min_quantity: quantityFromMilli(quantity.ok ? quantity.value : 0), rate_minor: rate.ok ? rate.value : 0 };
        }),
      };
    });
}

/** The form's field for a field the server named (`rates.2.rate_minor` → `rates.2.rate`). */
export function priceListFieldName(field: string): string {
  return field.replace(/^rates\.(\d+)\.rate_minor$/, 'rates.$1.rate');
}
