/**
 * What the catalogue and the cart say about an item's stock. `available` is a quantity (up to three
 * decimals) or null for an item whose stock is not counted (always orderable).
 */
export interface StockFacts {
  available: number | null;
  allow_backorders: boolean;
}

export type Availability =
  /** Stock is not counted: no limit, nothing to say. */
  | { kind: 'unlimited' }
  /** Some is available; more may be ordered on backorder when the item allows it. */
  | { kind: 'in_stock'; available: number; backorders: boolean }
  /** Nothing available now, yet orders are taken. */
  | { kind: 'backorder' }
  | { kind: 'out_of_stock' };

export function availabilityOf(item: StockFacts): Availability {
  if (item.available === null) return { kind: 'unlimited' };
  if (item.available > 0) return { kind: 'in_stock', available: item.available, backorders: item.allow_backorders };
  return item.allow_backorders ? { kind: 'backorder' } : { kind: 'out_of_stock' };
}

/** The most that can be ordered now; null when there is no limit (not counted, or backorders taken). */
export function orderableLimit(item: StockFacts): number | null {
  if (item.available === null || item.allow_backorders) return null;
  return Math.max(0, item.available);
}

/** Whether `quantity` more than what is already in the cart goes beyond what can be ordered. */
export function exceedsStock(item: StockFacts, quantity: number): boolean {
  const limit = orderableLimit(item);
  return limit !== null && quantityToMilli(quantity) > quantityToMilli(limit);
}

function quantityToMilli(quantity: number): number {
  return Math.round(quantity * 1000);
}

/** One `stock` event of the catalogue's stream: the new availability of the items that changed. */
export interface StockUpdate {
  id: string;
  available: number | null;
}

/** Reads a `stock` event's data (`{ items: [{ id, available }] }`); anything else is ignored. */
export function parseStockEvent(data: string): StockUpdate[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(data);
  } catch {
    return [];
  }
  const items = typeof parsed === 'object' && parsed !== null ? (parsed as { items?: unknown }).items : undefined;
  if (!Array.isArray(items)) return [];
  return items.flatMap((item: unknown) => {
    if (typeof item !== 'object' || item === null) return [];
    const { id, available } = item as { id?: unknown; available?: unknown };
    if (typeof id !== 'string') return [];
    if (available !== null && (typeof available !== 'number' || !Number.isFinite(available))) return [];
    return [{ id, available }];
  });
}

/** `rows` with the availability of the updated items replaced (the item's id by `itemId`); the same array when nothing changed. */
export function withStock<Row extends { available: number | null }>(rows: Row[], updates: ReadonlyMap<string, number | null>, itemId: (row: Row) => string): Row[] {
  let changed = false;
  const next = rows.map((row) => {
    const id = itemId(row);
    if (!updates.has(id)) return row;
    const available = updates.get(id) ?? null;
    if (available === row.available) return row;
    changed = true;
    return { ...row, available };
  });
  return changed ? next : rows;
}
