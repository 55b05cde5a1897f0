import { randomUUID } from 'node:crypto';
import { expect } from 'vitest';
import { signUpStaff, type SignedUpStaff } from '../../test/builders.ts';
import { createBillingCustomer, documentOf, invoiceOf } from '../../test/billing-payment-builders.ts';
import { describeOnEachDialect } from '../../test/fixture.ts';

const post = (staff: SignedUpStaff, body: unknown, key?: string) =>
  staff.client.request('POST', '/api/v1/payments', { method: 'bank_transfer', ...(body as object) }, key === undefined ? {} : { 'idempotency-key': key });

async function paymentsOf(staff: SignedUpStaff, customerId: string): Promise<{ id: string }[]> {
  return (await staff.client.get(`/api/v1/payments?customer_id=${customerId}`)).json<{ data: { id: string }[] }>().data;
}

describeOnEachDialect('recording a payment with an Idempotency-Key', { startAt: '2026-11-25T10:00:00.000Z' }, (it) => {
  it('answers a replay with the first answer and status, marked replayed, and records the payment once', async ({ staff }) => {
    const customer = await createBillingCustomer(staff);
    const invoice = await invoiceOf(staff, customer.id, 1_000);
    const body = { customer_id: customer.id, amount_minor: 400, currency: 'EUR', allocations: [{ document_id: invoice.id, amount_minor: 400 }] };
    const key = randomUUID();
    const first = await post(staff, body, key);
    expect(first.statusCode).toBe(201);
    expect(first.headers['idempotent-replayed']).toBeUndefined();
    const replay = await post(staff, body, key);
    expect(replay.statusCode).toBe(201);
    expect(replay.headers['idempotent-replayed']).toBe('true');
    expect(replay.json()).toEqual(first.json());
    expect(await paymentsOf(staff, customer.id)).toHaveLength(1);
    expect(await documentOf(staff, 'invoices', invoice.id)).toMatchObject({ paid_minor: 400, balance_minor: 600 });
  });

  it('refuses the same key with another body with 409 IDEMPOTENCY_KEY_REUSED and records nothing more', async ({ staff }) => {
    const customer = await createBillingCustomer(staff);
    const invoice = await invoiceOf(staff, customer.id, 1_000);
    const key = randomUUID();
    expect((await post(staff, { customer_id: customer.id, amount_minor: 400, currency: 'EUR' }, key)).statusCode).toBe(201);
    const other = await post(staff, { customer_id: customer.id, amount_minor: 500, currency: 'EUR' }, key);
    expect(other.statusCode).toBe(409);
    expect(other.json()).toMatchObject({ error: { code: 'IDEMPOTENCY_KEY_REUSED' } });
    expect(await paymentsOf(staff, customer.id)).toHaveLength(1);
    expect(await documentOf(staff, 'invoices', invoice.id)).toMatchObject({ balance_minor: 600 });
  });

  it('keeps recording without a key as before, and keeps a refusal as the answer to its key', async ({ staff }) => {
    const customer = await createBillingCustomer(staff);
    const invoice = await invoiceOf(staff, customer.id, 1_000);
    const body = { customer_id: customer.id, amount_minor: 600, currency: 'EUR', allocations: [{ document_id: invoice.id, amount_minor: 600 }] };
    expect((await post(staff, body)).statusCode).toBe(201);
    const key = randomUUID();
    const refused = await post(staff, body, key);
    expect(refused.statusCode).toBe(409);
    const again = await post(staff, body, key);
    expect(again.statusCode).toBe(409);
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(again.json()).toEqual(refused.json());
  });

  it('refuses a malformed key naming the header', async ({ staff }) => {
    const customer = await createBillingCustomer(staff);
    const response = await post(staff, { customer_id: customer.id, amount_minor: 100, currency: 'EUR' }, 'x'.repeat(256));
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ error: { code: 'IDEMPOTENCY_KEY_REQUIRED', details: [{ field: 'Idempotency-Key' }] } });
    expect(await paymentsOf(staff, customer.id)).toHaveLength(0);
  });

  it('keeps each organization’s keys apart', async ({ t, staff }) => {
    const other = await signUpStaff(t.app);
    const key = randomUUID();
    const ours = await createBillingCustomer(staff);
    const theirs = await createBillingCustomer(other);
    await invoiceOf(staff, ours.id, 1_000);
    await invoiceOf(other, theirs.id, 1_000);
    const mine = await post(staff, { customer_id: ours.id, amount_minor: 100, currency: 'EUR' }, key);
    const yours = await post(other, { customer_id: theirs.id, amount_minor: 100, currency: 'EUR' }, key);
    expect([mine.statusCode, yours.statusCode]).toEqual([201, 201]);
    expect(yours.headers['idempotent-replayed']).toBeUndefined();
    expect(yours.json<{ id: string }>().id).not.toBe(mine.json<{ id: string }>().id);
  });

  it('records one payment when 20 requests with the same key arrive at once', async ({ staff }) => {
    const customer = await createBillingCustomer(staff);
    const invoice = await invoiceOf(staff, customer.id, 10_000);
    const body = { customer_id: customer.id, amount_minor: 300, currency: 'EUR', allocations: [{ document_id: invoice.id, amount_minor: 300 }] };
    const key = randomUUID();
    const answers = await Promise.all(Array.from({ length: 20 }, () => post(staff, body, key)));
    const created = answers.filter((answer) => answer.statusCode === 201);
    const busy = answers.filter((answer) => answer.statusCode === 409);
    expect(created.length + busy.length).toBe(20);
    expect(created.filter((answer) => answer.headers['idempotent-replayed'] === undefined)).toHaveLength(1);
    expect(new Set(created.map((answer) => answer.json<{ id: string }>().id)).size).toBe(1);
    expect(busy.every((answer) => answer.json<{ error: { code: string } }>().error.code === 'IDEMPOTENCY_KEY_IN_USE')).toBe(true);
    const retried = await post(staff, body, key);
    expect(retried.statusCode).toBe(201);
    expect(retried.json<{ id: string }>().id).toBe(created[0]!.json<{ id: string }>().id);
    expect(await paymentsOf(staff, customer.id)).toHaveLength(1);
    expect(await documentOf(staff, 'invoices', invoice.id)).toMatchObject({ paid_minor: 300, balance_minor: 9_700 });
  });
});
