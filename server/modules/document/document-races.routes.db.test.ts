import { expect } from 'vitest';
import { createEstimate, createInvoice } from '../../test/billing-builders.ts';
import { createBillingCustomer, postPayment } from '../../test/billing-payment-builders.ts';
import { describeOnEachDialect } from '../../test/fixture.ts';
import { portalCustomer } from '../../test/portal-document-builders.ts';
import { atOnce, tallyStatuses } from '../../test/tally.ts';

/*
 * Requests fired with Promise.all really overlap on PostgreSQL (a pool of connections); SQLite runs
 * write transactions one at a time. On both, every check-then-write of a document holds.
 */
describeOnEachDialect('document transitions that cannot race', (it) => {
  it('never leaves a negative balance when 20 edits race a payment, and ends as the answers say', async ({ t, staff }) => {
    const customer = await createBillingCustomer(staff);
    for (let round = 0; round < 3; round++) {
      const invoice = await createInvoice(staff, customer.id, { lines: [{ name: 'Work', quantity: 1, rate_minor: 10_000 }] });
      // Half the edits would bring the total below the payment.
      const totals = Array.from({ length: 20 }, (_, index) => (index % 2 === 0 ? 2_000 + index : 12_000 + index));
      const [payment, ...edits] = await Promise.all([
        postPayment(staff, { customer_id: customer.id, amount_minor: 6_000, currency: customer.currency, allocations: [{ document_id: invoice.id, amount_minor: 6_000 }] }),
        ...totals.map((total) => staff.client.patch(`/api/v1/invoices/${invoice.id}`, { lines: [{ name: 'Revised work', quantity: 1, rate_minor: total }] })),
      ]);
      const final = (await staff.client.get(`/api/v1/invoices/${invoice.id}`)).json();
      const row = await t.ctx.db.selectFrom('documents').selectAll().where('id', '=', invoice.id).executeTakeFirstOrThrow();
      expect(row.balance_minor).toBeGreaterThanOrEqual(0);
      expect(row.paid_minor + row.credited_minor).toBeLessThanOrEqual(row.total_minor);
      expect(row.balance_minor).toBe(row.total_minor - row.paid_minor - row.credited_minor);

      expect([201, 409]).toContain(payment.statusCode);
      const paid = payment.statusCode === 201 ? 6_000 : 0;
      expect(final.paid_minor).toBe(paid);
      const succeeded = edits.filter((edit) => edit.statusCode === 200).map((edit) => edit.json());
      for (const edit of edits) expect([200, 409]).toContain(edit.statusCode);
      for (const body of succeeded) expect(body.balance_minor).toBeGreaterThanOrEqual(0);
      // Each success wrote its own version; the last of them is the document now.
      const versions = succeeded.map((body) => body.version as number);
      expect(new Set(versions).size).toBe(versions.length);
      expect(final.version).toBe(2 + succeeded.length + (paid ? 1 : 0));
      const last = succeeded.sort((a, b) => b.version - a.version)[0];
      expect(final.total_minor).toBe(last ? last.total_minor : 10_000);
      if (paid) expect(final.total_minor).toBeGreaterThanOrEqual(6_000);
      const lines = await t.ctx.db.selectFrom('document_lines').select('total_minor').where('document_id', '=', invoice.id).execute();
      expect(lines.reduce((sum, line) => sum + Number(line.total_minor), 0)).toBe(final.total_minor);
    }
  });

  for (const count of [2, 10]) {
    it(`makes one invoice of an accepted estimate converted ${count} times at once`, async ({ t, staff }) => {
      const customer = await createBillingCustomer(staff);
      const estimate = await createEstimate(staff, customer.id);
      await staff.client.post(`/api/v1/estimates/${estimate.id}/mark-accepted`);
      const conversions = await atOnce(count, () => staff.client.post(`/api/v1/estimates/${estimate.id}/convert`));
      expect(tallyStatuses(conversions)).toEqual({ 201: 1, 409: count - 1 });
      for (const refused of conversions.filter((response) => response.statusCode === 409)) expect(refused.json().error.code).toBe('STATE_CONFLICT');
      const invoices = await t.ctx.db.selectFrom('documents').select('id').where('source_document_id', '=', estimate.id).execute();
      expect(invoices.map((invoice) => invoice.id)).toEqual([conversions.find((response) => response.statusCode === 201)?.json().id]);
      expect((await staff.client.get(`/api/v1/estimates/${estimate.id}`)).json()).toMatchObject({ status: 'invoiced', version: 4 });
    });

    it(`emails the contact once when an invoice is sent ${count} times at once`, async ({ t, staff }) => {
      const customer = await createBillingCustomer(staff, { portal: true });
      const invoice = await createInvoice(staff, customer.id, { draft: true });
      const sends = await atOnce(count, () => staff.client.post(`/api/v1/invoices/${invoice.id}/send`));
      expect(tallyStatuses(sends)).toEqual({ 200: 1, 409: count - 1 });
      for (const refused of sends.filter((response) => response.statusCode === 409)) expect(['STATE_CONFLICT', 'STALE_VERSION']).toContain(refused.json().error.code);
      const mails = (await t.deliverMail()).filter((mail) => mail.to === customer.email && mail.subject.includes(invoice.number));
      expect(mails).toHaveLength(1);
      expect((await staff.client.get(`/api/v1/invoices/${invoice.id}`)).json()).toMatchObject({ status: 'sent', version: 2 });
    });
  }

  it('mails a sent invoice again only when the request names the version it means', async ({ t, staff }) => {
    const customer = await createBillingCustomer(staff, { portal: true });
    const invoice = await createInvoice(staff, customer.id);
    const unnamed = await staff.client.post(`/api/v1/invoices/${invoice.id}/send`);
    expect(unnamed.statusCode).toBe(409);
    expect(unnamed.json().error).toMatchObject({ code: 'STATE_CONFLICT', details: { status: 'sent' } });
    expect(unnamed.json().error.message).toContain('If-Match: "2"');
    const resends = await atOnce(5, () => staff.client.request('POST', `/api/v1/invoices/${invoice.id}/send`, {}, { 'if-match': '"2"' }));
    expect(tallyStatuses(resends)).toEqual({ 200: 1, 409: 4 });
    const mails = (await t.deliverMail()).filter((mail) => mail.to === customer.email && mail.subject.includes(invoice.number));
    expect(mails).toHaveLength(2);
  });

  it('lets one of a contact’s and staff’s decisions on an estimate made at once win; the others get 409', async ({ t, staff }) => {
    const customer = await portalCustomer(t, staff);
    const estimate = await createEstimate(staff, customer.customerId);
    const decisions = await Promise.all([
      customer.client.post(`${customer.api}/estimates/${estimate.id}/accept`, { version: 2 }),
      customer.client.post(`${customer.api}/estimates/${estimate.id}/decline`, { reason: 'Too late', version: 2 }),
      staff.client.post(`/api/v1/estimates/${estimate.id}/mark-declined`, { version: 2 }),
    ]);
    expect(tallyStatuses(decisions)).toEqual({ 200: 1, 409: 2 });
    const final = (await staff.client.get(`/api/v1/estimates/${estimate.id}`)).json();
    expect(final.version).toBe(3);
    expect(final.status).toBe(decisions.find((response) => response.statusCode === 200)!.json().status);
    expect((await staff.client.get(`/api/v1/estimates/${estimate.id}/comments`)).json().data).toHaveLength(1);
  });

  it('voids once when a void races a payment, or takes the payment and refuses the void', async ({ staff }) => {
    const customer = await createBillingCustomer(staff);
    for (let round = 0; round < 3; round++) {
      const invoice = await createInvoice(staff, customer.id);
      const [voided, payment] = await Promise.all([
        staff.client.post(`/api/v1/invoices/${invoice.id}/void`),
        postPayment(staff, { customer_id: customer.id, amount_minor: 100, currency: customer.currency, allocations: [{ document_id: invoice.id, amount_minor: 100 }] }),
      ]);
      const final = (await staff.client.get(`/api/v1/invoices/${invoice.id}`)).json();
      if (voided.statusCode === 200) {
        // The payment found the invoice void (404 for its allocation) or lost the race for its balance (409).
        expect([404, 409]).toContain(payment.statusCode);
        expect(final).toMatchObject({ status: 'void', paid_minor: 0, balance_minor: 0 });
      } else {
        expect([voided.statusCode, payment.statusCode]).toEqual([409, 201]);
        expect(final).toMatchObject({ status: 'partially_paid', paid_minor: 100 });
      }
    }
  });
});
