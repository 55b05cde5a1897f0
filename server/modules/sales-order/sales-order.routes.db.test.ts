import { expect } from 'vitest';
import { createTax } from '../../test/billing-builders.ts';
import { createBillingCustomer } from '../../test/billing-payment-builders.ts';
import { signUpStaff } from '../../test/builders.ts';
import { TestClient } from '../../test/http-client.ts';
import { describeOnEachDialect } from '../../test/fixture.ts';
import { pdfPages } from '../../test/pdf-builders.ts';
import { storePriceList } from '../../test/price-list-builders.ts';
import { portalCustomer } from '../../test/portal-document-builders.ts';
import { createOrderItem, createTestOrder, markShipped, postOrder, stockLevel } from '../../test/sales-order-builders.ts';
import { cancelSalesOrder, createSalesOrder } from './sales-order.service.ts';

describeOnEachDialect('sales orders for staff', { startAt: '2026-12-02T10:00:00.000Z' }, (it) => {
  it('creates a draft priced from the items, totals it as invoices are, and numbers it SO-', async ({ t, staff }) => {
    const customer = await createBillingCustomer(staff);
    const vat = await createTax(staff, 19);
    const item = await createOrderItem(t.ctx.db, staff, { rate_minor: 333, tax_id: vat });
    const response = await postOrder(staff, {
      customer_id: customer.id,
      po_number: 'PO-778',
      expected_shipment_date: '2026-12-10',
      shipping_address: 'Dock 4\nHafenstraße 1\n20457 Hamburg',
      lines: [
        { item_id: item.id, quantity: 1.5, discount: { type: 'percent', percent: 10 } },
        { name: 'Setup', quantity: 1, rate_minor: 5_000, discount: { type: 'amount', amount_minor: 500 } },
      ],
    });
    expect(response.statusCode).toBe(201);
    const order = response.json();
    expect(response.headers.etag).toBe('"1"');
    expect(order).toMatchObject({
      number: 'SO-000001',
      status: 'draft',
      currency: 'EUR',
      order_date: '2026-12-02',
      po_number: 'PO-778',
      placed_via: 'staff',
      shipping_address: 'Dock 4\nHafenstraße 1\n20457 Hamburg',
      customer: { id: customer.id },
      version: 1,
    });
    // 1.5 × 3.33 = 5.00 (4.995 rounded), −10 % = 0.50, 19 % of 4.50 = 0.86; the setup line 50.00 − 5.00.
    expect(order.lines[0]).toMatchObject({ item_id: item.id, name: item.name, unit: 'pcs', quantity: 1.5, rate_minor: 333, price_source: 'base', gross_minor: 500, discount_minor: 50, tax_minor: 86, total_minor: 536, tax_name: 'VAT 19%', committed_quantity: 0 });
    expect(order.lines[1]).toMatchObject({ item_id: null, name: 'Setup', price_source: 'manual', total_minor: 4_500 });
    expect(order).toMatchObject({ subtotal_minor: 5_500, discount_minor: 550, tax_minor: 86, total_minor: 5_036 });
    expect(order.events).toMatchObject([{ status: 'draft', actor_type: 'staff', actor_name: 'Owner Person' }]);
    const second = await createTestOrder(staff, customer.id, [{ item_id: item.id, quantity: 1 }]);
    expect(second.number).toBe('SO-000002');
  });

  it('refuses invalid lines naming the field, unknown or archived items with 422, and another organization’s customer with 404', async ({ t, staff, ip }) => {
    const customer = await createBillingCustomer(staff);
    const item = await createOrderItem(t.ctx.db, staff);
    const dollars = await createOrderItem(t.ctx.db, staff, { currency: 'USD' });
    const cases: [Record<string, unknown>, string][] = [
      [{ customer_id: customer.id, lines: [{ item_id: item.id, quantity: 0 }] }, 'lines.0.quantity'],
      [{ customer_id: customer.id, lines: [{ item_id: item.id, quantity: 1.0001 }] }, 'lines.0.quantity'],
      [{ customer_id: customer.id, lines: [{ item_id: item.id, quantity: 1 }, { item_id: item.id, quantity: 1, rate_minor: 1.5 }] }, 'lines.1.rate_minor'],
      [{ customer_id: customer.id, lines: [{ quantity: 1, rate_minor: 100 }] }, 'lines.0.name'],
      [{ customer_id: customer.id, lines: [{ name: 'Free', quantity: 1 }] }, 'lines.0.rate_minor'],
      [{ customer_id: customer.id, lines: [{ item_id: item.id, quantity: 1, tax_id: 'nope' }] }, 'lines.0.tax_id'],
      [{ customer_id: customer.id, lines: [] }, 'lines'],
      [{ customer_id: customer.id, order_date: '2026-12-05', expected_shipment_date: '2026-12-01', lines: [{ item_id: item.id, quantity: 1 }] }, 'expected_shipment_date'],
    ];
    for (const [body, field] of cases) {
      const response = await postOrder(staff, body);
      expect(response.statusCode, field).toBe(400);
      expect(response.json().error.details.map((issue: { field: string }) => issue.field)).toContain(field);
    }
    const unknown = await postOrder(staff, { customer_id: customer.id, lines: [{ item_id: 'missing', quantity: 1 }] });
    expect(unknown.statusCode).toBe(422);
    expect(unknown.json().error).toMatchObject({ code: 'ITEM_UNAVAILABLE', details: [{ field: 'lines.0.item_id' }] });
    const otherCurrency = await postOrder(staff, { customer_id: customer.id, lines: [{ item_id: item.id, quantity: 1 }, { item_id: dollars.id, quantity: 1 }] });
    expect(otherCurrency.statusCode).toBe(422);
    expect(otherCurrency.json().error.details[0].field).toBe('lines.1.item_id');
    expect((await staff.client.delete(`/api/v1/items/${item.id}`)).statusCode).toBeLessThan(300);
    const archived = await postOrder(staff, { customer_id: customer.id, lines: [{ item_id: item.id, quantity: 1 }] });
    expect(archived.statusCode).toBe(422);

    const other = await signUpStaff(t.app, undefined, ip);
    const theirCustomer = await createBillingCustomer(other);
    expect((await postOrder(staff, { customer_id: theirCustomer.id, lines: [{ name: 'x', quantity: 1, rate_minor: 1 }] })).statusCode).toBe(404);
    expect(await t.ctx.db.selectFrom('sales_orders').select('id').where('organization_id', '=', staff.organization.id).execute()).toHaveLength(0);
  });

  it('edits a draft with If-Match, refuses a stale version, and keeps another organization’s order out of reach', async ({ t, staff, ip }) => {
    const customer = await createBillingCustomer(staff);
    const item = await createOrderItem(t.ctx.db, staff, { rate_minor: 1_000 });
    const order = await createTestOrder(staff, customer.id, [{ item_id: item.id, quantity: 2 }]);
    const edited = await staff.client.request('PATCH', `/api/v1/sales-orders/${order.id}`, { notes: 'Leave at the back door', lines: [{ item_id: item.id, quantity: 3, rate_minor: 900 }] }, { 'if-match': '"1"' });
    expect(edited.statusCode).toBe(200);
    expect(edited.headers.etag).toBe('"2"');
    expect(edited.json()).toMatchObject({ notes: 'Leave at the back door', total_minor: 2_700, version: 2, lines: [{ quantity: 3, rate_minor: 900, price_source: 'manual' }] });
    const stale = await staff.client.request('PATCH', `/api/v1/sales-orders/${order.id}`, { notes: 'Old page' }, { 'if-match': '"1"' });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error).toMatchObject({ code: 'STALE_VERSION', details: { version: 2, seen_version: 1 } });
    const invalid = await staff.client.patch(`/api/v1/sales-orders/${order.id}`, { lines: [{ item_id: item.id, quantity: -1 }] });
    expect(invalid.statusCode).toBe(400);
    expect(invalid.json().error.details[0].field).toBe('lines.0.quantity');

    const other = await signUpStaff(t.app, undefined, ip);
    for (const response of [
      await other.client.get(`/api/v1/sales-orders/${order.id}`),
      await other.client.patch(`/api/v1/sales-orders/${order.id}`, { notes: 'mine now' }),
      await other.client.post(`/api/v1/sales-orders/${order.id}/confirm`),
      await other.client.post(`/api/v1/sales-orders/${order.id}/cancel`, { reason: 'x' }),
      await other.client.post(`/api/v1/sales-orders/${order.id}/convert`, { mode: 'all' }),
      await other.client.get(`/api/v1/sales-orders/${order.id}/pdf`),
      await other.client.get(`/api/v1/sales-orders/${order.id}/comments`),
      await other.client.post(`/api/v1/sales-orders/${order.id}/comments`, { body: 'hello' }),
    ]) {
      expect(response.statusCode).toBe(404);
    }
    expect((await other.client.get('/api/v1/sales-orders')).json().data).toHaveLength(0);
  });

  it('confirms a draft holding stock per line, all or nothing, and lets backordered items through', async ({ t, staff }) => {
    const customer = await createBillingCustomer(staff);
    const bolts = await createOrderItem(t.ctx.db, staff, { onHandMilli: 10_000 });
    const nuts = await createOrderItem(t.ctx.db, staff, { onHandMilli: 1_000 });
    const backordered = await createOrderItem(t.ctx.db, staff, { onHandMilli: 0, backorders: true });
    const service = await createOrderItem(t.ctx.db, staff);
    const short = await createTestOrder(staff, customer.id, [{ item_id: bolts.id, quantity: 4 }, { item_id: nuts.id, quantity: 2 }]);
    const refused = await staff.client.post(`/api/v1/sales-orders/${short.id}/confirm`);
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error).toMatchObject({ code: 'INSUFFICIENT_STOCK', details: { item_id: nuts.id, available: 1 } });
    expect(await stockLevel(t.ctx.db, bolts.id)).toEqual({ on_hand_milli: 10_000, committed_milli: 0 });
    expect((await staff.client.get(`/api/v1/sales-orders/${short.id}`)).json()).toMatchObject({ status: 'draft', version: 1 });

    const order = await createTestOrder(staff, customer.id, [
      { item_id: bolts.id, quantity: 4 },
      { item_id: backordered.id, quantity: 5 },
      { item_id: service.id, quantity: 1 },
    ]);
    const confirmed = await staff.client.request('POST', `/api/v1/sales-orders/${order.id}/confirm`, {}, { 'if-match': '"1"' });
    expect(confirmed.statusCode).toBe(200);
    expect(confirmed.json()).toMatchObject({ status: 'confirmed', version: 2, lines: [{ committed_quantity: 4 }, { committed_quantity: 5 }, { committed_quantity: 0 }] });
    expect(confirmed.json().confirmed_at).not.toBeNull();
    expect(confirmed.json().events.map((event: { status: string }) => event.status)).toEqual(['draft', 'confirmed']);
    expect(await stockLevel(t.ctx.db, bolts.id)).toEqual({ on_hand_milli: 10_000, committed_milli: 4_000 });
    expect(await stockLevel(t.ctx.db, backordered.id)).toEqual({ on_hand_milli: 0, committed_milli: 5_000 });
    const again = await staff.client.post(`/api/v1/sales-orders/${order.id}/confirm`);
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('STATE_CONFLICT');
    expect(await stockLevel(t.ctx.db, bolts.id)).toEqual({ on_hand_milli: 10_000, committed_milli: 4_000 });
    // A confirmed order's lines are fixed.
    expect((await staff.client.patch(`/api/v1/sales-orders/${order.id}`, { notes: 'late change' })).statusCode).toBe(409);
  });

  it('announces the stock change of a confirmation and a cancellation', async ({ t, staff }) => {
    const customer = await createBillingCustomer(staff);
    const item = await createOrderItem(t.ctx.db, staff, { onHandMilli: 5_000 });
    const heard: string[][] = [];
    const stop = t.ctx.signals.subscribe('stock', staff.organization.id, (signal) => heard.push(signal.ids));
    try {
      const order = await createTestOrder(staff, customer.id, [{ item_id: item.id, quantity: 1 }], { status: 'confirmed' });
      expect(order.lines[0]!.committed_quantity).toBe(1);
      await staff.client.post(`/api/v1/sales-orders/${order.id}/cancel`, { reason: 'Duplicate' });
      await expect.poll(() => heard.length).toBe(2);
      expect(heard).toEqual([[item.id], [item.id]]);
    } finally {
      stop();
    }
  });

  it('approves an order pending approval, keeping what it holds', async ({ t, staff }) => {
    const customer = await createBillingCustomer(staff);
    const item = await createOrderItem(t.ctx.db, staff, { onHandMilli: 5_000 });
    const { order } = await t.ctx.db.transaction().execute((trx) =>
      createSalesOrder(t.ctx, trx, {
        organizationId: staff.organization.id,
        customerId: customer.id,
        status: 'pending_approval',
        lines: [{ item_id: item.id, quantity_milli: 2_000 }],
        placedVia: 'portal',
        contact: { id: customer.contactId, name: 'Billie Payer' },
      }),
    );
    expect(await stockLevel(t.ctx.db, item.id)).toEqual({ on_hand_milli: 5_000, committed_milli: 2_000 });
    expect((await staff.client.post(`/api/v1/sales-orders/${order.id}/confirm`)).statusCode).toBe(409);
    const approved = await staff.client.post(`/api/v1/sales-orders/${order.id}/approve`, { version: 1 });
    expect(approved.statusCode).toBe(200);
    expect(approved.json()).toMatchObject({ status: 'confirmed', placed_via: 'portal', placed_by_contact_id: customer.contactId, lines: [{ committed_quantity: 2, price_source: 'base' }] });
    expect(approved.json().events).toMatchObject([
      { status: 'pending_approval', actor_type: 'contact', actor_name: 'Billie Payer' },
      { status: 'confirmed', actor_type: 'staff', actor_name: 'Owner Person' },
    ]);
    expect(await stockLevel(t.ctx.db, item.id)).toEqual({ on_hand_milli: 5_000, committed_milli: 2_000 });
    expect((await staff.client.post(`/api/v1/sales-orders/${order.id}/approve`)).statusCode).toBe(409);
  });

  it('edits a pending order: the old lines give back their stock, the new ones hold theirs', async ({ t, staff }) => {
    const customer = await createBillingCustomer(staff);
    const item = await createOrderItem(t.ctx.db, staff, { onHandMilli: 5_000 });
    const { order } = await t.ctx.db.transaction().execute((trx) =>
      createSalesOrder(t.ctx, trx, { organizationId: staff.organization.id, customerId: customer.id, status: 'pending_approval', lines: [{ item_id: item.id, quantity_milli: 2_000 }], placedVia: 'portal' }),
    );
    const edited = await staff.client.patch(`/api/v1/sales-orders/${order.id}`, { lines: [{ item_id: item.id, quantity: 4.5 }] });
    expect(edited.statusCode).toBe(200);
    expect(edited.json().lines).toMatchObject([{ quantity: 4.5, committed_quantity: 4.5 }]);
    expect(await stockLevel(t.ctx.db, item.id)).toEqual({ on_hand_milli: 5_000, committed_milli: 4_500 });
    const tooMuch = await staff.client.patch(`/api/v1/sales-orders/${order.id}`, { lines: [{ item_id: item.id, quantity: 6 }] });
    expect(tooMuch.statusCode).toBe(409);
    expect(tooMuch.json().error.code).toBe('INSUFFICIENT_STOCK');
    expect(await stockLevel(t.ctx.db, item.id)).toEqual({ on_hand_milli: 5_000, committed_milli: 4_500 });
  });

  it('cancels with a reason, giving back exactly what each line holds; a shipped order cannot be cancelled', async ({ t, staff }) => {
    const customer = await createBillingCustomer(staff);
    const item = await createOrderItem(t.ctx.db, staff, { onHandMilli: 10_000 });
    const first = await createTestOrder(staff, customer.id, [{ item_id: item.id, quantity: 3 }], { status: 'confirmed' });
    const second = await createTestOrder(staff, customer.id, [{ item_id: item.id, quantity: 2 }], { status: 'confirmed' });
    expect(await stockLevel(t.ctx.db, item.id)).toEqual({ on_hand_milli: 10_000, committed_milli: 5_000 });
    expect((await staff.client.post(`/api/v1/sales-orders/${first.id}/cancel`, {})).statusCode).toBe(400);
    const cancelled = await staff.client.post(`/api/v1/sales-orders/${first.id}/cancel`, { reason: 'Customer changed their mind' });
    expect(cancelled.statusCode).toBe(200);
    expect(cancelled.json()).toMatchObject({ status: 'cancelled', cancel_reason: 'Customer changed their mind', lines: [{ committed_quantity: 0 }] });
    expect(cancelled.json().events.at(-1)).toMatchObject({ status: 'cancelled', note: 'Customer changed their mind' });
    expect(await stockLevel(t.ctx.db, item.id)).toEqual({ on_hand_milli: 10_000, committed_milli: 2_000 });
    const twice = await staff.client.post(`/api/v1/sales-orders/${first.id}/cancel`, { reason: 'again' });
    expect(twice.statusCode).toBe(409);
    expect(await stockLevel(t.ctx.db, item.id)).toEqual({ on_hand_milli: 10_000, committed_milli: 2_000 });

    await markShipped(t.ctx.db, second.lines[0]!.id, 2_000);
    await t.ctx.db.updateTable('sales_orders').set({ status: 'shipped' }).where('id', '=', second.id).execute();
    const shipped = await staff.client.post(`/api/v1/sales-orders/${second.id}/cancel`, { reason: 'too late' });
    expect(shipped.statusCode).toBe(409);
    expect(shipped.json().error.code).toBe('STATE_CONFLICT');
    const draft = await createTestOrder(staff, customer.id, [{ item_id: item.id, quantity: 1 }]);
    expect((await staff.client.post(`/api/v1/sales-orders/${draft.id}/cancel`, { reason: 'Test order' })).json().status).toBe('cancelled');
  });

  it('converts all of an order into a draft invoice at its rates, once', async ({ t, staff }) => {
    const customer = await createBillingCustomer(staff);
    const vat = await createTax(staff, 19);
    const item = await createOrderItem(t.ctx.db, staff, { rate_minor: 333, tax_id: vat });
    const order = await createTestOrder(
      staff,
      customer.id,
      [
        { item_id: item.id, quantity: 1.5, discount: { type: 'percent', percent: 10 } },
        { name: 'Setup', quantity: 1, rate_minor: 5_000, discount: { type: 'amount', amount_minor: 500 } },
      ],
      { po_number: 'PO-9', status: 'confirmed' },
    );
    expect((await staff.client.post(`/api/v1/sales-orders/${order.id}/convert`, { mode: 'shipped' })).statusCode).toBe(409);
    const converted = await staff.client.post(`/api/v1/sales-orders/${order.id}/convert`, { mode: 'all' });
    expect(converted.statusCode).toBe(201);
    const invoice = converted.json();
    expect(invoice).toMatchObject({ kind: 'invoice', status: 'draft', reference: 'PO-9', currency: 'EUR', total_minor: order.total_minor, subtotal_minor: 5_500, tax_minor: 86 });
    expect(invoice.lines).toMatchObject([
      { item_id: item.id, quantity: 1.5, rate_minor: 333, discount_percent: 10, tax_name: 'VAT 19%', total_minor: 536 },
      { name: 'Setup', quantity: 1, rate_minor: 5_000, discount_amount_minor: 500, total_minor: 4_500 },
    ]);
    const row = await t.ctx.db.selectFrom('documents').select('sales_order_id').where('id', '=', invoice.id).executeTakeFirstOrThrow();
    expect(row.sales_order_id).toBe(order.id);
    const detail = (await staff.client.get(`/api/v1/sales-orders/${order.id}`)).json();
    expect(detail.lines.map((line: { invoiced_quantity: number }) => line.invoiced_quantity)).toEqual([1.5, 1]);
    expect(detail.invoices).toMatchObject([{ id: invoice.id, number: invoice.number, status: 'draft', total_minor: order.total_minor }]);
    const again = await staff.client.post(`/api/v1/sales-orders/${order.id}/convert`, { mode: 'all' });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('STATE_CONFLICT');
    // A draft cannot be invoiced.
    const draft = await createTestOrder(staff, customer.id, [{ item_id: item.id, quantity: 1 }]);
    expect((await staff.client.post(`/api/v1/sales-orders/${draft.id}/convert`, { mode: 'all' })).statusCode).toBe(409);
  });

  it('converts what has shipped, then the rest, never the same quantity twice', async ({ t, staff }) => {
    const customer = await createBillingCustomer(staff);
    const item = await createOrderItem(t.ctx.db, staff, { rate_minor: 1_000, onHandMilli: 100_000 });
    const order = await createTestOrder(staff, customer.id, [{ item_id: item.id, quantity: 10, discount: { type: 'amount', amount_minor: 1_000 } }, { item_id: item.id, quantity: 2 }], { status: 'confirmed' });
    await markShipped(t.ctx.db, order.lines[0]!.id, 4_000);
    const shipped = await staff.client.post(`/api/v1/sales-orders/${order.id}/convert`, { mode: 'shipped' });
    expect(shipped.statusCode).toBe(201);
    // 4 of 10 at 10.00 with 4/10 of the 10.00 discount.
    expect(shipped.json().lines).toMatchObject([{ quantity: 4, rate_minor: 1_000, discount_amount_minor: 400, total_minor: 3_600 }]);
    expect((await staff.client.post(`/api/v1/sales-orders/${order.id}/convert`, { mode: 'shipped' })).statusCode).toBe(409);
    const rest = await staff.client.post(`/api/v1/sales-orders/${order.id}/convert`, { mode: 'all' });
    expect(rest.statusCode).toBe(201);
    expect(rest.json().lines).toMatchObject([{ quantity: 6, discount_amount_minor: 600, total_minor: 5_400 }, { quantity: 2, total_minor: 2_000 }]);
    expect(shipped.json().total_minor + rest.json().total_minor).toBe(order.total_minor);
    const lines = await t.ctx.db.selectFrom('sales_order_lines').select('invoiced_milli').where('sales_order_id', '=', order.id).orderBy('position').execute();
    expect(lines.map((line) => Number(line.invoiced_milli))).toEqual([10_000, 2_000]);
  });

  it('serves the order as a PDF with its lines, totals, PO number and shipping address', async ({ t, staff }) => {
    const customer = await createBillingCustomer(staff, { name: 'Acme Trading' });
    const item = await createOrderItem(t.ctx.db, staff, { rate_minor: 1_250, name: 'Blue widget' });
    const order = await createTestOrder(staff, customer.id, [{ item_id: item.id, quantity: 3 }], { po_number: 'PO-4711', shipping_address: 'Dock 4\n20457 Hamburg', notes: 'Fragile' });
    const response = await staff.client.get(`/api/v1/sales-orders/${order.id}/pdf`);
    const [page] = await pdfPages(response, `${order.number}.pdf`);
    for (const text of ['Sales order', order.number, 'Draft', 'Acme Trading', 'PO number', 'PO-4711', 'SHIP TO', 'Dock 4', '20457 Hamburg', 'Blue widget', '€37.50', 'Fragile']) {
      expect(page).toContain(text);
    }
  });

  it('keeps staff comments internal unless shown in the portal, and mails those to the customer’s contacts', async ({ t, staff }) => {
    const me = await portalCustomer(t, staff, { language: 'de' });
    const order = await createTestOrder(staff, me.customerId, [{ name: 'Beratung', quantity: 1, rate_minor: 10_000 }], { status: 'confirmed' });
    await t.deliverMail();
    const before = t.mail.sent.length;
    const internal = await staff.client.post(`/api/v1/sales-orders/${order.id}/comments`, { body: 'Check the margin' });
    expect(internal.statusCode).toBe(201);
    expect(internal.json()).toMatchObject({ author_type: 'staff', author_name: 'Owner Person', kind: 'comment', display_in_portal: false });
    const shown = await staff.client.post(`/api/v1/sales-orders/${order.id}/comments`, { body: 'Ships on Monday <b>sharp</b>', display_in_portal: true });
    expect(shown.statusCode).toBe(201);
    expect((await staff.client.post(`/api/v1/sales-orders/${order.id}/comments`, { body: '' })).json().error.details[0].field).toBe('body');
    const thread = (await staff.client.get(`/api/v1/sales-orders/${order.id}/comments`)).json().data;
    expect(thread.map((entry: { body: string; display_in_portal: boolean }) => [entry.body, entry.display_in_portal])).toEqual([
      ['Check the margin', false],
      ['Ships on Monday <b>sharp</b>', true],
    ]);
    const mails = (await t.deliverMail()).slice(before).filter((mail) => mail.to === me.email);
    expect(mails).toHaveLength(1);
    expect(mails[0]!.subject).toContain(order.number);
    expect(mails[0]!.text).toContain('Auftrag');
    expect(mails[0]!.text).toContain(`/sales-orders/${order.id}`);
    expect(mails[0]!.html).not.toContain('<b>sharp</b>');
  });

  it('lists orders newest first, filtered by status and searched by number or PO number, paging by cursor', async ({ t, staff }) => {
    const customer = await createBillingCustomer(staff, { name: 'Listed Customer' });
    const item = await createOrderItem(t.ctx.db, staff);
    const made = [];
    for (let index = 0; index < 5; index++) {
      made.push(await createTestOrder(staff, customer.id, [{ item_id: item.id, quantity: 1 }], { order_date: `2026-11-0${index + 1}`, po_number: `PO-${index}`, status: index % 2 ? 'confirmed' : 'draft' }));
    }
    const first = await staff.client.get('/api/v1/sales-orders?limit=2');
    expect(first.statusCode).toBe(200);
    expect(first.json().data.map((order: { number: string }) => order.number)).toEqual([made[4]!.number, made[3]!.number]);
    expect(first.json().data[0].customer.display_name).toBe('Listed Customer');
    const next = await staff.client.get(`/api/v1/sales-orders?limit=2&cursor=${first.json().next_cursor}`);
    expect(next.json().data.map((order: { number: string }) => order.number)).toEqual([made[2]!.number, made[1]!.number]);
    const confirmed = (await staff.client.get('/api/v1/sales-orders?status=confirmed')).json().data;
    expect(confirmed.map((order: { id: string }) => order.id).sort()).toEqual([made[1]!.id, made[3]!.id].sort());
    expect((await staff.client.get('/api/v1/sales-orders?search=po-3')).json().data.map((order: { id: string }) => order.id)).toEqual([made[3]!.id]);
    expect((await staff.client.get(`/api/v1/sales-orders?search=${made[0]!.number}`)).json().data.map((order: { id: string }) => order.id)).toEqual([made[0]!.id]);
    const elsewhere = await createBillingCustomer(staff);
    const theirs = await createTestOrder(staff, elsewhere.id, [{ item_id: item.id, quantity: 1 }]);
    expect((await staff.client.get(`/api/v1/sales-orders?customer_id=${elsewhere.id}`)).json().data.map((order: { id: string }) => order.id)).toEqual([theirs.id]);
    expect((await staff.client.get('/api/v1/sales-orders?status=nope')).statusCode).toBe(400);
    expect((await staff.client.get('/api/v1/sales-orders?cursor=garbage')).json().error.details[0].field).toBe('cursor');
  });

  it('takes orders from an API key with orders.write, recorded as placed by the API; orders.read only reads', async ({ t, staff, ip }) => {
    const customer = await createBillingCustomer(staff);
    const api = new TestClient(t.app, ip);
    const keyWith = async (scopes: string[]) => (await staff.client.post('/api/v1/api-keys', { name: `ERP ${scopes.join(' ')}`, scopes })).json().key as string;
    const writer = await keyWith(['orders.read', 'orders.write']);
    const reader = await keyWith(['orders.read']);
    const created = await api.request('POST', '/api/v1/sales-orders', { customer_id: customer.id, lines: [{ name: 'Pallet', quantity: 2, rate_minor: 4_000 }] }, { authorization: `Bearer ${writer}` });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({ placed_via: 'api', total_minor: 8_000, events: [{ status: 'draft', actor_type: 'api' }] });
    expect((await api.request('GET', `/api/v1/sales-orders/${created.json().id}`, undefined, { authorization: `Bearer ${reader}` })).statusCode).toBe(200);
    expect((await api.request('POST', `/api/v1/sales-orders/${created.json().id}/confirm`, {}, { authorization: `Bearer ${reader}` })).statusCode).toBe(403);
    const invoicesOnly = await keyWith(['documents.read']);
    expect((await api.request('GET', '/api/v1/sales-orders', undefined, { authorization: `Bearer ${invoicesOnly}` })).statusCode).toBe(403);
  });

  it('prices lines from the customer’s price list with its quantity breaks, and keeps a rate staff set by hand', async ({ t, staff }) => {
    const customer = await createBillingCustomer(staff);
    const item = await createOrderItem(t.ctx.db, staff, { rate_minor: 1_000 });
    const listId = await storePriceList(t.ctx.db, staff.organization.id, {
      name: 'Wholesale',
      currency: 'EUR',
      rates: [
        { item_id: item.id, min_quantity_milli: 1_000, rate_minor: 900 },
        { item_id: item.id, min_quantity_milli: 10_000, rate_minor: 800 },
      ],
      customerIds: [customer.id],
    });
    const order = await createTestOrder(staff, customer.id, [{ item_id: item.id, quantity: 12 }, { item_id: item.id, quantity: 2 }, { item_id: item.id, quantity: 1, rate_minor: 1_100 }]);
    const detail = (await staff.client.get(`/api/v1/sales-orders/${order.id}`)).json();
    expect(detail.lines).toMatchObject([
      { rate_minor: 800, price_source: 'price_list', price_list_id: listId, price_list_name: 'Wholesale', price_break_min_quantity: 10, total_minor: 9_600 },
      { rate_minor: 900, price_source: 'price_list', price_break_min_quantity: 1 },
      { rate_minor: 1_100, price_source: 'manual', price_list_id: null },
    ]);
    const invoice = (await staff.client.post(`/api/v1/sales-orders/${order.id}/convert`, { mode: 'all' })).json();
    // A draft cannot be invoiced; once confirmed, the invoice keeps the order's rates.
    expect(invoice.error.code).toBe('STATE_CONFLICT');
    await staff.client.post(`/api/v1/sales-orders/${order.id}/confirm`);
    const converted = (await staff.client.post(`/api/v1/sales-orders/${order.id}/convert`, { mode: 'all' })).json();
    expect(converted.lines.map((line: { rate_minor: number }) => line.rate_minor)).toEqual([800, 900, 1_100]);
    expect(converted.total_minor).toBe(detail.total_minor);
  });

  it('lets a customer’s own contact cancel its pending order, and no other customer’s', async ({ t, staff }) => {
    const customer = await createBillingCustomer(staff);
    const stranger = await createBillingCustomer(staff);
    const item = await createOrderItem(t.ctx.db, staff, { onHandMilli: 5_000 });
    const { order } = await t.ctx.db.transaction().execute((trx) =>
      createSalesOrder(t.ctx, trx, { organizationId: staff.organization.id, customerId: customer.id, status: 'pending_approval', lines: [{ item_id: item.id, quantity_milli: 2_000 }], placedVia: 'portal' }),
    );
    const as = (customerId: string) => ({ organizationId: staff.organization.id, staffUserId: null, customerId, actor: { type: 'contact' as const, name: 'Billie Payer' } });
    await expect(cancelSalesOrder(t.ctx, as(stranger.id), order.id, 'Not mine')).rejects.toMatchObject({ code: 'NOT_FOUND' });
    const cancelled = await cancelSalesOrder(t.ctx, as(customer.id), order.id, 'Ordered by mistake');
    expect(cancelled).toMatchObject({ status: 'cancelled', cancel_reason: 'Ordered by mistake' });
    expect(await stockLevel(t.ctx.db, item.id)).toEqual({ on_hand_milli: 5_000, committed_milli: 0 });
    const detail = (await staff.client.get(`/api/v1/sales-orders/${order.id}`)).json();
    expect(detail.events.at(-1)).toMatchObject({ status: 'cancelled', actor_type: 'contact', actor_name: 'Billie Payer', note: 'Ordered by mistake' });
  });
});
