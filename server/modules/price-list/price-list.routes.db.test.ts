import { expect } from 'vitest';
import { signUpStaff } from '../../test/builders.ts';
import { describeOnEachDialect } from '../../test/fixture.ts';
import { createCustomerIn, createItem } from '../../test/price-list-builders.ts';
import { atOnce, tallyStatuses } from '../../test/tally.ts';

const fieldsOf = (response: { json(): { error: { details?: { field: string }[] } } }) => response.json().error.details?.map((issue) => issue.field);

describeOnEachDialect('price lists', (it) => {
  it('creates a per-item list with breaks and shows it with item names and its customers count', async ({ staff }) => {
    const bolts = await createItem(staff, { name: 'Bolts', rate_minor: 100 });
    const nuts = await createItem(staff, { name: 'Nuts', rate_minor: 50 });
    const created = await staff.client.post('/api/v1/price-lists', {
      name: 'Wholesale',
      description: 'For resellers',
      currency: 'usd',
      kind: 'per_item',
      valid_from: '2026-01-01',
      valid_to: '2026-12-31',
      rates: [
        { item_id: nuts, min_quantity: 0, rate_minor: 45 },
        { item_id: bolts, min_quantity: 10, rate_minor: 80 },
        { item_id: bolts, min_quantity: 2.5, rate_minor: 90 },
      ],
    });
    expect(created.statusCode, created.body).toBe(201);
    expect(created.headers.etag).toBe('"1"');
    const id = created.json().id as string;
    const detail = await staff.client.get(`/api/v1/price-lists/${id}`);
    expect(detail.headers.etag).toBe('"1"');
    expect(detail.json()).toMatchObject({
      id,
      name: 'Wholesale',
      description: 'For resellers',
      currency: 'USD',
      kind: 'per_item',
      percent: 0,
      valid_from: '2026-01-01',
      valid_to: '2026-12-31',
      archived: false,
      version: 1,
      customers_count: 0,
      rates: [
        { item_id: bolts, item_name: 'Bolts', min_quantity: 2.5, rate_minor: 90 },
        { item_id: bolts, item_name: 'Bolts', min_quantity: 10, rate_minor: 80 },
        { item_id: nuts, item_name: 'Nuts', min_quantity: 0, rate_minor: 45 },
      ],
    });
    const customer = await createCustomerIn(staff, 'USD');
    expect((await staff.client.put(`/api/v1/customers/${customer}/price-list`, { price_list_id: id })).statusCode).toBe(200);
    expect((await staff.client.get(`/api/v1/price-lists/${id}`)).json().customers_count).toBe(1);
  });

  it('stores a markup of 12.5 % as basis points and answers it as a percent', async ({ t, staff }) => {
    const created = await staff.client.post('/api/v1/price-lists', { name: 'Retail', currency: 'EUR', kind: 'markup', percent: 12.5 });
    expect(created.statusCode, created.body).toBe(201);
    expect(created.json()).toMatchObject({ kind: 'markup', percent: 12.5, rates: [], valid_from: null, valid_to: null });
    const row = await t.ctx.db.selectFrom('price_lists').select('percent_basis_points').where('id', '=', created.json().id).executeTakeFirstOrThrow();
    expect(row.percent_basis_points).toBe(1250);
  });

  it('lists lists by name, pages them, searches and filters archived ones', async ({ staff }) => {
    for (const name of ['Charlie', 'Alpha', 'Bravo', 'Delta']) await staff.client.post('/api/v1/price-lists', { name, currency: 'USD', kind: 'markdown', percent: 5 });
    const first = (await staff.client.get('/api/v1/price-lists?limit=3')).json();
    expect(first.data.map((row: { name: string }) => row.name)).toEqual(['Alpha', 'Bravo', 'Charlie']);
    const second = (await staff.client.get(`/api/v1/price-lists?limit=3&cursor=${first.next_cursor}`)).json();
    expect(second).toMatchObject({ data: [{ name: 'Delta' }], next_cursor: null });
    expect((await staff.client.get('/api/v1/price-lists?search=rav')).json().data.map((row: { name: string }) => row.name)).toEqual(['Bravo']);
    const delta = second.data[0].id as string;
    expect((await staff.client.delete(`/api/v1/price-lists/${delta}`)).statusCode).toBe(204);
    expect((await staff.client.get('/api/v1/price-lists?archived=false')).json().data).toHaveLength(3);
    expect((await staff.client.get('/api/v1/price-lists?archived=true')).json().data).toMatchObject([{ id: delta, archived: true }]);
    expect((await staff.client.get('/api/v1/price-lists?cursor=nonsense')).statusCode).toBe(400);
  });

  it('refuses invalid terms with a 400 naming the field, and stores nothing', async ({ staff }) => {
    const item = await createItem(staff);
    const base = { name: 'Bad', currency: 'USD', kind: 'per_item' };
    const cases: [Record<string, unknown>, string][] = [
      [{ ...base, valid_from: '2026-05-01', valid_to: '2026-04-30' }, 'valid_to'],
      [{ ...base, percent: 5 }, 'percent'],
      [{ ...base, kind: 'markup' }, 'percent'],
      [{ ...base, kind: 'markup', percent: 1000.01 }, 'percent'],
      [{ ...base, kind: 'markup', percent: 12.345 }, 'percent'],
      [{ ...base, kind: 'markdown', percent: 100.5 }, 'percent'],
      [{ ...base, kind: 'discount' }, 'kind'],
      [{ ...base, currency: 'XXY' }, 'currency'],
      [{ ...base, valid_from: '2026-02-30' }, 'valid_from'],
      [{ ...base, name: ' ' }, 'name'],
      [{ ...base, rates: [{ item_id: item, min_quantity: 1.0005, rate_minor: 5 }] }, 'rates.0.min_quantity'],
      [{ ...base, rates: [{ item_id: item, min_quantity: 1, rate_minor: -1 }] }, 'rates.0.rate_minor'],
      [{ ...base, rates: [{ item_id: item, rate_minor: 5, currency: 'EUR' }] }, 'rates.0'],
      [{ ...base, rates: [{ item_id: item, rate_minor: 5 }, { item_id: 'no-such-item', rate_minor: 5 }] }, 'rates.1.item_id'],
      [{ ...base, rates: [{ item_id: item, min_quantity: 5, rate_minor: 5 }, { item_id: item, min_quantity: 5, rate_minor: 4 }] }, 'rates.1.min_quantity'],
    ];
    for (const [body, field] of cases) {
      const response = await staff.client.post('/api/v1/price-lists', body);
      expect(response.statusCode, JSON.stringify(body)).toBe(400);
      expect(fieldsOf(response)?.some((name) => name === field || name.startsWith(`${field}`)), `${JSON.stringify(body)} → ${response.body}`).toBe(true);
    }
    expect((await staff.client.get('/api/v1/price-lists')).json().data).toEqual([]);
    const markdown = await staff.client.post('/api/v1/price-lists', { ...base, kind: 'markdown', percent: 100 });
    expect(markdown.json()).toMatchObject({ percent: 100 });
    const markup = await staff.client.post('/api/v1/price-lists', { ...base, kind: 'markup', percent: 1000 });
    expect(markup.json()).toMatchObject({ percent: 1000 });
  });

  it("refuses another organization's items in the rates, naming rates.0.item_id", async ({ t, staff }) => {
    const other = await signUpStaff(t.app);
    const foreignItem = await createItem(other);
    const response = await staff.client.post('/api/v1/price-lists', { name: 'X', currency: 'USD', kind: 'per_item', rates: [{ item_id: foreignItem, min_quantity: 1, rate_minor: 5 }] });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.details).toEqual([expect.objectContaining({ field: 'rates.0.item_id', code: 'unknown_reference' })]);
  });

  it('changes a list, replacing its rates, bumping the version and checking the merged terms', async ({ staff }) => {
    const item = await createItem(staff);
    const { id } = (await staff.client.post('/api/v1/price-lists', { name: 'Tiers', currency: 'USD', kind: 'per_item', rates: [{ item_id: item, min_quantity: 1, rate_minor: 900 }] })).json();
    const changed = await staff.client.patch(`/api/v1/price-lists/${id}`, { name: 'Tiers 2027', valid_from: '2027-01-01', rates: [{ item_id: item, min_quantity: 100, rate_minor: 700 }] });
    expect(changed.statusCode, changed.body).toBe(200);
    expect(changed.headers.etag).toBe('"2"');
    expect(changed.json()).toMatchObject({ name: 'Tiers 2027', valid_from: '2027-01-01', version: 2, rates: [{ item_id: item, min_quantity: 100, rate_minor: 700 }] });
    const early = await staff.client.patch(`/api/v1/price-lists/${id}`, { valid_to: '2026-12-31' });
    expect(early.statusCode).toBe(400);
    expect(fieldsOf(early)).toEqual(['valid_to']);
    const toMarkup = await staff.client.patch(`/api/v1/price-lists/${id}`, { kind: 'markup', percent: 7.25 });
    expect(toMarkup.json()).toMatchObject({ kind: 'markup', percent: 7.25, version: 3 });
    const tooDeep = await staff.client.patch(`/api/v1/price-lists/${id}`, { kind: 'markdown', percent: 150 });
    expect(fieldsOf(tooDeep)).toEqual(['percent']);
    expect((await staff.client.patch(`/api/v1/price-lists/${id}`, { kind: 'per_item' })).json()).toMatchObject({ kind: 'per_item', percent: 0, version: 4 });
    expect((await staff.client.patch(`/api/v1/price-lists/${id}`, { rates: [{ item_id: 'nope', rate_minor: 1 }] })).json().error.details[0].field).toBe('rates.0.item_id');
    expect((await staff.client.get(`/api/v1/price-lists/${id}`)).json()).toMatchObject({ version: 4, rates: [{ min_quantity: 100 }] });
  });

  it('refuses a stale If-Match or version with 409 STALE_VERSION and changes nothing', async ({ staff }) => {
    const { id } = (await staff.client.post('/api/v1/price-lists', { name: 'Versioned', currency: 'USD', kind: 'markup', percent: 10 })).json();
    await staff.client.patch(`/api/v1/price-lists/${id}`, { percent: 11 });
    const stale = await staff.client.request('PATCH', `/api/v1/price-lists/${id}`, { percent: 20 }, { 'if-match': '"1"' });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error).toMatchObject({ code: 'STALE_VERSION', details: { version: 2, seen_version: 1 } });
    expect((await staff.client.patch(`/api/v1/price-lists/${id}`, { percent: 20, version: 1 })).json().error.code).toBe('STALE_VERSION');
    expect((await staff.client.request('DELETE', `/api/v1/price-lists/${id}`, undefined, { 'if-match': '"1"' })).statusCode).toBe(409);
    expect((await staff.client.get(`/api/v1/price-lists/${id}`)).json()).toMatchObject({ percent: 11, version: 2, archived: false });
    expect((await staff.client.request('PATCH', `/api/v1/price-lists/${id}`, { percent: 20 }, { 'if-match': '"2"' })).json()).toMatchObject({ percent: 20, version: 3 });
    expect((await staff.client.request('PATCH', `/api/v1/price-lists/${id}`, { percent: 1 }, { 'if-match': '"abc"' })).json().error.details[0].field).toBe('If-Match');
    expect((await staff.client.request('DELETE', `/api/v1/price-lists/${id}`, undefined, { 'if-match': '"3"' })).statusCode).toBe(204);
    expect((await staff.client.get(`/api/v1/price-lists/${id}`)).json()).toMatchObject({ archived: true, version: 4 });
  });

  it('lets exactly one of many changes at the same version through', async ({ staff }) => {
    const { id } = (await staff.client.post('/api/v1/price-lists', { name: 'Raced', currency: 'USD', kind: 'markup', percent: 1 })).json();
    const answers = await atOnce(12, (index) => staff.client.request('PATCH', `/api/v1/price-lists/${id}`, { percent: 10 + index }, { 'if-match': '"1"' }));
    expect(tallyStatuses(answers)).toEqual({ 200: 1, 409: 11 });
    const winner = answers.find((answer) => answer.statusCode === 200)?.json();
    expect((await staff.client.get(`/api/v1/price-lists/${id}`)).json()).toMatchObject({ version: 2, percent: winner.percent });
  });

  it("answers 404 for another organization's list and leaves it as it was", async ({ t, staff }) => {
    const other = await signUpStaff(t.app);
    const item = await createItem(other);
    const { id } = (await other.client.post('/api/v1/price-lists', { name: 'Theirs', currency: 'USD', kind: 'markup', percent: 10 })).json();
    expect((await staff.client.get(`/api/v1/price-lists/${id}`)).statusCode).toBe(404);
    expect((await staff.client.patch(`/api/v1/price-lists/${id}`, { name: 'Taken' })).statusCode).toBe(404);
    expect((await staff.client.delete(`/api/v1/price-lists/${id}`)).statusCode).toBe(404);
    expect((await staff.client.get(`/api/v1/price-lists/${id}/preview?item_id=${item}&quantity=1`)).statusCode).toBe(404);
    expect((await staff.client.get('/api/v1/price-lists')).json().data).toEqual([]);
    expect((await other.client.get(`/api/v1/price-lists/${id}`)).json()).toMatchObject({ name: 'Theirs', archived: false, version: 1 });
  });
});
