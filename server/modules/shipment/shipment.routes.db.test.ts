import { expect } from 'vitest';
import { createCustomerWithContact } from '../../test/builders.ts';
import { describeOnEachDialect } from '../../test/fixture.ts';
import { extractPdfText, plainSpaces } from '../../test/pdf-text.ts';
import { insertTestOrder, orderLineQuantities, orderStatus, outboxMails, shipmentMovements, stockLevel } from '../../test/shipment-builders.ts';

describeOnEachDialect('packages and shipments', { startAt: '2026-12-02T10:00:00.000Z' }, (it) => {
  it('packs and ships an order in two packages: stock leaves, the order follows, delivery closes it', async ({ t, staff }) => {
    const { customerId } = await createCustomerWithContact(staff);
    const order = await insertTestOrder(t.ctx.db, staff.organization.id, customerId, {
      lines: [
        { name: 'Oak table', sku: 'OAK-1', unit: 'pcs', quantityMilli: 3000, onHandMilli: 10_000 },
        { name: 'Varnish', quantityMilli: 1500, onHandMilli: 1500 },
        { name: 'Assembly', quantityMilli: 1000, onHandMilli: null },
      ],
    });
    const [table, varnish, assembly] = order.lines;

    const first = await staff.client.post(`/api/v1/sales-orders/${order.id}/packages`, {
      lines: [
        { sales_order_line_id: table!.id, quantity: 2 },
        { sales_order_line_id: varnish!.id, quantity: 1.5 },
      ],
      notes: 'Fragile',
    });
    expect(first.statusCode, first.body).toBe(201);
    expect(first.json()).toMatchObject({
      number: 'PKG-000001',
      status: 'packed',
      sales_order: { id: order.id, number: order.number },
      customer: { id: customerId },
      package_date: '2026-12-02',
      notes: 'Fragile',
      carrier: null,
      tracking_url: null,
      lines: [
        { sales_order_line_id: table!.id, name: 'Oak table', sku: 'OAK-1', unit: 'pcs', quantity: 2, ordered_quantity: 3 },
        { sales_order_line_id: varnish!.id, name: 'Varnish', quantity: 1.5, ordered_quantity: 1.5 },
      ],
    });
    expect((await orderLineQuantities(t.ctx.db, order.id)).map((line) => line.packed_milli)).toEqual([2000, 1500, 0]);

    const shipped = await staff.client.post(`/api/v1/packages/${first.json().id}/ship`, { carrier: 'UPS', tracking_number: ' 1Z999AA10123456784 ' });
    expect(shipped.statusCode, shipped.body).toBe(200);
    expect(shipped.json()).toMatchObject({
      status: 'shipped',
      carrier: 'ups',
      carrier_name: 'UPS',
      tracking_number: '1Z999AA10123456784',
      tracking_url: 'https://www.ups.com/track?tracknum=1Z999AA10123456784',
      shipped_on: '2026-12-02',
      shipped_at: '2026-12-02T10:00:00.000Z',
    });
    expect(await stockLevel(t.ctx.db, table!.itemId!, order.warehouseId)).toEqual({ on_hand_milli: 8000, committed_milli: 1000 });
    expect(await stockLevel(t.ctx.db, varnish!.itemId!, order.warehouseId)).toEqual({ on_hand_milli: 0, committed_milli: 0 });
    const movements = await shipmentMovements(t.ctx.db, first.json().id);
    expect(movements).toHaveLength(2);
    expect(movements).toEqual(
      expect.arrayContaining([
        { item_id: table!.itemId, kind: 'shipment', quantity_milli: -2000, sales_order_id: order.id, package_id: first.json().id },
        { item_id: varnish!.itemId, kind: 'shipment', quantity_milli: -1500, sales_order_id: order.id, package_id: first.json().id },
      ]),
    );
    expect((await orderLineQuantities(t.ctx.db, order.id)).map(({ committed_milli, shipped_milli }) => [committed_milli, shipped_milli])).toEqual([
      [1000, 2000],
      [0, 1500],
      [0, 0],
    ]);
    expect((await orderStatus(t.ctx.db, order.id)).status).toBe('partially_shipped');

    const second = await staff.client.post(`/api/v1/sales-orders/${order.id}/packages`, {
      lines: [
        { sales_order_line_id: table!.id, quantity: 1 },
        { sales_order_line_id: assembly!.id, quantity: 1 },
      ],
      package_date: '2026-12-03',
    });
    expect(second.statusCode, second.body).toBe(201);
    expect(second.json()).toMatchObject({ number: 'PKG-000002', package_date: '2026-12-03' });
    const secondShipped = await staff.client.post(`/api/v1/packages/${second.json().id}/ship`, { carrier: 'dhl', tracking_number: 'JD0146', shipped_on: '2026-12-03' });
    expect(secondShipped.json()).toMatchObject({ status: 'shipped', shipped_on: '2026-12-03', tracking_url: expect.stringContaining('tracking-id=JD0146') });
    expect(await stockLevel(t.ctx.db, table!.itemId!, order.warehouseId)).toEqual({ on_hand_milli: 7000, committed_milli: 0 });
    expect(await stockLevel(t.ctx.db, assembly!.itemId!, order.warehouseId)).toBeUndefined();
    expect(await shipmentMovements(t.ctx.db, second.json().id)).toEqual([{ item_id: table!.itemId, kind: 'shipment', quantity_milli: -1000, sales_order_id: order.id, package_id: second.json().id }]);
    expect((await orderStatus(t.ctx.db, order.id)).status).toBe('shipped');

    // Nothing is left to pack.
    const more = await staff.client.post(`/api/v1/sales-orders/${order.id}/packages`, { lines: [{ sales_order_line_id: table!.id, quantity: 1 }] });
    expect(more.statusCode).toBe(409);

    const delivered = await staff.client.post(`/api/v1/packages/${first.json().id}/deliver`);
    expect(delivered.statusCode, delivered.body).toBe(200);
    expect(delivered.json()).toMatchObject({ status: 'delivered', delivered_at: '2026-12-02T10:00:00.000Z' });
    expect((await orderStatus(t.ctx.db, order.id)).status).toBe('shipped');
    expect((await staff.client.post(`/api/v1/packages/${first.json().id}/deliver`)).statusCode).toBe(409);
    expect((await staff.client.post(`/api/v1/packages/${second.json().id}/deliver`)).json().status).toBe('delivered');
    expect(await orderStatus(t.ctx.db, order.id)).toEqual({ status: 'delivered', events: ['partially_shipped', 'shipped', 'delivered'] });
  });

  it('lists packages newest first with a status filter and cursor paging; the detail has lines and the tracking link', async ({ t, staff }) => {
    const { customerId } = await createCustomerWithContact(staff);
    const order = await insertTestOrder(t.ctx.db, staff.organization.id, customerId, { lines: [{ name: 'Crate', quantityMilli: 5000, onHandMilli: 5000 }] });
    const line = order.lines[0]!;
    const ids: string[] = [];
    for (let index = 0; index < 3; index++) {
      t.clock.advance(1);
      const created = await staff.client.post(`/api/v1/sales-orders/${order.id}/packages`, { lines: [{ sales_order_line_id: line.id, quantity: 1 }] });
      ids.push(created.json().id);
    }
    await staff.client.post(`/api/v1/packages/${ids[0]}/ship`, { carrier: 'fedex', tracking_number: '7946' });

    const firstPage = await staff.client.get('/api/v1/packages?limit=2');
    expect(firstPage.statusCode).toBe(200);
    expect(firstPage.json().data.map((pkg: { id: string }) => pkg.id)).toEqual([ids[2], ids[1]]);
    const next = await staff.client.get(`/api/v1/packages?limit=2&cursor=${firstPage.json().next_cursor}`);
    expect(next.json()).toMatchObject({ data: [{ id: ids[0], status: 'shipped', tracking_url: 'https://www.fedex.com/fedextrack/?trknbr=7946' }], next_cursor: null });

    const packed = await staff.client.get('/api/v1/packages?status=packed');
    expect(packed.json().data.map((pkg: { id: string }) => pkg.id)).toEqual([ids[2], ids[1]]);
    const ofOrder = await staff.client.get(`/api/v1/packages?sales_order_id=${order.id}&status=shipped`);
    expect(ofOrder.json().data).toHaveLength(1);
    expect((await staff.client.get('/api/v1/packages?status=lost')).statusCode).toBe(400);
    expect((await staff.client.get('/api/v1/packages?cursor=nonsense')).json().error.details[0].field).toBe('cursor');

    const detail = await staff.client.get(`/api/v1/packages/${ids[0]}`);
    expect(detail.json()).toMatchObject({ id: ids[0], carrier_name: 'FedEx', tracking_url: 'https://www.fedex.com/fedextrack/?trknbr=7946', lines: [{ sales_order_line_id: line.id, name: 'Crate', quantity: 1 }] });
  });

  it('deletes a packed package, giving its quantities back to pack, and refuses to delete a shipped one', async ({ t, staff }) => {
    const { customerId } = await createCustomerWithContact(staff);
    const order = await insertTestOrder(t.ctx.db, staff.organization.id, customerId, { lines: [{ quantityMilli: 4000, onHandMilli: 4000 }] });
    const line = order.lines[0]!;
    const pkg = (await staff.client.post(`/api/v1/sales-orders/${order.id}/packages`, { lines: [{ sales_order_line_id: line.id, quantity: 4 }] })).json();
    expect((await orderLineQuantities(t.ctx.db, order.id))[0]?.packed_milli).toBe(4000);
    const deleted = await staff.client.delete(`/api/v1/packages/${pkg.id}`);
    expect(deleted.statusCode).toBe(204);
    expect((await orderLineQuantities(t.ctx.db, order.id))[0]?.packed_milli).toBe(0);
    expect((await staff.client.get(`/api/v1/packages/${pkg.id}`)).statusCode).toBe(404);

    const again = (await staff.client.post(`/api/v1/sales-orders/${order.id}/packages`, { lines: [{ sales_order_line_id: line.id, quantity: 4 }] })).json();
    await staff.client.post(`/api/v1/packages/${again.id}/ship`, { carrier: 'usps', tracking_number: '9400' });
    const refused = await staff.client.delete(`/api/v1/packages/${again.id}`);
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.code).toBe('STATE_CONFLICT');
    expect((await orderLineQuantities(t.ctx.db, order.id))[0]).toMatchObject({ packed_milli: 4000, shipped_milli: 4000 });
  });

  it('mails the customer’s contacts with portal access who may view documents, in the customer’s language, with the tracking link', async ({ t, staff }) => {
    const customer = await createCustomerWithContact(staff, { portal: true, language: 'de' });
    const other = await staff.client.post(`/api/v1/customers/${customer.customerId}/contact-persons`, { first_name: 'Payer', email: 'payer-only@example.test' });
    expect(other.statusCode).toBe(201);
    const noAccess = await staff.client.post(`/api/v1/customers/${customer.customerId}/contact-persons`, { first_name: 'No Access', email: 'no-access@example.test' });
    expect(noAccess.statusCode).toBe(201);
    const order = await insertTestOrder(t.ctx.db, staff.organization.id, customer.customerId, { lines: [{ name: 'Oak table', unit: 'Stk', quantityMilli: 2500, onHandMilli: 5000 }] });
    const pkg = (await staff.client.post(`/api/v1/sales-orders/${order.id}/packages`, { lines: [{ sales_order_line_id: order.lines[0]!.id, quantity: 2.5 }] })).json();
    expect(await outboxMails(t.ctx.db, staff.organization.id, 'order_shipped')).toHaveLength(0);

    await staff.client.post(`/api/v1/packages/${pkg.id}/ship`, { carrier: 'dhl', tracking_number: 'JD 0146/7' });
    const mails = await outboxMails(t.ctx.db, staff.organization.id, 'order_shipped');
    expect(mails.map((mail) => mail.to_address)).toEqual([customer.email]);
    const [mail] = mails;
    expect(mail?.subject).toBe(`Ihre Bestellung ${order.number} bei ${staff.organization.name} wurde versandt`);
    expect(mail?.text).toContain('Sendung verfolgen: https://www.dhl.com/global-en/home/tracking/tracking-express.html?submit=1&tracking-id=JD%200146%2F7');
    expect(mail?.text).toContain('2,5 Stk × Oak table');
    expect(mail?.text).toContain(`/portal/${staff.organization.slug}/sales-orders/${order.id}`);
    expect(mail?.html).toContain('tracking-id=JD%200146%2F7');
    expect(mail?.html).toContain('lang="de"');
  });

  it('prints the packing slip in the customer’s language, without prices', async ({ t, staff }) => {
    const { customerId } = await createCustomerWithContact(staff, { language: 'fr', name: 'Maison Dupont' });
    const order = await insertTestOrder(t.ctx.db, staff.organization.id, customerId, {
      poNumber: 'BC-77',
      shippingAddress: 'Quai 3\n12 rue du Port\n13002 Marseille',
      lines: [
        { name: 'Chaise', sku: 'CH-2', quantityMilli: 6000, onHandMilli: 6000 },
        { name: 'Table', quantityMilli: 1000, onHandMilli: 1000 },
      ],
    });
    const pkg = (await staff.client.post(`/api/v1/sales-orders/${order.id}/packages`, { lines: [{ sales_order_line_id: order.lines[0]!.id, quantity: 4 }] })).json();
    await staff.client.post(`/api/v1/packages/${pkg.id}/ship`, { carrier: 'postnl', tracking_number: '3SABC' });
    const response = await staff.client.get(`/api/v1/packages/${pkg.id}/pdf`);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('application/pdf');
    expect(response.headers['content-disposition']).toBe(`inline; filename="${pkg.number}.pdf"`);
    const [page] = (await extractPdfText(response.rawPayload)).map(plainSpaces);
    expect(page).toContain('Bon de livraison');
    expect(page).toContain(pkg.number);
    expect(page).toContain(staff.organization.name);
    expect(page).toContain('LIVRER À');
    expect(page).toContain('Maison Dupont');
    expect(page).toContain('12 rue du Port');
    expect(page).toContain(`Commande ${order.number}`);
    expect(page).toContain('Bon de commande BC-77');
    expect(page).toContain('Transporteur PostNL');
    expect(page).toContain('Chaise CH-2 6 4');
    expect(page).not.toContain('Table');
    expect(page).not.toMatch(/\$|10\.00|Total/);
  });
});
