/**
 * The lines of an order as the form holds them. They are the document lines of the billing forms
 * (line-state.ts) plus where the rate comes from: a line of a catalogue item is priced by the server
 * with the customer's price (its price list and quantity break, or the item's base rate) unless staff
 * type a rate of their own; a free-text line always needs one.
 */
import { formatDecimalInput } from '../../../ui/billing-format.ts';
import { currencyExponent } from '../../../ui/format.ts';
import { quantityFromMilli, quantityToMilli } from '../../../../contract/units.ts';
import type { DocumentAmounts } from '../../../../contract/document-totals.ts';
import { blankLine, parseLine, previewAmounts, toLineInputs, type LineDraft } from '../documents/line-state.ts';
import type { CatalogueItem, CatalogueTax } from '../documents/queries.ts';
import type { OrderLineInput, SalesOrderLine } from './queries.ts';

/** Where a saved line's rate came from, as the server answered it. */
export interface LinePricing {
  source: 'base' | 'price_list' | 'manual';
  price_list_name: string | null;
  /** The quantity from which the break applies, when a break did. */
  break_min: number | null;
}

export interface OrderLineDraft extends LineDraft {
  /** The rate was typed by staff (sent as `rate_minor`); otherwise the server prices an item's line. */
  manual_rate: boolean;
  /** How the server priced this line when it was saved (edit form), until staff change the item or rate. */
  pricing: LinePricing | null;
}

export function blankOrderLine(locale: string): OrderLineDraft {
  return { ...blankLine(locale), manual_rate: false, pricing: null };
}

/**
 * A line after picking an item: its name, unit, description and tax, and the customer's price left to the
 * server. The rate field shows the item's base rate when it is in the customer's currency (the price unless
 * a price list says otherwise), only as a preview.
 */
export function orderLineFromItem(line: OrderLineDraft, item: CatalogueItem, currency: string, locale: string): OrderLineDraft {
  return {
    ...line,
    item_id: item.id,
    name: item.name,
    description: item.description ?? '',
    unit: item.unit ?? '',
    rate: item.currency === currency ? formatDecimalInput(item.rate_minor, currencyExponent(currency), locale) : '',
    tax_id: item.tax_id ?? '',
    manual_rate: false,
    pricing: null,
  };
}

/** A saved line as the edit form shows it: a rate staff typed stays theirs, any other is the customer's price. */
export function orderLineFromSaved(line: SalesOrderLine, currency: string, locale: string): OrderLineDraft {
  const discount =
    line.discount_type === 'percent'
      ? formatDecimalInput(Math.round((line.discount_percent ?? 0) * 100), 2, locale, true)
      : line.discount_type === 'amount'
        ? formatDecimalInput(line.discount_amount_minor ?? 0, currencyExponent(currency), locale)
        : '';
  return {
    ...blankLine(locale),
    item_id: line.item_id,
    name: line.name,
    description: line.description ?? '',
    unit: line.unit ?? '',
    quantity: formatDecimalInput(quantityToMilli(line.quantity), 3, locale, true),
    rate: formatDecimalInput(line.rate_minor, currencyExponent(currency), locale),
    discount_type: line.discount_type ?? 'none',
    discount,
    tax_id: line.tax_id ?? '',
    manual_rate: line.item_id === null || line.price_source === 'manual',
    pricing: { source: line.price_source, price_list_name: line.price_list_name, break_min: line.price_break_min_quantity },
  };
}

/** Whether the server sets this line's rate (an item's line whose rate staff did not type). */
export function pricedByServer(line: OrderLineDraft): boolean {
  return line.item_id !== null && !line.manual_rate;
}

/** The rate field after staff typed in it: their rate from now on. */
export function withTypedRate(line: OrderLineDraft, rate: string): Partial<OrderLineDraft> {
  return { rate, manual_rate: true, pricing: null };
}

