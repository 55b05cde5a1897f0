import { expect } from 'vitest';
import { newId } from '../../lib/ids.ts';
import type { Signal } from '../../signals/signal-bus.ts';
import { describeOnEachDialect } from '../../test/fixture.ts';
import { notificationTypes, setPermissions } from '../../test/portal-document-builders.ts';
import { orderingContact, sellableItem, setPortalSettings, stockOfItem } from '../../test/portal-order-builders.ts';
import { storePriceList } from '../../test/price-list-builders.ts';

describeOnEachDialect('portal orders: placing', (it) => {
  it('places an order pending approval, holding stock, telling staff and emptying those cart lines', async ({ t, staff }) => {
    const c = await orderingContact(t, staff);
    const widget = await sellableItem(t, staff, { currency: c.currency, rate_minor: 1250, onHand: 10 });
    const gadget = await sellableItem(t, staff, { currency: c.currency, rate_minor: 800, track_stock: 0 });
    const kept = await sellableItem(t, staff, { currency: c.currency, onHand: 3 });
    for (const [item, quantity] of [[widget, 4], [gadget, 2.5], [kept, 1]] as const) {
      expect((await c.client.put(`${c.api}/cart/lines/${item.id}`, { quantity })).statusCode).toBe(200);
    }
    const signals: Signal[] = [];
    const stop = t.ctx.signals.subscribe('stock', c.organizationId, (signal) => signals.push(signal));
    const response = await c.order({
      lines: [
        { item_id: widget.id, quantity: 4, expected_unit_price_minor: 1250 },
        { item_id: gadget.id, quantity: 2.5 },
      ],
      po_number: 'PO-77',
      notes: 'Leave at the back door',
    });
    stop();
    expect(response.statusCode, response.body).toBe(201);
    const order = response.json();
    expect(order).toMatchObject({ status: 'pending_approval', po_number: 'PO-77', notes: 'Leave at the back door', currency: c.currency, subtotal_minor: 5000 + 2000, placed_via: 'portal' });
    expect(order.number).toMatch(/^SO-/);
    expect(order.lines.map((line: { name: string; quantity: number; unit_price_minor: number }) => [line.name, line.quantity, line.unit_price_minor])).toEqual([
      [widget.name, 4, 1250],
      [gadget.name, 2.5, 800],
    ]);
    expect(order.events).toEqual([expect.objectContaining({ status: 'pending_approval', actor_type: 'contact' })]);
    expect(await stockOfItem(t, widget.id)).toEqual({ on_hand_milli: 10_000, committed_milli: 4000 });
    expect(signals).toEqual([{ topic: 'stock', organizationId: c.organizationId, ids: [widget.id] }]);

    const cart = (await c.client.get(`${c.api}/cart`)).json();
    expect(cart.lines.map((line: { item_id: string }) => line.item_id)).toEqual([kept.id]);
    expect(await notificationTypes(staff)).toContain('portal.order_placed');
    const mails = await t.deliverMail();
    expect(mails.find((mail) => mail.to === staff.user.email && mail.text.includes(order.number))?.text).toContain('awaiting your approval');

    const list = (await c.client.get(`${c.api}/sales-orders`)).json();
    expect(list.data.map((row: { id: string }) => row.id)).toEqual([order.id]);
    expect((await c.client.get(`${c.api}/sales-orders/${order.id}`)).json()).toMatchObject({ id: order.id, total_minor: order.total_minor, packages: [], invoices: [] });
  });

  it('confirms at once when the portal settings say so', async ({ t, staff }) => {
    await setPortalSettings(staff, { confirm_portal_orders: true });
    const c = await orderingContact(t, staff);
    const item = await sellableItem(t, staff, { currency: c.currency, onHand: 5 });
    const response = await c.order({ lines: [{ item_id: item.id, quantity: 2 }] });
    expect(response.statusCode, response.body).toBe(201);
    expect(response.json().status).toBe('confirmed');
    expect((await stockOfItem(t, item.id)).committed_milli).toBe(2000);
  });

  it('needs an Idempotency-Key, replays the first answer and refuses the key with another body', async ({ t, staff }) => {
    const c = await orderingContact(t, staff);
    const item = await sellableItem(t, staff, { currency: c.currency, onHand: 5 });
    const without = await c.client.post(`${c.api}/sales-orders`, { lines: [{ item_id: item.id, quantity: 1 }] });
    expect(without.statusCode).toBe(400);
    expect(without.json().error).toMatchObject({ code: 'IDEMPOTENCY_KEY_REQUIRED', details: [expect.objectContaining({ field: 'Idempotency-Key' })] });
    const body = { lines: [{ item_id: item.id, quantity: 1 }] };
    const first = await c.order(body, 'order-key-1');
    const again = await c.order(body, 'order-key-1');
    expect(first.statusCode).toBe(201);
    expect(again.statusCode).toBe(201);
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(again.json().id).toBe(first.json().id);
    expect((await stockOfItem(t, item.id)).committed_milli).toBe(1000);
    const other = await c.order({ lines: [{ item_id: item.id, quantity: 2 }] }, 'order-key-1');
    expect(other.statusCode).toBe(409);
    expect(other.json().error.code).toBe('IDEMPOTENCY_KEY_REUSED');
    expect((await c.client.get(`${c.api}/sales-orders`)).json().data).toHaveLength(1);
  });

  it('refuses with PRICES_CHANGED listing each difference, creating nothing', async ({ t, staff }) => {
    const c = await orderingContact(t, staff);
    const listed = await sellableItem(t, staff, { currency: c.currency, rate_minor: 1000, onHand: 5 });
    const same = await sellableItem(t, staff, { currency: c.currency, rate_minor: 500, onHand: 5 });
    await storePriceList(t.ctx.db, c.organizationId, { currency: c.currency, rates: [{ item_id: listed.id, min_quantity_milli: 0, rate_minor: 900 }], customerIds: [c.customerId] });
    const response = await c.order({
      lines: [
        { item_id: listed.id, quantity: 1, expected_unit_price_minor: 1000 },
        { item_id: same.id, quantity: 1, expected_unit_price_minor: 500 },
      ],
    });
    expect(response.statusCode).toBe(409);
    expect(response.json().error).toMatchObject({ code: 'PRICES_CHANGED', details: [{ item_id: listed.id, expected_unit_price_minor: 1000, unit_price_minor: 900 }] });
    expect((await c.client.get(`${c.api}/sales-orders`)).json().data).toEqual([]);
    expect((await stockOfItem(t, listed.id)).committed_milli).toBe(0);
    expect((await stockOfItem(t, same.id)).committed_milli).toBe(0);
    const repriced = await c.order({ lines: [{ item_id: listed.id, quantity: 1, expected_unit_price_minor: 900 }] });
    expect(repriced.statusCode).toBe(201);
    expect(repriced.json().lines[0].unit_price_minor).toBe(900);
  });

  it('refuses more than is available with INSUFFICIENT_STOCK, and items not sold, naming the line', async ({ t, staff }) => {
    const c = await orderingContact(t, staff);
    const scarce = await sellableItem(t, staff, { currency: c.currency, onHand: 2 });
    const backordered = await sellableItem(t, staff, { currency: c.currency, onHand: 0, allow_backorders: 1 });
    const short = await c.order({ lines: [{ item_id: backordered.id, quantity: 5 }, { item_id: scarce.id, quantity: 3 }] });
    expect(short.statusCode).toBe(409);
    expect(short.json().error.code).toBe('INSUFFICIENT_STOCK');
    expect(JSON.stringify(short.json().error.details)).toContain(scarce.id);
    expect((await stockOfItem(t, backordered.id)).committed_milli).toBe(0);
    expect((await c.client.get(`${c.api}/sales-orders`)).json().data).toEqual([]);
    expect((await c.order({ lines: [{ item_id: backordered.id, quantity: 5 }] })).statusCode).toBe(201);

    const hidden = await sellableItem(t, staff, { currency: c.currency, onHand: 5 });
    await t.ctx.db.updateTable('items').set({ sellable_in_portal: 0 }).where('id', '=', hidden.id).execute();
    const foreign = await sellableItem(t, staff, { currency: c.currency === 'EUR' ? 'JPY' : 'EUR', onHand: 5 });
    for (const item of [hidden, foreign]) {
      const refused = await c.order({ lines: [{ item_id: scarce.id, quantity: 1 }, { item_id: item.id, quantity: 1 }] });
      expect(refused.statusCode).toBe(422);
      expect(refused.json().error).toMatchObject({ code: 'ITEM_UNAVAILABLE', details: [expect.objectContaining({ field: 'lines.1.item_id' })] });
    }
  });

  it('answers 400 naming the field for malformed bodies', async ({ t, staff }) => {
    const c = await orderingContact(t, staff);
    const item = await sellableItem(t, staff, { currency: c.currency, onHand: 5 });
    const cases: [unknown, string][] = [
      [{}, 'lines'],
      [{ lines: [] }, 'lines'],
      [{ lines: [{ item_id: item.id }] }, 'lines.0.quantity'],
      [{ lines: [{ item_id: item.id, quantity: 0 }] }, 'lines.0.quantity'],
      [{ lines: [{ item_id: item.id, quantity: 1.0005 }] }, 'lines.0.quantity'],
      [{ lines: [{ item_id: item.id, quantity: '2' }] }, 'lines.0.quantity'],
      [{ lines: [{ item_id: item.id, quantity: 1, expected_unit_price_minor: 1.5 }] }, 'lines.0.expected_unit_price_minor'],
      [{ lines: [{ item_id: item.id, quantity: 1 }, { item_id: item.id, quantity: 2 }] }, 'lines.1.item_id'],
      [{ lines: [{ item_id: item.id, quantity: 1, colour: 'red' }] }, 'lines.0.colour'],
      [{ lines: [{ item_id: item.id, quantity: 1 }], po_number: 'x'.repeat(101) }, 'po_number'],
    ];
    for (const [body, field] of cases) {
      const response = await c.order(body);
      expect(response.statusCode, JSON.stringify(body)).toBe(400);
      expect(response.json().error.code).toBe('VALIDATION_FAILED');
      expect(response.json().error.details.map((d: { field: string }) => d.field), JSON.stringify(body)).toContain(field);
    }
    for (const [body, field] of [[{}, 'quantity'], [{ quantity: -1 }, 'quantity'], [{ quantity: 1, extra: true }, 'extra']] as const) {
      const response = await c.client.put(`${c.api}/cart/lines/${item.id}`, body);
      expect(response.statusCode).toBe(400);
      expect(response.json().error.details[0].field).toBe(field);
    }
    const list = await c.client.get(`${c.api}/sales-orders?filter=draft`);
    expect(list.statusCode).toBe(400);
    expect(list.json().error.details[0].field).toBe('filter');
  });

  it('without place_orders: 403 on cart writes and ordering, reading still allowed with view_documents', async ({ t, staff }) => {
    const c = await orderingContact(t, staff);
    const item = await sellableItem(t, staff, { currency: c.currency, onHand: 5 });
    const placed = (await c.order({ lines: [{ item_id: item.id, quantity: 1 }] })).json();
    await setPermissions(staff, c.contactId, ['view_documents']);
    for (const response of [
      await c.client.put(`${c.api}/cart/lines/${item.id}`, { quantity: 1 }),
      await c.client.delete(`${c.api}/cart/lines/${item.id}`),
      await c.client.delete(`${c.api}/cart`),
      await c.order({ lines: [{ item_id: item.id, quantity: 1 }] }),
      await c.client.post(`${c.api}/sales-orders/${placed.id}/reorder`),
    ]) {
      expect(response.statusCode, response.body).toBe(403);
      expect(response.json().error.code).toBe('FORBIDDEN');
    }
    for (const path of ['catalog', 'catalog/categories', 'cart', 'sales-orders', `sales-orders/${placed.id}`, 'shipments', 'shipping-addresses']) {
      expect((await c.client.get(`${c.api}/${path}`)).statusCode, path).toBe(200);
    }
    await setPermissions(staff, c.contactId, ['pay']);
    for (const path of ['catalog', 'cart', 'sales-orders', `sales-orders/${placed.id}`, 'shipments']) {
      expect((await c.client.get(`${c.api}/${path}`)).statusCode, path).toBe(403);
    }
  });

  it('answers 404 for another customer’s order, reorder and cart line', async ({ t, staff }) => {
    const me = await orderingContact(t, staff);
    const neighbour = await orderingContact(t, staff);
    const item = await sellableItem(t, staff, { currency: neighbour.currency, onHand: 5 });
    const theirs = (await neighbour.order({ lines: [{ item_id: item.id, quantity: 1 }] })).json();
    await neighbour.client.put(`${neighbour.api}/cart/lines/${item.id}`, { quantity: 2 });
    for (const response of [
      await me.client.get(`${me.api}/sales-orders/${theirs.id}`),
      await me.client.post(`${me.api}/sales-orders/${theirs.id}/reorder`),
      await me.client.delete(`${me.api}/cart/lines/${item.id}`),
      await me.client.get(`${me.api}/sales-orders/nope`),
    ]) {
      expect(response.statusCode, response.body).toBe(404);
      expect(response.json().error.code).toBe('NOT_FOUND');
    }
    expect((await me.client.get(`${me.api}/sales-orders`)).json().data).toEqual([]);
    expect((await neighbour.client.get(`${neighbour.api}/cart`)).json().lines).toHaveLength(1);
    // Without place_orders, another customer's order is still a 404, not a 403.
    await setPermissions(staff, me.contactId, ['view_documents']);
    expect((await me.client.post(`${me.api}/sales-orders/${theirs.id}/reorder`)).statusCode).toBe(404);
  });

  it('lists the customer’s shipping addresses and ships an order to the one chosen; another customer’s is refused', async ({ t, staff }) => {
    const c = await orderingContact(t, staff);
    const neighbour = await orderingContact(t, staff);
    const now = new Date().toISOString();
    const address = (customerId: string, label: string, isDefault: 0 | 1) => ({ id: newId(), organization_id: c.organizationId, customer_id: customerId, label, address: `${label} Street 1\nSpringfield`, is_default: isDefault, removed_at: null, created_at: now, updated_at: now });
    const depot = address(c.customerId, 'Depot', 0);
    const office = address(c.customerId, 'Office', 1);
    const theirs = address(neighbour.customerId, 'Theirs', 1);
    await t.ctx.db.insertInto('customer_addresses').values([depot, office, theirs]).execute();
    const listed = (await c.client.get(`${c.api}/shipping-addresses`)).json().data;
    expect(listed.map((entry: { id: string; is_default: boolean }) => [entry.id, entry.is_default])).toEqual([
      [office.id, true],
      [depot.id, false],
    ]);
    const item = await sellableItem(t, staff, { currency: c.currency, onHand: 5 });
    const placed = await c.order({ lines: [{ item_id: item.id, quantity: 1 }], shipping_address_id: depot.id });
    expect(placed.statusCode, placed.body).toBe(201);
    expect(placed.json().shipping_address).toBe(depot.address);
    const refused = await c.order({ lines: [{ item_id: item.id, quantity: 1 }], shipping_address_id: theirs.id });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.details[0].field).toBe('shipping_address_id');
    expect((await stockOfItem(t, item.id)).committed_milli).toBe(1000);
  });

  it('keeps a thread on the order with staff, and gives the order as PDF', async ({ t, staff }) => {
    const c = await orderingContact(t, staff);
    const item = await sellableItem(t, staff, { currency: c.currency, onHand: 5 });
    const placed = (await c.order({ lines: [{ item_id: item.id, quantity: 1 }] })).json();
    expect((await staff.client.post(`/api/v1/sales-orders/${placed.id}/comments`, { body: 'Ships Monday', display_in_portal: true })).statusCode).toBe(201);
    expect((await staff.client.post(`/api/v1/sales-orders/${placed.id}/comments`, { body: 'Check their credit', display_in_portal: false })).statusCode).toBe(201);
    const posted = await c.client.post(`${c.api}/sales-orders/${placed.id}/comments`, { body: 'Thanks, Monday works' });
    expect(posted.statusCode, posted.body).toBe(201);
    expect(posted.json()).toMatchObject({ author_type: 'contact', body: 'Thanks, Monday works', display_in_portal: true });
    const thread = (await c.client.get(`${c.api}/sales-orders/${placed.id}/comments`)).json().data;
    expect(thread.map((entry: { body: string }) => entry.body)).toEqual(['Ships Monday', 'Thanks, Monday works']);
    expect((await notificationTypes(staff)).filter((type) => type === 'portal.comment_added')).toHaveLength(1);
    const empty = await c.client.post(`${c.api}/sales-orders/${placed.id}/comments`, { body: '  ' });
    expect(empty.statusCode).toBe(400);
    expect(empty.json().error.details[0].field).toBe('body');

    const pdf = await c.client.get(`${c.api}/sales-orders/${placed.id}/pdf`);
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');

    const neighbour = await orderingContact(t, staff);
    for (const response of [
      await neighbour.client.get(`${neighbour.api}/sales-orders/${placed.id}/comments`),
      await neighbour.client.post(`${neighbour.api}/sales-orders/${placed.id}/comments`, { body: 'Hello' }),
      await neighbour.client.get(`${neighbour.api}/sales-orders/${placed.id}/pdf`),
    ]) {
      expect(response.statusCode).toBe(404);
    }
    await setPermissions(staff, c.contactId, ['pay']);
    expect((await c.client.get(`${c.api}/sales-orders/${placed.id}/pdf`)).statusCode).toBe(403);
    expect((await c.client.get(`${c.api}/sales-orders/${placed.id}/comments`)).statusCode).toBe(403);
  });

  it('answers 404 on every ordering page while the portal’s sales orders are switched off', async ({ t, staff }) => {
    const c = await orderingContact(t, staff);
    const item = await sellableItem(t, staff, { currency: c.currency, onHand: 5 });
    const placed = (await c.order({ lines: [{ item_id: item.id, quantity: 1 }] })).json();
    await setPortalSettings(staff, { show_sales_orders: false });
    const requests = [
      c.client.get(`${c.api}/catalog`),
      c.client.get(`${c.api}/catalog/categories`),
      c.client.get(`${c.api}/catalog/stream`),
      c.client.get(`${c.api}/cart`),
      c.client.put(`${c.api}/cart/lines/${item.id}`, { quantity: 1 }),
      c.client.delete(`${c.api}/cart`),
      c.client.get(`${c.api}/sales-orders`),
      c.order({ lines: [{ item_id: item.id, quantity: 1 }] }),
      c.client.get(`${c.api}/sales-orders/${placed.id}`),
      c.client.post(`${c.api}/sales-orders/${placed.id}/reorder`),
      c.client.get(`${c.api}/sales-orders/${placed.id}/comments`),
      c.client.post(`${c.api}/sales-orders/${placed.id}/comments`, { body: 'Hello' }),
      c.client.get(`${c.api}/sales-orders/${placed.id}/pdf`),
      c.client.get(`${c.api}/shipments`),
      c.client.get(`${c.api}/shipping-addresses`),
    ];
    for (const response of await Promise.all(requests)) {
      expect(response.statusCode, response.body).toBe(404);
      expect(response.json().error.code).toBe('NOT_FOUND');
    }
  });
});
