/**
 * The rules of a price list's terms, checked on create and on every change against the list as it would
 * be stored. A list's rates are in its own currency by definition (a EUR list's rate of an item priced in
 * USD is the EUR price of that item), so a rate carries no currency.
 */
import { validationError } from '../../lib/app-error.ts';
import type { PriceListKind } from '../../db/order-tables.ts';

/** Markups go up to 1000 %, markdowns to 100 % (free). */
export const maxMarkupBasisPoints = 100_000;
export const maxMarkdownBasisPoints = 10_000;

export interface PriceListTerms {
  kind: PriceListKind;
  /** null: not given. */
  percent_basis_points: number | null;
  valid_from: string | null;
  valid_to: string | null;
}

/** Percent (12.5) → basis points (1250). */
export function percentToBasisPoints(percent: number): number {
  return Math.round(percent * 100);
}

/** Checks the terms and answers the basis points to store (0 for per-item lists). */
export function checkPriceListTerms(terms: PriceListTerms): number {
  if (terms.valid_from !== null && terms.valid_to !== null && terms.valid_to < terms.valid_from) {
    throw validationError('valid_to', 'invalid_value', 'cannot be before valid_from', { other: 'valid_from' });
  }
  if (terms.kind === 'per_item') {
    if (terms.percent_basis_points !== null && terms.percent_basis_points !== 0) throw validationError('percent', 'invalid_value', 'applies only to markup and markdown lists', { kind: terms.kind });
    return 0;
  }
  if (terms.percent_basis_points === null) throw validationError('percent', 'required', `is required for a ${terms.kind} list`, { kind: terms.kind });
  const maximum = terms.kind === 'markdown' ? maxMarkdownBasisPoints : maxMarkupBasisPoints;
  if (terms.percent_basis_points > maximum) throw validationError('percent', 'too_big', `cannot be more than ${maximum / 100} for a ${terms.kind} list`, { maximum: maximum / 100, kind: terms.kind });
  return terms.percent_basis_points;
}

/** Refuses the second rate of the same item from the same quantity, naming it. */
export function checkDistinctBreaks(rates: readonly { item_id: string; min_quantity_milli: number }[]): void {
  const seen = new Set<string>();
  rates.forEach((rate, index) => {
    const key = `${rate.item_id}\u0000${rate.min_quantity_milli}`;
    if (seen.has(key)) throw validationError(`rates.${index}.min_quantity`, 'duplicate', 'repeats a break of this item already in the list', { item_id: rate.item_id });
    seen.add(key);
  });
}
