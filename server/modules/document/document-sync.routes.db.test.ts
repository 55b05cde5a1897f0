import { expect } from 'vitest';
import { signUpStaff, type SignedUpStaff } from '../../test/builders.ts';
import { describeOnEachDialect } from '../../test/fixture.ts';

async function customerOf(staff: SignedUpStaff): Promise<string> {
  return (await staff.client.post('/api/v1/customers', { display_name: 'ERP customer', currency: 'EUR' })).json().id;
}

const line = { name: 'Consulting', quantity: 1, rate_minor: 10_000 };

describeOnEachDialect('documents by external id', (it) => {
  it('keeps external_id on invoices: in POST and PATCH answers, null clears, unique per organization and kind', async ({ t, staff }) => {
    const customer_id = await customerOf(staff);
    const created = await staff.client.post('/api/v1/invoices', { customer_id, lines: [line], external_id: '  INV-1 ' });
    expect(created.statusCode, created.body).toBe(201);
    expect(created.json().external_id).toBe('INV-1');
    expect((await staff.client.get('/api/v1/invoices')).json().data[0].external_id).toBe('INV-1');
    const taken = await staff.client.post('/api/v1/invoices', { customer_id, lines: [line], external_id: 'INV-1' });
    expect(taken.statusCode).toBe(409);
    expect(taken.json().error.details[0]).toMatchObject({ field: 'external_id', code: 'taken' });
    // Another kind, and another organization, may use the same key.
    expect((await staff.client.post('/api/v1/estimates', { customer_id, lines: [line], external_id: 'INV-1' })).statusCode).toBe(201);
    const other = await signUpStaff(t.app);
    expect((await other.client.post('/api/v1/invoices', { customer_id: await customerOf(other), lines: [line], external_id: 'INV-1' })).statusCode).toBe(201);

    const second = (await staff.client.post('/api/v1/invoices', { customer_id, lines: [line] })).json();
    expect(second.external_id).toBeNull();
    expect((await staff.client.patch(`/api/v1/invoices/${second.id}`, { external_id: 'INV-1' })).statusCode).toBe(409);
    expect((await staff.client.patch(`/api/v1/invoices/${second.id}`, { external_id: 'INV-2' })).json().external_id).toBe('INV-2');
    expect((await staff.client.patch(`/api/v1/invoices/${second.id}`, { external_id: null })).json().external_id).toBeNull();
    expect((await staff.client.post('/api/v1/invoices', { customer_id, lines: [line], external_id: 'x'.repeat(256) })).json().error.details[0].field).toBe('external_id');
  });

  it('pulls exactly the invoices changed since an instant, oldest change first', async ({ clock, staff }) => {
    clock.set(new Date('2026-12-01T10:00:00.000Z'));
    const customer_id = await customerOf(staff);
    const ids: string[] = [];
    for (let index = 0; index < 5; index++) ids.push((await staff.client.post('/api/v1/invoices', { customer_id, lines: [line], reference: `R${index}` })).json().id);
    clock.advance(60);
    const since = clock.now().toISOString();
    await staff.client.patch(`/api/v1/invoices/${ids[3]}`, { reference: 'changed 3' });
    clock.advance(1);
    await staff.client.patch(`/api/v1/invoices/${ids[1]}`, { reference: 'changed 1' });
    const pulled = (await staff.client.get(`/api/v1/invoices?updated_since=${encodeURIComponent(since)}`)).json();
    expect(pulled.data.map((invoice: { id: string }) => invoice.id)).toEqual([ids[3], ids[1]]);
    expect((await staff.client.get(`/api/v1/estimates?updated_since=${encodeURIComponent(since)}`)).json().data).toEqual([]);
    const paged = (await staff.client.get(`/api/v1/invoices?updated_since=${encodeURIComponent(since)}&limit=1`)).json();
    expect(paged.data.map((invoice: { id: string }) => invoice.id)).toEqual([ids[3]]);
    const next = (await staff.client.get(`/api/v1/invoices?updated_since=${encodeURIComponent(since)}&limit=1&cursor=${paged.next_cursor}`)).json();
    expect(next.data.map((invoice: { id: string }) => invoice.id)).toEqual([ids[1]]);
    expect((await staff.client.get('/api/v1/invoices?updated_since=later')).statusCode).toBe(400);
  });
});
