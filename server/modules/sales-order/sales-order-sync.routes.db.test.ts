import { expect } from 'vitest';
import { createCustomerWithContact, signUpStaff } from '../../test/builders.ts';
import { describeOnEachDialect } from '../../test/fixture.ts';
import { insertTestOrder } from '../../test/shipment-builders.ts';

const line = { name: 'Consulting', quantity: 1, rate_minor: 10_000 };

describeOnEachDialect('sales orders and packages by external id', { startAt: '2026-12-01T10:00:00.000Z' }, (it) => {
  it('keeps external_id on sales orders: trimmed, in POST, PATCH and list answers, null clears, unique per organization', async ({ t, staff }) => {
    const { customerId: customer_id } = await createCustomerWithContact(staff);
    const created = await staff.client.post('/api/v1/sales-orders', { customer_id, lines: [line], external_id: '  SO-1 ' });
    expect(created.statusCode, created.body).toBe(201);
    expect(created.json().external_id).toBe('SO-1');
    expect((await staff.client.get('/api/v1/sales-orders')).json().data[0].external_id).toBe('SO-1');
    expect((await staff.client.get(`/api/v1/sales-orders/${created.json().id}`)).json().external_id).toBe('SO-1');
    const taken = await staff.client.post('/api/v1/sales-orders', { customer_id, lines: [line], external_id: 'SO-1' });
    expect(taken.statusCode).toBe(409);
    expect(taken.json().error.details[0]).toMatchObject({ field: 'external_id', code: 'taken' });
    expect((await staff.client.get('/api/v1/sales-orders')).json().data).toHaveLength(1);
    // Another organization may use the same key.
    const other = await signUpStaff(t.app);
    const { customerId: otherCustomer } = await createCustomerWithContact(other);
    expect((await other.client.post('/api/v1/sales-orders', { customer_id: otherCustomer, lines: [line], external_id: 'SO-1' })).statusCode).toBe(201);

    const second = (await staff.client.post('/api/v1/sales-orders', { customer_id, lines: [line] })).json();
    expect(second.external_id).toBeNull();
    const patchTaken = await staff.client.patch(`/api/v1/sales-orders/${second.id}`, { external_id: 'SO-1' });
    expect(patchTaken.statusCode).toBe(409);
    expect(patchTaken.json().error.details[0]).toMatchObject({ field: 'external_id', code: 'taken' });
    expect((await staff.client.patch(`/api/v1/sales-orders/${second.id}`, { external_id: 'SO-2' })).json().external_id).toBe('SO-2');
    expect((await staff.client.patch(`/api/v1/sales-orders/${second.id}`, { external_id: null })).json().external_id).toBeNull();
    for (const bad of ['x'.repeat(256), '   ']) {
      const refused = await staff.client.post('/api/v1/sales-orders', { customer_id, lines: [line], external_id: bad });
      expect(refused.statusCode).toBe(400);
      expect(refused.json().error.details[0].field).toBe('external_id');
    }
    // Another organization's order is not found, whatever its external id.
    expect((await other.client.patch(`/api/v1/sales-orders/${second.id}`, { external_id: 'SO-9' })).statusCode).toBe(404);
  });

  it('pulls exactly the sales orders changed since an instant, oldest change first, in pages', async ({ t, clock, staff }) => {
    const { customerId: customer_id } = await createCustomerWithContact(staff);
    const ids: string[] = [];
    for (let index = 0; index < 5; index++) ids.push((await staff.client.post('/api/v1/sales-orders', { customer_id, lines: [line], po_number: `PO${index}` })).json().id);
    clock.advance(60);
    const since = encodeURIComponent(clock.now().toISOString());
    expect((await staff.client.get(`/api/v1/sales-orders?updated_since=${since}`)).json().data).toEqual([]);
    await staff.client.patch(`/api/v1/sales-orders/${ids[3]}`, { po_number: 'changed 3' });
    clock.advance(1);
    expect((await staff.client.post(`/api/v1/sales-orders/${ids[1]}/confirm`)).statusCode).toBe(200);
    const pulled = (await staff.client.get(`/api/v1/sales-orders?updated_since=${since}`)).json();
    expect(pulled.data.map((order: { id: string }) => order.id)).toEqual([ids[3], ids[1]]);
    const paged = (await staff.client.get(`/api/v1/sales-orders?updated_since=${since}&limit=1`)).json();
    expect(paged.data.map((order: { id: string }) => order.id)).toEqual([ids[3]]);
    const next = (await staff.client.get(`/api/v1/sales-orders?updated_since=${since}&limit=1&cursor=${paged.next_cursor}`)).json();
    expect(next.data.map((order: { id: string }) => order.id)).toEqual([ids[1]]);
    expect(next.next_cursor).toBeNull();
    // Packing moves the order's updated_at too.
    const order = await insertTestOrder(t.ctx.db, staff.organization.id, customer_id, { lines: [{ name: 'Oak table', quantityMilli: 1000, onHandMilli: 5000 }] });
    clock.advance(1);
    const packSince = clock.now().toISOString();
    expect((await staff.client.post(`/api/v1/sales-orders/${order.id}/packages`, { lines: [{ sales_order_line_id: order.lines[0]!.id, quantity: 1 }] })).statusCode).toBe(201);
    expect((await staff.client.get(`/api/v1/sales-orders?updated_since=${encodeURIComponent(packSince)}`)).json().data.map((row: { id: string }) => row.id)).toEqual([order.id]);
    const other = await signUpStaff(t.app);
    expect((await other.client.get(`/api/v1/sales-orders?updated_since=${since}`)).json().data).toEqual([]);
    const bad = await staff.client.get('/api/v1/sales-orders?updated_since=later');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.details[0].field).toBe('updated_since');
  });

  it('keeps external_id on packages: in POST and PATCH, at any status, null clears, unique per organization', async ({ t, staff }) => {
    const { customerId } = await createCustomerWithContact(staff);
    const order = await insertTestOrder(t.ctx.db, staff.organization.id, customerId, { lines: [{ name: 'Oak table', quantityMilli: 3000, onHandMilli: 10_000 }] });
    const lineId = order.lines[0]!.id;
    const first = await staff.client.post(`/api/v1/sales-orders/${order.id}/packages`, { lines: [{ sales_order_line_id: lineId, quantity: 1 }], external_id: ' SHP-1 ' });
    expect(first.statusCode, first.body).toBe(201);
    expect(first.json().external_id).toBe('SHP-1');
    expect((await staff.client.get('/api/v1/packages')).json().data[0].external_id).toBe('SHP-1');
    const taken = await staff.client.post(`/api/v1/sales-orders/${order.id}/packages`, { lines: [{ sales_order_line_id: lineId, quantity: 1 }], external_id: 'SHP-1' });
    expect(taken.statusCode).toBe(409);
    expect(taken.json().error.details[0]).toMatchObject({ field: 'external_id', code: 'taken' });
    expect((await staff.client.get('/api/v1/packages')).json().data).toHaveLength(1);

    const second = (await staff.client.post(`/api/v1/sales-orders/${order.id}/packages`, { lines: [{ sales_order_line_id: lineId, quantity: 1 }] })).json();
    expect(second.external_id).toBeNull();
    expect((await staff.client.patch(`/api/v1/packages/${second.id}`, { external_id: 'SHP-1' })).statusCode).toBe(409);
    expect((await staff.client.post(`/api/v1/packages/${second.id}/ship`, { carrier: 'ups', tracking_number: '1Z1' })).statusCode).toBe(200);
    const changed = await staff.client.patch(`/api/v1/packages/${second.id}`, { external_id: 'SHP-2', notes: 'Left at the door' });
    expect(changed.statusCode, changed.body).toBe(200);
    expect(changed.json()).toMatchObject({ external_id: 'SHP-2', notes: 'Left at the door', status: 'shipped' });
    expect((await staff.client.patch(`/api/v1/packages/${second.id}`, { external_id: null })).json().external_id).toBeNull();
    const tooLong = await staff.client.patch(`/api/v1/packages/${second.id}`, { external_id: 'x'.repeat(256) });
    expect(tooLong.statusCode).toBe(400);
    expect(tooLong.json().error.details[0].field).toBe('external_id');

    const other = await signUpStaff(t.app);
    expect((await other.client.patch(`/api/v1/packages/${second.id}`, { external_id: 'SHP-9' })).statusCode).toBe(404);
    const { customerId: otherCustomer } = await createCustomerWithContact(other);
    const otherOrder = await insertTestOrder(t.ctx.db, other.organization.id, otherCustomer, { lines: [{ name: 'Chair', quantityMilli: 1000, onHandMilli: 1000 }] });
    expect((await other.client.post(`/api/v1/sales-orders/${otherOrder.id}/packages`, { lines: [{ sales_order_line_id: otherOrder.lines[0]!.id, quantity: 1 }], external_id: 'SHP-1' })).statusCode).toBe(201);
  });

  it('pulls exactly the packages changed since an instant: edits, shipping and delivery move updated_at', async ({ t, clock, staff }) => {
    const { customerId } = await createCustomerWithContact(staff);
    const order = await insertTestOrder(t.ctx.db, staff.organization.id, customerId, { lines: [{ name: 'Oak table', quantityMilli: 5000, onHandMilli: 10_000 }] });
    const ids: string[] = [];
    for (let index = 0; index < 5; index++) ids.push((await staff.client.post(`/api/v1/sales-orders/${order.id}/packages`, { lines: [{ sales_order_line_id: order.lines[0]!.id, quantity: 1 }] })).json().id);
    clock.advance(60);
    const since = encodeURIComponent(clock.now().toISOString());
    expect((await staff.client.get(`/api/v1/packages?updated_since=${since}`)).json().data).toEqual([]);
    expect((await staff.client.post(`/api/v1/packages/${ids[4]}/ship`, { carrier: 'ups', tracking_number: '1Z1' })).statusCode).toBe(200);
    clock.advance(1);
    expect((await staff.client.patch(`/api/v1/packages/${ids[2]}`, { notes: 'Second floor' })).statusCode).toBe(200);
    const pulled = (await staff.client.get(`/api/v1/packages?updated_since=${since}`)).json();
    expect(pulled.data.map((pkg: { id: string }) => pkg.id)).toEqual([ids[4], ids[2]]);
    const paged = (await staff.client.get(`/api/v1/packages?updated_since=${since}&limit=1`)).json();
    expect(paged.data.map((pkg: { id: string }) => pkg.id)).toEqual([ids[4]]);
    const next = (await staff.client.get(`/api/v1/packages?updated_since=${since}&limit=1&cursor=${paged.next_cursor}`)).json();
    expect(next.data.map((pkg: { id: string }) => pkg.id)).toEqual([ids[2]]);
    clock.advance(1);
    const later = clock.now().toISOString();
    expect((await staff.client.post(`/api/v1/packages/${ids[4]}/deliver`)).statusCode).toBe(200);
    // A PATCH that changes nothing writes nothing.
    expect((await staff.client.patch(`/api/v1/packages/${ids[2]}`, { notes: 'Second floor' })).json().updated_at).toBe(pulled.data[1].updated_at);
    expect((await staff.client.get(`/api/v1/packages?updated_since=${encodeURIComponent(later)}`)).json().data.map((pkg: { id: string }) => pkg.id)).toEqual([ids[4]]);
    const other = await signUpStaff(t.app);
    expect((await other.client.get(`/api/v1/packages?updated_since=${since}`)).json().data).toEqual([]);
    expect((await staff.client.get('/api/v1/packages?updated_since=yesterday')).statusCode).toBe(400);
  });
});
