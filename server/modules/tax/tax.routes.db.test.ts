import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signUpStaff } from '../../test/builders.ts';
import { createTestApp, testDialects, type TestApp } from '../../test/test-app.ts';

describe.each(testDialects())('tax rates on %s', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(dialect);
  });
  afterAll(async () => t.close());

  it('adds rates with up to three decimals and lists them by name', async () => {
    const owner = await signUpStaff(t.app);
    const vat = await owner.client.post('/api/v1/taxes', { name: 'VAT', rate_percent: 19 });
    const sales = await owner.client.post('/api/v1/taxes', { name: 'Sales tax', rate_percent: 8.875 });
    expect(vat.statusCode).toBe(201);
    expect(sales.json()).toMatchObject({ name: 'Sales tax', rate_percent: 8.875, archived: false });

    const list = await owner.client.get('/api/v1/taxes');
    expect(list.json().data.map((tax: { name: string; rate_percent: number }) => [tax.name, tax.rate_percent])).toEqual([
      ['Sales tax', 8.875],
      ['VAT', 19],
    ]);
  });

  it('refuses a rate with four decimals, naming the field, and stores nothing', async () => {
    const owner = await signUpStaff(t.app);
    const response = await owner.client.post('/api/v1/taxes', { name: 'Odd', rate_percent: 1.2345 });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.details.map((issue: { field: string }) => issue.field)).toContain('rate_percent');
    expect((await owner.client.get('/api/v1/taxes')).json().data).toEqual([]);
  });

  it('changes and archives a rate', async () => {
    const owner = await signUpStaff(t.app);
    const { id } = (await owner.client.post('/api/v1/taxes', { name: 'VAT', rate_percent: 19 })).json();
    const changed = await owner.client.patch(`/api/v1/taxes/${id}`, { rate_percent: 7.5 });
    expect(changed.json()).toMatchObject({ id, name: 'VAT', rate_percent: 7.5, archived: false });
    expect((await owner.client.delete(`/api/v1/taxes/${id}`)).statusCode).toBe(204);
    expect((await owner.client.get('/api/v1/taxes')).json().data).toEqual([{ id, name: 'VAT', rate_percent: 7.5, archived: true, vat_category: null, exemption_reason: null }]);
  });

  it("answers 404 for another organization's rate and leaves it as it was", async () => {
    const owner = await signUpStaff(t.app);
    const other = await signUpStaff(t.app);
    const { id } = (await owner.client.post('/api/v1/taxes', { name: 'VAT', rate_percent: 19 })).json();
    expect((await other.client.patch(`/api/v1/taxes/${id}`, { rate_percent: 0 })).statusCode).toBe(404);
    expect((await other.client.delete(`/api/v1/taxes/${id}`)).statusCode).toBe(404);
    expect((await owner.client.get('/api/v1/taxes')).json().data).toEqual([{ id, name: 'VAT', rate_percent: 19, archived: false, vat_category: null, exemption_reason: null }]);
  });
});
