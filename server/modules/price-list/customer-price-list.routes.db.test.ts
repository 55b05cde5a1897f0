import { expect } from 'vitest';
import { signUpStaff } from '../../test/builders.ts';
import { describeOnEachDialect } from '../../test/fixture.ts';
import { createCustomerIn, createItem } from '../../test/price-list-builders.ts';

describeOnEachDialect("customers' price lists", { startAt: '2026-12-04T12:00:00Z' }, (it) => {
  it('assigns a list to a customer, answers it, and takes it away again', async ({ staff }) => {
    const customer = await createCustomerIn(staff, 'EUR');
    expect((await staff.client.get(`/api/v1/customers/${customer}/price-list`)).json()).toEqual({ customer_id: customer, price_list: null });
    const { id } = (await staff.client.post('/api/v1/price-lists', { name: 'Euro trade', currency: 'EUR', kind: 'markdown', percent: 10 })).json();
    const assigned = await staff.client.put(`/api/v1/customers/${customer}/price-list`, { price_list_id: id });
    expect(assigned.statusCode, assigned.body).toBe(200);
    expect(assigned.json()).toEqual({ customer_id: customer, price_list: { id, name: 'Euro trade', currency: 'EUR', archived: false } });
    expect((await staff.client.get(`/api/v1/customers/${customer}/price-list`)).json().price_list.id).toBe(id);
    expect((await staff.client.put(`/api/v1/customers/${customer}/price-list`, { price_list_id: null })).json()).toEqual({ customer_id: customer, price_list: null });
    expect((await staff.client.get(`/api/v1/price-lists/${id}`)).json().customers_count).toBe(0);
  });

  it('refuses a list in another currency with 422 CURRENCY_MISMATCH and keeps the old one', async ({ staff }) => {
    const customer = await createCustomerIn(staff, 'USD');
    const usd = (await staff.client.post('/api/v1/price-lists', { name: 'Dollars', currency: 'USD', kind: 'markup', percent: 5 })).json().id;
    const eur = (await staff.client.post('/api/v1/price-lists', { name: 'Euros', currency: 'EUR', kind: 'markup', percent: 5 })).json().id;
    await staff.client.put(`/api/v1/customers/${customer}/price-list`, { price_list_id: usd });
    const refused = await staff.client.put(`/api/v1/customers/${customer}/price-list`, { price_list_id: eur });
    expect(refused.statusCode).toBe(422);
    expect(refused.json().error).toMatchObject({ code: 'CURRENCY_MISMATCH', details: { field: 'price_list_id', list_currency: 'EUR', customer_currency: 'USD' } });
    expect((await staff.client.get(`/api/v1/customers/${customer}/price-list`)).json().price_list.id).toBe(usd);
  });

  it("refuses to change a list's currency while customers of another currency have it", async ({ staff }) => {
    const customer = await createCustomerIn(staff, 'USD');
    const { id } = (await staff.client.post('/api/v1/price-lists', { name: 'Dollars', currency: 'USD', kind: 'markup', percent: 5 })).json();
    await staff.client.put(`/api/v1/customers/${customer}/price-list`, { price_list_id: id });
    const refused = await staff.client.patch(`/api/v1/price-lists/${id}`, { currency: 'EUR' });
    expect(refused.statusCode).toBe(422);
    expect(refused.json().error).toMatchObject({ code: 'CURRENCY_MISMATCH', details: { field: 'currency', customer_currencies: ['USD'] } });
    await staff.client.put(`/api/v1/customers/${customer}/price-list`, { price_list_id: null });
    expect((await staff.client.patch(`/api/v1/price-lists/${id}`, { currency: 'EUR' })).json()).toMatchObject({ currency: 'EUR', version: 2 });
  });

  it('refuses an archived list, an unknown one and a malformed body, naming price_list_id', async ({ t, staff }) => {
    const customer = await createCustomerIn(staff, 'USD');
    const { id } = (await staff.client.post('/api/v1/price-lists', { name: 'Old', currency: 'USD', kind: 'markup', percent: 5 })).json();
    await staff.client.delete(`/api/v1/price-lists/${id}`);
    const archived = await staff.client.put(`/api/v1/customers/${customer}/price-list`, { price_list_id: id });
    expect(archived.statusCode).toBe(400);
    expect(archived.json().error.details).toEqual([expect.objectContaining({ field: 'price_list_id', code: 'invalid_value' })]);
    const other = await signUpStaff(t.app);
    const foreign = (await other.client.post('/api/v1/price-lists', { name: 'Theirs', currency: 'USD', kind: 'markup', percent: 5 })).json().id;
    const unknown = await staff.client.put(`/api/v1/customers/${customer}/price-list`, { price_list_id: foreign });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error.details).toEqual([expect.objectContaining({ field: 'price_list_id', code: 'unknown_reference' })]);
    const malformed = await staff.client.put(`/api/v1/customers/${customer}/price-list`, { price_list: id });
    expect(malformed.statusCode).toBe(400);
    expect((await staff.client.get(`/api/v1/customers/${customer}/price-list`)).json().price_list).toBeNull();
    expect((await other.client.get(`/api/v1/price-lists/${foreign}`)).json().customers_count).toBe(0);
  });

  it("answers 404 for another organization's customer and leaves its list as it was", async ({ t, staff }) => {
    const other = await signUpStaff(t.app);
    const theirCustomer = await createCustomerIn(other, 'USD');
    const theirList = (await other.client.post('/api/v1/price-lists', { name: 'Theirs', currency: 'USD', kind: 'markup', percent: 5 })).json().id;
    await other.client.put(`/api/v1/customers/${theirCustomer}/price-list`, { price_list_id: theirList });
    const mine = (await staff.client.post('/api/v1/price-lists', { name: 'Mine', currency: 'USD', kind: 'markup', percent: 5 })).json().id;
    expect((await staff.client.get(`/api/v1/customers/${theirCustomer}/price-list`)).statusCode).toBe(404);
    expect((await staff.client.put(`/api/v1/customers/${theirCustomer}/price-list`, { price_list_id: mine })).statusCode).toBe(404);
    expect((await staff.client.put(`/api/v1/customers/${theirCustomer}/price-list`, { price_list_id: null })).statusCode).toBe(404);
    expect((await other.client.get(`/api/v1/customers/${theirCustomer}/price-list`)).json().price_list.id).toBe(theirList);
  });

  it('previews what a customer would pay under a list: the break, the markup, the base rate or nothing', async ({ staff }) => {
    const usdItem = await createItem(staff, { rate_minor: 1000, currency: 'USD' });
    const eurItem = await createItem(staff, { rate_minor: 800, currency: 'EUR' });
    const usdCustomer = await createCustomerIn(staff, 'USD');
    const eurCustomer = await createCustomerIn(staff, 'EUR');
    const tiers = (await staff.client.post('/api/v1/price-lists', { name: 'Tiers', currency: 'USD', kind: 'per_item', rates: [{ item_id: usdItem, min_quantity: 1, rate_minor: 950 }, { item_id: usdItem, min_quantity: 10, rate_minor: 900 }] })).json().id;
    const preview = (query: string) => staff.client.get(`/api/v1/price-lists/${tiers}/preview?${query}`);

    const atBreak = await preview(`customer_id=${usdCustomer}&item_id=${usdItem}&quantity=10`);
    expect(atBreak.statusCode, atBreak.body).toBe(200);
    expect(atBreak.json()).toEqual({
      price_list_id: tiers,
      customer_id: usdCustomer,
      item_id: usdItem,
      quantity: 10,
      date: '2026-12-04',
      price: {
        rate_minor: 900,
        currency: 'USD',
        source: 'price_list',
        price_list_id: tiers,
        price_list_name: 'Tiers',
        break_min_quantity: 10,
        breaks: [
          { min_quantity: 1, rate_minor: 950 },
          { min_quantity: 10, rate_minor: 900 },
        ],
      },
    });
    expect((await preview(`customer_id=${usdCustomer}&item_id=${usdItem}&quantity=9.999`)).json().price).toMatchObject({ rate_minor: 950, break_min_quantity: 1 });
    expect((await preview(`item_id=${usdItem}&quantity=0.5`)).json()).toMatchObject({ customer_id: null, price: { rate_minor: 1000, source: 'base', break_min_quantity: null } });
    // A EUR customer: the USD list does not apply; the EUR item at its base rate, the USD item not at all.
    expect((await preview(`customer_id=${eurCustomer}&item_id=${eurItem}`)).json()).toMatchObject({ quantity: 1, price: { rate_minor: 800, currency: 'EUR', source: 'base' } });
    expect((await preview(`customer_id=${eurCustomer}&item_id=${usdItem}&quantity=10`)).json().price).toBeNull();

    const markup = (await staff.client.post('/api/v1/price-lists', { name: 'Plus', currency: 'USD', kind: 'markup', percent: 12.5, valid_from: '2026-12-05' })).json().id;
    expect((await staff.client.get(`/api/v1/price-lists/${markup}/preview?item_id=${usdItem}`)).json().price).toMatchObject({ source: 'base', rate_minor: 1000 });
    await staff.client.patch(`/api/v1/price-lists/${markup}`, { valid_from: '2026-12-04' });
    expect((await staff.client.get(`/api/v1/price-lists/${markup}/preview?item_id=${usdItem}`)).json().price).toMatchObject({ source: 'price_list', rate_minor: 1125, price_list_name: 'Plus' });
  });

  it("refuses a preview for another organization's customer or item (404) and a bad quantity (400)", async ({ t, staff }) => {
    const other = await signUpStaff(t.app);
    const theirItem = await createItem(other);
    const theirCustomer = await createCustomerIn(other, 'USD');
    const item = await createItem(staff);
    const { id } = (await staff.client.post('/api/v1/price-lists', { name: 'Mine', currency: 'USD', kind: 'markup', percent: 5 })).json();
    expect((await staff.client.get(`/api/v1/price-lists/${id}/preview?item_id=${theirItem}`)).statusCode).toBe(404);
    expect((await staff.client.get(`/api/v1/price-lists/${id}/preview?item_id=${item}&customer_id=${theirCustomer}`)).statusCode).toBe(404);
    const bad = await staff.client.get(`/api/v1/price-lists/${id}/preview?item_id=${item}&quantity=1.0001`);
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.details[0].field).toBe('quantity');
    const missing = await staff.client.get(`/api/v1/price-lists/${id}/preview`);
    expect(missing.json().error.details[0].field).toBe('item_id');
  });
});
