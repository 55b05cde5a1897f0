import { randomUUID } from 'node:crypto';
import { expect } from 'vitest';
import { signUpStaff, type SignedUpStaff } from '../../test/builders.ts';
import { applyTestCredit, createBillingCustomer, invoiceOf, recordTestPayment } from '../../test/billing-payment-builders.ts';
import { extractPdfText } from '../../test/pdf-text.ts';
import { describeOnEachDialect } from '../../test/fixture.ts';

/** A customer with a history: before the period, within it, and documents a statement leaves out. */
async function customerWithHistory(staff: SignedUpStaff, options: { portal?: boolean; language?: string } = {}) {
  const customer = await createBillingCustomer(staff, { currency: 'EUR', ...options });
  const september = await invoiceOf(staff, customer.id, 10_000, { issueDate: '2026-09-01', dueDate: '2026-09-15' });
  const november = await invoiceOf(staff, customer.id, 5_000, { issueDate: '2026-11-03', dueDate: '2026-12-03' });
  await recordTestPayment(staff, { customer_id: customer.id, amount_minor: 4_000, currency: 'EUR', paid_on: '2026-10-10', allocations: [{ document_id: september.id, amount_minor: 4_000 }] });
  const inPeriod = await recordTestPayment(staff, {
    customer_id: customer.id,
    amount_minor: 1_500,
    currency: 'EUR',
    paid_on: '2026-11-10',
    allocations: [
      { document_id: september.id, amount_minor: 1_000 },
      { document_id: november.id, amount_minor: 500 },
    ],
  });
  const creditNote = await invoiceOf(staff, customer.id, 800, { path: 'credit-notes', issueDate: '2026-11-05' });
  expect((await applyTestCredit(staff, creditNote.id, [{ invoice_id: november.id, amount_minor: 250 }])).statusCode).toBe(200);
  // Left out: a draft, a voided invoice, a retainer invoice and its payment.
  await invoiceOf(staff, customer.id, 777, { draft: true, issueDate: '2026-11-04' });
  const voided = await invoiceOf(staff, customer.id, 888, { issueDate: '2026-11-04' });
  await staff.client.post(`/api/v1/invoices/${voided.id}/void`);
  const retainer = await invoiceOf(staff, customer.id, 999, { path: 'retainer-invoices', issueDate: '2026-11-04' });
  await recordTestPayment(staff, { customer_id: customer.id, amount_minor: 999, currency: 'EUR', paid_on: '2026-11-06', allocations: [{ document_id: retainer.id, amount_minor: 999 }] });
  return { customer, september, november, inPeriod, creditNote };
}

