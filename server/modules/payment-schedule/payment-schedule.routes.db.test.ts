import { expect } from 'vitest';
import { signUpStaff } from '../../test/builders.ts';
import { applyTestCredit, createBillingCustomer, invoiceOf, recordTestPayment } from '../../test/billing-payment-builders.ts';
import { describeOnEachDialect } from '../../test/fixture.ts';
import { portalCustomer, setPermissions } from '../../test/portal-document-builders.ts';
import { schedulesOf } from './payment-schedule.service.ts';

// Today is 2026-12-02 in the organization's zone (UTC).
const START = '2026-12-02T10:00:00.000Z';
const url = (id: string, segment = 'invoices') => `/api/v1/${segment}/${id}/payment-schedule`;
const depositAndTwo = [
  { kind: 'deposit', percent_basis_points: 3_000, due_date: '2026-11-25' },
  { kind: 'instalment', amount_minor: 3_500, due_date: '2026-12-02' },
  { kind: 'instalment', percent_basis_points: 3_500, due_date: '2027-01-02' },
];

describeOnEachDialect('payment schedules: staff', { startAt: START }, (it) => {
  it('sets a deposit and instalments, shows what each has been paid and what is due now', async ({ staff }) => {
    const customer = await createBillingCustomer(staff);
    const invoice = await invoiceOf(staff, customer.id, 10_000, { issueDate: '2026-11-20', dueDate: '2027-01-02' });
    const put = await staff.client.put(url(invoice.id), { instalments: depositAndTwo });
    expect(put.statusCode).toBe(200);
    expect(put.json()).toMatchObject({
      document_id: invoice.id,
      currency: 'EUR',
      total_minor: 10_000,
      balance_minor: 10_000,
      due_now_minor: 6_500,
      overdue: true,
      matches_total: true,
      instalments: [
        { kind: 'deposit', position: 1, amount_minor: 3_000, percent_basis_points: 3_000, due_date: '2026-11-25', paid_minor: 0, remaining_minor: 3_000, status: 'overdue' },
        { kind: 'instalment', position: 2, amount_minor: 3_500, percent_basis_points: null, paid_minor: 0, remaining_minor: 3_500, status: 'due' },
        { kind: 'instalment', position: 3, amount_minor: 3_500, percent_basis_points: 3_500, paid_minor: 0, remaining_minor: 3_500, status: 'upcoming' },
      ],
    });
    await recordTestPayment(staff, { customer_id: customer.id, amount_minor: 4_000, currency: 'EUR', allocations: [{ document_id: invoice.id, amount_minor: 4_000 }] });
    const read = await staff.client.get(url(invoice.id));
    expect(read.statusCode).toBe(200);
    expect(read.json().instalments.map((row: { paid_minor: number; status: string }) => [row.paid_minor, row.status])).toEqual([
      [3_000, 'paid'],
      [1_000, 'due'],
      [0, 'upcoming'],
    ]);
    expect(read.json()).toMatchObject({ balance_minor: 6_000, due_now_minor: 2_500, overdue: false });
  });

  it('replaces the schedule, removes it, and serves retainer invoices and drafts the same way', async ({ staff }) => {
    const customer = await createBillingCustomer(staff);
    const retainer = await invoiceOf(staff, customer.id, 1_000, { path: 'retainer-invoices', issueDate: '2026-11-20' });
    const first = await staff.client.put(url(retainer.id, 'retainer-invoices'), { instalments: [{ kind: 'instalment', amount_minor: 1_000, due_date: '2026-12-10' }] });
    expect(first.statusCode).toBe(200);
    const second = await staff.client.put(url(retainer.id, 'retainer-invoices'), { instalments: [
      { kind: 'deposit', amount_minor: 400, due_date: '2026-12-05' },
      { kind: 'instalment', amount_minor: 600, due_date: '2026-12-20' },
    ] });
    expect(second.json().instalments.map((row: { amount_minor: number }) => row.amount_minor)).toEqual([400, 600]);
    expect(second.json().due_now_minor).toBe(400);
    const removed = await staff.client.delete(url(retainer.id, 'retainer-invoices'));
    expect(removed.statusCode).toBe(204);
    expect((await staff.client.get(url(retainer.id, 'retainer-invoices'))).json()).toMatchObject({ instalments: [], due_now_minor: 1_000, overdue: false });
    // The retainer invoice is not an invoice.
    expect((await staff.client.get(url(retainer.id))).statusCode).toBe(404);

    const draft = await invoiceOf(staff, customer.id, 2_000, { draft: true, issueDate: '2026-11-20' });
    expect((await staff.client.put(url(draft.id), { instalments: [{ kind: 'instalment', percent_basis_points: 10_000, due_date: '2026-12-30' }] })).statusCode).toBe(200);
    // The draft's total changes: the schedule no longer applies until it is set again.
    const edited = await staff.client.patch(`/api/v1/invoices/${draft.id}`, { lines: [{ name: 'More work', quantity: 1, rate_minor: 2_500 }] });
    expect(edited.statusCode).toBe(200);
    expect((await staff.client.get(url(draft.id))).json()).toMatchObject({ total_minor: 2_500, matches_total: false, due_now_minor: 2_500 });
  });

  it('refuses a sum other than the total naming `instalments`, and bad rows naming their field', async ({ staff }) => {
    const customer = await createBillingCustomer(staff);
    const invoice = await invoiceOf(staff, customer.id, 10_000, { issueDate: '2026-11-20' });
    const short = await staff.client.put(url(invoice.id), { instalments: [{ kind: 'instalment', amount_minor: 9_000, due_date: '2026-12-10' }] });
    expect(short.statusCode).toBe(400);
    expect(short.json().error).toMatchObject({ code: 'VALIDATION_FAILED', details: [{ field: 'instalments', code: 'invalid', params: { sum_minor: 9_000, total_minor: 10_000 } }] });
    const fields = async (instalments: unknown[]) => {
      const response = await staff.client.put(url(invoice.id), { instalments });
      expect(response.statusCode).toBe(400);
      return response.json().error.details.map((detail: { field: string }) => detail.field);
    };
    expect(await fields([
      { kind: 'instalment', amount_minor: 5_000, due_date: '2026-12-10' },
      { kind: 'instalment', amount_minor: 5_000, due_date: '2026-12-10' },
    ])).toEqual(['instalments.1.due_date']);
    expect(await fields([{ kind: 'instalment', amount_minor: 10_000, due_date: '2026-11-19' }])).toEqual(['instalments.0.due_date']);
    expect(await fields([
      { kind: 'instalment', amount_minor: 5_000, due_date: '2026-12-10' },
      { kind: 'deposit', amount_minor: 5_000, due_date: '2026-12-11' },
    ])).toEqual(['instalments.1.kind']);
    expect(await fields([{ kind: 'instalment', amount_minor: 0, due_date: '2026-12-10' }, { kind: 'instalment', amount_minor: 10_000, due_date: '2026-12-11' }])).toEqual(['instalments.0.amount_minor']);
    expect(await fields([{ kind: 'instalment', percent_basis_points: 10_001, due_date: '2026-12-10' }])).toEqual(['instalments.0.percent_basis_points']);
    expect(await fields([{ kind: 'instalment', amount_minor: 10_000, due_date: '2026-13-01' }])).toEqual(['instalments.0.due_date']);
    expect(await fields(Array.from({ length: 61 }, (_, i) => ({ kind: 'instalment', amount_minor: 1, due_date: `2027-${String((i % 12) + 1).padStart(2, '0')}-01` })))).toEqual(['instalments']);
    expect(await fields([])).toEqual(['instalments']);
    const malformed = await staff.client.request('PUT', url(invoice.id), '{"instalments": ', { 'content-type': 'application/json' });
    expect(malformed.statusCode).toBe(400);
    expect(malformed.json().error.code).toBe('MALFORMED_JSON');
    // Nothing was stored by any refusal.
    expect((await staff.client.get(url(invoice.id))).json().instalments).toEqual([]);
  });

  it('refuses to change the schedule of a paid or void invoice with 409', async ({ staff }) => {
    const customer = await createBillingCustomer(staff);
    const paid = await invoiceOf(staff, customer.id, 1_000, { issueDate: '2026-11-20' });
    await recordTestPayment(staff, { customer_id: customer.id, amount_minor: 1_000, currency: 'EUR', allocations: [{ document_id: paid.id, amount_minor: 1_000 }] });
    const body = { instalments: [{ kind: 'instalment', amount_minor: 1_000, due_date: '2026-12-10' }] };
    const onPaid = await staff.client.put(url(paid.id), body);
    expect(onPaid.statusCode).toBe(409);
    expect(onPaid.json().error.code).toBe('STATE_CONFLICT');
    expect((await staff.client.delete(url(paid.id))).statusCode).toBe(409);
    const voided = await invoiceOf(staff, customer.id, 1_000, { issueDate: '2026-11-20' });
    expect((await staff.client.post(`/api/v1/invoices/${voided.id}/void`)).statusCode).toBe(200);
    expect((await staff.client.put(url(voided.id), body)).json().error.code).toBe('STATE_CONFLICT');
  });

  it('keeps one whole schedule when staff replace it at the same moment', async ({ staff }) => {
    const customer = await createBillingCustomer(staff);
    const invoice = await invoiceOf(staff, customer.id, 1_200, { issueDate: '2026-11-20' });
    const bodies = [1, 2, 3, 4, 6].map((count) => ({
      instalments: Array.from({ length: count }, (_, i) => ({ kind: 'instalment', amount_minor: 1_200 / count, due_date: `2027-0${i + 1}-01` })),
    }));
    const responses = await Promise.all(bodies.map((body) => staff.client.put(url(invoice.id), body)));
    for (const response of responses) expect([200, 409]).toContain(response.statusCode);
    expect(responses.some((response) => response.statusCode === 200)).toBe(true);
    const stored = (await staff.client.get(url(invoice.id))).json();
    expect(stored.matches_total).toBe(true);
    expect(stored.instalments.map((row: { position: number }) => row.position)).toEqual(stored.instalments.map((_: unknown, i: number) => i + 1));
  });

  it('answers 404 for another organization’s invoice and for an unknown one', async ({ t, staff }) => {
    const other = await signUpStaff(t.app);
    const customer = await createBillingCustomer(other);
    const theirs = await invoiceOf(other, customer.id, 1_000, { issueDate: '2026-11-20' });
    const body = { instalments: [{ kind: 'instalment', amount_minor: 1_000, due_date: '2026-12-10' }] };
    expect((await staff.client.get(url(theirs.id))).statusCode).toBe(404);
    expect((await staff.client.put(url(theirs.id), body)).statusCode).toBe(404);
    expect((await staff.client.delete(url(theirs.id))).statusCode).toBe(404);
    expect((await staff.client.get(url('no-such-invoice'))).statusCode).toBe(404);
    expect((await other.client.get(url(theirs.id))).json().instalments).toEqual([]);
  });

  it('lets schedulesOf cover instalments by payments and credits, in one map for many documents', async ({ t, staff }) => {
    const customer = await createBillingCustomer(staff);
    const invoice = await invoiceOf(staff, customer.id, 10_000, { issueDate: '2026-11-20' });
    const plain = await invoiceOf(staff, customer.id, 500, { issueDate: '2026-11-20' });
    expect((await staff.client.put(url(invoice.id), { instalments: depositAndTwo })).statusCode).toBe(200);
    // A credit first, then a payment: together they cover the deposit and part of the second instalment.
    const creditNote = await invoiceOf(staff, customer.id, 2_000, { path: 'credit-notes', issueDate: '2026-11-20' });
    expect((await applyTestCredit(staff, creditNote.id, [{ invoice_id: invoice.id, amount_minor: 2_000 }])).statusCode).toBe(200);
    await recordTestPayment(staff, { customer_id: customer.id, amount_minor: 1_500, currency: 'EUR', allocations: [{ document_id: invoice.id, amount_minor: 1_500 }] });
    const balance = 10_000 - 3_500;
    const schedules = await schedulesOf(t.ctx.db, staff.organization.id, [
      { id: invoice.id, total_minor: 10_000, balance_minor: balance },
      { id: plain.id, total_minor: 500, balance_minor: 500 },
    ], '2026-12-02');
    expect(schedules.has(plain.id)).toBe(false);
    const schedule = schedules.get(invoice.id);
    expect(schedule?.instalments.map(({ kind, position, amount_minor, paid_minor, remaining_minor, status }) => ({ kind, position, amount_minor, paid_minor, remaining_minor, status }))).toEqual([
      { kind: 'deposit', position: 1, amount_minor: 3_000, paid_minor: 3_000, remaining_minor: 0, status: 'paid' },
      { kind: 'instalment', position: 2, amount_minor: 3_500, paid_minor: 500, remaining_minor: 3_000, status: 'due' },
      { kind: 'instalment', position: 3, amount_minor: 3_500, paid_minor: 0, remaining_minor: 3_500, status: 'upcoming' },
    ]);
    expect(schedule).toMatchObject({ dueNowMinor: 3_000, overdue: false });
    expect(Object.keys(schedule?.instalments[0] ?? {}).sort()).toEqual(['amount_minor', 'due_date', 'id', 'kind', 'paid_minor', 'position', 'remaining_minor', 'status']);
    // Another organization sees none of it.
    expect((await schedulesOf(t.ctx.db, (await signUpStaff(t.app)).organization.id, [{ id: invoice.id, total_minor: 10_000, balance_minor: balance }], '2026-12-02')).size).toBe(0);
  });
});

