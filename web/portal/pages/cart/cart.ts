/**
 * The cart's rules, without I/O: line and order totals (the same rounding as the order the server
 * makes), the order's body with the prices the customer saw, what a refused order says about prices
 * and stock, and what a reorder could not copy as it was.
 */
import { computeLineAmounts } from '../../../../contract/document-totals.ts';
import { isApiError } from '../../../ui/api/errors.ts';
import { isRetryableFailure, newIdempotencyKey } from '../pay/payment-submit.ts';
import type { PriceBreak } from '../catalog/queries.ts';
import type { Cart, CartLine, OrderLineInput, PlaceOrderBody } from './queries.ts';

function toMilli(quantity: number): number {
  return Math.round(quantity * 1000);
}

/** quantity × unit price, rounded half away from zero once (contract/document-totals.ts). */
export function lineTotalMinor(line: Pick<CartLine, 'quantity' | 'unit_price_minor'>): number {
  return computeLineAmounts({ quantity_milli: toMilli(line.quantity), rate_minor: line.unit_price_minor, discount_type: null, discount_value: 0, tax_rate_millipercent: 0 }).total_minor;
}

export interface CartTotals {
  /** Per line, in the cart's order. */
  lines: number[];
  subtotal_minor: number;
  /** How many lines (what the navigation's badge counts). */
  line_count: number;
}

export function cartTotals(lines: readonly Pick<CartLine, 'quantity' | 'unit_price_minor'>[]): CartTotals {
  const totals = lines.map(lineTotalMinor);
  return { lines: totals, subtotal_minor: totals.reduce((sum, total) => sum + total, 0), line_count: lines.length };
}

/** The next quantity break above the line's quantity with a lower unit price, if any. */
export function nextBreak(line: Pick<CartLine, 'quantity' | 'unit_price_minor' | 'price_breaks'>): PriceBreak | null {
  const above = line.price_breaks.filter((entry) => toMilli(entry.min_quantity) > toMilli(line.quantity) && entry.rate_minor < line.unit_price_minor);
  return above.sort((a, b) => a.min_quantity - b.min_quantity)[0] ?? null;
}

/** What is in the cart of an item plus `added`, exact to the thousandth. */
export function addedQuantity(cart: Cart | undefined, itemId: string, added: number): number {
  const current = cart?.lines.find((line) => line.item_id === itemId)?.quantity ?? 0;
  return (toMilli(current) + toMilli(added)) / 1000;
}

export interface OrderFormValues {
  shipping_address_id: string;
  po_number: string;
  notes: string;
}

/**
 * The order of the cart's lines with the unit price each showed (or the new one the customer has just
 * confirmed), so the server refuses it when a price changed in the meantime.
 */
export function orderBody(cart: Cart, form: OrderFormValues, confirmedPrices: ReadonlyMap<string, number> = new Map()): PlaceOrderBody {
  const lines: OrderLineInput[] = cart.lines.map((line) => ({
    item_id: line.item_id,
    quantity: line.quantity,
    expected_unit_price_minor: confirmedPrices.get(line.item_id) ?? line.unit_price_minor,
  }));
  const text = (value: string) => (value.trim() === '' ? null : value.trim());
  return { lines, shipping_address_id: form.shipping_address_id || null, po_number: text(form.po_number), notes: text(form.notes) };
}

function records(details: unknown, ...keys: string[]): Record<string, unknown>[] {
  if (Array.isArray(details)) return details.filter((entry): entry is Record<string, unknown> => typeof entry === 'object' && entry !== null);
  if (typeof details !== 'object' || details === null) return [];
  for (const key of keys) {
    const inner = (details as Record<string, unknown>)[key];
    if (Array.isArray(inner)) return records(inner);
  }
  return [details as Record<string, unknown>];
}

const num = (value: unknown): number | null => (typeof value === 'number' && Number.isFinite(value) ? value : null);
const str = (value: unknown): string | null => (typeof value === 'string' ? value : null);

export interface PriceDifference {
  item_id: string;
  name: string;
  quantity: number | null;
  old_unit_price_minor: number;
  new_unit_price_minor: number;
}

