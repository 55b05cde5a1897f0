import { expect } from 'vitest';
import { createBillingCustomer } from '../../test/billing-payment-builders.ts';
import { describeOnEachDialect } from '../../test/fixture.ts';
import { createOrderItem, createTestOrder, stockLevel } from '../../test/sales-order-builders.ts';

describeOnEachDialect('packages of orders placed through the API', (it) => {
  it('ships what a confirmed order holds: stock and the order agree at every step', async ({ t, staff }) => {
    const customer = await createBillingCustomer(staff);
    const item = await createOrderItem(t.ctx.db, staff, { onHandMilli: 10_000 });
    const order = await createTestOrder(staff, customer.id, [{ item_id: item.id, quantity: 4 }, { name: 'Freight', quantity: 1, rate_minor: 1_500 }], { status: 'confirmed' });
    expect(await stockLevel(t.ctx.db, item.id)).toEqual({ on_hand_milli: 10_000, committed_milli: 4_000 });
    const [goods, freight] = order.lines;

    const first = (await staff.client.post(`/api/v1/sales-orders/${order.id}/packages`, { lines: [{ sales_order_line_id: goods!.id, quantity: 1.5 }, { sales_order_line_id: freight!.id, quantity: 1 }] })).json();
    expect((await staff.client.post(`/api/v1/sales-orders/${order.id}/cancel`, { reason: 'Changed my mind' })).statusCode).toBe(409);
    const shipped = await staff.client.post(`/api/v1/packages/${first.id}/ship`, { carrier: 'japan_post', tracking_number: 'EJ123' });
    expect(shipped.statusCode, shipped.body).toBe(200);
    expect(await stockLevel(t.ctx.db, item.id)).toEqual({ on_hand_milli: 8_500, committed_milli: 2_500 });
    const partly = (await staff.client.get(`/api/v1/sales-orders/${order.id}`)).json();
    expect(partly.status).toBe('partially_shipped');
    expect(partly.packages).toEqual([expect.objectContaining({ id: first.id, status: 'shipped', carrier: 'japan_post', tracking_number: 'EJ123' })]);

    const second = (await staff.client.post(`/api/v1/sales-orders/${order.id}/packages`, { lines: [{ sales_order_line_id: goods!.id, quantity: 2.5 }] })).json();
    await staff.client.post(`/api/v1/packages/${second.id}/ship`, { carrier: 'ups', tracking_number: '1Z2' });
    expect(await stockLevel(t.ctx.db, item.id)).toEqual({ on_hand_milli: 6_000, committed_milli: 0 });
    expect((await staff.client.get(`/api/v1/sales-orders/${order.id}`)).json().status).toBe('shipped');
    await staff.client.post(`/api/v1/packages/${first.id}/deliver`);
    await staff.client.post(`/api/v1/packages/${second.id}/deliver`);
    const delivered = (await staff.client.get(`/api/v1/sales-orders/${order.id}`)).json();
    expect(delivered.status).toBe('delivered');
    expect(delivered.events.map((event: { status: string }) => event.status)).toEqual(expect.arrayContaining(['confirmed', 'partially_shipped', 'shipped', 'delivered']));
  });

  it('never both packs and cancels an order when the two arrive at once', async ({ t, staff }) => {
    for (let round = 0; round < 3; round++) {
      const customer = await createBillingCustomer(staff);
      const item = await createOrderItem(t.ctx.db, staff, { onHandMilli: 5_000 });
      const order = await createTestOrder(staff, customer.id, [{ item_id: item.id, quantity: 2 }], { status: 'confirmed' });
      const [packed, cancelled] = await Promise.all([
        staff.client.post(`/api/v1/sales-orders/${order.id}/packages`, { lines: [{ sales_order_line_id: order.lines[0]!.id, quantity: 2 }] }),
        staff.client.post(`/api/v1/sales-orders/${order.id}/cancel`, { reason: 'Duplicate' }),
      ]);
      expect([packed.statusCode, cancelled.statusCode].sort(), `${packed.body} ${cancelled.body}`).toEqual(packed.statusCode === 201 ? [201, 409] : [200, 409]);
      const current = (await staff.client.get(`/api/v1/sales-orders/${order.id}`)).json();
      if (packed.statusCode === 201) {
        expect(current.status).toBe('confirmed');
        expect(await stockLevel(t.ctx.db, item.id)).toEqual({ on_hand_milli: 5_000, committed_milli: 2_000 });
      } else {
        expect(current).toMatchObject({ status: 'cancelled', packages: [] });
        expect(await stockLevel(t.ctx.db, item.id)).toEqual({ on_hand_milli: 5_000, committed_milli: 0 });
      }
    }
  });
});
