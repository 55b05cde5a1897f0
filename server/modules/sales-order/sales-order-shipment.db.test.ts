import { expect } from 'vitest';
import { newId } from '../../lib/ids.ts';
import { createBillingCustomer } from '../../test/billing-payment-builders.ts';
import { describeOnEachDialect } from '../../test/fixture.ts';
import { createOrderItem, createTestOrder, markShipped } from '../../test/sales-order-builders.ts';
import { refreshShipmentStatus } from './sales-order.service.ts';

describeOnEachDialect('sales order status from its shipments', (it) => {
  it('moves through partially shipped, shipped and delivered as packages leave and arrive, recording each step', async ({ t, staff }) => {
    const customer = await createBillingCustomer(staff);
    const item = await createOrderItem(t.ctx.db, staff);
    const order = await createTestOrder(staff, customer.id, [{ item_id: item.id, quantity: 4 }], { status: 'confirmed' });
    const organizationId = staff.organization.id;
    const now = t.clock.now().toISOString();
    const addPackage = async (status: 'packed' | 'shipped' | 'delivered') => {
      const id = newId();
      await t.ctx.db
        .insertInto('packages')
        .values({ id, organization_id: organizationId, customer_id: customer.id, sales_order_id: order.id, number: `PKG-${id.slice(-6)}`, status, package_date: '2026-12-02', notes: null, carrier: 'dhl', tracking_number: '123', shipped_on: '2026-12-02', shipped_at: now, delivered_at: null, created_by: null, created_at: now, updated_at: now, version: 1 })
        .execute();
      return id;
    };
    const refresh = () => t.ctx.db.transaction().execute((trx) => refreshShipmentStatus(trx, { organizationId, salesOrderId: order.id, now, actor: { type: 'staff', name: 'Owner Person' } }));

    expect((await refresh()).status).toBe('confirmed');
    const first = await addPackage('shipped');
    await markShipped(t.ctx.db, order.lines[0]!.id, 1_000);
    expect((await refresh()).status).toBe('partially_shipped');
    expect((await refresh()).status).toBe('partially_shipped');
    await addPackage('shipped');
    await markShipped(t.ctx.db, order.lines[0]!.id, 4_000);
    const shipped = await refresh();
    expect(shipped).toMatchObject({ status: 'shipped', shipped_at: now, delivered_at: null });
    await t.ctx.db.updateTable('packages').set({ status: 'delivered' }).where('sales_order_id', '=', order.id).where('id', '!=', first).execute();
    expect((await refresh()).status).toBe('shipped');
    await t.ctx.db.updateTable('packages').set({ status: 'delivered' }).where('id', '=', first).execute();
    expect(await refresh()).toMatchObject({ status: 'delivered', delivered_at: now });

    const detail = (await staff.client.get(`/api/v1/sales-orders/${order.id}`)).json();
    expect(detail.events.map((event: { status: string }) => event.status)).toEqual(['confirmed', 'partially_shipped', 'shipped', 'delivered']);
    expect(detail.packages).toHaveLength(2);
    expect(detail.packages[0]).toMatchObject({ carrier: 'dhl', tracking_number: '123' });
    // Delivered orders are still invoiced from.
    expect((await staff.client.post(`/api/v1/sales-orders/${order.id}/convert`, { mode: 'shipped' })).statusCode).toBe(201);
    expect((await staff.client.post(`/api/v1/sales-orders/${order.id}/cancel`, { reason: 'late' })).statusCode).toBe(409);
  });
});
