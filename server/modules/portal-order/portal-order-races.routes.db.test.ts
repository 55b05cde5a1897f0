import { expect } from 'vitest';
import { describeOnEachDialect } from '../../test/fixture.ts';
import { orderingContact, sellableItem, stockOfItem, type OrderingContact } from '../../test/portal-order-builders.ts';
import { tallyStatuses } from '../../test/tally.ts';

describeOnEachDialect('portal orders: customers racing for the last units', (it) => {
  it('of 50 orders at once for 5 of the last 10 units, exactly 2 are created and stock never goes negative', { timeout: 120_000 }, async ({ t, staff }) => {
    const contacts: OrderingContact[] = [];
    // One after the other: each invitation is read from the mail the outbox sends.
    for (let n = 0; n < 50; n++) contacts.push(await orderingContact(t, staff));
    expect(new Set(contacts.map((contact) => contact.contactId)).size).toBe(50);
    const currency = contacts[0]?.currency ?? 'USD';
    expect(contacts.every((contact) => contact.currency === currency)).toBe(true);
    const item = await sellableItem(t, staff, { currency, rate_minor: 2500, onHand: 10 });

    const responses = await Promise.all(contacts.map((contact) => contact.order({ lines: [{ item_id: item.id, quantity: 5, expected_unit_price_minor: 2500 }] })));
    expect(tallyStatuses(responses)).toEqual({ 201: 2, 409: 48 });
    for (const refused of responses.filter((response) => response.statusCode === 409)) expect(refused.json().error.code).toBe('INSUFFICIENT_STOCK');

    const level = await stockOfItem(t, item.id);
    expect(level).toEqual({ on_hand_milli: 10_000, committed_milli: 10_000 });
    expect(level.on_hand_milli - level.committed_milli).toBeGreaterThanOrEqual(0);
    const orders = await t.ctx.db.selectFrom('sales_orders').innerJoin('sales_order_lines', 'sales_order_lines.sales_order_id', 'sales_orders.id').select(['sales_orders.id', 'sales_order_lines.committed_milli']).where('sales_order_lines.item_id', '=', item.id).execute();
    expect(orders).toHaveLength(2);
    expect(orders.map((row) => Number(row.committed_milli))).toEqual([5000, 5000]);
    const numbers = responses.filter((response) => response.statusCode === 201).map((response) => response.json<{ number: string }>().number);
    expect(new Set(numbers).size).toBe(2);

    // The catalogue agrees: nothing left.
    const catalog = (await contacts[0]!.client.get(`${contacts[0]!.api}/catalog?search=${encodeURIComponent(item.name)}`)).json();
    expect(catalog.data[0]).toMatchObject({ id: item.id, available: 0 });
  });
});
