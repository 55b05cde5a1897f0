import { expect } from 'vitest';
import { signUpStaff, type SignedUpStaff } from '../../test/builders.ts';
import { describeOnEachDialect } from '../../test/fixture.ts';
import { setStock, stockLevel } from '../../test/sales-order-builders.ts';
import { insertTestOrder } from '../../test/shipment-builders.ts';

const orders = async (staff: SignedUpStaff) => (await staff.client.get('/api/v1/sales-orders?limit=100')).json().data as { id: string; external_id: string | null }[];

/** A customer C-1 and items I-1 (tracked, with stock) and I-2 of the organization, made by their own PUTs. */
async function catalogue(staff: SignedUpStaff, db: Parameters<typeof setStock>[0]) {
  const customer = (await staff.client.put('/api/v1/customers/by-external-id/C-1', { display_name: 'Acme', currency: 'EUR' })).json();
  const table = (await staff.client.put('/api/v1/items/by-external-id/I-1', { name: 'Oak table', rate_minor: 20_000, currency: 'EUR', track_stock: true })).json();
  const chair = (await staff.client.put('/api/v1/items/by-external-id/I-2', { name: 'Chair', rate_minor: 5_000, currency: 'EUR' })).json();
  await setStock(db, staff.organization.id, table.id, 10_000);
  return { customer, table, chair };
}

const orderBody = (extra: Record<string, unknown> = {}) => ({
  customer_external_id: 'C-1',
  po_number: 'PO-1',
  lines: [
    { item_external_id: 'I-1', quantity: 2 },
    { item_external_id: 'I-2', quantity: 4, rate_minor: 4_500 },
    { name: 'Delivery', quantity: 1, rate_minor: 3_000 },
  ],
  ...extra,
});

