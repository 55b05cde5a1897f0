import { randomUUID } from 'node:crypto';
import { expect } from 'vitest';
import { invoiceOf } from '../../test/billing-payment-builders.ts';
import { createCustomerWithContact, signUpStaff, type SignedUpStaff } from '../../test/builders.ts';
import { describeOnEachDialect } from '../../test/fixture.ts';

/** Records a payment of a new invoice of 1 000. */
async function pay(staff: SignedUpStaff, customerId: string, body: Record<string, unknown> = {}) {
  const invoice = await invoiceOf(staff, customerId, 1_000);
  return staff.client.request('POST', '/api/v1/payments', { customer_id: customerId, amount_minor: 1_000, currency: invoice.currency, method: 'cash', ...body }, { 'idempotency-key': randomUUID() });
}

describeOnEachDialect('payments by external id', { startAt: '2026-12-01T10:00:00.000Z' }, (it) => {
  it('keeps external_id on recorded payments: trimmed, in every answer, unique per organization', async ({ t, staff }) => {
    const { customerId } = await createCustomerWithContact(staff);
    const created = await pay(staff, customerId, { external_id: ' PAY-1 ' });
    expect(created.statusCode, created.body).toBe(201);
    expect(created.json()).toMatchObject({ external_id: 'PAY-1', created_at: '2026-12-01T10:00:00.000Z', updated_at: '2026-12-01T10:00:00.000Z' });
    expect((await staff.client.get(`/api/v1/payments/${created.json().id}`)).json().external_id).toBe('PAY-1');
    expect((await staff.client.get('/api/v1/payments')).json().data[0].external_id).toBe('PAY-1');
    const taken = await pay(staff, customerId, { external_id: 'PAY-1' });
    expect(taken.statusCode).toBe(409);
    expect(taken.json().error.details[0]).toMatchObject({ field: 'external_id', code: 'taken' });
    expect((await staff.client.get('/api/v1/payments')).json().data).toHaveLength(1);
    expect((await pay(staff, customerId)).json().external_id).toBeNull();
    const tooLong = await pay(staff, customerId, { external_id: 'x'.repeat(256) });
    expect(tooLong.statusCode).toBe(400);
    expect(tooLong.json().error.details[0].field).toBe('external_id');
    const other = await signUpStaff(t.app);
    const { customerId: otherCustomer } = await createCustomerWithContact(other);
    expect((await pay(other, otherCustomer, { external_id: 'PAY-1' })).statusCode).toBe(201);
  });

  it('pulls exactly the payments changed since an instant: a refund moves updated_at', async ({ t, clock, staff }) => {
    const { customerId } = await createCustomerWithContact(staff);
    const ids: string[] = [];
    for (let index = 0; index < 5; index++) ids.push((await pay(staff, customerId, { reference: `R${index}` })).json().id);
    clock.advance(60);
    const since = encodeURIComponent(clock.now().toISOString());
    expect((await staff.client.get(`/api/v1/payments?updated_since=${since}`)).json().data).toEqual([]);
    const refund = (id: string) => staff.client.request('POST', `/api/v1/payments/${id}/refunds`, { amount_minor: 400 }, { 'idempotency-key': randomUUID() });
    expect((await refund(ids[3]!)).statusCode).toBe(201);
    clock.advance(1);
    expect((await refund(ids[1]!)).statusCode).toBe(201);
    clock.advance(1);
    const newest = (await pay(staff, customerId)).json().id;
    const pulled = (await staff.client.get(`/api/v1/payments?updated_since=${since}`)).json();
    expect(pulled.data.map((payment: { id: string }) => payment.id)).toEqual([ids[3], ids[1], newest]);
    expect(pulled.data[0]).toMatchObject({ refunded_minor: 400, updated_at: '2026-12-01T10:01:00.000Z', created_at: '2026-12-01T10:00:00.000Z' });
    const paged = (await staff.client.get(`/api/v1/payments?updated_since=${since}&limit=2`)).json();
    expect(paged.data.map((payment: { id: string }) => payment.id)).toEqual([ids[3], ids[1]]);
    const next = (await staff.client.get(`/api/v1/payments?updated_since=${since}&limit=2&cursor=${paged.next_cursor}`)).json();
    expect(next.data.map((payment: { id: string }) => payment.id)).toEqual([newest]);
    expect(next.next_cursor).toBeNull();
    // Filters combine with it.
    expect((await staff.client.get(`/api/v1/payments?updated_since=${since}&status=completed&customer_id=${customerId}`)).statusCode).toBe(200);
    const other = await signUpStaff(t.app);
    expect((await other.client.get(`/api/v1/payments?updated_since=${since}`)).json().data).toEqual([]);
    const bad = await staff.client.get('/api/v1/payments?updated_since=soon');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.details[0].field).toBe('updated_since');
  });
});
