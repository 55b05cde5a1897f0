import { expect } from 'vitest';
import { newId } from '../../lib/ids.ts';
import { signUpStaff } from '../../test/builders.ts';
import { describeOnEachDialect } from '../../test/fixture.ts';
import { orderingContact, receive, sellableItem, setPortalSettings } from '../../test/portal-order-builders.ts';
import { storePriceList } from '../../test/price-list-builders.ts';
import { expectConstantQueries } from '../../test/query-counter.ts';

const PNG = Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex');

describeOnEachDialect('portal catalogue, cart, reorder and dashboard', (it) => {
  it('lists the items sold in the portal at the customer’s prices, with breaks, stock, categories and images', async ({ t, staff }) => {
    const c = await orderingContact(t, staff);
    const bolts = await sellableItem(t, staff, { currency: c.currency, rate_minor: 100, onHand: 7, name: 'Bolt M8', category: 'Hardware', sku: 'B-8' });
    const service = await sellableItem(t, staff, { currency: c.currency, rate_minor: 5000, track_stock: 0, name: 'Bolt Fitting', category: 'Services' });
    const archived = await sellableItem(t, staff, { currency: c.currency, name: 'Bolt old' });
    await t.ctx.db.updateTable('items').set({ archived_at: new Date().toISOString() }).where('id', '=', archived.id).execute();
    const hidden = await sellableItem(t, staff, { currency: c.currency, name: 'Bolt hidden' });
    await t.ctx.db.updateTable('items').set({ sellable_in_portal: 0 }).where('id', '=', hidden.id).execute();
    await storePriceList(t.ctx.db, c.organizationId, {
      currency: c.currency,
      rates: [
        { item_id: bolts.id, min_quantity_milli: 1000, rate_minor: 90 },
        { item_id: bolts.id, min_quantity_milli: 100_000, rate_minor: 75 },
      ],
      customerIds: [c.customerId],
    });
    const imageId = newId();
    await t.ctx.db.insertInto('item_images').values({ id: imageId, organization_id: c.organizationId, item_id: bolts.id, position: 0, content_type: 'image/png', data: PNG, byte_size: PNG.length, alt_text: 'A bolt', created_at: new Date().toISOString() }).execute();

    const page = (await c.client.get(`${c.api}/catalog?search=bolt`)).json();
    expect(page.data.map((item: { name: string }) => item.name)).toEqual(['Bolt Fitting', 'Bolt M8']);
    const bolt = page.data[1];
    expect(bolt).toMatchObject({ id: bolts.id, sku: 'B-8', category: 'Hardware', unit_price_minor: 90, currency: c.currency, price_source: 'price_list', track_stock: true, allow_backorders: false, available: 7 });
    expect(bolt.breaks).toEqual([{ min_quantity: 1, unit_price_minor: 90 }, { min_quantity: 100, unit_price_minor: 75 }]);
    expect(bolt.images).toEqual([{ id: imageId, url: `${c.api}/catalog/items/${bolts.id}/images/${imageId}`, alt_text: 'A bolt' }]);
    expect(page.data[0]).toMatchObject({ id: service.id, unit_price_minor: 5000, price_source: 'base', available: null, breaks: [] });
    expect((await c.client.get(`${c.api}/catalog?category=Services`)).json().data.map((item: { id: string }) => item.id)).toEqual([service.id]);
    const categories = (await c.client.get(`${c.api}/catalog/categories`)).json().data;
    expect(categories.filter((row: { name: string }) => row.name === 'Hardware' || row.name === 'Services')).toEqual([
      { name: 'Hardware', item_count: 1 },
      { name: 'Services', item_count: 1 },
    ]);

    const image = await c.client.get(bolt.images[0].url);
    expect(image.statusCode).toBe(200);
    expect(image.headers['content-type']).toBe('image/png');
    expect(image.rawPayload.equals(PNG)).toBe(true);
    expect((await c.client.get(`${c.api}/catalog/items/${hidden.id}/images/${imageId}`)).statusCode).toBe(404);
    const stranger = await orderingContact(t, await signUpStaff(t.app));
    expect((await stranger.client.get(`${stranger.api}/catalog/items/${bolts.id}/images/${imageId}`)).statusCode).toBe(404);
    expect((await stranger.client.get(`${stranger.api}/catalog?search=bolt`)).json().data).toEqual([]);
  });

  it('prices the catalogue, the cart, the order and its invoice alike, to the minor unit', async ({ t, staff }) => {
    const c = await orderingContact(t, staff);
    const item = await sellableItem(t, staff, { currency: c.currency, rate_minor: 1999, onHand: 100 });
    // A markdown of 12.5 %: 1999 × 0.875 = 1749.125, rounded per unit to 1749.
    await storePriceList(t.ctx.db, c.organizationId, { currency: c.currency, kind: 'markdown', percent_basis_points: 1250, customerIds: [c.customerId] });
    const listed = (await c.client.get(`${c.api}/catalog?search=${encodeURIComponent(item.name)}`)).json().data[0];
    expect(listed.unit_price_minor).toBe(1749);
    const cart = (await c.client.put(`${c.api}/cart/lines/${item.id}`, { quantity: 3.333 })).json();
    // 3.333 × 1749 = 5829.417 → 5829
    expect(cart.lines[0]).toMatchObject({ item_id: item.id, quantity: 3.333, unit_price_minor: 1749, amount_minor: 5829, issue: null });
    expect(cart.subtotal_minor).toBe(5829);
    const placed = await c.order({ lines: [{ item_id: item.id, quantity: 3.333, expected_unit_price_minor: listed.unit_price_minor }] });
    expect(placed.statusCode, placed.body).toBe(201);
    const order = placed.json();
    expect(order.lines[0]).toMatchObject({ unit_price_minor: 1749, quantity: 3.333 });
    expect(order.subtotal_minor).toBe(cart.subtotal_minor);

    // Staff approve and invoice it: the invoice copies the order's rate.
    expect((await staff.client.post(`/api/v1/sales-orders/${order.id}/approve`, {})).statusCode).toBe(200);
    const converted = await staff.client.post(`/api/v1/sales-orders/${order.id}/convert`, { mode: 'all' });
    expect(converted.statusCode, converted.body).toBe(201);
    const invoice = converted.json();
    expect(invoice.lines[0]).toMatchObject({ rate_minor: 1749, quantity: 3.333 });
    expect(invoice.subtotal_minor).toBe(5829);
    // A draft invoice is staff's own; once sent, the order shows it and the portal's invoice has the same amounts.
    expect((await c.client.get(`${c.api}/sales-orders/${order.id}`)).json().invoices).toEqual([]);
    expect((await staff.client.post(`/api/v1/invoices/${invoice.id}/send`, {})).statusCode).toBe(200);
    const detail = (await c.client.get(`${c.api}/sales-orders/${order.id}`)).json();
    expect(detail.invoices).toEqual([expect.objectContaining({ id: invoice.id, total_minor: invoice.total_minor })]);
    expect((await c.client.get(`${c.api}/invoices/${invoice.id}`)).json().lines[0]).toMatchObject({ rate_minor: 1749, quantity: 3.333 });
  });

  it('keeps a cart per contact: replaces quantities, marks lines short of stock or no longer sold, removes and empties', async ({ t, staff }) => {
    const c = await orderingContact(t, staff);
    const scarce = await sellableItem(t, staff, { currency: c.currency, rate_minor: 300, onHand: 2 });
    const plenty = await sellableItem(t, staff, { currency: c.currency, rate_minor: 200, onHand: 50 });
    await c.client.put(`${c.api}/cart/lines/${scarce.id}`, { quantity: 1 });
    await c.client.put(`${c.api}/cart/lines/${plenty.id}`, { quantity: 4 });
    let cart = (await c.client.put(`${c.api}/cart/lines/${scarce.id}`, { quantity: 3 })).json();
    expect(cart.lines.map((line: { item_id: string; quantity: number; issue: string | null; available: number }) => [line.item_id, line.quantity, line.issue, line.available])).toEqual([
      [scarce.id, 3, 'short_stock', 2],
      [plenty.id, 4, null, 50],
    ]);
    expect(cart.subtotal_minor).toBe(900 + 800);
    await t.ctx.db.updateTable('items').set({ archived_at: new Date().toISOString() }).where('id', '=', plenty.id).execute();
    cart = (await c.client.get(`${c.api}/cart`)).json();
    expect(cart.lines[1]).toMatchObject({ item_id: plenty.id, issue: 'unavailable', unit_price_minor: null, amount_minor: null });
    expect(cart.subtotal_minor).toBe(900);
    expect((await c.client.put(`${c.api}/cart/lines/${plenty.id}`, { quantity: 1 })).statusCode).toBe(404);
    cart = (await c.client.delete(`${c.api}/cart/lines/${plenty.id}`)).json();
    expect(cart.lines).toHaveLength(1);
    expect((await c.client.delete(`${c.api}/cart/lines/${plenty.id}`)).statusCode).toBe(404);
    expect((await c.client.delete(`${c.api}/cart`)).json()).toEqual({ lines: [], currency: c.currency, subtotal_minor: 0 });
    const foreign = await sellableItem(t, staff, { currency: c.currency === 'EUR' ? 'JPY' : 'EUR' });
    const refused = await c.client.put(`${c.api}/cart/lines/${foreign.id}`, { quantity: 1 });
    expect(refused.statusCode).toBe(422);
    expect(refused.json().error).toMatchObject({ code: 'ITEM_UNAVAILABLE', details: [expect.objectContaining({ field: 'item_id' })] });
  });

  it('reorders at today’s prices and stock, listing a discontinued item, a changed price and short stock', async ({ t, staff }) => {
    const c = await orderingContact(t, staff);
    const steady = await sellableItem(t, staff, { currency: c.currency, rate_minor: 100, onHand: 50, name: 'Steady' });
    const pricier = await sellableItem(t, staff, { currency: c.currency, rate_minor: 200, onHand: 50, name: 'Pricier' });
    const scarce = await sellableItem(t, staff, { currency: c.currency, rate_minor: 300, onHand: 10, name: 'Scarce' });
    const gone = await sellableItem(t, staff, { currency: c.currency, rate_minor: 400, onHand: 10, name: 'Gone' });
    const hidden = await sellableItem(t, staff, { currency: c.currency, rate_minor: 500, onHand: 10, name: 'Hidden' });
    const order = (
      await c.order({
        lines: [
          { item_id: steady.id, quantity: 2 },
          { item_id: pricier.id, quantity: 3 },
          { item_id: scarce.id, quantity: 6 },
          { item_id: gone.id, quantity: 1 },
          { item_id: hidden.id, quantity: 1 },
        ],
      })
    ).json();
    expect(order.status).toBe('pending_approval');
    // Since then: a price went up, the item left is short (10 − 6 held = 4), one item archived, one no longer sold.
    await t.ctx.db.updateTable('items').set({ rate_minor: 250 }).where('id', '=', pricier.id).execute();
    await t.ctx.db.updateTable('items').set({ archived_at: new Date().toISOString() }).where('id', '=', gone.id).execute();
    await t.ctx.db.updateTable('items').set({ sellable_in_portal: 0 }).where('id', '=', hidden.id).execute();
    await c.client.put(`${c.api}/cart/lines/${scarce.id}`, { quantity: 1 });

    const response = await c.client.post(`${c.api}/sales-orders/${order.id}/reorder`);
    expect(response.statusCode, response.body).toBe(200);
    const answer = response.json();
    expect(answer.added).toEqual([
      { item_id: steady.id, name: 'Steady', quantity: 2, unit_price_minor: 100 },
      { item_id: pricier.id, name: 'Pricier', quantity: 3, unit_price_minor: 250 },
      { item_id: scarce.id, name: 'Scarce', quantity: 3, unit_price_minor: 300 },
    ]);
    expect(answer.differences).toEqual([
      { item_id: pricier.id, name: 'Pricier', kind: 'price_changed', old_unit_price_minor: 200, unit_price_minor: 250 },
      { item_id: scarce.id, name: 'Scarce', kind: 'short_stock', available: 4 },
      { item_id: gone.id, name: 'Gone', kind: 'unavailable' },
      { item_id: hidden.id, name: 'Hidden', kind: 'unavailable' },
    ]);
    expect(answer.cart.lines.map((line: { item_id: string; quantity: number }) => [line.item_id, line.quantity])).toEqual([
      [scarce.id, 4],
      [steady.id, 2],
      [pricier.id, 3],
    ]);
    // Reordering again when nothing is left of an item still answers, adding what it can.
    const again = (await c.client.post(`${c.api}/sales-orders/${order.id}/reorder`)).json();
    expect(again.differences).toContainEqual({ item_id: scarce.id, name: 'Scarce', kind: 'short_stock', available: 4 });
    expect(again.added.map((line: { item_id: string }) => line.item_id)).toEqual([steady.id, pricier.id]);
  });

  it('lists orders by filter and search with as many queries for 25 orders as for 2', async ({ t, staff }) => {
    const c = await orderingContact(t, staff);
    const item = await sellableItem(t, staff, { currency: c.currency, rate_minor: 100, track_stock: 0 });
    let n = 0;
    await expectConstantQueries(t.queries, {
      name: 'portal sales orders',
      read: () => c.client.get(`${c.api}/sales-orders?limit=25`),
      rows: (body: { data: unknown[] }) => body.data.length,
      grow: async (count) => {
        for (let i = 0; i < count; i++) {
          const response = await c.order({ lines: [{ item_id: item.id, quantity: 1 }], po_number: `PO-${++n}` });
          if (response.statusCode !== 201) throw new Error(response.body);
        }
      },
    });
    const numbers = (path: string) => c.client.get(`${c.api}/sales-orders${path}`).then((response) => response.json().data.map((row: { po_number: string }) => row.po_number));
    expect(await numbers('?search=PO-25')).toEqual(['PO-25']);
    expect((await numbers('?filter=open&limit=100')).length).toBe(25);
    expect(await numbers('?filter=shipped')).toEqual([]);
    const first = (await c.client.get(`${c.api}/sales-orders?limit=10`)).json();
    const second = (await c.client.get(`${c.api}/sales-orders?limit=10&cursor=${first.next_cursor}`)).json();
    expect(first.data[0].po_number).toBe('PO-25');
    expect(second.data[0].po_number).toBe('PO-15');
    const cancelled = first.data[0].id as string;
    expect((await staff.client.post(`/api/v1/sales-orders/${cancelled}/cancel`, { reason: 'Duplicate' })).statusCode).toBe(200);
    expect((await c.client.get(`${c.api}/sales-orders?filter=cancelled`)).json().data.map((row: { id: string }) => row.id)).toEqual([cancelled]);
  });

  it('shows open orders and the latest shipment with its tracking link on the dashboard, while ordering is shown', async ({ t, staff }) => {
    await setPortalSettings(staff, { confirm_portal_orders: true });
    const c = await orderingContact(t, staff);
    const item = await sellableItem(t, staff, { currency: c.currency, onHand: 10 });
    expect((await c.client.get(`${c.api}/dashboard`)).json().orders).toEqual({ open_count: 0, latest_shipment: null });
    const first = (await c.order({ lines: [{ item_id: item.id, quantity: 2 }] })).json();
    await c.order({ lines: [{ item_id: item.id, quantity: 1 }] });
    const packed = await staff.client.post(`/api/v1/sales-orders/${first.id}/packages`, { lines: [{ sales_order_line_id: first.lines[0].id, quantity: 2 }] });
    expect(packed.statusCode, packed.body).toBe(201);
    const shipped = await staff.client.post(`/api/v1/packages/${packed.json().id}/ship`, { carrier: 'ups', tracking_number: '1Z999' });
    expect(shipped.statusCode, shipped.body).toBe(200);
    const orders = (await c.client.get(`${c.api}/dashboard`)).json().orders;
    expect(orders.open_count).toBe(1);
    expect(orders.latest_shipment).toMatchObject({ sales_order_id: first.id, carrier: 'ups', tracking_number: '1Z999', status: 'shipped' });
    expect(orders.latest_shipment.tracking_url).toContain('1Z999');
    const detail = (await c.client.get(`${c.api}/sales-orders/${first.id}`)).json();
    expect(detail).toMatchObject({ status: 'shipped', packages: [expect.objectContaining({ tracking_url: orders.latest_shipment.tracking_url })] });
    expect(detail.lines[0].shipped_quantity).toBe(2);
    expect((await c.client.get(`${c.api}/shipments`)).json().data.map((row: { number: string }) => row.number)).toEqual([packed.json().number]);
    await receive(t, c.organizationId, item.id, 1);
    await setPortalSettings(staff, { show_sales_orders: false });
    expect((await c.client.get(`${c.api}/dashboard`)).json().orders).toBeNull();
  });
});
