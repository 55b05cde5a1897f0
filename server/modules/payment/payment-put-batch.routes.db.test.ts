import { expect } from 'vitest';
import { documentOf } from '../../test/billing-payment-builders.ts';
import type { SignedUpStaff } from '../../test/builders.ts';
import { describeOnEachDialect } from '../../test/fixture.ts';
import { TestClient } from '../../test/http-client.ts';

const put = (path: string, body: unknown) => ({ method: 'PUT', path, body });
const statuses = (answer: { json: () => { results: { status: number }[] } }) => answer.json().results.map((result) => result.status);
const balanceOf = async (staff: SignedUpStaff, invoiceId: string) => (await documentOf(staff, 'invoices', invoiceId)).balance_minor;
const paymentCount = async (staff: SignedUpStaff) => ((await staff.client.get('/api/v1/payments?limit=100')).json().data as unknown[]).length;

/** The customer ERP-7 (by its PUT) and two sent invoices of it with external ids INV-A (1 000) and INV-B (2 000), made through POST /invoices. */
async function arrange(staff: SignedUpStaff) {
  const customerBody = { display_name: 'Bank Transfer Ltd', email: 'ap@bank-transfer.test', currency: 'EUR' };
  const customer = (await staff.client.put('/api/v1/customers/by-external-id/ERP-7', customerBody)).json();
  const invoice = async (externalId: string, total: number) => {
    const created = await staff.client.post('/api/v1/invoices', { customer_id: customer.id, external_id: externalId, issue_date: '2026-11-20', lines: [{ name: 'Work', quantity: 1, rate_minor: total }] });
    expect(created.statusCode, created.body).toBe(201);
    const sent = await staff.client.post(`/api/v1/invoices/${created.json().id}/send`);
    expect(sent.statusCode, sent.body).toBe(200);
    return sent.json<{ id: string; number: string }>();
  };
  return { customer: customer as { id: string }, customerBody, a: await invoice('INV-A', 1_000), b: await invoice('INV-B', 2_000) };
}

const payment = (externalId: string, body: Record<string, unknown>) =>
  put(`/payments/by-external-id/${externalId}`, { customer_external_id: 'ERP-7', currency: 'EUR', method: 'bank_transfer', paid_on: '2026-11-30', ...body });

