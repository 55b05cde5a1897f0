import { expect } from 'vitest';
import { knownCarrierCodes } from '../../../contract/carriers.ts';
import { createCustomerWithContact, signUpStaff } from '../../test/builders.ts';
import { describeOnEachDialect } from '../../test/fixture.ts';
import { insertTestOrder } from '../../test/shipment-builders.ts';
import { listPackagesOfOrders, listShipmentsOfCustomer } from './shipment.service.ts';

describeOnEachDialect('carriers and the packages the portal shows', { startAt: '2026-12-02T10:00:00.000Z' }, (it) => {
  it('lists the known carriers and lets the organization override them or add its own', async ({ t, staff }) => {
    const listed = await staff.client.get('/api/v1/carriers');
    expect(listed.statusCode).toBe(200);
    expect(listed.json().data.map((carrier: { carrier: string }) => carrier.carrier)).toEqual(knownCarrierCodes);
    expect(listed.json().data[0]).toEqual({ carrier: 'ups', name: 'UPS', tracking_url_template: 'https://www.ups.com/track?tracknum={tracking_number}', default_template: 'https://www.ups.com/track?tracknum={tracking_number}', customized: false });

    const override = await staff.client.put('/api/v1/carriers', { carrier: 'dhl', name: 'DHL Paket', tracking_url_template: 'https://www.dhl.de/de/privatkunden/pakete-empfangen/verfolgen.html?piececode={tracking_number}' });
    expect(override.statusCode, override.body).toBe(200);
    expect(override.json()).toMatchObject({ carrier: 'dhl', name: 'DHL Paket', customized: true });
    const own = await staff.client.put('/api/v1/carriers', { carrier: 'Speedy_Courier', tracking_url_template: 'https://speedy.example/t/{tracking_number}?src=portico' });
    expect(own.json()).toMatchObject({ carrier: 'speedy_courier', name: 'speedy courier', default_template: null, customized: true });

    const { customerId } = await createCustomerWithContact(staff);
    const order = await insertTestOrder(t.ctx.db, staff.organization.id, customerId, { lines: [{ quantityMilli: 2000, onHandMilli: 2000 }] });
    const line = order.lines[0]!;
    const first = (await staff.client.post(`/api/v1/sales-orders/${order.id}/packages`, { lines: [{ sales_order_line_id: line.id, quantity: 1 }] })).json();
    const second = (await staff.client.post(`/api/v1/sales-orders/${order.id}/packages`, { lines: [{ sales_order_line_id: line.id, quantity: 1 }] })).json();
    const viaDhl = await staff.client.post(`/api/v1/packages/${first.id}/ship`, { carrier: 'dhl', tracking_number: '0034 0434' });
    expect(viaDhl.json()).toMatchObject({ carrier_name: 'DHL Paket', tracking_url: 'https://www.dhl.de/de/privatkunden/pakete-empfangen/verfolgen.html?piececode=0034%200434' });
    const viaOwn = await staff.client.post(`/api/v1/packages/${second.id}/ship`, { carrier: 'speedy_courier', tracking_number: 'S&1' });
    expect(viaOwn.json()).toMatchObject({ carrier_name: 'speedy courier', tracking_url: 'https://speedy.example/t/S%261?src=portico' });

    // Back to the default: packages answer the default link at once.
    const reset = await staff.client.put('/api/v1/carriers', { carrier: 'dhl', tracking_url_template: null });
    expect(reset.json()).toMatchObject({ carrier: 'dhl', name: 'DHL', customized: false });
    expect((await staff.client.get(`/api/v1/packages/${first.id}`)).json().tracking_url).toBe('https://www.dhl.com/global-en/home/tracking/tracking-express.html?submit=1&tracking-id=0034%200434');
    const carriers = (await staff.client.get('/api/v1/carriers')).json().data;
    expect(carriers.map((carrier: { carrier: string }) => carrier.carrier)).toEqual([...knownCarrierCodes, 'speedy_courier']);

    // Another organization keeps the defaults.
    const stranger = await signUpStaff(t.app);
    expect((await stranger.client.get('/api/v1/carriers')).json().data.every((carrier: { customized: boolean }) => !carrier.customized)).toBe(true);
  });

  it('refuses a template that is not https or lacks {tracking_number} (400 naming it)', async ({ staff }) => {
    const cases: [unknown, string][] = [
      [{ carrier: 'ups', tracking_url_template: 'https://www.ups.com/track' }, 'tracking_url_template'],
      [{ carrier: 'ups', tracking_url_template: 'http://www.ups.com/track?n={tracking_number}' }, 'tracking_url_template'],
      [{ carrier: 'ups', tracking_url_template: 'javascript:alert({tracking_number})' }, 'tracking_url_template'],
      [{ carrier: 'ups' }, 'tracking_url_template'],
      [{ carrier: 'no spaces', tracking_url_template: 'https://t.example/{tracking_number}' }, 'carrier'],
    ];
    for (const [body, field] of cases) {
      const response = await staff.client.put('/api/v1/carriers', body);
      expect(response.statusCode, JSON.stringify(body)).toBe(400);
      expect(response.json().error.details[0].field).toBe(field);
    }
    expect((await staff.client.get('/api/v1/carriers')).json().data.every((carrier: { customized: boolean }) => !carrier.customized)).toBe(true);
  });

  it('gives the portal its orders’ packages and the customer’s shipments with tracking links, in two queries each', async ({ t, staff }) => {
    await staff.client.put('/api/v1/carriers', { carrier: 'royal_mail', tracking_url_template: 'https://rm.example/track/{tracking_number}' });
    const { customerId } = await createCustomerWithContact(staff);
    const { customerId: otherCustomer } = await createCustomerWithContact(staff);
    const order = await insertTestOrder(t.ctx.db, staff.organization.id, customerId, { lines: [{ name: 'Lamp', unit: 'pcs', quantityMilli: 3000, onHandMilli: 3000 }] });
    const later = await insertTestOrder(t.ctx.db, staff.organization.id, customerId, { lines: [{ name: 'Shade', quantityMilli: 1000, onHandMilli: 1000 }] });
    const foreign = await insertTestOrder(t.ctx.db, staff.organization.id, otherCustomer, { lines: [{ quantityMilli: 1000, onHandMilli: 1000 }] });
    const pack = async (orderId: string, lineId: string, quantity: number) => (await staff.client.post(`/api/v1/sales-orders/${orderId}/packages`, { lines: [{ sales_order_line_id: lineId, quantity }] })).json();
    const a = await pack(order.id, order.lines[0]!.id, 2);
    const b = await pack(order.id, order.lines[0]!.id, 1);
    const c = await pack(later.id, later.lines[0]!.id, 1);
    const d = await pack(foreign.id, foreign.lines[0]!.id, 1);
    await staff.client.post(`/api/v1/packages/${a.id}/ship`, { carrier: 'royal_mail', tracking_number: 'AB 1' });
    t.clock.advance(60);
    await staff.client.post(`/api/v1/packages/${c.id}/ship`, { carrier: 'ups', tracking_number: '1Z' });
    await staff.client.post(`/api/v1/packages/${d.id}/ship`, { carrier: 'ups', tracking_number: '1Y' });

    const { result: ofOrders, count } = await t.queries.during(() => listPackagesOfOrders(t.ctx.db, staff.organization.id, [order.id, later.id]));
    expect(count).toBe(2);
    const byId = new Map(ofOrders.map((pkg) => [pkg.id, pkg]));
    expect([...byId.keys()].sort()).toEqual([a.id, b.id, c.id].sort());
    expect(byId.get(a.id)).toMatchObject({
      sales_order_id: order.id,
      sales_order_number: order.number,
      status: 'shipped',
      carrier: 'royal_mail',
      carrier_name: 'Royal Mail',
      tracking_url: 'https://rm.example/track/AB%201',
      lines: [{ sales_order_line_id: order.lines[0]!.id, name: 'Lamp', unit: 'pcs', quantity_milli: 2000 }],
    });
    expect(byId.get(b.id)).toMatchObject({ status: 'packed', tracking_url: null });
    expect(byId.get(c.id)?.tracking_url).toBe('https://www.ups.com/track?tracknum=1Z');
    expect(byId.get(a.id)).not.toHaveProperty('carrier_template');
    expect(await listPackagesOfOrders(t.ctx.db, 'another-organization', [order.id])).toEqual([]);

    const firstPage = await t.queries.during(() => listShipmentsOfCustomer(t.ctx.db, staff.organization.id, customerId, { limit: 1 }));
    expect(firstPage.count).toBe(2);
    expect(firstPage.result.data.map((pkg) => pkg.id)).toEqual([c.id]);
    const rest = await listShipmentsOfCustomer(t.ctx.db, staff.organization.id, customerId, { limit: 1, cursor: firstPage.result.next_cursor! });
    expect(rest.data.map((pkg) => [pkg.id, pkg.tracking_url])).toEqual([[a.id, 'https://rm.example/track/AB%201']]);
    expect(rest.next_cursor).toBeNull();
  });
});
