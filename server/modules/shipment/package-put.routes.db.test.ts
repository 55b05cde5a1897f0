import { randomBytes } from 'node:crypto';
import { expect } from 'vitest';
import type { Db } from '../../db/database.ts';
import { signUpStaff, type SignedUpStaff } from '../../test/builders.ts';
import { describeOnEachDialect } from '../../test/fixture.ts';
import { setStock, stockLevel } from '../../test/sales-order-builders.ts';
import { outboxMails } from '../../test/shipment-builders.ts';

const put = (path: string, body: unknown) => ({ method: 'PUT', path, body });

/**
 * A customer C-1 whose contact has portal access (so shipments are mailed), items I-1 (tracked, 10 on hand)
 * and I-2, and a confirmed order SO-1 of 3 × I-1 and 2 × I-2, all made by their PUTs.
 */
async function confirmedOrder(staff: SignedUpStaff, db: Db) {
  const email = `erp-${randomBytes(4).toString('hex')}@example.test`;
  const customer = await staff.client.post('/api/v1/customers', {
    display_name: 'Acme',
    currency: 'EUR',
    external_id: 'C-1',
    allow_portal_access: true,
    contact_persons: [{ first_name: 'Ada', email, is_primary: true }],
  });
  expect(customer.statusCode, customer.body).toBe(201);
  const table = (await staff.client.put('/api/v1/items/by-external-id/I-1', { name: 'Oak table', rate_minor: 20_000, currency: 'EUR', track_stock: true })).json();
  await staff.client.put('/api/v1/items/by-external-id/I-2', { name: 'Chair', rate_minor: 5_000, currency: 'EUR' });
  await setStock(db, staff.organization.id, table.id, 10_000);
  const order = await staff.client.put('/api/v1/sales-orders/by-external-id/SO-1', {
    customer_external_id: 'C-1',
    status: 'confirmed',
    lines: [
      { item_external_id: 'I-1', quantity: 3 },
      { item_external_id: 'I-2', quantity: 2 },
    ],
  });
  expect(order.statusCode, order.body).toBe(201);
  return { order: order.json(), table, email };
}

const packages = async (staff: SignedUpStaff) => (await staff.client.get('/api/v1/packages?limit=100')).json().data as { id: string; external_id: string | null; status: string }[];

async function shipmentEvents(db: Db, organizationId: string): Promise<number> {
  const rows = await db.selectFrom('webhook_events').select('id').where('organization_id', '=', organizationId).where('type', '=', 'shipment.shipped').execute();
  return rows.length;
}

