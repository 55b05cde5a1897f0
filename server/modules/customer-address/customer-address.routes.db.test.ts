import { expect } from 'vitest';
import { signUpStaff } from '../../test/builders.ts';
import { describeOnEachDialect } from '../../test/fixture.ts';
import { createCustomerIn } from '../../test/price-list-builders.ts';
import { atOnce, tallyStatuses } from '../../test/tally.ts';
import { findShippingAddress, listShippingAddresses } from './customer-address.service.ts';

const warehouse = '1 Dock Road\n20457 Hamburg\nGermany';
const office = 'Reception\n5 Main St\n10115 Berlin\nGermany';
const officeParts = { attention: 'Reception', street: '5 Main St', city: 'Berlin', postal_code: '10115', country: 'Germany' };

describeOnEachDialect("customers' shipping addresses", (it) => {
  it('adds addresses, the first becoming the default, and moves the default when another is marked', async ({ staff }) => {
    const customer = await createCustomerIn(staff, 'EUR');
    const base = `/api/v1/customers/${customer}/shipping-addresses`;
    expect((await staff.client.get(base)).json()).toEqual({ data: [] });
    const first = await staff.client.post(base, { label: 'Warehouse', address: warehouse });
    expect(first.statusCode, first.body).toBe(201);
    expect(first.json()).toMatchObject({ label: 'Warehouse', address: warehouse, address_lines: ['1 Dock Road', '20457 Hamburg', 'Germany'], is_default: true, stored: true });
    const second = (await staff.client.post(base, { label: 'Office', address: office })).json();
    expect(second.is_default).toBe(false);
    expect((await staff.client.get(base)).json().data.map((row: { label: string; is_default: boolean }) => [row.label, row.is_default])).toEqual([
      ['Warehouse', true],
      ['Office', false],
    ]);
    const marked = await staff.client.patch(`${base}/${second.id}`, { is_default: true, label: 'Head office' });
    expect(marked.json()).toMatchObject({ id: second.id, label: 'Head office', address: office, is_default: true });
    expect((await staff.client.get(base)).json().data.map((row: { label: string; is_default: boolean }) => [row.label, row.is_default])).toEqual([
      ['Head office', true],
      ['Warehouse', false],
    ]);
    const third = (await staff.client.post(base, { label: 'Depot', address: '  Bremen\r\n\n Germany ', is_default: true })).json();
    expect(third).toMatchObject({ address: 'Bremen\r\n\n Germany', address_lines: ['Bremen', 'Germany'] });
    expect(third.is_default).toBe(true);
    expect((await staff.client.get(base)).json().data.filter((row: { is_default: boolean }) => row.is_default).map((row: { id: string }) => row.id)).toEqual([third.id]);
  });

  it('removes an address softly and passes the default to the oldest one left', async ({ t, staff }) => {
    const customer = await createCustomerIn(staff, 'EUR');
    const base = `/api/v1/customers/${customer}/shipping-addresses`;
    const a = (await staff.client.post(base, { label: 'A', address: warehouse })).json();
    const b = (await staff.client.post(base, { label: 'B', address: office })).json();
    const c = (await staff.client.post(base, { label: 'C', address: office, is_default: true })).json();
    expect((await staff.client.delete(`${base}/${c.id}`)).statusCode).toBe(204);
    expect((await staff.client.get(base)).json().data.map((row: { id: string; is_default: boolean }) => [row.id, row.is_default])).toEqual([
      [a.id, true],
      [b.id, false],
    ]);
    const kept = await t.ctx.db.selectFrom('customer_addresses').select(['removed_at', 'is_default']).where('id', '=', c.id).executeTakeFirstOrThrow();
    expect(kept.removed_at).not.toBeNull();
    expect((await staff.client.delete(`${base}/${c.id}`)).statusCode).toBe(404);
    expect((await staff.client.patch(`${base}/${c.id}`, { label: 'Back' })).statusCode).toBe(404);
    expect(await findShippingAddress(t.ctx.db, staff.organization.id, customer, c.id)).toBeUndefined();
  });

  it('refuses to unmark the default and invalid addresses, naming the field', async ({ staff }) => {
    const customer = await createCustomerIn(staff, 'EUR');
    const base = `/api/v1/customers/${customer}/shipping-addresses`;
    const only = (await staff.client.post(base, { label: 'Only', address: warehouse })).json();
    const unmark = await staff.client.patch(`${base}/${only.id}`, { is_default: false });
    expect(unmark.statusCode).toBe(400);
    expect(unmark.json().error.details).toEqual([expect.objectContaining({ field: 'is_default', code: 'invalid_value' })]);
    const cases: [Record<string, unknown>, string][] = [
      [{ address: warehouse }, 'label'],
      [{ label: ' ', address: warehouse }, 'label'],
      [{ label: 'Empty', address: '  ' }, 'address'],
      [{ label: 'Parts', address: officeParts }, 'address'],
      [{ label: 'Long', address: 'x'.repeat(1001) }, 'address'],
      [{ label: 'x'.repeat(101), address: office }, 'label'],
      [{ label: 'Flag', address: warehouse, is_default: 'yes' }, 'is_default'],
    ];
    for (const [body, field] of cases) {
      const response = await staff.client.post(base, body);
      expect(response.statusCode, JSON.stringify(body)).toBe(400);
      expect(response.json().error.details.map((issue: { field: string }) => issue.field), response.body).toContain(field);
    }
    expect((await staff.client.patch(`${base}/${only.id}`, { label: '' })).json().error.details[0].field).toBe('label');
    expect((await staff.client.get(base)).json().data).toHaveLength(1);
  });

  it("answers 404 for another organization's customer or address and leaves them as they were", async ({ t, staff }) => {
    const other = await signUpStaff(t.app);
    const theirCustomer = await createCustomerIn(other, 'EUR');
    const theirAddress = (await other.client.post(`/api/v1/customers/${theirCustomer}/shipping-addresses`, { label: 'Theirs', address: warehouse })).json();
    const mine = await createCustomerIn(staff, 'EUR');
    expect((await staff.client.get(`/api/v1/customers/${theirCustomer}/shipping-addresses`)).statusCode).toBe(404);
    expect((await staff.client.post(`/api/v1/customers/${theirCustomer}/shipping-addresses`, { label: 'X', address: office })).statusCode).toBe(404);
    expect((await staff.client.patch(`/api/v1/customers/${theirCustomer}/shipping-addresses/${theirAddress.id}`, { label: 'X' })).statusCode).toBe(404);
    expect((await staff.client.delete(`/api/v1/customers/${theirCustomer}/shipping-addresses/${theirAddress.id}`)).statusCode).toBe(404);
    // Another customer's address under one's own customer is not found either.
    expect((await staff.client.patch(`/api/v1/customers/${mine}/shipping-addresses/${theirAddress.id}`, { label: 'X' })).statusCode).toBe(404);
    await expect(listShippingAddresses(t.ctx.db, staff.organization.id, theirCustomer)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(await findShippingAddress(t.ctx.db, staff.organization.id, mine, theirAddress.id)).toBeUndefined();
    expect((await other.client.get(`/api/v1/customers/${theirCustomer}/shipping-addresses`)).json().data).toMatchObject([{ id: theirAddress.id, label: 'Theirs', is_default: true }]);
  });

  it('keeps exactly one default when many addresses are added as the default at once', async ({ t, staff }) => {
    const customer = await createCustomerIn(staff, 'EUR');
    const base = `/api/v1/customers/${customer}/shipping-addresses`;
    const answers = await atOnce(10, (index) => staff.client.post(base, { label: `Dock ${index}`, address: warehouse, is_default: index % 2 === 0 }));
    expect(tallyStatuses(answers)).toEqual({ 201: 10 });
    const defaults = await t.ctx.db.selectFrom('customer_addresses').select('id').where('customer_id', '=', customer).where('is_default', '=', 1).execute();
    expect(defaults).toHaveLength(1);
    const listed = (await staff.client.get(base)).json().data;
    expect(listed).toHaveLength(10);
    expect(listed[0].is_default).toBe(true);
  });

  it("offers the customer's own shipping address as 'default' to the portal while none is stored", async ({ t, staff }) => {
    const org = staff.organization.id;
    const withOwn = await createCustomerIn(staff, 'EUR', { shipping_address: officeParts });
    const without = await createCustomerIn(staff, 'EUR');
    const blank = await createCustomerIn(staff, 'EUR', { shipping_address: { city: ' ' } });
    const own = { id: 'default', label: null, address: office, address_lines: ['Reception', '5 Main St', '10115 Berlin', 'Germany'], is_default: true, stored: false };
    expect(await listShippingAddresses(t.ctx.db, org, withOwn)).toEqual([own]);
    expect(await findShippingAddress(t.ctx.db, org, withOwn, 'default')).toEqual(own);
    expect(await listShippingAddresses(t.ctx.db, org, without)).toEqual([]);
    expect(await listShippingAddresses(t.ctx.db, org, blank)).toEqual([]);
    expect(await findShippingAddress(t.ctx.db, org, without, 'default')).toBeUndefined();
    // Staff see only what is stored.
    expect((await staff.client.get(`/api/v1/customers/${withOwn}/shipping-addresses`)).json().data).toEqual([]);

    const stored = (await staff.client.post(`/api/v1/customers/${withOwn}/shipping-addresses`, { label: 'Dock', address: warehouse })).json();
    expect(await listShippingAddresses(t.ctx.db, org, withOwn)).toEqual([stored]);
    expect(await findShippingAddress(t.ctx.db, org, withOwn, stored.id)).toEqual(stored);
    expect(await findShippingAddress(t.ctx.db, org, withOwn, 'default')).toBeUndefined();
    await staff.client.delete(`/api/v1/customers/${withOwn}/shipping-addresses/${stored.id}`);
    expect(await listShippingAddresses(t.ctx.db, org, withOwn)).toEqual([own]);
  });
});
