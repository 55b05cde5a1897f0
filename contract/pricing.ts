import { divideRoundHalfAwayFromZero } from './document-totals.ts';

/**
 * The unit price a customer pays for an item. One function prices the catalogue, the cart, the order and
 * the invoice made from an order (which copies the order line's rate), so they agree to the minor unit.
 *
 * A customer may be assigned one price list. The list applies when it is not archived, today lies within
 * its validity (valid_from ≤ today ≤ valid_to, either end open when null) and its currency is the
 * customer's. Then, in order:
 * 1. the list has rates for the item: the rate of the greatest break (min_quantity_milli) ≤ the quantity;
 *    below the smallest break the rules below apply;
 * 2. a markup or markdown list and an item priced in the list's currency: the base rate ± the percentage,
 *    rounded half away from zero per unit;
 * 3. an item priced in the customer's currency: its base rate;
 * 4. otherwise the item is not sold to this customer (null): its currency differs and no list rate applies.
 */

export type PriceListKind = 'markup' | 'markdown' | 'per_item';

export interface PriceBreak {
  /** From this quantity (thousandths) up to the next break. */
  min_quantity_milli: number;
  rate_minor: number;
}

export interface PriceListRule {
  id: string;
  name: string;
  currency: string;
  kind: PriceListKind;
  /** Markup or markdown in basis points (1250 = 12.5 %); 0 for per-item lists. */
  percent_basis_points: number;
  /** YYYY-MM-DD or null (open). */
  valid_from: string | null;
  /** YYYY-MM-DD or null (open); the list applies on this day too. */
  valid_to: string | null;
  archived: boolean;
  /** The list's rates, of any items (only the item's own are used). */
  rates: readonly { item_id: string; min_quantity_milli: number; rate_minor: number }[];
}

export interface PricedItem {
  id: string;
  /** The item's base rate, in its own currency. */
  rate_minor: number;
  currency: string;
}

export interface UnitPrice {
  rate_minor: number;
  currency: string;
  source: 'base' | 'price_list';
  price_list_id: string | null;
  price_list_name: string | null;
  /** The break that priced this quantity; null when no list rate did. */
  break_min_milli: number | null;
  /** The list's breaks of this item, smallest first (empty when the list does not apply or has none). */
  breaks: readonly PriceBreak[];
}

/** Whether the list prices this customer's purchases today. */
export function priceListApplies(list: PriceListRule, customerCurrency: string, today: string): boolean {
  if (list.archived) return false;
  if (list.currency !== customerCurrency) return false;
  if (list.valid_from !== null && today < list.valid_from) return false;
  if (list.valid_to !== null && today > list.valid_to) return false;
  return true;
}

/** The break for a quantity: the greatest min_quantity_milli ≤ quantity, or null below the smallest. */
export function breakFor(breaks: readonly PriceBreak[], quantityMilli: number): PriceBreak | null {
  let chosen: PriceBreak | null = null;
  for (const b of breaks) {
    if (b.min_quantity_milli <= quantityMilli && (chosen === null || b.min_quantity_milli > chosen.min_quantity_milli)) chosen = b;
  }
  return chosen;
}

/** The base rate raised (markup) or lowered (markdown) by basis points, half away from zero per unit. */
export function adjustedRate(baseMinor: number, kind: 'markup' | 'markdown', basisPoints: number): number {
  const factor = BigInt(kind === 'markup' ? 10_000 + basisPoints : 10_000 - basisPoints);
  return Number(divideRoundHalfAwayFromZero(BigInt(baseMinor) * factor, 10_000n));
}

export function unitPriceFor(item: PricedItem, quantityMilli: number, customerCurrency: string, list: PriceListRule | null, today: string): UnitPrice | null {
  const applicable = list !== null && priceListApplies(list, customerCurrency, today) ? list : null;
  if (applicable !== null) {
    const breaks = applicable.rates
      .filter((r) => r.item_id === item.id)
      .map((r) => ({ min_quantity_milli: r.min_quantity_milli, rate_minor: r.rate_minor }))
      .sort((a, b) => a.min_quantity_milli - b.min_quantity_milli);
    const fromList = { currency: applicable.currency, source: 'price_list' as const, price_list_id: applicable.id, price_list_name: applicable.name, breaks };
    const chosen = breakFor(breaks, quantityMilli);
    if (chosen !== null) return { ...fromList, rate_minor: chosen.rate_minor, break_min_milli: chosen.min_quantity_milli };
    if (applicable.kind !== 'per_item' && item.currency === applicable.currency) {
      return { ...fromList, rate_minor: adjustedRate(item.rate_minor, applicable.kind, applicable.percent_basis_points), break_min_milli: null };
    }
    if (item.currency === customerCurrency) {
      return { rate_minor: item.rate_minor, currency: item.currency, source: 'base', price_list_id: null, price_list_name: null, break_min_milli: null, breaks };
    }
    return null;
  }
  if (item.currency === customerCurrency) {
    return { rate_minor: item.rate_minor, currency: item.currency, source: 'base', price_list_id: null, price_list_name: null, break_min_milli: null, breaks: [] };
  }
  return null;
}
