import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signUpStaff } from '../../test/builders.ts';
import { createTestApp, testDialects, type TestApp } from '../../test/test-app.ts';

const widget = { name: 'Widget', sku: 'W-1', unit: 'pcs', description: null, rate_minor: 1250, currency: 'EUR' };

describe.each(testDialects())('the catalogue on %s', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(dialect);
  });
  afterAll(async () => t.close());

  it('adds an item with a tax rate of the organization, changes and archives it', async () => {
    const owner = await signUpStaff(t.app);
    const tax = (await owner.client.post('/api/v1/taxes', { name: 'VAT', rate_percent: 19 })).json();
    const created = await owner.client.post('/api/v1/items', { ...widget, tax_id: tax.id });
    expect(created.statusCode).toBe(201);
    const { id } = created.json();
    expect((await owner.client.get(`/api/v1/items/${id}`)).json()).toMatchObject({ ...widget, tax_id: tax.id, archived: false });

    const changed = await owner.client.patch(`/api/v1/items/${id}`, { rate_minor: 1500, tax_id: null });
    expect(changed.json()).toMatchObject({ id, rate_minor: 1500, tax_id: null });
    expect((await owner.client.delete(`/api/v1/items/${id}`)).statusCode).toBe(204);
    expect((await owner.client.get(`/api/v1/items/${id}`)).json().archived).toBe(true);
  });

  it("refuses another organization's tax rate, naming tax_id, and stores nothing", async () => {
    const owner = await signUpStaff(t.app);
    const other = await signUpStaff(t.app);
    const foreignTax = (await other.client.post('/api/v1/taxes', { name: 'VAT', rate_percent: 19 })).json();
    const response = await owner.client.post('/api/v1/items', { ...widget, tax_id: foreignTax.id });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.details).toEqual([expect.objectContaining({ field: 'tax_id', code: 'unknown_reference' })]);
    expect((await owner.client.get('/api/v1/items')).json().data).toEqual([]);

    const { id } = (await owner.client.post('/api/v1/items', widget)).json();
    expect((await owner.client.patch(`/api/v1/items/${id}`, { tax_id: foreignTax.id })).statusCode).toBe(400);
    expect((await owner.client.get(`/api/v1/items/${id}`)).json().tax_id).toBeNull();
  });

  it("answers 404 for another organization's item and leaves it as it was", async () => {
    const owner = await signUpStaff(t.app);
    const other = await signUpStaff(t.app);
    const { id } = (await owner.client.post('/api/v1/items', widget)).json();
    expect((await other.client.get(`/api/v1/items/${id}`)).statusCode).toBe(404);
    expect((await other.client.patch(`/api/v1/items/${id}`, { name: 'Taken' })).statusCode).toBe(404);
    expect((await other.client.delete(`/api/v1/items/${id}`)).statusCode).toBe(404);
    expect((await owner.client.get(`/api/v1/items/${id}`)).json()).toMatchObject({ name: 'Widget', archived: false });
  });
});
