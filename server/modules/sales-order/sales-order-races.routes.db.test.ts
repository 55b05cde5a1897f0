import { expect } from 'vitest';
import { createBillingCustomer } from '../../test/billing-payment-builders.ts';
import { describeOnEachDialect } from '../../test/fixture.ts';
import { createOrderItem, createTestOrder, markShipped, stockLevel } from '../../test/sales-order-builders.ts';
import { atOnce, tallyStatuses } from '../../test/tally.ts';

/*
 * Requests fired together really overlap on PostgreSQL (a pool of connections); SQLite runs write
 * transactions one at a time. On both, every transition of an order happens once.
 */
describeOnEachDialect('sales order transitions that cannot race', (it) => {
  for (const count of [2, 6]) {
    it(`invoices an order once when it is converted ${count} times at once`, async ({ t, staff }) => {
      const customer = await createBillingCustomer(staff);
      const item = await createOrderItem(t.ctx.db, staff, { rate_minor: 700 });
      const order = await createTestOrder(staff, customer.id, [{ item_id: item.id, quantity: 3 }, { name: 'Freight', quantity: 1, rate_minor: 1_500 }], { status: 'confirmed' });
      const conversions = await atOnce(count, () => staff.client.post(`/api/v1/sales-orders/${order.id}/convert`, { mode: 'all' }));
      expect(tallyStatuses(conversions)).toEqual({ 201: 1, 409: count - 1 });
      for (const refused of conversions.filter((response) => response.statusCode === 409)) expect(refused.json().error.code).toBe('STATE_CONFLICT');
      const invoices = await t.ctx.db.selectFrom('documents').select(['id', 'total_minor']).where('sales_order_id', '=', order.id).execute();
      expect(invoices).toHaveLength(1);
      expect(Number(invoices[0]!.total_minor)).toBe(order.total_minor);
      const lines = await t.ctx.db.selectFrom('sales_order_lines').select(['quantity_milli', 'invoiced_milli']).where('sales_order_id', '=', order.id).execute();
      for (const line of lines) expect(Number(line.invoiced_milli)).toBe(Number(line.quantity_milli));
    });
  }

  it('invoices shipped quantities once when shipped and all conversions race', async ({ t, staff }) => {
    const customer = await createBillingCustomer(staff);
    const item = await createOrderItem(t.ctx.db, staff, { rate_minor: 1_000 });
    const order = await createTestOrder(staff, customer.id, [{ item_id: item.id, quantity: 10 }], { status: 'confirmed' });
    await markShipped(t.ctx.db, order.lines[0]!.id, 4_000);
    const conversions = await Promise.all([
      staff.client.post(`/api/v1/sales-orders/${order.id}/convert`, { mode: 'shipped' }),
      staff.client.post(`/api/v1/sales-orders/${order.id}/convert`, { mode: 'shipped' }),
      staff.client.post(`/api/v1/sales-orders/${order.id}/convert`, { mode: 'all' }),
    ]);
    const made = conversions.filter((response) => response.statusCode === 201).map((response) => response.json());
    for (const response of conversions) expect([201, 409]).toContain(response.statusCode);
    const invoiced = made.reduce((sum, invoice) => sum + invoice.lines.reduce((lines: number, line: { quantity: number }) => lines + line.quantity, 0), 0);
    const line = await t.ctx.db.selectFrom('sales_order_lines').select('invoiced_milli').where('id', '=', order.lines[0]!.id).executeTakeFirstOrThrow();
    expect(Number(line.invoiced_milli)).toBe(invoiced * 1000);
    expect(invoiced).toBeLessThanOrEqual(10);
    const invoices = await t.ctx.db.selectFrom('documents').select('id').where('sales_order_id', '=', order.id).execute();
    expect(invoices).toHaveLength(made.length);
  });

  it('confirms once when a draft is confirmed 5 times at once, holding its stock once', async ({ t, staff }) => {
    const customer = await createBillingCustomer(staff);
    const item = await createOrderItem(t.ctx.db, staff, { onHandMilli: 10_000 });
    const order = await createTestOrder(staff, customer.id, [{ item_id: item.id, quantity: 3 }]);
    const confirmations = await atOnce(5, () => staff.client.post(`/api/v1/sales-orders/${order.id}/confirm`));
    expect(tallyStatuses(confirmations)).toEqual({ 200: 1, 409: 4 });
    expect(await stockLevel(t.ctx.db, item.id)).toEqual({ on_hand_milli: 10_000, committed_milli: 3_000 });
    const detail = (await staff.client.get(`/api/v1/sales-orders/${order.id}`)).json();
    expect(detail).toMatchObject({ status: 'confirmed', version: 2 });
    expect(detail.events.map((event: { status: string }) => event.status)).toEqual(['draft', 'confirmed']);
  });

  it('promises the last units to one of two orders confirmed at once', async ({ t, staff }) => {
    const customer = await createBillingCustomer(staff);
    const item = await createOrderItem(t.ctx.db, staff, { onHandMilli: 5_000 });
    const orders = [await createTestOrder(staff, customer.id, [{ item_id: item.id, quantity: 4 }]), await createTestOrder(staff, customer.id, [{ item_id: item.id, quantity: 3 }])];
    const confirmations = await Promise.all(orders.map((order) => staff.client.post(`/api/v1/sales-orders/${order.id}/confirm`)));
    expect(tallyStatuses(confirmations)).toEqual({ 200: 1, 409: 1 });
    expect(confirmations.find((response) => response.statusCode === 409)!.json().error.code).toBe('INSUFFICIENT_STOCK');
    const won = confirmations.findIndex((response) => response.statusCode === 200);
    expect(await stockLevel(t.ctx.db, item.id)).toEqual({ on_hand_milli: 5_000, committed_milli: won === 0 ? 4_000 : 3_000 });
    const lost = (await staff.client.get(`/api/v1/sales-orders/${orders[1 - won]!.id}`)).json();
    expect(lost).toMatchObject({ status: 'draft', lines: [{ committed_quantity: 0 }] });
  });

  it('gives stock back once when an order is cancelled 4 times at once', async ({ t, staff }) => {
    const customer = await createBillingCustomer(staff);
    const item = await createOrderItem(t.ctx.db, staff, { onHandMilli: 10_000 });
    const kept = await createTestOrder(staff, customer.id, [{ item_id: item.id, quantity: 2 }], { status: 'confirmed' });
    const order = await createTestOrder(staff, customer.id, [{ item_id: item.id, quantity: 3 }], { status: 'confirmed' });
    const cancellations = await atOnce(4, (index) => staff.client.post(`/api/v1/sales-orders/${order.id}/cancel`, { reason: `Reason ${index}` }));
    expect(tallyStatuses(cancellations)).toEqual({ 200: 1, 409: 3 });
    expect(await stockLevel(t.ctx.db, item.id)).toEqual({ on_hand_milli: 10_000, committed_milli: 2_000 });
    expect((await staff.client.get(`/api/v1/sales-orders/${kept.id}`)).json().lines[0].committed_quantity).toBe(2);
  });
});
