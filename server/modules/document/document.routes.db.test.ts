import { expect } from 'vitest';
import { createCustomerWithContact, signInAgain, signUpStaff, type SignedUpStaff } from '../../test/builders.ts';
import { createDocument, createEstimate, createInvoice, createTax } from '../../test/billing-builders.ts';
import { newId } from '../../lib/ids.ts';
import { offlinePaymentColumns } from '../payment/payment.ts';
import { describeOnEachDialect } from '../../test/fixture.ts';

/** A customer billed in euros with a German portal. */
async function euroCustomer(staff: SignedUpStaff): Promise<string> {
  const response = await staff.client.post('/api/v1/customers', { display_name: 'Billing GmbH', currency: 'EUR', portal_language: 'de', contact_persons: [{ first_name: 'Bea', email: `bea-${Date.now()}@example.test` }] });
  return response.json().id;
}

describeOnEachDialect('billing documents (staff)', (it) => {
  it('creates a draft invoice in the customer’s currency with server-computed totals and the next number', async ({ staff }) => {
    const customerId = await euroCustomer(staff);
    const vat = await createTax(staff, 19);
    const response = await staff.client.post('/api/v1/invoices', {
      customer_id: customerId,
      issue_date: '2026-11-01',
      lines: [
        { name: 'Widget', quantity: 1.5, rate_minor: 333, discount: { type: 'percent', percent: 10 }, tax_id: vat },
        { name: 'Setup', quantity: 1, rate_minor: 5000, discount: { type: 'amount', amount_minor: 500 } },
      ],
    });
    expect(response.statusCode).toBe(201);
    const invoice = response.json();
    expect(invoice).toMatchObject({ status: 'draft', currency: 'EUR', issue_date: '2026-11-01', due_date: '2026-12-01', subtotal_minor: 5500, discount_minor: 550, tax_minor: 86, total_minor: 5036, balance_minor: 5036 });
    expect(invoice.number).toMatch(/^INV-\d{6}$/);
    expect(invoice.lines[0]).toMatchObject({ quantity: 1.5, gross_minor: 500, discount_minor: 50, discount_percent: 10, tax_rate_percent: 19, tax_minor: 86, total_minor: 536, tax_name: 'VAT 19%' });
    const next = await createInvoice(staff, customerId, { draft: true });
    expect(Number(next.number.slice(4))).toBe(Number(invoice.number.slice(4)) + 1);
  });

  it('keeps number series per organization and honours a changed prefix and counter', async ({ t }) => {
    const other = await signUpStaff(t.app);
    const otherCustomer = await createCustomerWithContact(other);
    expect((await createInvoice(other, otherCustomer.customerId, { draft: true })).number).toBe('INV-000001');
    const changed = await other.client.patch('/api/v1/number-series/invoice', { prefix: 'RE-2026-', next_number: 42 });
    expect(changed.json()).toMatchObject({ example: 'RE-2026-000042' });
    expect((await createInvoice(other, otherCustomer.customerId, { draft: true })).number).toBe('RE-2026-000042');
    expect((await createEstimate(other, otherCustomer.customerId, { draft: true })).number).toBe('EST-000001');
  });

  it('names the field for bad lines and changes nothing', async ({ staff }) => {
    const customerId = await euroCustomer(staff);
    const before = (await staff.client.get('/api/v1/invoices?limit=100')).json().data.length;
    const cases: [Record<string, unknown>, string][] = [
      [{ customer_id: customerId, lines: [] }, 'lines'],
      [{ customer_id: customerId, lines: [{ name: 'x', quantity: 0, rate_minor: 1 }] }, 'lines.0.quantity'],
      [{ customer_id: customerId, lines: [{ name: 'x', quantity: 1, rate_minor: 1.5 }] }, 'lines.0.rate_minor'],
      [{ customer_id: customerId, lines: [{ name: 'x', quantity: 1.0001, rate_minor: 1 }] }, 'lines.0.quantity'],
      [{ customer_id: customerId, lines: [{ name: 'x', quantity: 1, rate_minor: 1, tax_id: 'nope' }] }, 'lines.0.tax_id'],
      [{ customer_id: customerId, issue_date: '2026-02-30', lines: [{ name: 'x', quantity: 1, rate_minor: 1 }] }, 'issue_date'],
      [{ customer_id: customerId, issue_date: '2026-05-01', due_date: '2026-04-01', lines: [{ name: 'x', quantity: 1, rate_minor: 1 }] }, 'due_date'],
    ];
    for (const [body, field] of cases) {
      const response = await staff.client.post('/api/v1/invoices', body);
      expect(response.statusCode, JSON.stringify(body)).toBe(400);
      expect(response.json().error.details[0].field).toBe(field);
    }
    expect((await staff.client.get('/api/v1/invoices?limit=100')).json().data.length).toBe(before);
  });

  it('sends to the portal and emails only contacts with access who may view documents', async ({ t, staff }) => {
    const customer = await createCustomerWithContact(staff, { portal: true, language: 'de' });
    const blocked = await createCustomerWithContact(staff, { portal: true });
    await t.deliverMail();
    await staff.client.post(`/api/v1/customers/${customer.customerId}/contact-persons`, { first_name: 'No Access', email: 'no-access@example.test' });
    const invoice = await createInvoice(staff, customer.customerId);
    expect(invoice.status).toBe('sent');
    const mails = (await t.deliverMail()).filter((mail) => mail.subject.includes(invoice.number));
    expect(mails.map((mail) => mail.to)).toEqual([customer.email]);
    expect(mails[0]?.subject).toContain('Rechnung');
    expect(mails[0]?.text).toContain(`/invoices/${invoice.id}`);
    await staff.client.patch(`/api/v1/contact-persons/${blocked.contactId}`, { permissions: ['pay'] });
    const second = await createInvoice(staff, blocked.customerId);
    expect((await t.deliverMail()).filter((mail) => mail.subject.includes(second.number))).toHaveLength(0);
  });

  it('edits lines and recomputes; refuses amount changes once a payment is applied (409)', async ({ t, staff }) => {
    const customerId = await euroCustomer(staff);
    const invoice = await createInvoice(staff, customerId);
    const edited = await staff.client.patch(`/api/v1/invoices/${invoice.id}`, { lines: [{ name: 'More', quantity: 2, rate_minor: 10_000 }] });
    expect(edited.json()).toMatchObject({ total_minor: 20_000, balance_minor: 20_000, status: 'sent' });
    const paymentId = newId();
    await t.ctx.db.insertInto('payments').values({ id: paymentId, organization_id: staff.organization.id, customer_id: customerId, number: `PAY-T-${paymentId}`, currency: 'EUR', amount_minor: 5000, method: 'cash', status: 'completed', reference: null, notes: null, paid_on: '2026-11-02', created_by: null, created_at: new Date().toISOString(), updated_at: new Date().toISOString(), ...offlinePaymentColumns }).execute();
    await t.ctx.db.insertInto('payment_allocations').values({ id: newId(), payment_id: paymentId, document_id: invoice.id, amount_minor: 5000, created_at: new Date().toISOString() }).execute();
    const notes = await staff.client.patch(`/api/v1/invoices/${invoice.id}`, { notes: 'Thanks' });
    expect(notes.json()).toMatchObject({ notes: 'Thanks', paid_minor: 5000, balance_minor: 15_000, status: 'partially_paid' });
    const refused = await staff.client.patch(`/api/v1/invoices/${invoice.id}`, { lines: [{ name: 'Less', quantity: 1, rate_minor: 1 }] });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.message).toContain('Payments or credits');
    expect((await staff.client.get(`/api/v1/invoices/${invoice.id}`)).json().total_minor).toBe(20_000);
    expect((await staff.client.post(`/api/v1/invoices/${invoice.id}/void`)).statusCode).toBe(409);
  });

  it('deletes drafts only, voids sent invoices, and shows overdue once the due date passed', async ({ staff }) => {
    const customerId = await euroCustomer(staff);
    const draft = await createInvoice(staff, customerId, { draft: true });
    expect((await staff.client.delete(`/api/v1/invoices/${draft.id}`)).statusCode).toBe(204);
    const sent = await createInvoice(staff, customerId, { issueDate: '2020-01-01', dueDate: '2020-01-31' });
    expect(sent.status).toBe('overdue');
    expect((await staff.client.delete(`/api/v1/invoices/${sent.id}`)).statusCode).toBe(409);
    const overdue = (await staff.client.get(`/api/v1/invoices?status=overdue&customer_id=${customerId}`)).json().data;
    expect(overdue.map((d: { id: string }) => d.id)).toContain(sent.id);
    const voided = await staff.client.post(`/api/v1/invoices/${sent.id}/void`);
    expect(voided.json()).toMatchObject({ status: 'void', balance_minor: 0 });
  });

  it('turns an accepted estimate into an invoice with the same lines; refuses unaccepted ones', async ({ t, staff }) => {
    const customerId = await euroCustomer(staff);
    const estimate = await createEstimate(staff, customerId, { lines: [{ name: 'Design', quantity: 3, rate_minor: 7000 }] });
    expect((await staff.client.post(`/api/v1/estimates/${estimate.id}/convert`)).statusCode).toBe(409);
    await t.ctx.db.updateTable('documents').set({ status: 'accepted', accepted_at: new Date().toISOString() }).where('id', '=', estimate.id).execute();
    const converted = await staff.client.post(`/api/v1/estimates/${estimate.id}/convert`);
    expect(converted.statusCode).toBe(201);
    expect(converted.json()).toMatchObject({ kind: 'invoice', status: 'draft', total_minor: 21_000, source_document_id: estimate.id, lines: [expect.objectContaining({ name: 'Design', quantity: 3 })] });
    const after = (await staff.client.get(`/api/v1/estimates/${estimate.id}`)).json();
    expect(after).toMatchObject({ status: 'invoiced', converted_invoice_id: converted.json().id });
  });

  it('lists with search, sort and cursor paging; refuses bad parameters naming them', async ({ t }) => {
    const own = await signUpStaff(t.app);
    const customer = await createCustomerWithContact(own);
    for (const rate of [300, 100, 200]) await createInvoice(own, customer.customerId, { lines: [{ name: 'x', quantity: 1, rate_minor: rate }] });
    const byTotal = (await own.client.get('/api/v1/invoices?sort=total&limit=2')).json();
    expect(byTotal.data.map((d: { total_minor: number }) => d.total_minor)).toEqual([100, 200]);
    const rest = (await own.client.get(`/api/v1/invoices?sort=total&limit=2&cursor=${byTotal.next_cursor}`)).json();
    expect(rest.data.map((d: { total_minor: number }) => d.total_minor)).toEqual([300]);
    expect((await own.client.get('/api/v1/invoices?search=000002')).json().data).toHaveLength(1);
    expect((await own.client.get('/api/v1/invoices?sort=colour')).json().error.details[0].field).toBe('sort');
    expect((await own.client.get('/api/v1/invoices?status=maybe')).json().error.details[0].field).toBe('status');
    expect((await own.client.get('/api/v1/invoices?limit=0')).statusCode).toBe(400);
  });

  it('hides another organization’s documents, taxes and items behind 404', async ({ t, staff }) => {
    const customerId = await euroCustomer(staff);
    const invoice = await createInvoice(staff, customerId);
    const other = await signUpStaff(t.app);
    expect((await other.client.get(`/api/v1/invoices/${invoice.id}`)).statusCode).toBe(404);
    expect((await other.client.patch(`/api/v1/invoices/${invoice.id}`, { notes: 'x' })).statusCode).toBe(404);
    expect((await other.client.post(`/api/v1/invoices/${invoice.id}/send`)).statusCode).toBe(404);
    expect((await other.client.get(`/api/v1/estimates/${invoice.id}`)).statusCode).toBe(404);
    expect((await other.client.post('/api/v1/invoices', { customer_id: customerId, lines: [{ name: 'x', quantity: 1, rate_minor: 1 }] })).statusCode).toBe(404);
    const tax = await createTax(staff, 7);
    expect((await other.client.patch(`/api/v1/taxes/${tax}`, { name: 'x' })).statusCode).toBe(404);
  });

  it('manages taxes and items; documents keep the tax rate they were made with', async ({ staff }) => {
    const customerId = await euroCustomer(staff);
    const tax = await createTax(staff, 8.875, 'NYC sales tax');
    const item = await staff.client.post('/api/v1/items', { name: 'Blue widget', sku: 'BW-1', unit: 'pcs', rate_minor: 1999, currency: 'eur', tax_id: tax });
    expect(item.statusCode).toBe(201);
    expect(item.json()).toMatchObject({ currency: 'EUR', tax_id: tax });
    const unknownCurrency = await staff.client.post('/api/v1/items', { name: 'Odd widget', rate_minor: 1, currency: 'ABC' });
    expect(unknownCurrency.statusCode).toBe(400);
    expect(unknownCurrency.json().error.details).toEqual([expect.objectContaining({ field: 'currency', code: 'unknown_currency' })]);
    expect((await staff.client.get('/api/v1/items?search=odd%20widget')).json().data).toHaveLength(0);
    expect((await staff.client.get('/api/v1/items?search=bw-1')).json().data).toHaveLength(1);
    const invoice = await createDocument(staff, 'invoices', customerId, { draft: true, lines: [{ name: 'Blue widget', quantity: 2, rate_minor: 1999, tax_id: tax }] });
    await staff.client.patch(`/api/v1/taxes/${tax}`, { rate_percent: 20 });
    const again = (await staff.client.get(`/api/v1/invoices/${invoice.id}`)).json();
    expect(again.lines[0]).toMatchObject({ tax_rate_percent: 8.875, tax_minor: 355 });
    expect((await staff.client.post('/api/v1/taxes', { name: 'Bad', rate_percent: 1.2345 })).statusCode).toBe(400);
    expect((await staff.client.delete(`/api/v1/items/${item.json().id}`)).statusCode).toBe(204);
    expect((await staff.client.get(`/api/v1/items/${item.json().id}`)).json().archived).toBe(true);
    await signInAgain(staff);
  });
});