/** The differences a 409 PRICES_CHANGED lists, each named as the cart names the item. */
export function priceDifferences(error: unknown, cart: Cart | undefined): PriceDifference[] {
  if (!isApiError(error, 'PRICES_CHANGED')) return [];
  return records(error.details, 'differences', 'lines', 'items').flatMap((entry) => {
    const itemId = str(entry.item_id);
    const before = num(entry.expected_unit_price_minor);
    const after = num(entry.unit_price_minor);
    if (!itemId || before === null || after === null) return [];
    const line = cart?.lines.find((candidate) => candidate.item_id === itemId);
    return [{ item_id: itemId, name: str(entry.name) ?? line?.name ?? itemId, quantity: num(entry.quantity) ?? line?.quantity ?? null, old_unit_price_minor: before, new_unit_price_minor: after }];
  });
}

/** The new prices the customer confirmed, by item. */
export function confirmedPricesOf(differences: readonly PriceDifference[]): Map<string, number> {
  return new Map(differences.map((difference) => [difference.item_id, difference.new_unit_price_minor]));
}

export interface StockShortage {
  item_id: string;
  name: string;
  requested: number | null;
  available: number;
}

/** The lines a 409 INSUFFICIENT_STOCK names as short, with what is available now. */
export function stockShortages(error: unknown, cart: Cart | undefined): StockShortage[] {
  if (!isApiError(error, 'INSUFFICIENT_STOCK')) return [];
  return records(error.details, 'shortages', 'lines', 'items').flatMap((entry) => {
    const itemId = str(entry.item_id);
    const available = num(entry.available);
    if (!itemId || available === null) return [];
    const line = cart?.lines.find((candidate) => candidate.item_id === itemId);
    return [{ item_id: itemId, name: str(entry.name) ?? line?.name ?? itemId, requested: num(entry.requested) ?? line?.quantity ?? null, available: Math.max(0, available) }];
  });
}

/** The cart's lines with the availability a refusal reported, so the page shows it at once. */
export function withShortages(cart: Cart, shortages: readonly StockShortage[]): Cart {
  if (shortages.length === 0) return cart;
  const available = new Map(shortages.map((shortage) => [shortage.item_id, shortage.available]));
  return { ...cart, lines: cart.lines.map((line) => (available.has(line.item_id) ? { ...line, available: available.get(line.item_id) ?? 0 } : line)) };
}

/** What a reorder could not copy as it was: an item no longer sold, a new price, less stock. */
export type ReorderDifference =
  | { kind: 'unavailable'; item_id: string | null; name: string }
  | { kind: 'price_changed'; item_id: string; name: string; old_unit_price_minor: number; new_unit_price_minor: number }
  | { kind: 'short_stock'; item_id: string; name: string; requested: number; available: number };

export interface ReorderAnswer {
  cart: Cart;
  unavailable: { item_id: string | null; name: string }[];
  price_changed: { item_id: string; name: string; old_unit_price_minor: number; new_unit_price_minor: number }[];
  short_stock: { item_id: string; name: string; requested: number; available: number }[];
}

export function reorderDifferences(answer: Pick<ReorderAnswer, 'unavailable' | 'price_changed' | 'short_stock'>): ReorderDifference[] {
  return [
    ...answer.unavailable.map((line) => ({ kind: 'unavailable' as const, ...line })),
    ...answer.price_changed.map((line) => ({ kind: 'price_changed' as const, ...line })),
    ...answer.short_stock.map((line) => ({ kind: 'short_stock' as const, ...line })),
  ];
}

/**
 * Sends an order under an Idempotency-Key: a new key for each attempt, the same one when the very same
 * order is sent again after a lost connection or a server failure (the server then answers the first
 * result, or places it once). Any settled answer, or a change of the order, ends the attempt.
 */
export class OrderSubmission<Result> {
  private pending: { fingerprint: string; key: string } | null = null;

  constructor(
    private readonly send: (body: PlaceOrderBody, key: string) => Promise<Result>,
    private readonly makeKey: () => string = newIdempotencyKey,
  ) {}

  async submit(body: PlaceOrderBody): Promise<Result> {
    const fingerprint = JSON.stringify(body);
    if (this.pending?.fingerprint !== fingerprint) this.pending = { fingerprint, key: this.makeKey() };
    const { key } = this.pending;
    try {
      const result = await this.send(body, key);
      this.pending = null;
      return result;
    } catch (error) {
      if (!isRetryableFailure(error)) this.pending = null;
      throw error;
    }
  }
}
