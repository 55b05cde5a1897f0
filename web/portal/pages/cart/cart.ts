/**
 * The cart's rules, without I/O: what may be added, the order's body with the prices the customer saw,
 * what a refused order says about prices and stock, and which lines cannot be ordered as they are.
 */
import { isApiError } from '../../../ui/api/errors.ts';
import { exceedsStock } from '../catalog/availability.ts';
import { isRetryableFailure, newIdempotencyKey } from '../pay/payment-submit.ts';
import type { Cart, CartLine, OrderLineInput, PlaceOrderBody } from './queries.ts';

function toMilli(quantity: number): number {
  return Math.round(quantity * 1000);
}

/** What is in the cart of an item plus `added`, exact to the thousandth. */
export function addedQuantity(cart: Cart | undefined, itemId: string, added: number): number {
  const current = cart?.lines.find((line) => line.item_id === itemId)?.quantity ?? 0;
  return (toMilli(current) + toMilli(added)) / 1000;
}

/** Why a line cannot be ordered as it is: the item is no longer sold to the customer, or less is available than it asks. */
export function lineProblem(line: CartLine): 'unavailable' | 'short_stock' | null {
  if (line.issue === 'unavailable' || line.unit_price_minor === null) return 'unavailable';
  // The stream may have lowered the availability since the cart was read.
  if (line.issue === 'short_stock' || exceedsStock(line, line.quantity)) return 'short_stock';
  return null;
}

/** The lines an order is made of: every line whose item is still sold to the customer. */
export function orderableLines(cart: Cart): (CartLine & { unit_price_minor: number })[] {
  return cart.lines.filter((line): line is CartLine & { unit_price_minor: number } => lineProblem(line) !== 'unavailable');
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
  const lines: OrderLineInput[] = orderableLines(cart).map((line) => ({
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

/** The differences a 409 PRICES_CHANGED lists (`[{ item_id, expected_unit_price_minor, unit_price_minor }]`), each named as the cart names the item. */
export function priceDifferences(error: unknown, cart: Cart | undefined): PriceDifference[] {
  if (!isApiError(error, 'PRICES_CHANGED')) return [];
  return records(error.details, 'differences').flatMap((entry) => {
    const itemId = str(entry.item_id);
    const before = num(entry.expected_unit_price_minor);
    const after = num(entry.unit_price_minor);
    if (!itemId || before === null || after === null) return [];
    const line = cart?.lines.find((candidate) => candidate.item_id === itemId);
    return [{ item_id: itemId, name: line?.name ?? itemId, quantity: line?.quantity ?? null, old_unit_price_minor: before, new_unit_price_minor: after }];
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

/** The lines a 409 INSUFFICIENT_STOCK names as short (`{ item_id, available }`, or a list of them), with what is available now. */
export function stockShortages(error: unknown, cart: Cart | undefined): StockShortage[] {
  if (!isApiError(error, 'INSUFFICIENT_STOCK')) return [];
  return records(error.details, 'shortages', 'lines').flatMap((entry) => {
    const itemId = str(entry.item_id);
    const available = num(entry.available);
    if (!itemId || available === null) return [];
    const line = cart?.lines.find((candidate) => candidate.item_id === itemId);
    return [{ item_id: itemId, name: line?.name ?? itemId, requested: line?.quantity ?? null, available: Math.max(0, available) }];
  });
}

/** The cart's lines with the availability a refusal reported, so the page shows it at once. */
export function withShortages(cart: Cart, shortages: readonly StockShortage[]): Cart {
  if (shortages.length === 0) return cart;
  const available = new Map(shortages.map((shortage) => [shortage.item_id, shortage.available]));
  return { ...cart, lines: cart.lines.map((line) => (available.has(line.item_id) ? { ...line, available: available.get(line.item_id) ?? 0, issue: 'short_stock' as const } : line)) };
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
