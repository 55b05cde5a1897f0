import { expect } from 'vitest';
import { createEstimate, createInvoice } from '../../test/billing-builders.ts';
import { applyTestCredit, createBillingCustomer, invoiceOf, recordTestPayment } from '../../test/billing-payment-builders.ts';
import { describeOnEachDialect } from '../../test/fixture.ts';

const oneLine = (rate: number) => ({ lines: [{ name: 'Work', quantity: 1, rate_minor: rate }] });

describeOnEachDialect('document versions', (it) => {
  it('starts at version 1, answers it as the ETag and bumps it with every change', async ({ staff }) => {
    const customer = await createBillingCustomer(staff);
    const created = await staff.client.post('/api/v1/invoices', { customer_id: customer.id, ...oneLine(1_000) });
    expect(created.json().version).toBe(1);
    expect(created.headers.etag).toBe('"1"');
    const id = created.json().id as string;
    const read = await staff.client.get(`/api/v1/invoices/${id}`);
    expect(read.headers.etag).toBe('"1"');
    const edited = await staff.client.patch(`/api/v1/invoices/${id}`, { notes: 'Thanks' });
    expect([edited.json().version, edited.headers.etag]).toEqual([2, '"2"']);
    const sent = await staff.client.post(`/api/v1/invoices/${id}/send`);
    expect([sent.json().version, sent.headers.etag]).toEqual([3, '"3"']);
    await recordTestPayment(staff, { customer_id: customer.id, amount_minor: 400, currency: customer.currency, allocations: [{ document_id: id, amount_minor: 400 }] });
    expect((await staff.client.get(`/api/v1/invoices/${id}`)).json()).toMatchObject({ version: 4, paid_minor: 400, status: 'partially_paid' });
    const credit = await invoiceOf(staff, customer.id, 300, { path: 'credit-notes' });
    expect((await applyTestCredit(staff, credit.id, [{ invoice_id: id, amount_minor: 300 }])).json()).toMatchObject({ version: 3, balance_minor: 0, status: 'closed' });
    expect((await staff.client.get(`/api/v1/invoices/${id}`)).json()).toMatchObject({ version: 5, credited_minor: 300, balance_minor: 300 });
    const list = (await staff.client.get(`/api/v1/invoices?customer_id=${customer.id}`)).json().data;
    expect(list.find((row: { id: string }) => row.id === id).version).toBe(5);
  });

  it('refuses a stale If-Match or version with 409 STALE_VERSION and changes nothing', async ({ staff }) => {
    const customer = await createBillingCustomer(staff);
    const invoice = await createInvoice(staff, customer.id, { draft: true, ...oneLine(1_000) });
    await staff.client.patch(`/api/v1/invoices/${invoice.id}`, { notes: 'First edit' });
    const stale = await staff.client.request('PATCH', `/api/v1/invoices/${invoice.id}`, oneLine(5_000), { 'if-match': '"1"' });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error).toMatchObject({ code: 'STALE_VERSION', details: { version: 2, seen_version: 1 } });
    expect(stale.json().error.message).toContain('changed since you opened it');
    const staleBody = await staff.client.patch(`/api/v1/invoices/${invoice.id}`, { ...oneLine(5_000), version: 1 });
    expect(staleBody.json().error.code).toBe('STALE_VERSION');
    expect((await staff.client.get(`/api/v1/invoices/${invoice.id}`)).json()).toMatchObject({ total_minor: 1_000, notes: 'First edit', version: 2 });

    const current = await staff.client.request('PATCH', `/api/v1/invoices/${invoice.id}`, oneLine(5_000), { 'if-match': '"2"' });
    expect(current.json()).toMatchObject({ total_minor: 5_000, version: 3 });
    expect((await staff.client.patch(`/api/v1/invoices/${invoice.id}`, { notes: 'Body version', version: 3 })).json()).toMatchObject({ notes: 'Body version', version: 4 });
    expect((await staff.client.request('PATCH', `/api/v1/invoices/${invoice.id}`, { notes: 'Weak tag' }, { 'if-match': 'W/"4"' })).json().version).toBe(5);
    expect((await staff.client.request('PATCH', `/api/v1/invoices/${invoice.id}`, { notes: 'Any' }, { 'if-match': '*' })).json().version).toBe(6);
    expect((await staff.client.patch(`/api/v1/invoices/${invoice.id}`, { notes: 'No version: integrations' })).json().version).toBe(7);
  });

  it('names the field for a malformed If-Match or one that disagrees with the body', async ({ staff }) => {
    const customer = await createBillingCustomer(staff);
    const invoice = await createInvoice(staff, customer.id, { draft: true });
    const malformed = await staff.client.request('PATCH', `/api/v1/invoices/${invoice.id}`, { notes: 'x' }, { 'if-match': '"abc"' });
    expect(malformed.statusCode).toBe(400);
    expect(malformed.json().error.details[0].field).toBe('If-Match');
    const disagree = await staff.client.request('PATCH', `/api/v1/invoices/${invoice.id}`, { notes: 'x', version: 1 }, { 'if-match': '"2"' });
    expect(disagree.statusCode).toBe(400);
    expect(disagree.json().error.details[0].field).toBe('version');
    const zero = await staff.client.patch(`/api/v1/invoices/${invoice.id}`, { notes: 'x', version: 0 });
    expect(zero.json().error.details[0].field).toBe('version');
    expect((await staff.client.get(`/api/v1/invoices/${invoice.id}`)).json()).toMatchObject({ notes: null, version: 1 });
  });

  it('takes If-Match on send, void, delete and convert too', async ({ staff }) => {
    const customer = await createBillingCustomer(staff);
    const draft = await createInvoice(staff, customer.id, { draft: true });
    await staff.client.patch(`/api/v1/invoices/${draft.id}`, { notes: 'moved on' });
    for (const [method, path] of [['POST', `/api/v1/invoices/${draft.id}/send`], ['POST', `/api/v1/invoices/${draft.id}/void`], ['DELETE', `/api/v1/invoices/${draft.id}`]] as const) {
      const stale = await staff.client.request(method, path, method === 'POST' ? {} : undefined, { 'if-match': '"1"' });
      expect(stale.statusCode, path).toBe(409);
      expect(stale.json().error.code, path).toBe('STALE_VERSION');
    }
    expect((await staff.client.get(`/api/v1/invoices/${draft.id}`)).json()).toMatchObject({ status: 'draft', version: 2 });
    expect((await staff.client.request('DELETE', `/api/v1/invoices/${draft.id}`, undefined, { 'if-match': '"2"' })).statusCode).toBe(204);
    const estimate = await createEstimate(staff, customer.id);
    await staff.client.post(`/api/v1/estimates/${estimate.id}/mark-accepted`);
    const staleConvert = await staff.client.request('POST', `/api/v1/estimates/${estimate.id}/convert`, {}, { 'if-match': '"2"' });
    expect(staleConvert.json().error.code).toBe('STALE_VERSION');
    expect((await staff.client.request('POST', `/api/v1/estimates/${estimate.id}/convert`, {}, { 'if-match': '"3"' })).statusCode).toBe(201);
  });

  it('freezes accepted, declined and invoiced estimates with 409 STATE_CONFLICT', async ({ staff }) => {
    const customer = await createBillingCustomer(staff);
    const accepted = await createEstimate(staff, customer.id);
    await staff.client.post(`/api/v1/estimates/${accepted.id}/mark-accepted`);
    const declined = await createEstimate(staff, customer.id);
    await staff.client.post(`/api/v1/estimates/${declined.id}/mark-declined`);
    const invoiced = await createEstimate(staff, customer.id);
    await staff.client.post(`/api/v1/estimates/${invoiced.id}/mark-accepted`);
    expect((await staff.client.post(`/api/v1/estimates/${invoiced.id}/convert`)).statusCode).toBe(201);
    for (const [estimate, status, words] of [[accepted, 'accepted', 'what the customer agreed to'], [declined, 'declined', 'create a new estimate'], [invoiced, 'invoiced', 'change the invoice']] as const) {
      const before = (await staff.client.get(`/api/v1/estimates/${estimate.id}`)).json();
      for (const body of [oneLine(99), { notes: 'A small change' }, { expiry_date: '2030-01-01' }]) {
        const refused = await staff.client.patch(`/api/v1/estimates/${estimate.id}`, body);
        expect(refused.statusCode, status).toBe(409);
        expect(refused.json().error).toMatchObject({ code: 'STATE_CONFLICT', details: { status, action: 'edit' } });
        expect(refused.json().error.message).toContain(words);
      }
      expect((await staff.client.get(`/api/v1/estimates/${estimate.id}`)).json()).toEqual(before);
    }
    const open = await createEstimate(staff, customer.id);
    expect((await staff.client.patch(`/api/v1/estimates/${open.id}`, oneLine(99))).json()).toMatchObject({ status: 'sent', total_minor: 99 });
  });

  it('refuses an edit that changes the amounts once anything is paid or credited, and allows the rest', async ({ staff }) => {
    const customer = await createBillingCustomer(staff);
    const invoice = await invoiceOf(staff, customer.id, 10_000);
    await recordTestPayment(staff, { customer_id: customer.id, amount_minor: 1_000, currency: customer.currency, allocations: [{ document_id: invoice.id, amount_minor: 1_000 }] });
    const refused = await staff.client.patch(`/api/v1/invoices/${invoice.id}`, oneLine(500));
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.code).toBe('CONFLICT');
    expect((await staff.client.patch(`/api/v1/invoices/${invoice.id}`, { reference: 'PO-7' })).json()).toMatchObject({ reference: 'PO-7', total_minor: 10_000, balance_minor: 9_000 });
    const sameTotal = await staff.client.patch(`/api/v1/invoices/${invoice.id}`, { lines: [{ name: 'Renamed work', quantity: 2, rate_minor: 5_000 }] });
    expect(sameTotal.json()).toMatchObject({ total_minor: 10_000, balance_minor: 9_000, status: 'partially_paid', lines: [expect.objectContaining({ name: 'Renamed work' })] });
  });
});
