import { randomBytes, randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { expect } from 'vitest';
import { documentOf } from '../../test/billing-payment-builders.ts';
import { signInAgain, signUpStaff, type SignedUpStaff } from '../../test/builders.ts';
import { describeOnEachDialect } from '../../test/fixture.ts';
import { TestClient } from '../../test/http-client.ts';
import type { TestApp } from '../../test/test-app.ts';

/** A customer billed in EUR with the external id `externalId`, made by its own PUT. */
async function customerOf(staff: SignedUpStaff, externalId = `C-${randomBytes(3).toString('hex')}`): Promise<{ id: string; externalId: string }> {
  const response = await staff.client.put(`/api/v1/customers/by-external-id/${externalId}`, { display_name: `Customer ${externalId}`, email: `${externalId.toLowerCase()}@example.test`, currency: 'EUR' });
  if (response.statusCode !== 201) throw new Error(`customer creation failed: ${response.body}`);
  return { id: response.json().id, externalId };
}

/** A sent invoice of `total` with the external id `externalId` (POST /invoices, then send). */
async function invoiceOf(staff: SignedUpStaff, customerId: string, externalId: string, total: number): Promise<{ id: string; number: string }> {
  const created = await staff.client.post('/api/v1/invoices', { customer_id: customerId, external_id: externalId, issue_date: '2026-11-20', lines: [{ name: 'Work', quantity: 1, rate_minor: total }] });
  if (created.statusCode !== 201) throw new Error(`invoice creation failed: ${created.body}`);
  const sent = await staff.client.post(`/api/v1/invoices/${created.json().id}/send`);
  if (sent.statusCode !== 200) throw new Error(`invoice send failed: ${sent.body}`);
  return sent.json();
}

const putPayment = (staff: SignedUpStaff, externalId: string, body: unknown) => staff.client.put(`/api/v1/payments/by-external-id/${encodeURIComponent(externalId)}`, body);
const balanceOf = async (staff: SignedUpStaff, invoiceId: string) => (await documentOf(staff, 'invoices', invoiceId)).balance_minor;
const paymentsOf = async (staff: SignedUpStaff) => (await staff.client.get('/api/v1/payments?limit=100')).json().data as { id: string; external_id: string | null }[];

/** The number of rows of every table (what a write added anywhere). */
async function rowCounts(t: TestApp): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of await t.ctx.db.introspection.getTables()) {
    if (table.isView || table.name.startsWith('kysely_')) continue;
    const result = await sql<{ n: number | string }>`select count(*) as n from ${sql.table(table.name)}`.execute(t.ctx.db);
    counts[table.name] = Number(result.rows[0]?.n ?? 0);
  }
  return counts;
}

const delta = (before: Record<string, number>, after: Record<string, number>) =>
  Object.fromEntries(Object.keys(after).flatMap((table) => (after[table] === before[table] ? [] : [[table, (after[table] ?? 0) - (before[table] ?? 0)]])));