describeOnEachDialect('PUT /sales-orders/by-external-id', { startAt: '2026-12-02T10:00:00.000Z' }, (it) => {
  it('creates the order once, naming customer and items by external id; the same PUT again writes nothing', async ({ t, clock, staff }) => {
    const { customer, table, chair } = await catalogue(staff, t.ctx.db);
    const created = await staff.client.put('/api/v1/sales-orders/by-external-id/SO-1', orderBody());
    expect(created.statusCode, created.body).toBe(201);
    expect(created.headers.etag).toBe('"1"');
    const order = created.json();
    expect(order).toMatchObject({ external_id: 'SO-1', status: 'draft', customer: { id: customer.id }, po_number: 'PO-1', placed_via: 'staff', version: 1, total_minor: 61_000 });
    expect(order.lines).toMatchObject([
      { item_id: table.id, name: 'Oak table', quantity: 2, rate_minor: 20_000, price_source: 'base' },
      { item_id: chair.id, name: 'Chair', quantity: 4, rate_minor: 4_500, price_source: 'manual' },
      { item_id: null, name: 'Delivery', rate_minor: 3_000 },
    ]);

    clock.advance(60);
    const again = await staff.client.put('/api/v1/sales-orders/by-external-id/SO-1', orderBody());
    expect(again.statusCode, again.body).toBe(200);
    expect(again.json()).toEqual(order);
    // By ids it is the same order too.
    const byIds = await staff.client.put('/api/v1/sales-orders/by-external-id/SO-1', {
      ...orderBody({ customer_id: customer.id, customer_external_id: undefined }),
      lines: [{ item_id: table.id, quantity: 2 }, { item_id: chair.id, quantity: 4, rate_minor: 4_500 }, { name: 'Delivery', quantity: 1, rate_minor: 3_000 }],
    });
    expect(byIds.statusCode, byIds.body).toBe(200);
    expect(byIds.json()).toMatchObject({ version: 1, updated_at: order.updated_at });
    expect((await orders(staff)).map((row) => row.external_id)).toEqual(['SO-1']);
  });

  it('changes a draft to exactly the body through the PATCH rules, and confirms it when the body says confirmed', async ({ t, clock, staff }) => {
    const { table } = await catalogue(staff, t.ctx.db);
    const first = (await staff.client.put('/api/v1/sales-orders/by-external-id/SO-2', orderBody({ notes: 'Ring twice' }))).json();
    clock.advance(60);
    // Notes left out are cleared; the lines stay as they are.
    const notes = await staff.client.put('/api/v1/sales-orders/by-external-id/SO-2', orderBody());
    expect(notes.statusCode, notes.body).toBe(200);
    expect(notes.json()).toMatchObject({ id: first.id, notes: null, version: 2 });
    expect(notes.json().lines.map((line: { id: string }) => line.id)).toEqual(first.lines.map((line: { id: string }) => line.id));
    expect(notes.json().updated_at).not.toBe(first.updated_at);

    const lines = { lines: [{ item_external_id: 'I-1', quantity: 3 }] };
    const changed = await staff.client.put('/api/v1/sales-orders/by-external-id/SO-2', orderBody({ ...lines, po_number: 'PO-2' }));
    expect(changed.statusCode, changed.body).toBe(200);
    expect(changed.json()).toMatchObject({ status: 'draft', po_number: 'PO-2', version: 3, total_minor: 60_000, lines: [{ item_id: table.id, quantity: 3 }] });
    expect((await stockLevel(t.ctx.db, table.id)).committed_milli).toBe(0);

    const confirmed = await staff.client.put('/api/v1/sales-orders/by-external-id/SO-2', orderBody({ ...lines, po_number: 'PO-2', status: 'confirmed' }));
    expect(confirmed.statusCode, confirmed.body).toBe(200);
    expect(confirmed.json()).toMatchObject({ status: 'confirmed', version: 4, lines: [{ committed_quantity: 3 }] });
    expect((await stockLevel(t.ctx.db, table.id)).committed_milli).toBe(3_000);
    // Confirmed is where it stays: the same body (confirmed, or the default draft) writes nothing.
    for (const status of ['confirmed', 'draft']) {
      const same = await staff.client.put('/api/v1/sales-orders/by-external-id/SO-2', orderBody({ ...lines, po_number: 'PO-2', status }));
      expect(same.statusCode, same.body).toBe(200);
      expect(same.json()).toMatchObject({ status: 'confirmed', version: 4, updated_at: confirmed.json().updated_at });
    }
    expect((await orders(staff)).length).toBe(1);
  });

  it('creates a confirmed order holding stock as POST does, and refuses one short of stock writing nothing', async ({ t, staff }) => {
    const { table } = await catalogue(staff, t.ctx.db);
    const held = await staff.client.put('/api/v1/sales-orders/by-external-id/SO-3', orderBody({ status: 'confirmed', lines: [{ item_external_id: 'I-1', quantity: 7 }] }));
    expect(held.statusCode, held.body).toBe(201);
    expect(held.json()).toMatchObject({ status: 'confirmed', lines: [{ committed_quantity: 7 }] });
    expect(await stockLevel(t.ctx.db, table.id)).toEqual({ on_hand_milli: 10_000, committed_milli: 7_000 });
    const short = await staff.client.put('/api/v1/sales-orders/by-external-id/SO-4', orderBody({ status: 'confirmed', lines: [{ item_external_id: 'I-1', quantity: 5 }] }));
    expect(short.statusCode, short.body).toBe(409);
    expect(short.json().error.code).toBe('INSUFFICIENT_STOCK');
    expect((await orders(staff)).map((row) => row.external_id)).toEqual(['SO-3']);
    expect((await stockLevel(t.ctx.db, table.id)).committed_milli).toBe(7_000);
  });

  it('refuses to change a confirmed order (409 STATE_CONFLICT naming what differs) or move it to another customer', async ({ t, staff }) => {
    await catalogue(staff, t.ctx.db);
    const body = orderBody({ status: 'confirmed' });
    const confirmed = (await staff.client.put('/api/v1/sales-orders/by-external-id/SO-5', body)).json();
    const changed = await staff.client.put('/api/v1/sales-orders/by-external-id/SO-5', { ...body, po_number: 'PO-9', lines: body.lines.slice(0, 2) });
    expect(changed.statusCode, changed.body).toBe(409);
    expect(changed.json().error.code).toBe('STATE_CONFLICT');
    expect(changed.json().error.message).toBe(`${confirmed.number} is confirmed and can no longer be changed (only draft and pending orders can); the PUT differs from it in po_number, lines`);

    await staff.client.put('/api/v1/customers/by-external-id/C-2', { display_name: 'Other customer', currency: 'EUR' });
    const moved = await staff.client.put('/api/v1/sales-orders/by-external-id/SO-5', { ...body, customer_external_id: 'C-2' });
    expect(moved.statusCode, moved.body).toBe(409);
    expect(moved.json().error).toMatchObject({ code: 'CONFLICT', details: [{ field: 'customer_external_id', code: 'invalid' }] });
    const cancelled = await staff.client.post(`/api/v1/sales-orders/${confirmed.id}/cancel`, { reason: 'Customer called' });
    expect(cancelled.statusCode).toBe(200);
    const cancelledChange = await staff.client.put('/api/v1/sales-orders/by-external-id/SO-5', { ...body, notes: 'Late note' });
    expect(cancelledChange.statusCode).toBe(409);
    expect(cancelledChange.json().error.message).toMatch(/is cancelled and can no longer be changed/);
    const unchanged = await staff.client.put('/api/v1/sales-orders/by-external-id/SO-5', body);
    expect(unchanged.statusCode).toBe(200);
    expect(unchanged.json()).toMatchObject({ status: 'cancelled', version: cancelled.json().version, updated_at: cancelled.json().updated_at });
  });

  it('changes an order pending approval holding stock again for its new lines, and approves it when the body says confirmed', async ({ t, staff }) => {
    const { customer } = await catalogue(staff, t.ctx.db);
    // A portal order waiting for approval, which the ERP took over under its own key.
    const pending = await insertTestOrder(t.ctx.db, staff.organization.id, customer.id, { status: 'pending_approval', lines: [{ name: 'Lamp', quantityMilli: 2_000, onHandMilli: 5_000 }] });
    await t.ctx.db.updateTable('sales_orders').set({ external_id: 'SO-P', currency: 'EUR' }).where('id', '=', pending.id).execute();
    const lamp = pending.lines[0]!.itemId!;
    expect(await stockLevel(t.ctx.db, lamp)).toEqual({ on_hand_milli: 5_000, committed_milli: 2_000 });
    const body = { customer_external_id: 'C-1', lines: [{ item_id: lamp, quantity: 3, rate_minor: 1_000 }] };
    const changed = await staff.client.put('/api/v1/sales-orders/by-external-id/SO-P', body);
    expect(changed.statusCode, changed.body).toBe(200);
    expect(changed.json()).toMatchObject({ id: pending.id, status: 'pending_approval', lines: [{ item_id: lamp, quantity: 3, committed_quantity: 3 }] });
    expect(await stockLevel(t.ctx.db, lamp)).toEqual({ on_hand_milli: 5_000, committed_milli: 3_000 });
    const approved = await staff.client.put('/api/v1/sales-orders/by-external-id/SO-P', { ...body, status: 'confirmed' });
    expect(approved.statusCode, approved.body).toBe(200);
    expect(approved.json()).toMatchObject({ status: 'confirmed', version: changed.json().version + 1, lines: [{ committed_quantity: 3 }] });
    expect(approved.json().events.map((event: { status: string }) => event.status)).toContain('confirmed');
  });

  it('names the field of an unknown or ambiguous reference, and answers another organization’s rows as POST does', async ({ t, staff }) => {
    const { customer, table } = await catalogue(staff, t.ctx.db);
    const cases: [Record<string, unknown>, number, string, string][] = [
      [orderBody({ lines: [{ item_external_id: 'I-1', quantity: 1 }, { item_external_id: 'NOPE', quantity: 1 }] }), 400, 'lines.1.item_external_id', 'unknown_reference'],
      [orderBody({ lines: [{ item_external_id: 'I-1', item_id: table.id, quantity: 1 }] }), 400, 'lines.0.item_external_id', 'invalid'],
      [orderBody({ customer_external_id: 'NOPE' }), 400, 'customer_external_id', 'unknown_reference'],
      [orderBody({ customer_id: customer.id }), 400, 'customer_id', 'required'],
      [orderBody({ customer_external_id: undefined }), 400, 'customer_id', 'required'],
      [orderBody({ external_id: 'SO-X' }), 400, 'external_id', 'unknown_field'],
    ];
    for (const [body, status, field, code] of cases) {
      const response = await staff.client.put('/api/v1/sales-orders/by-external-id/SO-6', body);
      expect(response.statusCode, `${field}: ${response.body}`).toBe(status);
      expect(response.json().error.details[0], field).toMatchObject({ field, code });
    }

    const other = await signUpStaff(t.app);
    const theirCustomer = (await other.client.put('/api/v1/customers/by-external-id/C-1', { display_name: 'Theirs', currency: 'EUR' })).json();
    const theirItem = (await other.client.put('/api/v1/items/by-external-id/I-9', { name: 'Theirs', rate_minor: 1, currency: 'EUR' })).json();
    // As every PUT by external id: another organization's customer is an unknown reference, named.
    const viaPut = await staff.client.put('/api/v1/sales-orders/by-external-id/SO-6', orderBody({ customer_external_id: undefined, customer_id: theirCustomer.id }));
    expect(viaPut.statusCode).toBe(400);
    expect(viaPut.json().error.details[0]).toMatchObject({ field: 'customer_id', code: 'unknown_reference' });
    const itemPost = await staff.client.post('/api/v1/sales-orders', { customer_id: customer.id, lines: [{ item_id: theirItem.id, quantity: 1 }] });
    const itemPut = await staff.client.put('/api/v1/sales-orders/by-external-id/SO-6', orderBody({ lines: [{ item_id: theirItem.id, quantity: 1 }] }));
    expect(itemPut.statusCode).toBe(422);
    expect(itemPut.json().error).toMatchObject({ code: itemPost.json().error.code, details: [{ field: 'lines.0.item_id', code: 'unknown_reference' }] });
    // Their C-1 is not ours: our PUT names our own customer, and I-9 is no item of ours.
    const theirs = await staff.client.put('/api/v1/sales-orders/by-external-id/SO-6', orderBody({ lines: [{ item_external_id: 'I-9', quantity: 1 }] }));
    expect(theirs.json().error.details[0]).toMatchObject({ field: 'lines.0.item_external_id', code: 'unknown_reference' });
    expect(await orders(staff)).toEqual([]);
    expect(await orders(other)).toEqual([]);
  });

  it('makes exactly one order of identical PUTs sent at once', async ({ t, staff }) => {
    await catalogue(staff, t.ctx.db);
    const answers = await Promise.all(Array.from({ length: 5 }, () => staff.client.put('/api/v1/sales-orders/by-external-id/SO-7', orderBody({ status: 'confirmed' }))));
    for (const answer of answers) expect([200, 201], answer.body).toContain(answer.statusCode);
    expect(answers.map((answer) => answer.statusCode).sort()).toEqual([200, 200, 200, 200, 201]);
    expect(new Set(answers.map((answer) => answer.json().id)).size).toBe(1);
    expect(new Set(answers.map((answer) => answer.json().version))).toEqual(new Set([1]));
    expect((await orders(staff)).length).toBe(1);
    expect(answers[0]!.json().lines[0].committed_quantity).toBe(2);
  });
});
