/**
 * The item form: what the fields hold, the schema that checks them before sending and the body the API
 * takes. The rate is money typed in the interface's language ("1.234,50" in German), read into minor
 * units of the item's currency without floating point. A category groups items in the portal's catalogue;
 * the flags say whether contacts may order the item there, whether its stock is counted, and whether it
 * may be ordered beyond what is available.
 */
import type { TFunction } from 'i18next';
import { z } from 'zod';
import { commonCurrencies } from '../../../../contract/money.ts';
import { formatMoneyInput, parseMoneyInput } from '../../../ui/billing-format.ts';
import { currencyExponent } from '../../../ui/format.ts';
import { decimalInputError } from '../../lib/decimal-input.ts';
import type { Item, ItemBody } from './queries.ts';

export interface ItemValues {
  name: string;
  sku: string;
  unit: string;
  description: string;
  currency: string;
  rate: string;
  tax_id: string;
  category: string;
  sellable_in_portal: boolean;
  allow_backorders: boolean;
  track_stock: boolean;
}

export function itemValues(item: Item | undefined, locale: string): ItemValues {
  return {
    name: item?.name ?? '',
    sku: item?.sku ?? '',
    unit: item?.unit ?? '',
    description: item?.description ?? '',
    currency: item?.currency ?? 'USD',
    rate: item ? formatMoneyInput(item.rate_minor, item.currency, locale) : '',
    tax_id: item?.tax_id ?? '',
    category: item?.category ?? '',
    sellable_in_portal: item?.sellable_in_portal ?? false,
    allow_backorders: item?.allow_backorders ?? false,
    track_stock: item?.track_stock ?? false,
  };
}

/** The currencies offered: the common ones, and the item's own if it is another. */
export function currencyChoices(current: string): string[] {
  return [...new Set<string>([...commonCurrencies, current])];
}

const blank = (value: string): string | null => (value.trim() === '' ? null : value.trim());

/** Checks the fields and answers the API's body: "120.00" EUR → `{ rate_minor: 12000, currency: 'EUR' }`. */
export function itemSchema(locale: string, t: TFunction) {
  return z
    .object({
      name: z.string().trim().min(1, 'lines.errors.required'),
      sku: z.string(),
      unit: z.string(),
      description: z.string(),
      currency: z.string(),
      rate: z.string(),
      tax_id: z.string(),
      category: z.string().max(100, 'items.categoryTooLong'),
      sellable_in_portal: z.boolean(),
      allow_backorders: z.boolean(),
      track_stock: z.boolean(),
    })
    .superRefine((values, ctx) => {
      const message = decimalInputError(parseMoneyInput(values.rate, values.currency, locale), currencyExponent(values.currency), t);
      if (message) ctx.addIssue({ code: 'custom', path: ['rate'], message });
    })
    .transform((values): ItemBody => {
      const rate = parseMoneyInput(values.rate, values.currency, locale);
      return {
        name: values.name,
        sku: blank(values.sku),
        unit: blank(values.unit),
        description: blank(values.description),
        rate_minor: rate.ok ? rate.value : 0,
        currency: values.currency,
        tax_id: values.tax_id || null,
        category: blank(values.category),
        sellable_in_portal: values.sellable_in_portal,
        allow_backorders: values.allow_backorders,
        track_stock: values.track_stock,
      };
    });
}

/** The form's field for a field the server named. */
export const itemFieldName = (field: string): string => (field === 'rate_minor' ? 'rate' : field);
