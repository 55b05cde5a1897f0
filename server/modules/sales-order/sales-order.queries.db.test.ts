import { createBillingCustomer } from '../../test/billing-payment-builders.ts';
import { describeOnEachDialect } from '../../test/fixture.ts';
import { expectConstantQueries } from '../../test/query-counter.ts';
import { createOrderItem, createTestOrder } from '../../test/sales-order-builders.ts';

describeOnEachDialect('queries of the staff sales order list', (it) => {
  it('lists sales orders of many customers, 25 as cheaply as 2', async ({ t, staff }) => {
    const item = await createOrderItem(t.ctx.db, staff);
    await expectConstantQueries(t.queries, {
      name: 'staff sales orders',
      read: () => staff.client.get('/api/v1/sales-orders?limit=25'),
      rows: (body: { data: unknown[] }) => body.data.length,
      grow: async (count) => {
        for (let index = 0; index < count; index++) {
          const customer = await createBillingCustomer(staff);
          await createTestOrder(staff, customer.id, [{ item_id: item.id, quantity: 1 }, { name: 'Freight', quantity: 1, rate_minor: 500 }], { status: index % 2 ? 'confirmed' : 'draft' });
        }
      },
    });
  });
});
