import { expect } from 'vitest';
import { signUpStaff } from '../../test/builders.ts';
import { TestClient } from '../../test/http-client.ts';
import { describeOnEachDialect } from '../../test/fixture.ts';

const wholesale = { name: 'Wholesale', description: 'From the ERP', currency: 'EUR', kind: 'per_item', rates: [{ item_external_id: 'I-1', min_quantity: 10, rate_minor: 900 }] };

describeOnEachDialect('price lists by external id', (it) => {
  it('creates a price list by external id with rates naming items by external id, and answers the same PUT with 200 writing nothing', async ({ clock, staff }) => {
    const item = (await staff.client.put('/api/v1/items/by-external-id/I-1', { name: 'Widget', rate_minor: 1000, currency: 'EUR' })).json();
    const first = await staff.client.put('/api/v1/price-lists/by-external-id/PL-1', wholesale);
    expect(first.statusCode, first.body).toBe(201);
    expect(first.json()).toMatchObject({ name: 'Wholesale', external_id: 'PL-1', version: 1, rates: [{ item_id: item.id, min_quantity: 10, rate_minor: 900 }] });
    clock.advance(60);
    const again = await staff.client.put('/api/v1/price-lists/by-external-id/PL-1', { ...wholesale, rates: [{ item_id: item.id, min_quantity: 10, rate_minor: 900 }] });
    expect(again.statusCode).toBe(200);
    expect(again.json()).toEqual(first.json());
    clock.advance(60);
    const changed = await staff.client.put('/api/v1/price-lists/by-external-id/PL-1', { name: 'Wholesale 2', currency: 'EUR', kind: 'markdown', percent: 5 });
    expect(changed.statusCode).toBe(200);
    expect(changed.json()).toMatchObject({ id: first.json().id, name: 'Wholesale 2', description: null, kind: 'markdown', percent: 5, rates: [], version: 2 });
    expect(changed.json().updated_at).not.toBe(first.json().updated_at);
    expect((await staff.client.get('/api/v1/price-lists')).json().data).toHaveLength(1);
  });

  it("refuses an item of another organization or unknown, and keeps another organization's external ids apart", async ({ t, staff }) => {
    const other = await signUpStaff(t.app);
    const theirs = (await other.client.put('/api/v1/items/by-external-id/I-1', { name: 'Theirs', rate_minor: 1, currency: 'EUR' })).json();
    const byId = await staff.client.put('/api/v1/price-lists/by-external-id/PL', { ...wholesale, rates: [{ item_id: theirs.id, rate_minor: 1 }] });
    expect(byId.statusCode).toBe(400);
    expect(byId.json().error.details[0]).toMatchObject({ field: 'rates.0.item_id', code: 'unknown_reference' });
    const byExternal = await staff.client.put('/api/v1/price-lists/by-external-id/PL', wholesale);
    expect(byExternal.statusCode).toBe(400);
    expect(byExternal.json().error.details[0]).toMatchObject({ field: 'rates.0.item_external_id', code: 'unknown_reference' });
    const neither = await staff.client.put('/api/v1/price-lists/by-external-id/PL', { ...wholesale, rates: [{ rate_minor: 1 }] });
    expect(neither.json().error.details[0]).toMatchObject({ field: 'rates.0.item_id', code: 'required' });
    expect((await other.client.put('/api/v1/price-lists/by-external-id/PL', wholesale)).statusCode).toBe(201);
    expect((await staff.client.put('/api/v1/price-lists/by-external-id/PL', { ...wholesale, rates: [] })).statusCode).toBe(201);
  });

  it('answers 409 naming external_id when another list of the organization has it, on create and change', async ({ staff }) => {
    const base = { name: 'A', currency: 'EUR', kind: 'markup', percent: 10 };
    expect((await staff.client.post('/api/v1/price-lists', { ...base, external_id: 'DUP' })).json().external_id).toBe('DUP');
    const second = await staff.client.post('/api/v1/price-lists', { ...base, name: 'B', external_id: 'DUP' });
    expect(second.statusCode).toBe(409);
    expect(second.json().error.details[0]).toMatchObject({ field: 'external_id', code: 'taken' });
    const other = (await staff.client.post('/api/v1/price-lists', { ...base, name: 'C' })).json();
    expect((await staff.client.patch(`/api/v1/price-lists/${other.id}`, { external_id: 'DUP' })).statusCode).toBe(409);
    expect((await staff.client.patch(`/api/v1/price-lists/${other.id}`, { external_id: '  OWN ' })).json().external_id).toBe('OWN');
    expect((await staff.client.patch(`/api/v1/price-lists/${other.id}`, { external_id: null })).json().external_id).toBeNull();
  });

  it('creates one price list when the same PUT arrives several times at once', async ({ staff }) => {
    const body = { name: 'Race', currency: 'EUR', kind: 'markup', percent: 3 };
    const answers = await Promise.all(Array.from({ length: 5 }, () => staff.client.put('/api/v1/price-lists/by-external-id/RACE', body)));
    expect(answers.map((answer) => answer.statusCode).sort()).toEqual([200, 200, 200, 200, 201]);
    expect((await staff.client.get('/api/v1/price-lists')).json().data).toHaveLength(1);
  });

  it('pulls exactly the lists changed since an instant', async ({ clock, staff }) => {
    const start = new Date('2026-12-01T10:00:00.000Z');
    clock.set(start);
    for (const id of ['A', 'B', 'C', 'D', 'E']) await staff.client.put(`/api/v1/price-lists/by-external-id/${id}`, { name: `List ${id}`, currency: 'EUR', kind: 'markup', percent: 1 });
    clock.advance(60);
    const cursorTime = clock.now().toISOString();
    await staff.client.put('/api/v1/price-lists/by-external-id/D', { name: 'List D2', currency: 'EUR', kind: 'markup', percent: 1 });
    clock.advance(1);
    await staff.client.put('/api/v1/price-lists/by-external-id/B', { name: 'List B2', currency: 'EUR', kind: 'markup', percent: 1 });
    // Unchanged: not seen again.
    await staff.client.put('/api/v1/price-lists/by-external-id/A', { name: 'List A', currency: 'EUR', kind: 'markup', percent: 1 });
    const pulled = (await staff.client.get(`/api/v1/price-lists?updated_since=${encodeURIComponent(cursorTime)}`)).json();
    expect(pulled.data.map((list: { external_id: string }) => list.external_id)).toEqual(['D', 'B']);
    expect((await staff.client.get('/api/v1/price-lists?updated_since=soon')).statusCode).toBe(400);
  });

  it('in a batch asks orders.write for price lists: a key without it is refused naming the operation, and nothing is written', async ({ t, staff, ip }) => {
    const key = (await staff.client.post('/api/v1/api-keys', { name: 'ERP', scopes: ['customers.read', 'customers.write'] })).json().key;
    const api = new TestClient(t.app, ip);
    const operations = [
      { method: 'PUT', path: '/items/by-external-id/I-1', body: { name: 'Widget', rate_minor: 1000, currency: 'EUR' } },
      { method: 'PUT', path: '/price-lists/by-external-id/PL-1', body: wholesale },
    ];
    const refused = await api.request('POST', '/api/v1/batch', { operations }, { authorization: `Bearer ${key}` });
    expect(refused.statusCode).toBe(403);
    expect(refused.json().error).toMatchObject({ code: 'FORBIDDEN', details: [{ field: 'operations.1' }] });
    expect(refused.json().results).toMatchObject([{ index: 0, status: 201, applied: false }, { index: 1, status: 403, applied: false }]);
    expect((await staff.client.get('/api/v1/items')).json().data).toHaveLength(0);
    const done = await staff.client.post('/api/v1/batch', { operations });
    expect(done.json().results.map((result: { status: number }) => result.status)).toEqual([201, 201]);
    expect(done.json().results[1].body.rates[0].item_id).toBe(done.json().results[0].body.id);
  });
});
