import { expect } from 'vitest';
import { createCustomerWithContact, signUpStaff } from '../../test/builders.ts';
import { TestClient } from '../../test/http-client.ts';
import { describeOnEachDialect } from '../../test/fixture.ts';
import { insertTestOrder, orderLineQuantities, shipmentMovements, stockLevel } from '../../test/shipment-builders.ts';

describeOnEachDialect('packages under concurrency and refusals', { startAt: '2026-12-02T10:00:00.000Z' }, (it) => {
  it('ships a package once when two shipments of it arrive at once', async ({ t, staff }) => {
    const { customerId } = await createCustomerWithContact(staff);
    const order = await insertTestOrder(t.ctx.db, staff.organization.id, customerId, { lines: [{ quantityMilli: 3000, onHandMilli: 10_000 }] });
    const line = order.lines[0]!;
    const pkg = (await staff.client.post(`/api/v1/sales-orders/${order.id}/packages`, { lines: [{ sales_order_line_id: line.id, quantity: 3 }] })).json();
    const answers = await Promise.all([
      staff.client.post(`/api/v1/packages/${pkg.id}/ship`, { carrier: 'ups', tracking_number: 'A1' }),
      staff.client.post(`/api/v1/packages/${pkg.id}/ship`, { carrier: 'dhl', tracking_number: 'B2' }),
    ]);
    expect(answers.map((answer) => answer.statusCode).sort()).toEqual([200, 409]);
    const refused = answers.find((answer) => answer.statusCode === 409)!;
    expect(refused.json().error.code).toBe('STATE_CONFLICT');
    expect(await stockLevel(t.ctx.db, line.itemId!, order.warehouseId)).toEqual({ on_hand_milli: 7000, committed_milli: 0 });
    expect(await shipmentMovements(t.ctx.db, pkg.id)).toHaveLength(1);
    expect((await orderLineQuantities(t.ctx.db, order.id))[0]).toMatchObject({ packed_milli: 3000, shipped_milli: 3000 });
    const shipped = answers.find((answer) => answer.statusCode === 200)!.json();
    expect((await staff.client.get(`/api/v1/packages/${pkg.id}`)).json()).toMatchObject({ status: 'shipped', tracking_number: shipped.tracking_number });
    const again = await staff.client.post(`/api/v1/packages/${pkg.id}/ship`, { carrier: 'ups', tracking_number: 'A1' });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('STATE_CONFLICT');
  });

  it('packs the last units once when two packers ask for them at once', async ({ t, staff }) => {
    const { customerId } = await createCustomerWithContact(staff);
    const order = await insertTestOrder(t.ctx.db, staff.organization.id, customerId, { lines: [{ quantityMilli: 5000, onHandMilli: 5000 }, { quantityMilli: 1000, onHandMilli: 1000 }] });
    const [line, other] = order.lines;
    const answers = await Promise.all([
      staff.client.post(`/api/v1/sales-orders/${order.id}/packages`, { lines: [{ sales_order_line_id: other!.id, quantity: 0.5 }, { sales_order_line_id: line!.id, quantity: 3 }] }),
      staff.client.post(`/api/v1/sales-orders/${order.id}/packages`, { lines: [{ sales_order_line_id: other!.id, quantity: 0.5 }, { sales_order_line_id: line!.id, quantity: 3 }] }),
    ]);
    expect(answers.map((answer) => answer.statusCode).sort()).toEqual([201, 409]);
    const refused = answers.find((answer) => answer.statusCode === 409)!.json();
    expect(refused.error.details[0]).toMatchObject({ field: 'lines.1.quantity', params: { remaining: 2, requested: 3 } });
    expect((await orderLineQuantities(t.ctx.db, order.id)).map((entry) => entry.packed_milli)).toEqual([3000, 500]);
    expect((await staff.client.get(`/api/v1/packages?sales_order_id=${order.id}`)).json().data).toHaveLength(1);
  });

  it('refuses more than is left to pack (409 naming the quantity) and lines of another order (400)', async ({ t, staff }) => {
    const { customerId } = await createCustomerWithContact(staff);
    const order = await insertTestOrder(t.ctx.db, staff.organization.id, customerId, { lines: [{ quantityMilli: 2000, onHandMilli: 2000 }] });
    const elsewhere = await insertTestOrder(t.ctx.db, staff.organization.id, customerId, { lines: [{ quantityMilli: 2000, onHandMilli: 2000 }] });
    const line = order.lines[0]!;
    const beyond = await staff.client.post(`/api/v1/sales-orders/${order.id}/packages`, { lines: [{ sales_order_line_id: line.id, quantity: 2.001 }] });
    expect(beyond.statusCode).toBe(409);
    expect(beyond.json().error.details[0]).toMatchObject({ field: 'lines.0.quantity', params: { remaining: 2 } });
    const cases: [unknown, string][] = [
      [{ lines: [{ sales_order_line_id: elsewhere.lines[0]!.id, quantity: 1 }] }, 'lines.0.sales_order_line_id'],
      [{ lines: [{ sales_order_line_id: line.id, quantity: 1 }, { sales_order_line_id: line.id, quantity: 1 }] }, 'lines.1.sales_order_line_id'],
      [{ lines: [{ sales_order_line_id: line.id, quantity: 0 }] }, 'lines.0.quantity'],
      [{ lines: [{ sales_order_line_id: line.id, quantity: 1.0001 }] }, 'lines.0.quantity'],
      [{ lines: [] }, 'lines'],
      [{ lines: [{ sales_order_line_id: line.id, quantity: 1 }], package_date: '2026-13-01' }, 'package_date'],
    ];
    for (const [body, field] of cases) {
      const response = await staff.client.post(`/api/v1/sales-orders/${order.id}/packages`, body);
      expect(response.statusCode, JSON.stringify(body)).toBe(400);
      expect(response.json().error.details[0].field).toBe(field);
    }
    expect((await orderLineQuantities(t.ctx.db, order.id))[0]?.packed_milli).toBe(0);
  });

  it('refuses to pack a draft, pending or cancelled order (409)', async ({ t, staff }) => {
    const { customerId } = await createCustomerWithContact(staff);
    for (const status of ['draft', 'pending_approval', 'cancelled'] as const) {
      const order = await insertTestOrder(t.ctx.db, staff.organization.id, customerId, { status, lines: [{ quantityMilli: 1000, onHandMilli: 1000 }] });
      const response = await staff.client.post(`/api/v1/sales-orders/${order.id}/packages`, { lines: [{ sales_order_line_id: order.lines[0]!.id, quantity: 1 }] });
      expect(response.statusCode, status).toBe(409);
      expect(response.json().error).toMatchObject({ code: 'STATE_CONFLICT', details: { status } });
    }
  });

  it('refuses a shipment without a tracking number or carrier (400 naming it), and with too little stock (409, nothing changes)', async ({ t, staff }) => {
    const { customerId } = await createCustomerWithContact(staff);
    const order = await insertTestOrder(t.ctx.db, staff.organization.id, customerId, { lines: [{ quantityMilli: 2000, onHandMilli: 2000 }] });
    const line = order.lines[0]!;
    const pkg = (await staff.client.post(`/api/v1/sales-orders/${order.id}/packages`, { lines: [{ sales_order_line_id: line.id, quantity: 2 }] })).json();
    const cases: [unknown, string][] = [
      [{ carrier: 'ups' }, 'tracking_number'],
      [{ carrier: 'ups', tracking_number: '   ' }, 'tracking_number'],
      [{ tracking_number: '1Z' }, 'carrier'],
      [{ carrier: 'Royal Mail!', tracking_number: '1Z' }, 'carrier'],
      [{ carrier: 'ups', tracking_number: '1Z', shipped_on: 'tomorrow' }, 'shipped_on'],
    ];
    for (const [body, field] of cases) {
      const response = await staff.client.post(`/api/v1/packages/${pkg.id}/ship`, body);
      expect(response.statusCode, JSON.stringify(body)).toBe(400);
      expect(response.json().error.details[0].field).toBe(field);
    }
    await t.ctx.db.updateTable('stock_levels').set({ on_hand_milli: 1500, committed_milli: 1500 }).where('item_id', '=', line.itemId!).execute();
    const short = await staff.client.post(`/api/v1/packages/${pkg.id}/ship`, { carrier: 'ups', tracking_number: '1Z' });
    expect(short.statusCode).toBe(409);
    expect(short.json().error.code).toBe('INSUFFICIENT_STOCK');
    expect((await staff.client.get(`/api/v1/packages/${pkg.id}`)).json()).toMatchObject({ status: 'packed', tracking_number: null });
    expect((await orderLineQuantities(t.ctx.db, order.id))[0]).toMatchObject({ shipped_milli: 0, committed_milli: 2000 });
    expect(await stockLevel(t.ctx.db, line.itemId!, order.warehouseId)).toEqual({ on_hand_milli: 1500, committed_milli: 1500 });
    expect((await staff.client.post(`/api/v1/packages/${pkg.id}/deliver`)).statusCode).toBe(409);
  });

  it('answers 404 for another organization’s packages and orders', async ({ t, staff }) => {
    const { customerId } = await createCustomerWithContact(staff);
    const order = await insertTestOrder(t.ctx.db, staff.organization.id, customerId, { lines: [{ quantityMilli: 2000, onHandMilli: 2000 }] });
    const pkg = (await staff.client.post(`/api/v1/sales-orders/${order.id}/packages`, { lines: [{ sales_order_line_id: order.lines[0]!.id, quantity: 1 }] })).json();
    const stranger = await signUpStaff(t.app);
    const attempts = [
      stranger.client.get(`/api/v1/packages/${pkg.id}`),
      stranger.client.get(`/api/v1/packages/${pkg.id}/pdf`),
      stranger.client.post(`/api/v1/packages/${pkg.id}/ship`, { carrier: 'ups', tracking_number: '1Z' }),
      stranger.client.post(`/api/v1/packages/${pkg.id}/deliver`),
      stranger.client.delete(`/api/v1/packages/${pkg.id}`),
      stranger.client.post(`/api/v1/sales-orders/${order.id}/packages`, { lines: [{ sales_order_line_id: order.lines[0]!.id, quantity: 1 }] }),
    ];
    for (const response of await Promise.all(attempts)) expect(response.statusCode, response.body).toBe(404);
    expect((await stranger.client.get('/api/v1/packages')).json().data).toEqual([]);
    expect((await staff.client.get(`/api/v1/packages/${pkg.id}`)).json().status).toBe('packed');
    expect((await orderLineQuantities(t.ctx.db, order.id))[0]?.packed_milli).toBe(1000);
  });

  it('takes API keys with the orders scopes: orders.read lists, orders.write ships (and the order’s history names the API)', async ({ t, staff, ip }) => {
    const { customerId } = await createCustomerWithContact(staff);
    const order = await insertTestOrder(t.ctx.db, staff.organization.id, customerId, { lines: [{ quantityMilli: 1000, onHandMilli: 1000 }] });
    const pkg = (await staff.client.post(`/api/v1/sales-orders/${order.id}/packages`, { lines: [{ sales_order_line_id: order.lines[0]!.id, quantity: 1 }] })).json();
    const reader = (await staff.client.post('/api/v1/api-keys', { name: 'Warehouse screen', scopes: ['orders.read'] })).json().key as string;
    const writer = (await staff.client.post('/api/v1/api-keys', { name: 'Shipping desk', scopes: ['orders.write'] })).json().key as string;
    const api = new TestClient(t.app, ip);
    const as = (key: string) => ({ authorization: `Bearer ${key}` });
    expect((await api.request('GET', '/api/v1/packages', undefined, as(reader))).json().data.map((row: { id: string }) => row.id)).toEqual([pkg.id]);
    expect((await api.request('GET', `/api/v1/packages/${pkg.id}/pdf`, undefined, as(reader))).statusCode).toBe(200);
    expect((await api.request('POST', `/api/v1/packages/${pkg.id}/ship`, { carrier: 'ups', tracking_number: '1Z' }, as(reader))).statusCode).toBe(403);
    expect((await api.request('PUT', '/api/v1/carriers', { carrier: 'ups', tracking_url_template: null }, as(reader))).statusCode).toBe(403);
    const shipped = await api.request('POST', `/api/v1/packages/${pkg.id}/ship`, { carrier: 'ups', tracking_number: '1Z' }, as(writer));
    expect(shipped.statusCode, shipped.body).toBe(200);
    const events = await t.ctx.db.selectFrom('sales_order_events').select(['status', 'actor_type']).where('sales_order_id', '=', order.id).execute();
    expect(events).toEqual([{ status: 'shipped', actor_type: 'api' }]);
  });
});