describeOnEachDialect('POST /batch of payment PUTs', { startAt: '2026-12-01T10:00:00.000Z' }, (it) => {
  it('applies payments naming invoices by external id after the customer’s PUT; a replay answers 200s and pays nothing again', async ({ clock, staff }) => {
    const { a, b, customerBody } = await arrange(staff);
    const operations = [
      put('/customers/by-external-id/ERP-7', customerBody),
      payment('BT-1', { amount_minor: 1_000, allocations: [{ invoice_external_id: 'INV-A', amount_minor: 1_000 }] }),
      payment('BT-2', { amount_minor: 1_500, reference: 'SEPA 2', allocations: [{ invoice_external_id: 'INV-B', amount_minor: 1_500 }] }),
    ];
    const first = await staff.client.post('/api/v1/batch', { operations });
    expect(first.statusCode, first.body).toBe(200);
    expect(statuses(first)).toEqual([200, 201, 201]);
    const recorded = first.json().results[2].body;
    expect(recorded).toMatchObject({ external_id: 'BT-2', amount_minor: 1_500, reference: 'SEPA 2', allocations: [{ document_id: b.id, number: b.number, amount_minor: 1_500 }] });
    expect(await balanceOf(staff, a.id)).toBe(0);
    expect(await balanceOf(staff, b.id)).toBe(500);

    clock.advance(60);
    const again = await staff.client.post('/api/v1/batch', { operations });
    expect(again.statusCode, again.body).toBe(200);
    expect(statuses(again)).toEqual([200, 200, 200]);
    expect(again.json().results[2].body).toEqual(recorded);
    expect(await balanceOf(staff, a.id)).toBe(0);
    expect(await balanceOf(staff, b.id)).toBe(500);
    expect(await paymentCount(staff)).toBe(2);
  });

  it('pays an invoice the same batch issues by its PUT, and refuses the payment put before the invoice, writing nothing', async ({ clock, staff }) => {
    const customer = put('/customers/by-external-id/ERP-9', { display_name: 'Same Batch GmbH', email: 'ap@same-batch.test', currency: 'EUR' });
    const invoice = put('/invoices/by-external-id/INV-9', { customer_external_id: 'ERP-9', issue_date: '2026-11-20', status: 'sent', email_customer: false, lines: [{ name: 'Work', quantity: 1, rate_minor: 3_000 }] });
    const paying = put('/payments/by-external-id/BT-9', { customer_external_id: 'ERP-9', amount_minor: 1_200, currency: 'EUR', method: 'bank_transfer', paid_on: '2026-11-30', allocations: [{ invoice_external_id: 'INV-9', amount_minor: 1_200 }] });

    const early = await staff.client.post('/api/v1/batch', { operations: [customer, paying, invoice] });
    expect(early.statusCode).toBe(400);
    expect(early.json().error.details).toEqual([expect.objectContaining({ field: 'operations.1.body.allocations.0.invoice_external_id', code: 'unknown_reference' })]);
    expect((await staff.client.get('/api/v1/customers?limit=100')).json().data).toEqual([]);
    expect((await staff.client.get('/api/v1/invoices?limit=100')).json().data).toEqual([]);

    const operations = [customer, invoice, paying];
    const applied = await staff.client.post('/api/v1/batch', { operations });
    expect(applied.statusCode, applied.body).toBe(200);
    expect(statuses(applied)).toEqual([201, 201, 201]);
    const issued = applied.json().results[1].body as { id: string };
    expect(applied.json().results[2].body).toMatchObject({ amount_minor: 1_200, allocations: [{ document_id: issued.id, amount_minor: 1_200 }] });
    expect(await documentOf(staff, 'invoices', issued.id)).toMatchObject({ status: 'partially_paid', balance_minor: 1_800, paid_minor: 1_200 });

    clock.advance(60);
    const replay = await staff.client.post('/api/v1/batch', { operations });
    expect(replay.statusCode, replay.body).toBe(200);
    expect(statuses(replay)).toEqual([200, 200, 200]);
    expect(await balanceOf(staff, issued.id)).toBe(1_800);
    expect(await paymentCount(staff)).toBe(1);
  });

  it('writes nothing when one payment of the batch is refused: the invoices keep their balances', async ({ staff }) => {
    const { a, b } = await arrange(staff);
    const good = payment('OK-1', { amount_minor: 1_000, allocations: [{ invoice_external_id: 'INV-A', amount_minor: 1_000 }] });

    const unknown = await staff.client.post('/api/v1/batch', { operations: [good, payment('BAD-1', { amount_minor: 100, allocations: [{ invoice_external_id: 'INV-LATER', amount_minor: 100 }] })] });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error.details).toEqual([expect.objectContaining({ field: 'operations.1.body.allocations.0.invoice_external_id', code: 'unknown_reference' })]);
    expect(unknown.json().results).toEqual([
      { index: 0, status: 201, applied: false },
      { index: 1, status: 400, applied: false, error: unknown.json().error },
    ]);

    // A later operation sees what an earlier one took: paying INV-A twice is beyond its balance, and both are undone.
    const twice = await staff.client.post('/api/v1/batch', { operations: [good, payment('OK-2', { amount_minor: 1_000, allocations: [{ invoice_external_id: 'INV-A', amount_minor: 1_000 }] })] });
    expect(twice.statusCode).toBe(409);
    expect(twice.json().error).toMatchObject({ code: 'CONFLICT', message: expect.stringMatching(/^operations\.1: /) });

    expect(await balanceOf(staff, a.id)).toBe(1_000);
    expect(await balanceOf(staff, b.id)).toBe(2_000);
    expect(await paymentCount(staff)).toBe(0);

    // A payment recorded before, sent again with another amount: 409 naming the field, and the batch's other payment undone.
    expect((await staff.client.post('/api/v1/batch', { operations: [good] })).statusCode).toBe(200);
    const changed = await staff.client.post('/api/v1/batch', {
      operations: [payment('OK-3', { amount_minor: 2_000, allocations: [{ invoice_external_id: 'INV-B', amount_minor: 2_000 }] }), payment('OK-1', { amount_minor: 900, allocations: [{ invoice_external_id: 'INV-A', amount_minor: 900 }] })],
    });
    expect(changed.statusCode).toBe(409);
    expect(changed.json().error.code).toBe('STATE_CONFLICT');
    expect(changed.json().error.details.map((issue: { field: string }) => issue.field)).toEqual(['operations.1.body.amount_minor', 'operations.1.body.allocations']);
    expect(await balanceOf(staff, a.id)).toBe(0);
    expect(await balanceOf(staff, b.id)).toBe(2_000);
    expect(await paymentCount(staff)).toBe(1);
  });

  it('asks payments.write of an API key for a payment operation', async ({ t, staff, ip }) => {
    const { a } = await arrange(staff);
    const api = new TestClient(t.app, ip);
    const keyWith = async (scopes: string[]) => (await staff.client.post('/api/v1/api-keys', { name: scopes.join(' '), scopes })).json().key as string;
    const operations = [payment('KEY-1', { amount_minor: 1_000, allocations: [{ invoice_external_id: 'INV-A', amount_minor: 1_000 }] })];
    const refused = await api.request('POST', '/api/v1/batch', { operations }, { authorization: `Bearer ${await keyWith(['customers.write'])}` });
    expect(refused.statusCode).toBe(403);
    expect(refused.json().error.message).toBe('operations.0: The API key lacks the payments.write scope');
    expect(await balanceOf(staff, a.id)).toBe(1_000);
    const done = await api.request('POST', '/api/v1/batch', { operations }, { authorization: `Bearer ${await keyWith(['payments.write'])}` });
    expect(done.statusCode, done.body).toBe(200);
    expect(await balanceOf(staff, a.id)).toBe(0);
  });

  it('records a payment once when batches holding it race', async ({ staff }) => {
    const { a } = await arrange(staff);
    const operations = [payment('RACE-B', { amount_minor: 600, allocations: [{ invoice_external_id: 'INV-A', amount_minor: 600 }] })];
    const answers = await Promise.all(Array.from({ length: 3 }, () => staff.client.post('/api/v1/batch', { operations })));
    for (const answer of answers) expect(answer.statusCode, answer.body).toBe(200);
    expect(answers.flatMap(statuses).sort()).toEqual([200, 200, 201]);
    expect(await balanceOf(staff, a.id)).toBe(400);
    expect(await paymentCount(staff)).toBe(1);
  });
});