describeOnEachDialect('PUT /payments/by-external-id', { startAt: '2026-12-01T10:00:00.000Z' }, (it) => {
  it('records the payment on the first PUT and answers it unchanged on a replay: one payment, the balance reduced once', async ({ clock, staff }) => {
    const customer = await customerOf(staff);
    const first = await invoiceOf(staff, customer.id, 'INV-E1', 1_000);
    const second = await invoiceOf(staff, customer.id, 'INV-E2', 2_000);
    const body = {
      customer_external_id: customer.externalId,
      amount_minor: 1_500,
      currency: 'EUR',
      method: 'bank_transfer',
      paid_on: '2026-11-30',
      reference: 'SEPA 4711',
      allocations: [
        { invoice_external_id: 'INV-E1', amount_minor: 1_000 },
        { invoice_id: second.id, amount_minor: 500 },
      ],
    };
    const created = await putPayment(staff, 'BANK-1', body);
    expect(created.statusCode, created.body).toBe(201);
    const payment = created.json();
    expect(payment).toMatchObject({ external_id: 'BANK-1', customer: { id: customer.id }, amount_minor: 1_500, currency: 'EUR', method: 'bank_transfer', status: 'completed', paid_on: '2026-11-30', reference: 'SEPA 4711', notes: null });
    expect(payment.allocations.map((allocation: { document_id: string; amount_minor: number }) => [allocation.document_id, allocation.amount_minor]).sort()).toEqual([[first.id, 1_000], [second.id, 500]].sort());
    expect(await balanceOf(staff, first.id)).toBe(0);
    expect(await balanceOf(staff, second.id)).toBe(1_500);

    clock.advance(60);
    const replay = await putPayment(staff, 'BANK-1', body);
    expect(replay.statusCode, replay.body).toBe(200);
    expect(replay.json()).toEqual(payment);
    // The same payment named otherwise (customer by id, allocations in another order and by the other key) is the same payment.
    const sameOtherwise = await putPayment(staff, 'BANK-1', {
      ...body,
      customer_external_id: undefined,
      customer_id: customer.id,
      allocations: [
        { invoice_external_id: 'INV-E2', amount_minor: 500 },
        { invoice_id: first.id, amount_minor: 1_000 },
      ],
    });
    expect(sameOtherwise.statusCode, sameOtherwise.body).toBe(200);
    expect(sameOtherwise.json().updated_at).toBe(payment.updated_at);
    expect(await paymentsOf(staff)).toHaveLength(1);
    expect(await balanceOf(staff, first.id)).toBe(0);
    expect(await balanceOf(staff, second.id)).toBe(1_500);
    expect((await staff.client.get(`/api/v1/payments/${payment.id}`)).json()).toEqual(payment);
  });

  it('leaves a date and allocations left out as they were recorded (today, oldest first) when the PUT is replayed later', async ({ t, clock, staff, ip }) => {
    const customer = await customerOf(staff);
    const invoice = await invoiceOf(staff, customer.id, 'INV-AUTO', 800);
    const body = { customer_id: customer.id, amount_minor: 800, currency: 'EUR', method: 'cash' };
    const created = await putPayment(staff, 'AUTO-1', body);
    expect(created.statusCode, created.body).toBe(201);
    expect(created.json()).toMatchObject({ paid_on: '2026-12-01', allocations: [{ document_id: invoice.id, amount_minor: 800 }] });
    // Two days later (through an API key: the staff session would have expired).
    const key = (await staff.client.post('/api/v1/api-keys', { name: 'ERP', scopes: ['payments.write'] })).json().key as string;
    clock.advance(2 * 86_400);
    // The invoice is paid now: recording it again would find nothing open; the replay answers the payment.
    const replay = await new TestClient(t.app, ip).request('PUT', '/api/v1/payments/by-external-id/AUTO-1', body, { authorization: `Bearer ${key}` });
    expect(replay.statusCode, replay.body).toBe(200);
    expect(replay.json()).toEqual(created.json());
    await signInAgain(staff);
    expect(await paymentsOf(staff)).toHaveLength(1);
  });

  it('refuses a PUT that differs from the recorded payment with 409 naming the fields, and changes nothing', async ({ clock, staff }) => {
    const customer = await customerOf(staff);
    const other = await customerOf(staff);
    const invoice = await invoiceOf(staff, customer.id, 'INV-D1', 5_000);
    const body = { customer_id: customer.id, amount_minor: 1_000, currency: 'EUR', method: 'bank_transfer', paid_on: '2026-11-30', allocations: [{ invoice_id: invoice.id, amount_minor: 1_000 }] };
    const payment = (await putPayment(staff, 'DIFF-1', body)).json();
    clock.advance(60);
    const cases: [Record<string, unknown>, string][] = [
      [{ amount_minor: 2_000, allocations: [{ invoice_id: invoice.id, amount_minor: 2_000 }] }, 'amount_minor'],
      [{ customer_id: other.id }, 'customer_id'],
      [{ method: 'cheque' }, 'method'],
      [{ paid_on: '2026-11-29' }, 'paid_on'],
      [{ reference: 'Other' }, 'reference'],
      [{ notes: 'Changed' }, 'notes'],
      [{ amount_minor: 1_000, allocations: [{ invoice_external_id: 'INV-D1', amount_minor: 1_000 }, { invoice_id: invoice.id, amount_minor: 1 }] }, 'allocations'],
    ];
    for (const [change, field] of cases) {
      const refused = await putPayment(staff, 'DIFF-1', { ...body, ...change });
      expect(refused.statusCode, `${field}: ${refused.body}`).toBe(field === 'allocations' ? 400 : 409);
      if (field === 'allocations') continue; // naming one invoice twice is refused as POST refuses it
      expect(refused.json().error).toMatchObject({ code: 'STATE_CONFLICT', message: expect.stringContaining('refund it') });
      expect(refused.json().error.details.map((issue: { field: string }) => issue.field)).toContain(field);
    }
    const currency = await putPayment(staff, 'DIFF-1', { ...body, currency: 'USD' });
    expect(currency.statusCode).toBe(409);
    expect(currency.json().error.details).toEqual([expect.objectContaining({ field: 'currency', code: 'invalid', params: { recorded: 'EUR' } })]);
    const allocations = await putPayment(staff, 'DIFF-1', { ...body, amount_minor: 1_000, allocations: [{ invoice_id: invoice.id, amount_minor: 1_000 }], reference: null, notes: null });
    expect(allocations.statusCode).toBe(200);
    expect((await staff.client.get(`/api/v1/payments/${payment.id}`)).json()).toEqual(payment);
    expect(await balanceOf(staff, invoice.id)).toBe(4_000);
    expect(await paymentsOf(staff)).toHaveLength(1);
  });

  it('refuses to change a refunded payment, and answers it unchanged when the PUT is what was recorded', async ({ clock, staff }) => {
    const customer = await customerOf(staff);
    const invoice = await invoiceOf(staff, customer.id, 'INV-R1', 1_000);
    const body = { customer_id: customer.id, amount_minor: 1_000, currency: 'EUR', method: 'bank_transfer', paid_on: '2026-11-30', allocations: [{ invoice_id: invoice.id, amount_minor: 1_000 }] };
    const payment = (await putPayment(staff, 'REF-1', body)).json();
    clock.advance(60);
    const refund = await staff.client.request('POST', `/api/v1/payments/${payment.id}/refunds`, { amount_minor: 400 }, { 'idempotency-key': randomUUID() });
    expect(refund.statusCode, refund.body).toBe(201);
    const refunded = (await staff.client.get(`/api/v1/payments/${payment.id}`)).json();
    expect(refunded.refunded_minor).toBe(400);
    clock.advance(60);
    const changed = await putPayment(staff, 'REF-1', { ...body, reference: 'New reference' });
    expect(changed.statusCode).toBe(409);
    expect(changed.json().error).toMatchObject({ code: 'STATE_CONFLICT', message: expect.stringContaining('has been refunded') });
    const same = await putPayment(staff, 'REF-1', body);
    expect(same.statusCode, same.body).toBe(200);
    expect(same.json()).toEqual(refunded);
    expect((await staff.client.get(`/api/v1/payments/${payment.id}`)).json()).toEqual(refunded);
  });

  it('refuses unknown references naming the field, and another customer’s invoice and over-allocations as POST /payments does', async ({ t, staff }) => {
    const customer = await customerOf(staff);
    const stranger = await customerOf(staff);
    const invoice = await invoiceOf(staff, customer.id, 'INV-U1', 1_000);
    const theirs = await invoiceOf(staff, stranger.id, 'INV-THEIRS', 1_000);
    const base = { customer_id: customer.id, amount_minor: 500, currency: 'EUR', method: 'bank_transfer' };

    const unknown = await putPayment(staff, 'U-1', { ...base, allocations: [{ invoice_id: invoice.id, amount_minor: 250 }, { invoice_external_id: 'NOPE', amount_minor: 250 }] });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error.details).toEqual([expect.objectContaining({ field: 'allocations.1.invoice_external_id', code: 'unknown_reference' })]);
    const both = await putPayment(staff, 'U-1', { ...base, allocations: [{ invoice_id: invoice.id, invoice_external_id: 'INV-U1', amount_minor: 500 }] });
    expect(both.json().error.details).toEqual([expect.objectContaining({ field: 'allocations.0.invoice_id', code: 'required' })]);
    const neither = await putPayment(staff, 'U-1', { ...base, allocations: [{ amount_minor: 500 }] });
    expect(neither.json().error.details).toEqual([expect.objectContaining({ field: 'allocations.0.invoice_id', code: 'required' })]);
    const noCustomer = await putPayment(staff, 'U-1', { amount_minor: 500, currency: 'EUR', method: 'cash' });
    expect(noCustomer.json().error.details).toEqual([expect.objectContaining({ field: 'customer_id', code: 'required' })]);
    const unknownCustomer = await putPayment(staff, 'U-1', { ...base, customer_id: undefined, customer_external_id: 'NOBODY' });
    expect(unknownCustomer.statusCode).toBe(400);
    expect(unknownCustomer.json().error.details).toEqual([expect.objectContaining({ field: 'customer_external_id', code: 'unknown_reference' })]);
    const externalInBody = await putPayment(staff, 'U-1', { ...base, external_id: 'U-1' });
    expect(externalInBody.json().error.details).toEqual([expect.objectContaining({ field: 'external_id', code: 'unknown_field' })]);

    // Another customer's invoice, by id or by external id: the answer POST /payments gives.
    const viaPost = await staff.client.post('/api/v1/payments', { ...base, allocations: [{ document_id: theirs.id, amount_minor: 500 }] });
    for (const allocation of [{ invoice_id: theirs.id }, { invoice_external_id: 'INV-THEIRS' }]) {
      const refused = await putPayment(staff, 'U-1', { ...base, allocations: [{ ...allocation, amount_minor: 500 }] });
      expect(refused.statusCode).toBe(viaPost.statusCode);
      expect(refused.json()).toEqual(viaPost.json());
    }
    expect(viaPost.statusCode).toBe(404);

    // More than the invoice's balance, and allocations beyond the amount: as POST refuses them.
    const beyond = { ...base, amount_minor: 1_500, allocations: [{ document_id: invoice.id, amount_minor: 1_500 }] };
    const postBeyond = await staff.client.post('/api/v1/payments', beyond);
    const putBeyond = await putPayment(staff, 'U-1', { ...beyond, allocations: [{ invoice_external_id: 'INV-U1', amount_minor: 1_500 }] });
    expect(postBeyond.statusCode).toBe(409);
    expect(putBeyond.statusCode).toBe(409);
    expect(putBeyond.json().error).toEqual(postBeyond.json().error);
    const exceeding = await putPayment(staff, 'U-1', { ...base, allocations: [{ invoice_id: invoice.id, amount_minor: 600 }] });
    expect(exceeding.statusCode).toBe(400);
    expect(exceeding.json().error.details).toEqual([expect.objectContaining({ field: 'allocations', code: 'allocations_exceed_amount' })]);
    const wrongCurrency = await putPayment(staff, 'U-1', { ...base, currency: 'USD' });
    expect(wrongCurrency.json().error.code).toBe('CURRENCY_MISMATCH');

    expect(await paymentsOf(staff)).toEqual([]);
    expect(await balanceOf(staff, invoice.id)).toBe(1_000);
    expect(await balanceOf(staff, theirs.id)).toBe(1_000);

    // Another organization's customer is unknown here; its own external ids are its own rows.
    const other = await signUpStaff(t.app);
    const foreign = await putPayment(other, 'U-1', { ...base });
    expect(foreign.statusCode).toBe(400);
    expect(foreign.json().error.details).toEqual([expect.objectContaining({ field: 'customer_id', code: 'unknown_reference' })]);
    const theirCustomer = await customerOf(other);
    await invoiceOf(other, theirCustomer.id, 'INV-U1', 1_000);
    expect((await putPayment(other, 'U-1', { ...base, customer_id: theirCustomer.id, allocations: [{ invoice_external_id: 'INV-U1', amount_minor: 500 }] })).statusCode).toBe(201);
    expect((await putPayment(staff, 'U-1', { ...base, allocations: [{ invoice_external_id: 'INV-U1', amount_minor: 500 }] })).statusCode).toBe(201);
    expect(await balanceOf(staff, invoice.id)).toBe(500);
  });

  it('writes what POST /payments writes, and nothing more', async ({ t, staff }) => {
    const customer = await customerOf(staff);
    const posted = await invoiceOf(staff, customer.id, 'INV-P1', 1_000);
    const put = await invoiceOf(staff, customer.id, 'INV-P2', 1_000);
    // The organization's first payment starts its number series; both below take the next number.
    const first = await invoiceOf(staff, customer.id, 'INV-P0', 1);
    expect((await staff.client.post('/api/v1/payments', { customer_id: customer.id, amount_minor: 1, currency: 'EUR', method: 'cash', allocations: [{ document_id: first.id, amount_minor: 1 }] })).statusCode).toBe(201);
    const beforePost = await rowCounts(t);
    const viaPost = await staff.client.post('/api/v1/payments', { customer_id: customer.id, amount_minor: 1_000, currency: 'EUR', method: 'bank_transfer', external_id: 'POSTED', allocations: [{ document_id: posted.id, amount_minor: 1_000 }] });
    expect(viaPost.statusCode, viaPost.body).toBe(201);
    const afterPost = await rowCounts(t);
    const viaPut = await putPayment(staff, 'PUT', { customer_id: customer.id, amount_minor: 1_000, currency: 'EUR', method: 'bank_transfer', allocations: [{ invoice_id: put.id, amount_minor: 1_000 }] });
    expect(viaPut.statusCode, viaPut.body).toBe(201);
    const afterPut = await rowCounts(t);
    expect(delta(afterPost, afterPut)).toEqual(delta(beforePost, afterPost));
    // No receipt email, notification, activity or webhook event: payments recorded by staff or an integration have none.
    expect(delta(beforePost, afterPost)).toEqual({ payments: 1, payment_allocations: 1 });
    expect(await documentOf(staff, 'invoices', put.id)).toMatchObject({ status: 'paid', balance_minor: 0, paid_minor: 1_000 });
    // A replay writes nothing at all.
    expect((await putPayment(staff, 'PUT', { customer_id: customer.id, amount_minor: 1_000, currency: 'EUR', method: 'bank_transfer', allocations: [{ invoice_id: put.id, amount_minor: 1_000 }] })).statusCode).toBe(200);
    expect(await rowCounts(t)).toEqual(afterPut);
  });

  it('records five identical PUTs at once as one payment, the balance reduced once', async ({ staff }) => {
    const customer = await customerOf(staff);
    const invoice = await invoiceOf(staff, customer.id, 'INV-RACE', 3_000);
    const body = { customer_external_id: customer.externalId, amount_minor: 1_000, currency: 'EUR', method: 'bank_transfer', paid_on: '2026-11-30', allocations: [{ invoice_external_id: 'INV-RACE', amount_minor: 1_000 }] };
    const answers = await Promise.all(Array.from({ length: 5 }, () => putPayment(staff, 'RACE-1', body)));
    for (const answer of answers) expect([200, 201], answer.body).toContain(answer.statusCode);
    expect(answers.filter((answer) => answer.statusCode === 201)).toHaveLength(1);
    expect(new Set(answers.map((answer) => answer.json().id)).size).toBe(1);
    expect(await paymentsOf(staff)).toHaveLength(1);
    expect(await balanceOf(staff, invoice.id)).toBe(2_000);

    // Paying the oldest open invoice first: the later ones find it paid, and answer the payment.
    const auto = await invoiceOf(staff, customer.id, 'INV-RACE-2', 1_000);
    await putPayment(staff, 'RACE-FILL', { customer_id: customer.id, amount_minor: 2_000, currency: 'EUR', method: 'cash', allocations: [{ invoice_id: invoice.id, amount_minor: 2_000 }] });
    const autoAnswers = await Promise.all(Array.from({ length: 5 }, () => putPayment(staff, 'RACE-2', { customer_id: customer.id, amount_minor: 1_000, currency: 'EUR', method: 'cash' })));
    expect(autoAnswers.map((answer) => answer.statusCode).sort()).toEqual([200, 200, 200, 200, 201]);
    expect(await balanceOf(staff, auto.id)).toBe(0);
    expect((await paymentsOf(staff)).filter((payment) => payment.external_id === 'RACE-2')).toHaveLength(1);
  });
});
