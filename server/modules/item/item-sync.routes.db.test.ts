import { expect } from 'vitest';
import { signUpStaff } from '../../test/builders.ts';
import { TestClient } from '../../test/http-client.ts';
import { describeOnEachDialect } from '../../test/fixture.ts';

const widget = { name: 'Widget', sku: 'W-1', unit: 'pcs', description: 'A widget', rate_minor: 1250, currency: 'EUR', category: 'Parts', sellable_in_portal: true, track_stock: true };

describeOnEachDialect('items by external id', (it) => {
  it('creates an item by external id, then answers the same PUT with 200 and changes nothing', async ({ clock, staff }) => {
    const first = await staff.client.put('/api/v1/items/by-external-id/I-1', widget);
    expect(first.statusCode, first.body).toBe(201);
    expect(first.json()).toMatchObject({ ...widget, external_id: 'I-1', archived: false });
    clock.advance(60);
    const again = await staff.client.put('/api/v1/items/by-external-id/I-1', widget);
    expect(again.statusCode).toBe(200);
    expect(again.json()).toEqual(first.json());
  });

  it('changes the item to exactly the body: fields left out are cleared or off', async ({ clock, staff }) => {
    const { id } = (await staff.client.put('/api/v1/items/by-external-id/I-2', widget)).json();
    clock.advance(60);
    const changed = await staff.client.put('/api/v1/items/by-external-id/I-2', { name: 'Widget 2', rate_minor: 900, currency: 'EUR' });
    expect(changed.statusCode).toBe(200);
    expect(changed.json()).toMatchObject({ id, name: 'Widget 2', sku: null, unit: null, description: null, category: null, rate_minor: 900, sellable_in_portal: false, track_stock: false, stock: null });
  });

  it("keeps another organization's external ids apart and refuses its tax rate", async ({ t, staff }) => {
    const other = await signUpStaff(t.app);
    const mine = (await staff.client.put('/api/v1/items/by-external-id/SAME', widget)).json();
    const theirs = await other.client.put('/api/v1/items/by-external-id/SAME', { ...widget, name: 'Theirs' });
    expect(theirs.statusCode).toBe(201);
    expect(theirs.json().id).not.toBe(mine.id);
    expect((await staff.client.get(`/api/v1/items/${mine.id}`)).json().name).toBe('Widget');
    const foreignTax = (await other.client.post('/api/v1/taxes', { name: 'VAT', rate_percent: 19 })).json();
    const refused = await staff.client.put('/api/v1/items/by-external-id/TAXED', { ...widget, tax_id: foreignTax.id });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.details[0]).toMatchObject({ field: 'tax_id', code: 'unknown_reference' });
  });

  it('answers 409 naming external_id when another item has it, on create and on change', async ({ staff }) => {
    await staff.client.post('/api/v1/items', { ...widget, external_id: 'DUP' });
    const second = await staff.client.post('/api/v1/items', { ...widget, external_id: 'DUP' });
    expect(second.statusCode).toBe(409);
    expect(second.json().error.details).toEqual([expect.objectContaining({ field: 'external_id', code: 'taken' })]);
    const { id } = (await staff.client.post('/api/v1/items', widget)).json();
    expect((await staff.client.patch(`/api/v1/items/${id}`, { external_id: 'DUP' })).statusCode).toBe(409);
    expect((await staff.client.patch(`/api/v1/items/${id}`, { external_id: ' NEW ' })).json().external_id).toBe('NEW');
    expect((await staff.client.put(`/api/v1/items/by-external-id/X`, { ...widget, external_id: 'Y' })).statusCode).toBe(400);
  });

  it('creates one item when the same PUT arrives several times at once', async ({ staff }) => {
    const answers = await Promise.all(Array.from({ length: 5 }, () => staff.client.put('/api/v1/items/by-external-id/RACE', widget)));
    expect(answers.map((answer) => answer.statusCode).sort()).toEqual([200, 200, 200, 200, 201]);
    expect((await staff.client.get('/api/v1/items')).json().data).toHaveLength(1);
  });

  it('pulls changed items since an instant, oldest change first, archived ones included', async ({ clock, staff }) => {
    const start = new Date('2026-12-01T10:00:00.000Z');
    clock.set(start);
    const a = (await staff.client.put('/api/v1/items/by-external-id/A', { ...widget, name: 'Zed' })).json();
    await staff.client.put('/api/v1/items/by-external-id/B', { ...widget, name: 'Able' });
    clock.advance(5);
    await staff.client.delete(`/api/v1/items/${a.id}`);
    const since = encodeURIComponent(new Date(start.getTime() + 1).toISOString());
    const pulled = (await staff.client.get(`/api/v1/items?updated_since=${since}`)).json();
    expect(pulled.data.map((item: { external_id: string; archived: boolean }) => [item.external_id, item.archived])).toEqual([['A', true]]);
    const all = (await staff.client.get(`/api/v1/items?updated_since=${encodeURIComponent(start.toISOString())}&limit=1`)).json();
    expect(all.data[0].external_id).toBe('B');
    const next = (await staff.client.get(`/api/v1/items?updated_since=${encodeURIComponent(start.toISOString())}&limit=1&cursor=${all.next_cursor}`)).json();
    expect(next.data[0].external_id).toBe('A');
    expect(next.next_cursor).toBeNull();
  });

  it('syncs items with the scope the catalogue uses (customers.write), not with a read-only key', async ({ t, staff, ip }) => {
    const writer = (await staff.client.post('/api/v1/api-keys', { name: 'ERP', scopes: ['customers.write'] })).json();
    const reader = (await staff.client.post('/api/v1/api-keys', { name: 'BI', scopes: ['customers.read'] })).json();
    const api = new TestClient(t.app, ip);
    expect((await api.request('PUT', '/api/v1/items/by-external-id/K', widget, { authorization: `Bearer ${writer.key}` })).statusCode).toBe(201);
    expect((await api.request('PUT', '/api/v1/items/by-external-id/K', widget, { authorization: `Bearer ${reader.key}` })).statusCode).toBe(403);
  });
});
