import { describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../../ui/api/errors.ts';
import { cart, cartLine } from '../orders/test-orders.ts';
import { addedQuantity, confirmedPricesOf, lineProblem, orderBody, OrderSubmission, priceDifferences, stockShortages, withShortages } from './cart.ts';

const form = { shipping_address_id: 'addr1', po_number: '  PO-77 ', notes: '' };

describe('the cart’s lines', () => {
  it('adds to what the cart already holds of an item, exact to the thousandth', () => {
    expect(addedQuantity(cart([cartLine({ quantity: 0.1 })]), 'item1', 0.2)).toBe(0.3);
    expect(addedQuantity(cart([cartLine({ quantity: 0.1 })]), 'item9', 2)).toBe(2);
    expect(addedQuantity(undefined, 'item1', 1.5)).toBe(1.5);
  });

  it('says which lines cannot be ordered as they are, from the server or from the live stock', () => {
    expect(lineProblem(cartLine())).toBeNull();
    expect(lineProblem(cartLine({ issue: 'unavailable', unit_price_minor: null }))).toBe('unavailable');
    expect(lineProblem(cartLine({ issue: 'short_stock' }))).toBe('short_stock');
    // The stream lowered what is available below the line's quantity.
    expect(lineProblem(cartLine({ quantity: 2, available: 1.5 }))).toBe('short_stock');
    expect(lineProblem(cartLine({ quantity: 2, available: 0, allow_backorders: true }))).toBeNull();
  });
});

describe('the order’s body', () => {
  it('sends each line with the unit price the cart showed, and blank fields as null', () => {
    const lines = [cartLine(), cartLine({ item_id: 'item2', quantity: 1.5, unit_price_minor: 990 }), cartLine({ item_id: 'gone', issue: 'unavailable', unit_price_minor: null })];
    // A line whose item is no longer sold is left out, as the cart's subtotal leaves it out.
    expect(orderBody(cart(lines), form)).toEqual({
      lines: [
        { item_id: 'item1', quantity: 2, expected_unit_price_minor: 1_250 },
        { item_id: 'item2', quantity: 1.5, expected_unit_price_minor: 990 },
      ],
      shipping_address_id: 'addr1',
      po_number: 'PO-77',
      notes: null,
    });
    expect(orderBody(cart(), { shipping_address_id: '', po_number: '', notes: ' Leave at the gate ' })).toMatchObject({ shipping_address_id: null, po_number: null, notes: 'Leave at the gate' });
  });

  it('expects the new prices the customer confirmed', () => {
    const confirmed = confirmedPricesOf([{ item_id: 'item1', name: 'Brass hinge', quantity: 2, old_unit_price_minor: 1_250, new_unit_price_minor: 1_300 }]);
    expect(orderBody(cart(), form, confirmed).lines).toEqual([{ item_id: 'item1', quantity: 2, expected_unit_price_minor: 1_300 }]);
  });
});

describe('a refused order', () => {
  it('lists each price difference, named as the cart names the item', () => {
    const error = new ApiError(409, 'PRICES_CHANGED', 'Prices changed', [{ item_id: 'item1', expected_unit_price_minor: 1_250, unit_price_minor: 1_300 }, { item_id: 'gone' }]);
    expect(priceDifferences(error, cart())).toEqual([{ item_id: 'item1', name: 'Brass hinge', quantity: 2, old_unit_price_minor: 1_250, new_unit_price_minor: 1_300 }]);
    expect(priceDifferences(new ApiError(409, 'INSUFFICIENT_STOCK', 'Short'), cart())).toEqual([]);
    expect(priceDifferences(new TypeError('offline'), cart())).toEqual([]);
  });

  it('lists the short lines with what is available, from one item or several', () => {
    const one = new ApiError(409, 'INSUFFICIENT_STOCK', 'Short', { item_id: 'item1', available: 1, on_hand: 3 });
    expect(stockShortages(one, cart())).toEqual([{ item_id: 'item1', name: 'Brass hinge', requested: 2, available: 1 }]);
    const several = new ApiError(409, 'INSUFFICIENT_STOCK', 'Short', [{ item_id: 'item1', available: -2 }, { item_id: 'item7', available: 1 }]);
    expect(stockShortages(several, cart())).toEqual([
      { item_id: 'item1', name: 'Brass hinge', requested: 2, available: 0 },
      { item_id: 'item7', name: 'item7', requested: null, available: 1 },
    ]);
    expect(withShortages(cart(), stockShortages(one, cart())).lines[0]).toMatchObject({ available: 1, issue: 'short_stock' });
  });
});

describe('sending an order', () => {
  const body = orderBody(cart(), form);

  it('sends the same key again when the same order is retried after a lost answer or a server failure', async () => {
    const send = vi.fn().mockRejectedValueOnce(new TypeError('Failed to fetch')).mockRejectedValueOnce(new ApiError(503, 'INTERNAL', 'down')).mockResolvedValueOnce({ id: 'so1' });
    let n = 0;
    const submission = new OrderSubmission(send, () => `key-${++n}`);
    await expect(submission.submit(body)).rejects.toThrow('Failed to fetch');
    await expect(submission.submit(body)).rejects.toThrow('down');
    await expect(submission.submit(body)).resolves.toEqual({ id: 'so1' });
    expect(send.mock.calls.map((call) => call[1])).toEqual(['key-1', 'key-1', 'key-1']);
    // A new order after the placed one: a new key.
    send.mockResolvedValueOnce({ id: 'so2' });
    await submission.submit(body);
    expect(send.mock.calls[3]?.[1]).toBe('key-2');
  });

  it('takes a new key after a settled refusal, or when the order changed', async () => {
    const send = vi.fn().mockRejectedValueOnce(new ApiError(409, 'PRICES_CHANGED', 'changed')).mockRejectedValueOnce(new TypeError('offline')).mockResolvedValue({ id: 'so1' });
    let n = 0;
    const submission = new OrderSubmission(send, () => `key-${++n}`);
    await expect(submission.submit(body)).rejects.toThrow('changed');
    await expect(submission.submit(body)).rejects.toThrow('offline');
    await submission.submit({ ...body, po_number: 'PO-78' });
    expect(send.mock.calls.map((call) => call[1])).toEqual(['key-1', 'key-2', 'key-3']);
  });
});
