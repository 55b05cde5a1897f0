import { expect } from 'vitest';
import { applyTestCredit, createBillingCustomer, documentOf, invoiceOf } from '../../test/billing-payment-builders.ts';
import { signUpStaff } from '../../test/builders.ts';
import { describeOnEachDialect } from '../../test/fixture.ts';

describeOnEachDialect('applying credit notes', { startAt: '2026-11-25T10:00:00.000Z' }, (it) => {
  it('applies unused credit to invoices and closes the credit note when it is used up', async ({ staff }) => {
    const customer = await createBillingCustomer(staff);
    const creditNote = await invoiceOf(staff, customer.id, 3_000, { path: 'credit-notes' });
    expect(creditNote).toMatchObject({ status: 'open', balance_minor: 3_000 });
    const first = await invoiceOf(staff, customer.id, 2_000);
    const second = await invoiceOf(staff, customer.id, 5_000);
    const applied = await applyTestCredit(staff, creditNote.id, [
      { invoice_id: first.id, amount_minor: 2_000 },
      { invoice_id: second.id, amount_minor: 500 },
    ]);
    expect(applied.statusCode).toBe(200);
    expect(applied.json()).toMatchObject({ id: creditNote.id, kind: 'credit_note', status: 'open', balance_minor: 500 });
    expect(await documentOf(staff, 'invoices', first.id)).toMatchObject({ status: 'paid', credited_minor: 2_000, balance_minor: 0 });
    expect(await documentOf(staff, 'invoices', second.id)).toMatchObject({ status: 'partially_paid', credited_minor: 500, balance_minor: 4_500 });
    const rest = await applyTestCredit(staff, creditNote.id, [{ invoice_id: second.id, amount_minor: 500 }]);
    expect(rest.json()).toMatchObject({ status: 'closed', balance_minor: 0 });
    const again = await applyTestCredit(staff, creditNote.id, [{ invoice_id: second.id, amount_minor: 1 }]);
    expect(again.statusCode).toBe(409);
    expect(again.json().error.message).toContain('no unused credit');
  });

  it('refuses more than the unused credit or an invoice’s balance with 409 and applies nothing', async ({ staff }) => {
    const customer = await createBillingCustomer(staff);
    const creditNote = await invoiceOf(staff, customer.id, 1_000, { path: 'credit-notes' });
    const small = await invoiceOf(staff, customer.id, 300);
    const large = await invoiceOf(staff, customer.id, 5_000);
    const beyondCredit = await applyTestCredit(staff, creditNote.id, [
      { invoice_id: small.id, amount_minor: 300 },
      { invoice_id: large.id, amount_minor: 800 },
    ]);
    expect(beyondCredit.statusCode).toBe(409);
    expect(beyondCredit.json().error.message).toContain('unused credit');
    const beyondBalance = await applyTestCredit(staff, creditNote.id, [
      { invoice_id: large.id, amount_minor: 100 },
      { invoice_id: small.id, amount_minor: 301 },
    ]);
    expect(beyondBalance.statusCode).toBe(409);
    expect(beyondBalance.json().error.message).toContain(small.number);
    expect(await documentOf(staff, 'credit-notes', creditNote.id)).toMatchObject({ status: 'open', balance_minor: 1_000 });
    expect(await documentOf(staff, 'invoices', large.id)).toMatchObject({ status: 'sent', balance_minor: 5_000 });
    expect(await documentOf(staff, 'invoices', small.id)).toMatchObject({ status: 'sent', balance_minor: 300 });
  });

  it('refuses a draft or void credit note with 409', async ({ staff }) => {
    const customer = await createBillingCustomer(staff);
    const invoice = await invoiceOf(staff, customer.id, 1_000);
    const draft = await invoiceOf(staff, customer.id, 100, { path: 'credit-notes', draft: true });
    const draftApply = await applyTestCredit(staff, draft.id, [{ invoice_id: invoice.id, amount_minor: 100 }]);
    expect(draftApply.statusCode).toBe(409);
    expect(draftApply.json().error.message).toContain('draft');
    const voided = await invoiceOf(staff, customer.id, 100, { path: 'credit-notes' });
    expect((await staff.client.post(`/api/v1/credit-notes/${voided.id}/void`)).statusCode).toBe(200);
    expect((await applyTestCredit(staff, voided.id, [{ invoice_id: invoice.id, amount_minor: 100 }])).statusCode).toBe(409);
  });

  it('answers 404 for other customers’ or organizations’ documents, drafts and non-invoices', async ({ t, staff }) => {
    const customer = await createBillingCustomer(staff);
    const creditNote = await invoiceOf(staff, customer.id, 1_000, { path: 'credit-notes' });
    const otherCustomer = await createBillingCustomer(staff);
    const theirs = await invoiceOf(staff, otherCustomer.id, 1_000);
    const draft = await invoiceOf(staff, customer.id, 1_000, { draft: true });
    const retainer = await invoiceOf(staff, customer.id, 1_000, { path: 'retainer-invoices' });
    const foreignStaff = await signUpStaff(t.app);
    const foreignCustomer = await createBillingCustomer(foreignStaff);
    const foreignInvoice = await invoiceOf(foreignStaff, foreignCustomer.id, 1_000);
    const foreignCredit = await invoiceOf(foreignStaff, foreignCustomer.id, 1_000, { path: 'credit-notes' });
    for (const invoice of [theirs, draft, retainer, foreignInvoice, creditNote]) {
      const response = await applyTestCredit(staff, creditNote.id, [{ invoice_id: invoice.id, amount_minor: 10 }]);
      expect(response.statusCode).toBe(404);
    }
    const foreign = await applyTestCredit(staff, foreignCredit.id, [{ invoice_id: foreignInvoice.id, amount_minor: 10 }]);
    expect(foreign.statusCode).toBe(404);
    const notACreditNote = await applyTestCredit(staff, theirs.id, [{ invoice_id: theirs.id, amount_minor: 10 }]);
    expect(notACreditNote.statusCode).toBe(404);
    expect(await documentOf(foreignStaff, 'credit-notes', foreignCredit.id)).toMatchObject({ balance_minor: 1_000 });
  });

  it('refuses an invoice in another currency naming the field', async ({ staff }) => {
    const customer = await createBillingCustomer(staff, { currency: 'EUR' });
    const creditNote = await invoiceOf(staff, customer.id, 1_000, { path: 'credit-notes' });
    await staff.client.patch(`/api/v1/customers/${customer.id}`, { currency: 'USD' });
    const dollars = await invoiceOf(staff, customer.id, 1_000);
    expect(dollars.currency).toBe('USD');
    const response = await applyTestCredit(staff, creditNote.id, [{ invoice_id: dollars.id, amount_minor: 10 }]);
    expect(response.statusCode).toBe(422);
    expect(response.json().error.code).toBe('CURRENCY_MISMATCH');
    expect(response.json().error.details[0].field).toBe('applications.0.invoice_id');
  });

  it('names the field for bad applications', async ({ staff }) => {
    const customer = await createBillingCustomer(staff);
    const creditNote = await invoiceOf(staff, customer.id, 1_000, { path: 'credit-notes' });
    const invoice = await invoiceOf(staff, customer.id, 1_000);
    const cases: [unknown, string][] = [
      [[], 'applications'],
      [[{ invoice_id: invoice.id, amount_minor: 0 }], 'applications.0.amount_minor'],
      [[{ invoice_id: invoice.id, amount_minor: 1.5 }], 'applications.0.amount_minor'],
      [[{ invoice_id: invoice.id, amount_minor: 1 }, { invoice_id: invoice.id, amount_minor: 1 }], 'applications.1.invoice_id'],
    ];
    for (const [applications, field] of cases) {
      const response = await staff.client.post(`/api/v1/credit-notes/${creditNote.id}/apply`, { applications });
      expect(response.statusCode).toBe(400);
      expect(response.json().error.details[0].field).toBe(field);
    }
  });

  it('never applies the same credit twice when requests race', async ({ staff }) => {
    const customer = await createBillingCustomer(staff);
    const creditNote = await invoiceOf(staff, customer.id, 1_000, { path: 'credit-notes' });
    const invoices = await Promise.all([invoiceOf(staff, customer.id, 1_000), invoiceOf(staff, customer.id, 1_000)]);
    const responses = await Promise.all(invoices.map((invoice) => applyTestCredit(staff, creditNote.id, [{ invoice_id: invoice.id, amount_minor: 800 }])));
    expect(responses.map((response) => response.statusCode).sort()).toEqual([200, 409]);
    expect(await documentOf(staff, 'credit-notes', creditNote.id)).toMatchObject({ balance_minor: 200 });
  });
});