describeOnEachDialect('statements of accounts (staff)', { startAt: '2026-11-25T10:00:00.000Z' }, (it) => {
  it('opens with the balance before the period, runs through every entry and ages what is open', async ({ staff }) => {
    const { customer, november, inPeriod, creditNote } = await customerWithHistory(staff);
    const response = await staff.client.get(`/api/v1/customers/${customer.id}/statement?period=this_month`);
    expect(response.statusCode).toBe(200);
    const statement = response.json();
    expect(statement).toMatchObject({ customer: { id: customer.id }, currency: 'EUR', from: '2026-11-01', to: '2026-11-30', opening_balance_minor: 6_000 });
    expect(statement.entries).toEqual([
      { date: '2026-11-03', type: 'invoice', document_id: november.id, number: november.number, description: '', amount_minor: 5_000, balance_minor: 11_000 },
      expect.objectContaining({ date: '2026-11-10', type: 'payment', document_id: inPeriod.id, number: inPeriod.number, amount_minor: -1_500, balance_minor: 9_500 }),
      expect.objectContaining({ date: '2026-11-25', type: 'credit_note', document_id: creditNote.id, number: creditNote.number, description: november.number, amount_minor: -250, balance_minor: 9_250 }),
    ]);
    expect(statement).toMatchObject({ closing_balance_minor: 9_250, invoiced_minor: 5_000, paid_minor: 1_500, credited_minor: 250 });
    // September's 5 000 is 71 days past due on 25 November; November's 4 250 is not due yet.
    expect(statement.ageing).toEqual({ current_minor: 4_250, days_1_30_minor: 0, days_31_60_minor: 0, days_61_90_minor: 5_000, over_90_minor: 0 });
    const last = (await staff.client.get(`/api/v1/customers/${customer.id}/statement?period=last_month`)).json();
    expect(last).toMatchObject({ from: '2026-10-01', to: '2026-10-31', opening_balance_minor: 10_000, closing_balance_minor: 6_000, paid_minor: 4_000 });
    const custom = (await staff.client.get(`/api/v1/customers/${customer.id}/statement?period=custom&from=2026-01-01&to=2026-11-30`)).json();
    expect(custom).toMatchObject({ opening_balance_minor: 0, closing_balance_minor: 9_250 });
    expect((await staff.client.get(`/api/v1/customers/${customer.id}/statement`)).json().from).toBe('2026-11-01');
  });

  it('shows a succeeded refund as an entry of its own on the day it completed in the organization’s time zone, raising what is owed', async ({ staff }) => {
    const { customer, september, november, inPeriod } = await customerWithHistory(staff);
    // 10:00 UTC on 25 November is already 26 November on Kiritimati (UTC+14).
    expect((await staff.client.patch('/api/v1/portal/settings', { time_zone: 'Pacific/Kiritimati' })).statusCode).toBe(200);
    const refund = await staff.client.request('POST', `/api/v1/payments/${inPeriod.id}/refunds`, { amount_minor: 700, reason: 'Overcharged' }, { 'idempotency-key': randomUUID() });
    expect(refund.statusCode).toBe(201);
    expect(refund.json()).toMatchObject({ status: 'succeeded' });
    const statement = (await staff.client.get(`/api/v1/customers/${customer.id}/statement?period=this_month`)).json();
    const refunded = refund.json<{ documents: { document_id: string; amount_minor: number }[] }>().documents;
    const numbers = refunded.map((part) => (part.document_id === september.id ? september.number : november.number)).sort().join(', ');
    expect(statement.entries.at(-1)).toEqual({ date: '2026-11-26', type: 'refund', document_id: inPeriod.id, number: inPeriod.number, description: numbers, amount_minor: 700, balance_minor: 9_950 });
    expect(statement).toMatchObject({ opening_balance_minor: 6_000, closing_balance_minor: 9_950, paid_minor: 1_500, credited_minor: 250, refunded_minor: 700 });
    expect(Object.values(statement.ageing as Record<string, number>).reduce((sum, value) => sum + value, 0)).toBe(9_950);
    const owed = (await Promise.all([september, november].map(async (invoice) => (await staff.client.get(`/api/v1/invoices/${invoice.id}`)).json().balance_minor as number))).reduce((a, b) => a + b, 0);
    expect(owed).toBe(9_950);
    // A period ending the day before leaves it out.
    const before = (await staff.client.get(`/api/v1/customers/${customer.id}/statement?period=custom&from=2026-11-01&to=2026-11-25`)).json();
    expect(before).toMatchObject({ closing_balance_minor: 9_250, refunded_minor: 0 });
    const pdf = await staff.client.get(`/api/v1/customers/${customer.id}/statement.pdf?period=this_month`);
    expect((await extractPdfText(pdf.rawPayload)).join('\n')).toContain(`Refund ${inPeriod.number}`);
  });

  it('answers 404 for another organization’s customer', async ({ t, staff }) => {
    const other = await signUpStaff(t.app);
    const theirs = await createBillingCustomer(other);
    for (const path of ['statement', 'statement.pdf']) expect((await staff.client.get(`/api/v1/customers/${theirs.id}/${path}`)).statusCode).toBe(404);
    expect((await staff.client.post(`/api/v1/customers/${theirs.id}/statement/email`, {})).statusCode).toBe(404);
  });

  it('refuses bad periods naming the field', async ({ staff }) => {
    const customer = await createBillingCustomer(staff);
    const cases: [string, string][] = [
      ['period=yesterday', 'period'],
      ['period=custom', 'from'],
      ['period=custom&from=2026-01-01', 'to'],
      ['period=custom&from=2026-02-30&to=2026-03-01', 'from'],
      ['period=custom&from=2026-03-02&to=2026-03-01', 'from'],
      ['period=custom&from=2020-01-01&to=2026-01-01', 'to'],
      ['period=this_month&from=2026-01-01', 'from'],
      ['period=custom&from=2026-01-01&to=2026-01-31&page=2', ''],
    ];
    for (const [query, field] of cases) {
      const response = await staff.client.get(`/api/v1/customers/${customer.id}/statement?${query}`);
      expect(response.statusCode, query).toBe(400);
      if (field) expect(response.json().error.details[0].field).toBe(field);
    }
  });

  it('renders the statement as a PDF in the customer’s language', async ({ staff }) => {
    const { customer } = await customerWithHistory(staff, { language: 'de' });
    const response = await staff.client.get(`/api/v1/customers/${customer.id}/statement.pdf?period=this_month`);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('application/pdf');
    expect(response.headers['content-disposition']).toContain('2026-11-01-2026-11-30.pdf');
    const text = (await extractPdfText(response.rawPayload)).join('\n');
    expect(text).toContain('92,50');
    expect(text).toContain('60,00');
  });

  it('mails the statement with the open invoices attached and a link to pay them, in the customer’s language', async ({ t, staff }) => {
    const { customer, september, november } = await customerWithHistory(staff, { portal: true, language: 'de' });
    await t.deliverMail();
    const before = t.mail.sent.length;
    const response = await staff.client.post(`/api/v1/customers/${customer.id}/statement/email`, { period: 'last_month' });
    expect(response.statusCode).toBe(202);
    expect(response.json().recipients).toEqual([{ contact_person_id: customer.contactId, email: customer.email }]);
    const mails = (await t.deliverMail()).slice(before);
    expect(mails).toHaveLength(1);
    const [mail] = mails;
    expect(mail!.to).toBe(customer.email);
    expect(mail!.subject).toContain('Kontoauszug');
    expect(mail!.text).toContain(`http://portico.test/portal/${staff.organization.slug}/invoices?filter=unpaid`);
    expect(mail!.attachments?.map((attachment) => attachment.filename)).toEqual([
      expect.stringMatching(/^statement-.*-2026-10-01-2026-10-31\.pdf$/),
      `${september.number}.pdf`,
      `${november.number}.pdf`,
    ]);
    expect(mail!.attachments?.every((attachment) => attachment.contentType === 'application/pdf' && attachment.content.subarray(0, 4).toString() === '%PDF')).toBe(true);
  });

  it('mails only chosen contacts with portal access, and refuses others naming the field', async ({ staff }) => {
    const customer = await createBillingCustomer(staff, { portal: true });
    const added = await staff.client.post(`/api/v1/customers/${customer.id}/contact-persons`, { first_name: 'No', last_name: 'Access', email: 'no-access@example.test' });
    const refused = await staff.client.post(`/api/v1/customers/${customer.id}/statement/email`, { contact_person_ids: [added.json().id] });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.details[0].field).toBe('contact_person_ids.0');
    const chosen = await staff.client.post(`/api/v1/customers/${customer.id}/statement/email`, { contact_person_ids: [customer.contactId] });
    expect(chosen.statusCode).toBe(202);
    const nobody = await createBillingCustomer(staff);
    const none = await staff.client.post(`/api/v1/customers/${nobody.id}/statement/email`, {});
    expect(none.statusCode).toBe(400);
    expect(none.json().error.details[0].field).toBe('contact_person_ids');
  });
});