/** Back to the customer's price for an item's line. */
export function withCustomerPrice(line: OrderLineDraft, item: CatalogueItem | undefined, currency: string, locale: string): Partial<OrderLineDraft> {
  const rate = item && item.currency === currency ? formatDecimalInput(item.rate_minor, currencyExponent(currency), locale) : '';
  return { rate, manual_rate: false, pricing: null };
}

/** The rate the live preview uses: what the field shows, or nothing yet for a line the server prices. */
function forPreview(line: OrderLineDraft, currency: string, locale: string): OrderLineDraft {
  if (pricedByServer(line) && !parseLine(line, currency, locale).rate.ok) return { ...line, rate: '0' };
  return line;
}

/** The live totals; a line the server prices counts with the rate its field shows. */
export function previewOrderAmounts(lines: OrderLineDraft[], taxes: CatalogueTax[], currency: string, locale: string): DocumentAmounts | undefined {
  return previewAmounts(
    lines.map((line) => forPreview(line, currency, locale)),
    taxes,
    currency,
    locale,
  );
}

/** Whether some line's rate is left to the server and not known here yet (the preview may differ). */
export function hasServerPricedLines(lines: OrderLineDraft[]): boolean {
  return lines.some(pricedByServer);
}

/**
 * The lines for the API, or undefined while one of them can't be read. A line the server prices is sent
 * without `rate_minor`.
 */
export function toOrderLineInputs(lines: OrderLineDraft[], currency: string, locale: string): OrderLineInput[] | undefined {
  const readable = lines.map((line) => forPreview(line, currency, locale));
  const inputs = toLineInputs(readable, currency, locale);
  if (!inputs) return undefined;
  // An order line takes its unit from the item: the API has no unit field for it.
  return inputs.map(({ unit: _unit, rate_minor, ...input }, index) => {
    const line = lines[index];
    return line && pricedByServer(line) ? input : { ...input, rate_minor };
  });
}

/** The quantity a line asks for (as the API's number), or undefined while it can't be read. */
export function lineQuantity(line: OrderLineDraft, locale: string): number | undefined {
  const parsed = parseLine(line, 'USD', locale).quantity;
  return parsed.ok && parsed.value > 0 ? quantityFromMilli(parsed.value) : undefined;
}

/** A customer's unit price as the server answers it (the price list preview, or the item's base rate). */
export interface KnownPrice {
  rate_minor: number;
  source: 'base' | 'price_list';
  price_list_name: string | null;
  break_min_quantity: number | null;
}

/**
 * The lines with the customer's price filled in where the server prices them and the price is known:
 * the rate field shows it and the line says which list and break gave it. Undefined when nothing changes.
 */
export function withKnownPrices(lines: OrderLineDraft[], priceOf: (line: OrderLineDraft) => KnownPrice | undefined, currency: string, locale: string): OrderLineDraft[] | undefined {
  let changed = false;
  const next = lines.map((line) => {
    if (!pricedByServer(line)) return line;
    const price = priceOf(line);
    if (!price) return line;
    const rate = formatDecimalInput(price.rate_minor, currencyExponent(currency), locale);
    const pricing: LinePricing = { source: price.source, price_list_name: price.price_list_name, break_min: price.break_min_quantity };
    const same = line.rate === rate && line.pricing?.source === pricing.source && line.pricing.price_list_name === pricing.price_list_name && line.pricing.break_min === pricing.break_min;
    if (same) return line;
    changed = true;
    return { ...line, rate, pricing };
  });
  return changed ? next : undefined;
}

/** The lines with one line changed (an updater keeps quick successive edits). */
export function updateOrderLine(lines: OrderLineDraft[], key: string, patch: Partial<Omit<OrderLineDraft, 'key'>>): OrderLineDraft[] {
  return lines.map((line) => (line.key === key ? { ...line, ...patch } : line));
}

/** The lines without one; the last line stays, an order needs one. */
export function removeOrderLine(lines: OrderLineDraft[], key: string): OrderLineDraft[] {
  return lines.length > 1 ? lines.filter((line) => line.key !== key) : lines;
}
