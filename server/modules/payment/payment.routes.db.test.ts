import { expect } from 'vitest';
import { signUpStaff } from '../../test/builders.ts';
import { createBillingCustomer, documentOf, invoiceOf, postPayment, recordTestPayment } from '../../test/billing-payment-builders.ts';
import { describeOnEachDialect } from '../../test/fixture.ts';

describeOnEachDialect('offline payments', { startAt: '2026-11-25T10:00:00.000Z' }, (it) => {
  it('applies a payment to the oldest open invoices first and numbers it from the series', async ({ staff }) => {
    const customer = await createBillingCustomer(staff);
    const newer = await invoiceOf(staff, customer.id, 5_000, { issueDate: '2026-11-01', dueDate: '2026-12-01' });
    const older = await invoiceOf(staff, customer.id, 3_000, { issueDate: '2026-10-01', dueDate: '2026-10-31' });
    const response = await postPayment(staff, { customer_id: customer.id, amount_minor: 4_000, currency: 'EUR', method: 'cheque', reference: 'CHQ 1234' });
    expect(response.statusCode).toBe(201);
    const payment = response.json();
    expect(payment).toMatchObject({ amount_minor: 4_000, currency: 'EUR', method: 'cheque', status: 'completed', paid_on: '2026-11-25', reference: 'CHQ 1234', customer: { id: customer.id } });
    expect(payment.number).toMatch(/^PAY-\d{6}$/);
    expect(payment.allocations).toEqual([
      { document_id: older.id, kind: 'invoice', number: older.number, amount_minor: 3_000 },
      { document_id: newer.id, kind: 'invoice', number: newer.number, amount_minor: 1_000 },
    ].sort((a, b) => a.document_id.localeCompare(b.document_id)));
    expect(await documentOf(staff, 'invoices', older.id)).toMatchObject({ status: 'paid', paid_minor: 3_000, balance_minor: 0 });
    expect(await documentOf(staff, 'invoices', newer.id)).toMatchObject({ status: 'partially_paid', paid_minor: 1_000, balance_minor: 4_000 });
    const detail = await staff.client.get(`/api/v1/payments/${payment.id}`);
    expect(detail.json()).toEqual(payment);
    const next = await recordTestPayment(staff, { customer_id: customer.id, amount_minor: 1, currency: 'EUR' });
    expect(Number(next.number.slice(4))).toBe(Number(payment.number.slice(4)) + 1);
  });

  it('applies explicit allocations to invoices and retainer invoices', async ({ staff }) => {
    const customer = await createBillingCustomer(staff, { currency: 'USD' });
    const invoice = await invoiceOf(staff, customer.id, 10_000, { issueDate: '2026-11-20' });
    const retainer = await invoiceOf(staff, customer.id, 2_500, { path: 'retainer-invoices', issueDate: '2026-11-20' });
    const payment = await recordTestPayment(staff, {
      customer_id: customer.id,
      amount_minor: 6_000,
      currency: 'usd',
      method: 'cash',
      paid_on: '2026-11-24',
      allocations: [
        { document_id: invoice.id, amount_minor: 3_500 },
        { document_id: retainer.id, amount_minor: 2_500 },
      ],
    });
    expect(payment.allocations).toHaveLength(2);
    expect(await documentOf(staff, 'invoices', invoice.id)).toMatchObject({ status: 'partially_paid', balance_minor: 6_500 });
    expect(await documentOf(staff, 'retainer-invoices', retainer.id)).toMatchObject({ status: 'paid', balance_minor: 0 });
  });

  it('refuses an allocation beyond an invoice’s balance with 409 and records nothing', async ({ staff }) => {
    const customer = await createBillingCustomer(staff);
    const first = await invoiceOf(staff, customer.id, 1_000);
    const second = await invoiceOf(staff, customer.id, 1_000);
    const before = (await staff.client.get(`/api/v1/payments?customer_id=${customer.id}`)).json().data;
    const refused = await postPayment(staff, {
      customer_id: customer.id,
      amount_minor: 1_600,
      currency: 'EUR',
      allocations: [
        { document_id: first.id, amount_minor: 500 },
        { document_id: second.id, amount_minor: 1_100 },
      ],
    });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.code).toBe('CONFLICT');
    expect(refused.json().error.message).toContain(second.number);
    expect(await documentOf(staff, 'invoices', first.id)).toMatchObject({ status: 'sent', balance_minor: 1_000, paid_minor: 0 });
    expect((await staff.client.get(`/api/v1/payments?customer_id=${customer.id}`)).json().data).toEqual(before);
    const auto = await postPayment(staff, { customer_id: customer.id, amount_minor: 2_001, currency: 'EUR' });
    expect(auto.statusCode).toBe(409);
    expect(auto.json().error.details).toMatchObject({ field: 'amount_minor', open_balance_minor: 2_000 });
  });

  it('refuses allocations that do not add up to the amount, naming the field', async ({ staff }) => {
    const customer = await createBillingCustomer(staff);
    const invoice = await invoiceOf(staff, customer.id, 1_000);
    for (const [amount, parts] of [
      [500, [600]],
      [500, [400]],
      [500, [250, 250]],
    ] as const) {
      const body = { customer_id: customer.id, amount_minor: amount, currency: 'EUR', allocations: parts.map((part) => ({ document_id: invoice.id, amount_minor: part })) };
      const response = await postPayment(staff, body);
      expect(response.statusCode).toBe(400);
      expect(response.json().error.details[0].field).toBe('allocations');
    }
    expect(await documentOf(staff, 'invoices', invoice.id)).toMatchObject({ balance_minor: 1_000 });
  });

  it('refuses another currency than the customer’s, naming currency', async ({ staff }) => {
    const customer = await createBillingCustomer(staff, { currency: 'EUR' });
    const invoice = await invoiceOf(staff, customer.id, 1_000);
    const response = await postPayment(staff, { customer_id: customer.id, amount_minor: 100, currency: 'USD', allocations: [{ document_id: invoice.id, amount_minor: 100 }] });
    expect(response.statusCode).toBe(422);
    expect(response.json().error.code).toBe('CURRENCY_MISMATCH');
    expect(response.json().error.details[0].field).toBe('currency');
    expect(response.json().error.message).toContain('EUR');
    expect(await documentOf(staff, 'invoices', invoice.id)).toMatchObject({ balance_minor: 1_000 });
  });

  it('answers 404 for drafts, voids, credit notes, other customers’ and other organizations’ documents', async ({ t, staff }) => {
    const customer = await createBillingCustomer(staff);
    const otherCustomer = await createBillingCustomer(staff);
    const draft = await invoiceOf(staff, customer.id, 1_000, { draft: true });
    const voided = await invoiceOf(staff, customer.id, 1_000);
    expect((await staff.client.post(`/api/v1/invoices/${voided.id}/void`)).statusCode).toBe(200);
    const creditNote = await invoiceOf(staff, customer.id, 1_000, { path: 'credit-notes' });
    const theirs = await invoiceOf(staff, otherCustomer.id, 1_000);
    const foreignStaff = await signUpStaff(t.app);
    const foreignCustomer = await createBillingCustomer(foreignStaff);
    const foreign = await invoiceOf(foreignStaff, foreignCustomer.id, 1_000);
    for (const document of [draft, voided, creditNote, theirs, foreign, { id: 'no-such-invoice' }]) {
      const response = await postPayment(staff, { customer_id: customer.id, amount_minor: 100, currency: 'EUR', allocations: [{ document_id: document.id, amount_minor: 100 }] });
      expect(response.statusCode).toBe(404);
      expect(response.json().error.code).toBe('NOT_FOUND');
    }
    const foreignPayer = await postPayment(staff, { customer_id: foreignCustomer.id, amount_minor: 100, currency: 'EUR' });
    expect(foreignPayer.statusCode).toBe(404);
    expect(await documentOf(foreignStaff, 'invoices', foreign.id)).toMatchObject({ balance_minor: 1_000 });
    const foreignPayment = await recordTestPayment(foreignStaff, { customer_id: foreignCustomer.id, amount_minor: 10, currency: 'EUR' });
    expect((await staff.client.get(`/api/v1/payments/${foreignPayment.id}`)).statusCode).toBe(404);
  });

  it('names the field for bad amounts, methods and dates', async ({ staff }) => {
    const customer = await createBillingCustomer(staff);
    const invoice = await invoiceOf(staff, customer.id, 1_000, { issueDate: '2026-11-10' });
    const base = { customer_id: customer.id, amount_minor: 100, currency: 'EUR', method: 'cash' };
    const cases: [Record<string, unknown>, string][] = [
      [{ ...base, amount_minor: 0 }, 'amount_minor'],
      [{ ...base, amount_minor: -5 }, 'amount_minor'],
      [{ ...base, amount_minor: 10.5 }, 'amount_minor'],
      [{ ...base, amount_minor: '100' }, 'amount_minor'],
      [{ ...base, method: 'card' }, 'method'],
      [{ ...base, currency: 'EURO' }, 'currency'],
      [{ ...base, currency: 'ABC' }, 'currency'],
      [{ ...base, paid_on: '2026-13-01' }, 'paid_on'],
      [{ ...base, paid_on: '2026-11-09', allocations: [{ document_id: invoice.id, amount_minor: 100 }] }, 'paid_on'],
      [{ ...base, allocations: [{ document_id: invoice.id, amount_minor: 0 }] }, 'allocations.0.amount_minor'],
      [{ ...base, allocations: [] }, 'allocations'],
      [{ ...base, surprise: true }, ''],
    ];
    for (const [body, field] of cases) {
      const response = await staff.client.post('/api/v1/payments', body);
      expect(response.statusCode, JSON.stringify(body)).toBe(400);
      if (field) expect(response.json().error.details[0].field).toBe(field);
    }
    expect(await documentOf(staff, 'invoices', invoice.id)).toMatchObject({ balance_minor: 1_000 });
  });

  it('records the same payment twice as two payments while the balance allows, then refuses', async ({ staff }) => {
    const customer = await createBillingCustomer(staff);
    const invoice = await invoiceOf(staff, customer.id, 1_000);
    const body = { customer_id: customer.id, amount_minor: 400, currency: 'EUR', reference: 'same', allocations: [{ document_id: invoice.id, amount_minor: 400 }] };
    const first = await recordTestPayment(staff, body);
    const second = await recordTestPayment(staff, body);
    expect(second.id).not.toBe(first.id);
    const third = await postPayment(staff, body);
    expect(third.statusCode).toBe(409);
    expect(await documentOf(staff, 'invoices', invoice.id)).toMatchObject({ paid_minor: 800, balance_minor: 200, status: 'partially_paid' });
  });

  it('never overpays when payments race for the same balance', async ({ staff }) => {
    const customer = await createBillingCustomer(staff);
    const invoice = await invoiceOf(staff, customer.id, 1_000);
    const body = { customer_id: customer.id, amount_minor: 700, currency: 'EUR', allocations: [{ document_id: invoice.id, amount_minor: 700 }] };
    const responses = await Promise.all([postPayment(staff, body), postPayment(staff, body), postPayment(staff, body)]);
    expect(responses.map((response) => response.statusCode).sort()).toEqual([201, 409, 409]);
    expect(await documentOf(staff, 'invoices', invoice.id)).toMatchObject({ paid_minor: 700, balance_minor: 300 });
  });

  it('lists payments newest first with a customer filter and cursor paging', async ({ staff }) => {
    const customer = await createBillingCustomer(staff);
    await invoiceOf(staff, customer.id, 10_000, { issueDate: '2026-10-01' });
    const made = [];
    for (const day of ['2026-11-01', '2026-11-03', '2026-11-02', '2026-11-03', '2026-11-05']) {
      made.push(await recordTestPayment(staff, { customer_id: customer.id, amount_minor: 100, currency: 'EUR', paid_on: day }));
    }
    const seen: { id: string; paid_on: string }[] = [];
    let cursor: string | null = null;
    do {
      const page = await staff.client.get(`/api/v1/payments?customer_id=${customer.id}&limit=2${cursor ? `&cursor=${cursor}` : ''}`);
      expect(page.statusCode).toBe(200);
      const body = page.json<{ data: { id: string; paid_on: string }[]; next_cursor: string | null }>();
      expect(body.data.length).toBeLessThanOrEqual(2);
      seen.push(...body.data);
      cursor = body.next_cursor;
    } while (cursor);
    expect(seen.map((payment) => payment.paid_on)).toEqual(['2026-11-05', '2026-11-03', '2026-11-03', '2026-11-02', '2026-11-01']);
    expect(new Set(seen.map((payment) => payment.id)).size).toBe(made.length);
    for (const [query, field] of [
      ['limit=0', 'limit'],
      ['limit=101', 'limit'],
      ['limit=abc', 'limit'],
      ['cursor=not-a-cursor', 'cursor'],
    ]) {
      const response = await staff.client.get(`/api/v1/payments?${query}`);
      expect(response.statusCode).toBe(400);
      expect(response.json().error.details[0].field).toBe(field);
    }
  });

  it('needs a signed-in staff member', async ({ t }) => {
    const anonymous = await t.app.inject({ method: 'GET', url: '/api/v1/payments' });
    expect(anonymous.statusCode).toBe(401);
  });
});