describeOnEachDialect('payment schedules: portal', { startAt: START }, (it) => {
  it('shows the signed-in contact its invoice’s schedule and overdue instalments', async ({ t, staff }) => {
    const contact = await portalCustomer(t, staff);
    const invoice = await invoiceOf(staff, contact.customerId, 10_000, { issueDate: '2026-11-20' });
    const retainer = await invoiceOf(staff, contact.customerId, 800, { path: 'retainer-invoices', issueDate: '2026-11-20' });
    expect((await staff.client.put(url(invoice.id), { instalments: depositAndTwo })).statusCode).toBe(200);
    expect((await staff.client.put(url(retainer.id, 'retainer-invoices'), { instalments: [
      { kind: 'instalment', amount_minor: 300, due_date: '2026-11-30' },
      { kind: 'instalment', amount_minor: 500, due_date: '2026-12-30' },
    ] })).statusCode).toBe(200);
    const read = await contact.client.get(`${contact.api}/invoices/${invoice.id}/payment-schedule`);
    expect(read.statusCode).toBe(200);
    expect(read.json()).toMatchObject({ document_id: invoice.id, due_now_minor: 6_500, overdue: true });
    expect(read.json().instalments.map((row: { status: string }) => row.status)).toEqual(['overdue', 'due', 'upcoming']);
    expect((await contact.client.get(`${contact.api}/retainer-invoices/${retainer.id}/payment-schedule`)).json().due_now_minor).toBe(300);

    const overdue = await contact.client.get(`${contact.api}/payment-schedules/overdue`);
    expect(overdue.statusCode).toBe(200);
    expect(overdue.json().data).toEqual([
      { document_id: invoice.id, kind: 'invoice', number: invoice.number, due_date: '2026-11-25', remaining_minor: 3_000, currency: invoice.currency },
      { document_id: retainer.id, kind: 'retainer_invoice', number: retainer.number, due_date: '2026-11-30', remaining_minor: 300, currency: invoice.currency },
    ]);
    // Paying the deposit takes it off the list, and it is never asked for again.
    await recordTestPayment(staff, { customer_id: contact.customerId, amount_minor: 3_000, currency: invoice.currency, allocations: [{ document_id: invoice.id, amount_minor: 3_000 }] });
    expect((await contact.client.get(`${contact.api}/payment-schedules/overdue`)).json().data.map((row: { document_id: string }) => row.document_id)).toEqual([retainer.id]);
    const after = (await contact.client.get(`${contact.api}/invoices/${invoice.id}/payment-schedule`)).json();
    expect(after).toMatchObject({ due_now_minor: 3_500, overdue: false });
  });

  it('answers 404 for another customer’s invoice or a draft, and 403 without the role to see documents', async ({ t, staff }) => {
    const contact = await portalCustomer(t, staff);
    const other = await portalCustomer(t, staff);
    const theirs = await invoiceOf(staff, other.customerId, 1_000, { issueDate: '2026-11-20' });
    const draft = await invoiceOf(staff, contact.customerId, 1_000, { draft: true, issueDate: '2026-11-20' });
    expect((await contact.client.get(`${contact.api}/invoices/${theirs.id}/payment-schedule`)).statusCode).toBe(404);
    expect((await contact.client.get(`${contact.api}/invoices/${draft.id}/payment-schedule`)).statusCode).toBe(404);
    expect((await contact.client.get(`${contact.api}/retainer-invoices/${theirs.id}/payment-schedule`)).statusCode).toBe(404);
    const own = await invoiceOf(staff, contact.customerId, 1_000, { issueDate: '2026-11-20' });
    const plain = await contact.client.get(`${contact.api}/invoices/${own.id}/payment-schedule`);
    expect(plain.json()).toMatchObject({ instalments: [], due_now_minor: 1_000 });
    await setPermissions(staff, contact.contactId, []);
    expect((await contact.client.get(`${contact.api}/invoices/${own.id}/payment-schedule`)).statusCode).toBe(403);
    expect((await contact.client.get(`${contact.api}/invoices/${theirs.id}/payment-schedule`)).statusCode).toBe(404);
    expect((await contact.client.get(`${contact.api}/payment-schedules/overdue`)).statusCode).toBe(403);
    expect((await t.app.inject({ method: 'GET', url: `${contact.api}/payment-schedules/overdue` })).statusCode).toBe(401);
  });
});
