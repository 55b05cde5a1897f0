/**
 * The tax and number-series forms: what the fields hold, the schemas that check them before sending
 * and the bodies the API takes. A rate is read with the interface language's separators.
 */
import { percentFromMillipercent, percentToMillipercent } from '../../../../contract/units.ts';
import type { TFunction } from 'i18next';
import { z } from 'zod';
import { formatDecimalInput, parseDecimal } from '../../../ui/billing-format.ts';
import { decimalInputError } from '../../lib/decimal-input.ts';
import type { NumberSeries, NumberSeriesUpdate, Tax, TaxBody } from './queries.ts';

/** Rates have up to three decimals (8.875 %) and are at most 100 %, counted in thousandths of a percent. */
const ratePlaces = 3;
const maxRateMillipercent = 100_000;

export interface TaxValues {
  name: string;
  rate: string;
}

export function taxValues(tax: Tax | undefined, locale: string): TaxValues {
  return tax ? { name: tax.name, rate: formatDecimalInput(percentToMillipercent(tax.rate_percent), ratePlaces, locale, true) } : { name: '', rate: '' };
}

/** Checks the fields and answers the API's body: "8,875" (de) → `{ rate_percent: 8.875 }`. */
export function taxSchema(locale: string, t: TFunction) {
  return z
    .object({ name: z.string().trim().min(1, 'common.required'), rate: z.string() })
    .superRefine((values, ctx) => {
      const parsed = parseDecimal(values.rate, ratePlaces, locale);
      const message = decimalInputError(parsed, ratePlaces, t) ?? (parsed.ok && parsed.value > maxRateMillipercent ? t('taxes.rateTooHigh') : undefined);
      if (message) ctx.addIssue({ code: 'custom', path: ['rate'], message });
    })
    .transform((values): TaxBody => {
      const parsed = parseDecimal(values.rate, ratePlaces, locale);
      return { name: values.name, rate_percent: percentFromMillipercent(parsed.ok ? parsed.value : 0) };
    });
}

/** The form's field for a field the server named. */
export const taxFieldName = (field: string): string => (field === 'rate_percent' ? 'rate' : field);

export interface NumberSeriesValues {
  prefix: string;
  next: string;
}

export function numberSeriesValues(series: NumberSeries): NumberSeriesValues {
  return { prefix: series.prefix, next: String(series.next_number) };
}

/** A whole number from 1 with at most nine digits, or nothing. */
export function nextNumber(text: string): number | undefined {
  const trimmed = text.trim();
  if (!/^\d{1,9}$/.test(trimmed)) return undefined;
  const value = Number(trimmed);
  return value >= 1 ? value : undefined;
}

/** What the next document's number will look like: "INV-" and 42 with padding 6 → "INV-000042"; "—" while the number is wrong. */
export function seriesExample(values: NumberSeriesValues, padding: number): string {
  const next = nextNumber(values.next);
  return next === undefined ? '—' : `${values.prefix.trim()}${String(next).padStart(padding, '0')}`;
}

export const numberSeriesSchema = z
  .object({ prefix: z.string(), next: z.string().refine((text) => nextNumber(text) !== undefined, 'series.nextInvalid') })
  .transform((values): NumberSeriesUpdate => ({ prefix: values.prefix.trim(), next_number: nextNumber(values.next) ?? 1 }));

export const numberSeriesFieldName = (field: string): string => (field === 'next_number' ? 'next' : field);
