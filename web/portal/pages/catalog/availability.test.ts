import { describe, expect, it } from 'vitest';
import { availabilityOf, exceedsStock, orderableLimit, parseStockEvent, withStock } from './availability.ts';

describe('availability', () => {
  it('says nothing for an item whose stock is not counted, and never limits it', () => {
    expect(availabilityOf({ available: null, allow_backorders: false })).toEqual({ kind: 'unlimited' });
    expect(orderableLimit({ available: null, allow_backorders: false })).toBeNull();
    expect(exceedsStock({ available: null, allow_backorders: false }, 1_000_000)).toBe(false);
  });

  it('counts what is available, and says backorders are taken once it runs out', () => {
    expect(availabilityOf({ available: 2.5, allow_backorders: true })).toEqual({ kind: 'in_stock', available: 2.5, backorders: true });
    expect(availabilityOf({ available: 0, allow_backorders: true })).toEqual({ kind: 'backorder' });
    expect(availabilityOf({ available: 0, allow_backorders: false })).toEqual({ kind: 'out_of_stock' });
    // Committed beyond on hand shows as nothing left, not a negative stock.
    expect(availabilityOf({ available: -3, allow_backorders: false })).toEqual({ kind: 'out_of_stock' });
  });

  it('limits an order to the available quantity, to the thousandth, unless backorders are taken', () => {
    expect(exceedsStock({ available: 0.3, allow_backorders: false }, 0.1 + 0.2)).toBe(false);
    expect(exceedsStock({ available: 0.3, allow_backorders: false }, 0.301)).toBe(true);
    expect(exceedsStock({ available: 0, allow_backorders: true }, 50)).toBe(false);
    expect(orderableLimit({ available: -1, allow_backorders: false })).toBe(0);
  });
});

describe('stock events', () => {
  it('reads the items of a stock event and ignores anything malformed', () => {
    expect(parseStockEvent(JSON.stringify({ items: [{ id: 'a', available: 3 }, { id: 'b', available: null }, { id: 7 }, { id: 'c', available: 'x' }] }))).toEqual([
      { id: 'a', available: 3 },
      { id: 'b', available: null },
    ]);
    expect(parseStockEvent('not json')).toEqual([]);
    expect(parseStockEvent('{"items":3}')).toEqual([]);
  });

  it('replaces only the availability of the updated items and keeps the same rows otherwise', () => {
    const rows = [
      { id: 'a', available: 5 },
      { id: 'b', available: 1 },
    ];
    const updated = withStock(rows, new Map([['a', 2]]), (row) => row.id);
    expect(updated).toEqual([
      { id: 'a', available: 2 },
      { id: 'b', available: 1 },
    ]);
    expect(updated[1]).toBe(rows[1]);
    expect(withStock(rows, new Map([['c', 2]]), (row) => row.id)).toBe(rows);
    expect(withStock(rows, new Map([['a', 5]]), (row) => row.id)).toBe(rows);
  });
});
