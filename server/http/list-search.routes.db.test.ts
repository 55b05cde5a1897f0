import { expect } from 'vitest';
import { createBillingCustomer } from '../test/billing-payment-builders.ts';
import { describeOnEachDialect } from '../test/fixture.ts';
import { insertPayment, portalCustomer } from '../test/portal-document-builders.ts';

// Wrong escaping shows here: an unescaped `%` also finds "500 units", an unescaped `_` also finds "axb",
// and a backslash escape without ESCAPE (SQLite's LIKE has none by default) finds nothing at all.
const names = ['50% off', '500 units', 'a_b', 'axb', 'C:\\archive', 'C:archive', 'Müller', 'MÜLLER', '株式会社ノースウィンド'];
const searches: [string, string[]][] = [
  ['50%', ['50% off']],
  ['a_b', ['a_b']],
  ['C:\\', ['C:\\archive']],
  ['müller', ['MÜLLER', 'Müller']],
  ['ÜLL', ['MÜLLER', 'Müller']],
  ['ノース', ['株式会社ノースウィンド']],
];

async function found(client: { get(url: string): Promise<{ statusCode: number; json(): unknown }> }, path: string, term: string, field: string): Promise<string[]> {
  const response = await client.get(`${path}${path.includes('?') ? '&' : '?'}limit=100&search=${encodeURIComponent(term)}`);
  expect(response.statusCode, `${path} ${term}`).toBe(200);
  return (response.json() as { data: Record<string, string>[] }).data.map((row) => row[field]!).sort();
}

describeOnEachDialect('searching lists', (it) => {
  it('finds customers by literal text, whatever the case, in names and contact persons', async ({ staff }) => {
    for (const name of names) expect((await staff.client.post('/api/v1/customers', { display_name: name })).statusCode).toBe(201);
    for (const [term, expected] of searches) expect(await found(staff.client, '/api/v1/customers', term, 'display_name'), term).toEqual(expected);
    const withContact = await staff.client.post('/api/v1/customers', { display_name: 'Northwind', contact_persons: [{ first_name: 'Jürgen', last_name: 'Ölund', email: 'jurgen_50@example.test' }] });
    expect(withContact.statusCode).toBe(201);
    expect(await found(staff.client, '/api/v1/customers', 'JÜRGEN', 'display_name')).toEqual(['Northwind']);
    expect(await found(staff.client, '/api/v1/customers', 'n_50@', 'display_name')).toEqual(['Northwind']);
  });

  it('finds items by literal text in the name or the SKU', async ({ staff }) => {
    for (const [index, name] of names.entries()) {
      expect((await staff.client.post('/api/v1/items', { name, sku: `SKU-${index}`, rate_minor: 100, currency: 'EUR' })).statusCode).toBe(201);
    }
    for (const [term, expected] of searches) expect(await found(staff.client, '/api/v1/items', term, 'name'), term).toEqual(expected);
    expect(await found(staff.client, '/api/v1/items', 'sku-1', 'name')).toEqual(['500 units']);
  });

  it('finds staff invoices by literal text in the reference', async ({ staff }) => {
    const customer = await createBillingCustomer(staff);
    for (const reference of names) {
      const response = await staff.client.post('/api/v1/invoices', { customer_id: customer.id, reference, lines: [{ name: 'Work', quantity: 1, rate_minor: 100 }] });
      expect(response.statusCode).toBe(201);
    }
    for (const [term, expected] of searches) expect(await found(staff.client, `/api/v1/invoices?customer_id=${customer.id}`, term, 'reference'), term).toEqual(expected);
  });

  it('finds the portal’s invoices and payments by literal number', async ({ t, staff }) => {
    const me = await portalCustomer(t, staff);
    const suffix = me.customerId.slice(-6);
    for (const name of names) {
      await me.doc({ number: `${name} ${suffix}` });
      await insertPayment(t.ctx.db, { organizationId: me.organizationId, customerId: me.customerId, amount: 100, number: `${name} ${suffix}` });
    }
    for (const [term, expected] of searches) {
      const numbers = expected.map((name) => `${name} ${suffix}`);
      expect(await found(me.client, `${me.api}/invoices`, term, 'number'), term).toEqual(numbers);
      expect(await found(me.client, `${me.api}/payments`, term, 'number'), term).toEqual(numbers);
    }
  });
});