describeOnEachDialect('PUT /packages/by-external-id', { startAt: '2026-12-02T10:00:00.000Z' }, (it) => {
  it('packs once naming the order and lines by external ids, changes notes as PATCH does, and ships when the shipment comes', async ({ t, clock, staff }) => {
    const { order, table, email } = await confirmedOrder(staff, t.ctx.db);
    expect((await staff.client.post('/api/v1/webhook-endpoints', { url: 'https://erp.example.com/hooks', events: ['shipment.shipped'] })).statusCode).toBe(201);
    const body = { sales_order_external_id: 'SO-1', lines: [{ item_external_id: 'I-1', quantity: 2 }, { sales_order_line_id: order.lines[1].id, quantity: 2 }], notes: 'Fragile' };
    const packed = await staff.client.put('/api/v1/packages/by-external-id/SHP-1', body);
    expect(packed.statusCode, packed.body).toBe(201);
    const pkg = packed.json();
    expect(pkg).toMatchObject({ external_id: 'SHP-1', status: 'packed', sales_order: { id: order.id }, notes: 'Fragile', package_date: '2026-12-02' });
    expect(pkg.lines).toMatchObject([
      { sales_order_line_id: order.lines[0].id, quantity: 2 },
      { sales_order_line_id: order.lines[1].id, quantity: 2 },
    ]);

    clock.advance(60);
    const again = await staff.client.put('/api/v1/packages/by-external-id/SHP-1', body);
    expect(again.statusCode, again.body).toBe(200);
    expect(again.json()).toEqual(pkg);

    const notes = await staff.client.put('/api/v1/packages/by-external-id/SHP-1', { ...body, notes: 'Fragile, this side up' });
    expect(notes.statusCode, notes.body).toBe(200);
    expect(notes.json()).toMatchObject({ status: 'packed', notes: 'Fragile, this side up' });
    expect(notes.json().updated_at).not.toBe(pkg.updated_at);
    expect(await outboxMails(t.ctx.db, staff.organization.id, 'order_shipped')).toHaveLength(0);

    clock.advance(60);
    const shipment = { carrier: 'UPS', tracking_number: '1Z999AA10123456784', shipped_on: '2026-12-02' };
    const shippedBody = { ...body, notes: 'Fragile, this side up', shipment };
    const shipped = await staff.client.put('/api/v1/packages/by-external-id/SHP-1', shippedBody);
    expect(shipped.statusCode, shipped.body).toBe(200);
    expect(shipped.json()).toMatchObject({ id: pkg.id, status: 'shipped', carrier: 'ups', tracking_number: '1Z999AA10123456784', shipped_on: '2026-12-02', tracking_url: expect.stringContaining('1Z999AA10123456784') });
    expect(await stockLevel(t.ctx.db, table.id)).toEqual({ on_hand_milli: 8_000, committed_milli: 1_000 });
    expect((await staff.client.get(`/api/v1/sales-orders/${order.id}`)).json()).toMatchObject({ status: 'partially_shipped', lines: [{ shipped_quantity: 2 }, { shipped_quantity: 2 }] });
    expect((await outboxMails(t.ctx.db, staff.organization.id, 'order_shipped')).map((mail) => mail.to_address)).toEqual([email]);
    expect(await shipmentEvents(t.ctx.db, staff.organization.id)).toBe(1);

    // Replayed, with or without the shipment: nothing more happens.
    clock.advance(60);
    for (const replay of [shippedBody, { ...body, notes: 'Fragile, this side up' }]) {
      const same = await staff.client.put('/api/v1/packages/by-external-id/SHP-1', replay);
      expect(same.statusCode, same.body).toBe(200);
      expect(same.json()).toEqual(shipped.json());
    }
    expect(await outboxMails(t.ctx.db, staff.organization.id, 'order_shipped')).toHaveLength(1);
    expect(await shipmentEvents(t.ctx.db, staff.organization.id)).toBe(1);
    expect(await stockLevel(t.ctx.db, table.id)).toEqual({ on_hand_milli: 8_000, committed_milli: 1_000 });
    expect((await packages(staff)).map((row) => row.external_id)).toEqual(['SHP-1']);
  });

  it('packs and ships at once when the first PUT carries the shipment', async ({ t, staff }) => {
    const { order, table, email } = await confirmedOrder(staff, t.ctx.db);
    const response = await staff.client.put('/api/v1/packages/by-external-id/SHP-2', {
      sales_order_id: order.id,
      lines: [{ item_external_id: 'I-1', quantity: 3 }, { item_external_id: 'I-2', quantity: 2 }],
      package_date: '2026-12-01',
      shipment: { carrier: 'dhl', tracking_number: 'JD0146' },
    });
    expect(response.statusCode, response.body).toBe(201);
    expect(response.json()).toMatchObject({ status: 'shipped', package_date: '2026-12-01', carrier: 'dhl', shipped_on: '2026-12-02', notes: null });
    expect(await stockLevel(t.ctx.db, table.id)).toEqual({ on_hand_milli: 7_000, committed_milli: 0 });
    expect((await staff.client.get(`/api/v1/sales-orders/${order.id}`)).json().status).toBe('shipped');
    expect((await outboxMails(t.ctx.db, staff.organization.id, 'order_shipped')).map((mail) => mail.to_address)).toEqual([email]);
  });

  it('refuses other lines, another day packed or another shipment with 409 STATE_CONFLICT, and another order with 409 naming the field', async ({ t, staff }) => {
    const { order } = await confirmedOrder(staff, t.ctx.db);
    const body = { sales_order_external_id: 'SO-1', lines: [{ item_external_id: 'I-1', quantity: 1 }] };
    const pkg = (await staff.client.put('/api/v1/packages/by-external-id/SHP-3', body)).json();
    const moreLines = await staff.client.put('/api/v1/packages/by-external-id/SHP-3', { ...body, lines: [{ item_external_id: 'I-1', quantity: 2 }] });
    expect(moreLines.statusCode, moreLines.body).toBe(409);
    expect(moreLines.json().error).toMatchObject({ code: 'STATE_CONFLICT', message: `${pkg.number} is packed and this PUT differs from it in its lines, which do not change once packed or shipped (a package that has not shipped can be deleted and packed again)` });
    const otherDay = await staff.client.put('/api/v1/packages/by-external-id/SHP-3', { ...body, package_date: '2026-11-30' });
    expect(otherDay.statusCode).toBe(409);
    expect(otherDay.json().error.message).toContain('package_date');

    const shipped = await staff.client.put('/api/v1/packages/by-external-id/SHP-3', { ...body, shipment: { carrier: 'ups', tracking_number: '1Z1' } });
    expect(shipped.statusCode, shipped.body).toBe(200);
    const otherShipment = await staff.client.put('/api/v1/packages/by-external-id/SHP-3', { ...body, shipment: { carrier: 'ups', tracking_number: '1Z2' } });
    expect(otherShipment.statusCode).toBe(409);
    expect(otherShipment.json().error).toMatchObject({ code: 'STATE_CONFLICT', message: expect.stringContaining('is shipped and this PUT differs from it in the shipment it left with (ups 1Z1 on 2026-12-02)') });
    const delivered = await staff.client.post(`/api/v1/packages/${pkg.id}/deliver`);
    expect(delivered.statusCode).toBe(200);
    expect((await staff.client.put('/api/v1/packages/by-external-id/SHP-3', { ...body, shipment: { carrier: 'ups', tracking_number: '1Z1' } })).json()).toEqual(delivered.json());

    const second = await staff.client.put('/api/v1/sales-orders/by-external-id/SO-2', { customer_external_id: 'C-1', status: 'confirmed', lines: [{ item_external_id: 'I-2', quantity: 1 }] });
    expect(second.statusCode).toBe(201);
    const moved = await staff.client.put('/api/v1/packages/by-external-id/SHP-3', { sales_order_external_id: 'SO-2', lines: [{ item_external_id: 'I-2', quantity: 1 }] });
    expect(moved.statusCode, moved.body).toBe(409);
    expect(moved.json().error).toMatchObject({ code: 'CONFLICT', details: [{ field: 'sales_order_external_id', code: 'invalid' }] });
    expect((await staff.client.get(`/api/v1/sales-orders/${order.id}`)).json().lines[0].packed_quantity).toBe(1);
  });

  it('names the field of an unknown, ambiguous or foreign reference, and answers as POST does for another organization’s order', async ({ t, staff }) => {
    const { order } = await confirmedOrder(staff, t.ctx.db);
    const twice = await staff.client.put('/api/v1/sales-orders/by-external-id/SO-T', { customer_external_id: 'C-1', status: 'confirmed', lines: [{ item_external_id: 'I-2', quantity: 1 }, { item_external_id: 'I-2', quantity: 2 }] });
    expect(twice.statusCode).toBe(201);
    const cases: [Record<string, unknown>, number, string, string][] = [
      [{ sales_order_external_id: 'NOPE', lines: [{ item_external_id: 'I-1', quantity: 1 }] }, 400, 'sales_order_external_id', 'unknown_reference'],
      [{ sales_order_external_id: 'SO-1', sales_order_id: order.id, lines: [{ item_external_id: 'I-1', quantity: 1 }] }, 400, 'sales_order_id', 'required'],
      [{ sales_order_external_id: 'SO-1', lines: [{ item_external_id: 'I-1', quantity: 1 }, { item_external_id: 'NOPE', quantity: 1 }] }, 400, 'lines.1.item_external_id', 'unknown_reference'],
      [{ sales_order_external_id: 'SO-T', lines: [{ item_external_id: 'I-1', quantity: 1 }] }, 400, 'lines.0.item_external_id', 'unknown_reference'],
      [{ sales_order_external_id: 'SO-T', lines: [{ item_external_id: 'I-2', quantity: 1 }] }, 400, 'lines.0.item_external_id', 'invalid'],
      [{ sales_order_external_id: 'SO-T', lines: [{ sales_order_line_id: order.lines[0].id, quantity: 1 }] }, 400, 'lines.0.sales_order_line_id', 'unknown_reference'],
      [{ sales_order_external_id: 'SO-1', lines: [{ sales_order_line_id: order.lines[0].id, item_external_id: 'I-1', quantity: 1 }] }, 400, 'lines.0.sales_order_line_id', 'required'],
      [{ sales_order_external_id: 'SO-1', lines: [{ item_external_id: 'I-1', quantity: 1 }, { sales_order_line_id: order.lines[0].id, quantity: 1 }] }, 400, 'lines.1.sales_order_line_id', 'duplicate'],
      [{ sales_order_external_id: 'SO-1', lines: [{ item_external_id: 'I-1', quantity: 4 }] }, 409, 'lines.0.quantity', 'too_big'],
      [{ sales_order_external_id: 'SO-1', lines: [{ item_external_id: 'I-1', quantity: 1 }], external_id: 'X' }, 400, 'external_id', 'unknown_field'],
    ];
    for (const [body, status, field, code] of cases) {
      const response = await staff.client.put('/api/v1/packages/by-external-id/SHP-4', body);
      expect(response.statusCode, `${field}: ${response.body}`).toBe(status);
      expect(response.json().error.details[0], field).toMatchObject({ field, code });
    }
    const draft = await staff.client.put('/api/v1/sales-orders/by-external-id/SO-D', { customer_external_id: 'C-1', lines: [{ item_external_id: 'I-2', quantity: 1 }] });
    const notPackable = await staff.client.put('/api/v1/packages/by-external-id/SHP-4', { sales_order_external_id: 'SO-D', lines: [{ item_external_id: 'I-2', quantity: 1 }] });
    const viaPost = await staff.client.post(`/api/v1/sales-orders/${draft.json().id}/packages`, { lines: [{ sales_order_line_id: draft.json().lines[0].id, quantity: 1 }] });
    expect([notPackable.statusCode, notPackable.json().error]).toEqual([409, viaPost.json().error]);

    const other = await signUpStaff(t.app);
    const theirs = await confirmedOrder(other, t.ctx.db);
    const foreign = await staff.client.put('/api/v1/packages/by-external-id/SHP-4', { sales_order_id: theirs.order.id, lines: [{ sales_order_line_id: theirs.order.lines[0].id, quantity: 1 }] });
    const foreignPost = await staff.client.post(`/api/v1/sales-orders/${theirs.order.id}/packages`, { lines: [{ sales_order_line_id: theirs.order.lines[0].id, quantity: 1 }] });
    expect([foreign.statusCode, foreign.json().error.code]).toEqual([404, foreignPost.json().error.code]);
    expect(await packages(staff)).toEqual([]);
    expect(await packages(other)).toEqual([]);
  });

  it('makes exactly one package, shipped once, of identical PUTs sent at once', async ({ t, staff }) => {
    const { table } = await confirmedOrder(staff, t.ctx.db);
    // The whole line: the PUTs that wait for the first one's lock find nothing left to pack, then its package.
    const body = { sales_order_external_id: 'SO-1', lines: [{ item_external_id: 'I-1', quantity: 3 }], shipment: { carrier: 'ups', tracking_number: '1Z5' } };
    const answers = await Promise.all(Array.from({ length: 5 }, () => staff.client.put('/api/v1/packages/by-external-id/SHP-5', body)));
    expect(answers.map((answer) => `${answer.statusCode} ${answer.statusCode >= 300 ? answer.body : ''}`).sort()).toEqual(['200 ', '200 ', '200 ', '200 ', '201 ']);
    expect(new Set(answers.map((answer) => answer.json().id)).size).toBe(1);
    expect((await packages(staff)).map((row) => [row.external_id, row.status])).toEqual([['SHP-5', 'shipped']]);
    expect(await stockLevel(t.ctx.db, table.id)).toEqual({ on_hand_milli: 7_000, committed_milli: 0 });
    expect(await outboxMails(t.ctx.db, staff.organization.id, 'order_shipped')).toHaveLength(1);
  });

  it('syncs a customer, an item, an order and its shipped package in one batch, and a replay answers 200s writing nothing', async ({ clock, staff }) => {
    const operations = [
      put('/customers/by-external-id/BC-1', { display_name: 'Batch customer', currency: 'EUR' }),
      put('/items/by-external-id/BI-1', { name: 'Batch item', rate_minor: 1_000, currency: 'EUR' }),
      put('/sales-orders/by-external-id/BSO-1', { customer_external_id: 'BC-1', status: 'confirmed', lines: [{ item_external_id: 'BI-1', quantity: 2 }] }),
      put('/packages/by-external-id/BP-1', { sales_order_external_id: 'BSO-1', lines: [{ item_external_id: 'BI-1', quantity: 2 }], shipment: { carrier: 'dhl', tracking_number: 'B1' } }),
    ];
    const first = await staff.client.post('/api/v1/batch', { operations });
    expect(first.statusCode, first.body).toBe(200);
    const results = first.json().results;
    expect(results.map((result: { status: number }) => result.status)).toEqual([201, 201, 201, 201]);
    expect(results[2].body).toMatchObject({ external_id: 'BSO-1', status: 'confirmed', customer: { id: results[0].body.id }, lines: [{ item_id: results[1].body.id }] });
    expect(results[3].body).toMatchObject({ external_id: 'BP-1', status: 'shipped', sales_order: { id: results[2].body.id } });
    const order = (await staff.client.get(`/api/v1/sales-orders/${results[2].body.id}`)).json();
    expect(order.status).toBe('shipped');

    clock.advance(60);
    const replay = await staff.client.post('/api/v1/batch', { operations });
    expect(replay.statusCode, replay.body).toBe(200);
    expect(replay.json().results.map((result: { status: number }) => result.status)).toEqual([200, 200, 200, 200]);
    expect(replay.json().results[2].body).toEqual(order);
    expect(replay.json().results[3].body).toEqual(results[3].body);
    expect((await staff.client.get('/api/v1/sales-orders')).json().data).toHaveLength(1);
    expect(await packages(staff)).toHaveLength(1);
  });

  it('writes nothing of a batch one operation of which fails, stock and mail included', async ({ t, staff }) => {
    const { table } = await confirmedOrder(staff, t.ctx.db);
    const before = { stock: await stockLevel(t.ctx.db, table.id), orders: (await staff.client.get('/api/v1/sales-orders')).json().data.length };
    const failed = await staff.client.post('/api/v1/batch', {
      operations: [
        put('/sales-orders/by-external-id/SO-N', { customer_external_id: 'C-1', status: 'confirmed', lines: [{ item_external_id: 'I-1', quantity: 2 }] }),
        put('/packages/by-external-id/P-N', { sales_order_external_id: 'SO-1', lines: [{ item_external_id: 'I-1', quantity: 3 }], shipment: { carrier: 'ups', tracking_number: '1ZN' } }),
        put('/packages/by-external-id/P-X', { sales_order_external_id: 'SO-N', lines: [{ item_external_id: 'I-404', quantity: 1 }] }),
      ],
    });
    expect(failed.statusCode, failed.body).toBe(400);
    expect(failed.json().error.details[0]).toMatchObject({ field: 'operations.2.body.lines.0.item_external_id', code: 'unknown_reference' });
    expect(failed.json().results.map((result: { status: number; applied: boolean }) => [result.status, result.applied])).toEqual([
      [201, false],
      [201, false],
      [400, false],
    ]);
    expect(await stockLevel(t.ctx.db, table.id)).toEqual(before.stock);
    expect((await staff.client.get('/api/v1/sales-orders')).json().data).toHaveLength(before.orders);
    expect(await packages(staff)).toEqual([]);
    expect(await outboxMails(t.ctx.db, staff.organization.id, 'order_shipped')).toHaveLength(0);
  });
});
