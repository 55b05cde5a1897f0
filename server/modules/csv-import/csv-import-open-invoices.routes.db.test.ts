import { expect } from 'vitest';
import { runDueJobs } from '../../jobs/queue.ts';
import { recomputeDocumentBalance } from '../document/document.service.ts';
import { invoiceOf } from '../../test/billing-payment-builders.ts';
import type { SignedUpStaff } from '../../test/builders.ts';
import { describeOnEachDialect } from '../../test/fixture.ts';
import { TestClient } from '../../test/http-client.ts';
import { acceptedContact } from '../../test/portal-builders.ts';
import type { TestApp } from '../../test/test-app.ts';

const csvHeaders = { 'content-type': 'text/csv' };

async function upload(staff: SignedUpStaff, text: string) {
  return staff.client.request('POST', '/api/v1/imports?kind=open_invoices&file_name=open.csv', text, csvHeaders);
}

async function customer(staff: SignedUpStaff, externalId: string, body: Record<string, unknown> = {}): Promise<{ id: string; currency: string }> {
  const response = await staff.client.put(`/api/v1/customers/by-external-id/${externalId}`, { display_name: `Customer ${externalId}`, currency: 'EUR', ...body });
  if (response.statusCode !== 200 && response.statusCode !== 201) throw new Error(`customer: ${response.body}`);
  return response.json();
}

/** Uploads, validates with the suggested mapping and runs; answers the import as it ended. */
async function importFile(t: TestApp, staff: SignedUpStaff, text: string, mode: 'all_or_nothing' | 'valid_rows' = 'all_or_nothing') {
  const imp = (await upload(staff, text)).json();
  const validated = await staff.client.post(`/api/v1/imports/${imp.id}/validate`, { mapping: imp.mapping });
  expect(validated.statusCode, validated.body).toBe(200);
  const run = await staff.client.post(`/api/v1/imports/${imp.id}/run`, { mode });
  expect(run.statusCode, run.body).toBe(202);
  await runDueJobs(t.ctx);
  return (await staff.client.get(`/api/v1/imports/${imp.id}`)).json();
}

interface Invoice {
  id: string;
  number: string;
  status: string;
  total_minor: number;
  paid_minor: number;
  balance_minor: number;
  due_date: string;
  external_id: string | null;
  sent_at: string | null;
}

async function invoicesOf(staff: SignedUpStaff, customerId: string): Promise<Invoice[]> {
  const response = await staff.client.get(`/api/v1/invoices?customer_id=${customerId}&sort=number&limit=100`);
  expect(response.statusCode, response.body).toBe(200);
  return response.json().data;
}

async function outboxCount(t: TestApp, staff: SignedUpStaff): Promise<number> {
  const rows = await t.ctx.db.selectFrom('outbox_emails').select('id').where('organization_id', '=', staff.organization.id).execute();
  return rows.length;
}

describeOnEachDialect('CSV import of open invoices', { startAt: '2026-12-06T10:00:00.000Z' }, (it, dialect) => {
  it('previews every bad row by row and field, imports nothing when any fails and, with valid_rows, only the valid ones', async ({ t, staff }) => {
    const acme = await customer(staff, 'acme');
    await customer(staff, 'yen', { currency: 'JPY' });
    const existing = await invoiceOf(staff, acme.id, 1000);
    const file = [
      'Kundennummer;Rechnungsnummer;Rechnungsdatum;Fällig am;Währung;Betrag;Offener Betrag',
      'acme;OLD-1;2026-10-01;2026-10-31;EUR;100,00;100,00',
      'nobody;OLD-2;2026-10-01;;EUR;100,00;',
      'acme;OLD-1;2026-10-02;;EUR;50,00;',
      `acme;${existing.number};2026-10-02;;EUR;50,00;`,
      'acme;OLD-3;2026-10-02;;EUR;50,00;60,00',
      'acme;OLD-4;2026-13-02;;EUR;50,00;',
      'yen;OLD-5;2026-10-02;;EUR;5000;',
      'acme;OLD-6;2026-10-02;2026-09-01;EUR;12,345;0',
      'acme;OLD-7;02.10.2026;;eur;80;30',
    ].join('\r\n');
    const imp = (await upload(staff, file)).json();
    expect(imp.mapping).toEqual({ customer_external_id: 'Kundennummer', number: 'Rechnungsnummer', issue_date: 'Rechnungsdatum', due_date: 'Fällig am', currency: 'Währung', total: 'Betrag', balance: 'Offener Betrag' });
    const validated = (await staff.client.post(`/api/v1/imports/${imp.id}/validate`, { mapping: imp.mapping })).json();
    expect(validated).toMatchObject({ valid_count: 2, invalid_count: 7 });
    expect(validated.errors.map((error: { row: number; field: string; code: string }) => [error.row, error.field, error.code])).toEqual([
      [3, 'customer_external_id', 'unknown_reference'],
      [4, 'number', 'duplicate'],
      [5, 'number', 'taken'],
      [6, 'balance', 'too_big'],
      [7, 'issue_date', 'invalid_format'],
      [8, 'currency', 'invalid_value'],
      [9, 'due_date', 'before_issue_date'],
      [9, 'total', 'invalid_format'],
    ]);
    expect(validated.errors[1].message).toBe('is the same as on row 2');
    expect(validated.errors[5].message).toBe('must be JPY, the currency this customer is billed in');

    // All or nothing: the run fails and writes no invoice, no payment.
    await staff.client.post(`/api/v1/imports/${imp.id}/run`, { mode: 'all_or_nothing' });
    await runDueJobs(t.ctx);
    expect((await staff.client.get(`/api/v1/imports/${imp.id}`)).json()).toMatchObject({ status: 'failed', result: { created: 0, updated: 0, skipped: 9 } });
    expect((await invoicesOf(staff, acme.id)).map((invoice) => invoice.number)).toEqual([existing.number]);
    expect((await staff.client.get('/api/v1/payments?method=opening_balance')).json().data).toEqual([]);

    // Valid rows only: OLD-1 (unpaid) and OLD-7 (partly paid, a dotted date, the currency in any case).
    await staff.client.post(`/api/v1/imports/${imp.id}/validate`, { mapping: imp.mapping });
    await staff.client.post(`/api/v1/imports/${imp.id}/run`, { mode: 'valid_rows' });
    await runDueJobs(t.ctx);
    expect((await staff.client.get(`/api/v1/imports/${imp.id}`)).json()).toMatchObject({ status: 'succeeded', result: { created: 2, updated: 0, skipped: 7 } });
    const imported = (await invoicesOf(staff, acme.id)).filter((invoice) => invoice.number.startsWith('OLD-'));
    expect(imported).toMatchObject([
      { number: 'OLD-1', status: 'overdue', total_minor: 10_000, paid_minor: 0, balance_minor: 10_000, due_date: '2026-10-31', sent_at: null },
      { number: 'OLD-7', status: 'overdue', total_minor: 8000, paid_minor: 5000, balance_minor: 3000, due_date: '2026-11-01' },
    ]);
  });

  it('creates sent and partly paid invoices with one untaxed line, the paid part as an allocated opening-balance payment, and mails nobody', async ({ t, staff }) => {
    const contact = await acceptedContact(t, staff, { name: 'Portal Buyer Ltd' });
    const billingEmail = `billing-${contact.customerId.slice(-6)}@example.test`;
    expect((await staff.client.patch(`/api/v1/customers/${contact.customerId}`, { currency: 'EUR', email: billingEmail })).statusCode).toBe(200);
    const mailsBefore = await outboxCount(t, staff);
    const file = [
      'Customer,Invoice number,External ID,Invoice date,Due date,Total,Balance,Reference,Description',
      'Portal Buyer Ltd,A-100,erp-100,2026-11-20,2026-12-20,250.00,,PO-1,Migration of old services',
      `${billingEmail.toUpperCase()},A-101,erp-101,2026-11-01,2026-11-15,100.00,40.00,,`,
    ].join('\r\n');
    const done = await importFile(t, staff, file);
    expect(done, JSON.stringify(done.errors)).toMatchObject({ status: 'succeeded', result: { created: 2, updated: 0, skipped: 0 } });

    const [open, partly] = await invoicesOf(staff, contact.customerId);
    expect(open).toMatchObject({ number: 'A-100', external_id: 'erp-100', status: 'sent', total_minor: 25_000, paid_minor: 0, balance_minor: 25_000 });
    expect(partly).toMatchObject({ number: 'A-101', external_id: 'erp-101', status: 'overdue', total_minor: 10_000, paid_minor: 6000, balance_minor: 4000 });
    const detail = (await staff.client.get(`/api/v1/invoices/${open!.id}`)).json();
    expect(detail).toMatchObject({ reference: 'PO-1', tax_minor: 0, currency: 'EUR' });
    expect(detail.lines).toMatchObject([{ name: 'Migration of old services', quantity: 1, rate_minor: 25_000, tax_minor: 0, total_minor: 25_000 }]);
    expect((await staff.client.get(`/api/v1/invoices/${partly!.id}`)).json().lines).toMatchObject([{ name: 'A-101', total_minor: 10_000 }]);

    // The paid part: one completed payment of 60.00, dated on the issue date, allocated to A-101 alone.
    const payments = (await staff.client.get(`/api/v1/payments?customer_id=${contact.customerId}`)).json().data;
    expect(payments).toHaveLength(1);
    expect(payments[0]).toMatchObject({ method: 'opening_balance', status: 'completed', amount_minor: 6000, currency: 'EUR', paid_on: '2026-11-01', reference: 'A-101', allocations: [{ document_id: partly!.id, number: 'A-101', amount_minor: 6000 }] });
    expect(payments[0].number).toMatch(/^PAY-/);
    expect((await staff.client.get('/api/v1/payments?method=opening_balance')).json().data.map((payment: { id: string }) => payment.id)).toEqual([payments[0].id]);

    // The figures are recomputeDocumentBalance's: running it again changes nothing.
    await recomputeDocumentBalance(t.ctx.db, partly!.id);
    const stored = await t.ctx.db.selectFrom('documents').select(['status', 'paid_minor', 'balance_minor', 'version']).where('id', 'in', [open!.id, partly!.id]).orderBy('number').execute();
    expect(stored.map((row) => ({ ...row, paid_minor: Number(row.paid_minor), balance_minor: Number(row.balance_minor) }))).toEqual([
      { status: 'sent', paid_minor: 0, balance_minor: 25_000, version: 1 },
      { status: 'partially_paid', paid_minor: 6000, balance_minor: 4000, version: 1 },
    ]);

    // Nobody mailed; the portal's activity tells of neither as sent.
    expect(await outboxCount(t, staff)).toBe(mailsBefore);

    // The portal contact sees both, and may pay them online for their balances.
    const seen = (await contact.client.get(`${contact.api}/invoices?filter=unpaid&sort=number`)).json().data;
    expect(seen.map((invoice: { number: string; balance_minor: number; status: string }) => [invoice.number, invoice.balance_minor, invoice.status])).toEqual([
      ['A-100', 25_000, 'sent'],
      ['A-101', 4000, 'overdue'],
    ]);
    const options = (await contact.client.get(`${contact.api}/payment-options`)).json();
    expect(options.documents.map((document: { id: string; payable_minor: number }) => [document.id, document.payable_minor]).sort()).toEqual(
      [
        [open!.id, 25_000],
        [partly!.id, 4000],
      ].sort(),
    );
    const dashboard = await contact.client.get(`${contact.api}/dashboard`);
    expect(dashboard.statusCode).toBe(200);
    expect(dashboard.json().recent_activity.map((entry: { action: string }) => entry.action)).toEqual(['invitation_accepted']);
    expect(dashboard.json().figures.outstanding).toEqual([{ currency: 'EUR', total_minor: 29_000, count: 2 }]);

    // The statement owes exactly the open balances.
    const statement = (await staff.client.get(`/api/v1/customers/${contact.customerId}/statement?period=custom&from=2026-11-01&to=2026-12-06`)).json();
    expect(statement).toMatchObject({ currency: 'EUR', opening_balance_minor: 0, invoiced_minor: 35_000, paid_minor: 6000, closing_balance_minor: 29_000 });
  });

  it('moves the invoice series past imported numbers of its own format, and skips them when its counter is set back', async ({ t, staff }) => {
    const acme = await customer(staff, 'acme');
    const done = await importFile(t, staff, 'customer_external_id,number,issue_date,total\r\nacme,INV-000001,2026-11-01,10\r\nacme,INV-000003,2026-11-01,10\r\nacme,2019/77,2026-11-01,10\r\n');
    expect(done.status).toBe('succeeded');
    expect((await invoiceOf(staff, acme.id, 500)).number).toBe('INV-000004');
    expect((await staff.client.patch('/api/v1/number-series/invoice', { next_number: 1 })).statusCode).toBe(200);
    expect((await invoiceOf(staff, acme.id, 500)).number).toBe('INV-000002');
    expect((await invoiceOf(staff, acme.id, 500)).number).toBe('INV-000005');
  });

  it('refuses an external id another invoice holds and asks an API key for documents.write', async ({ t, staff }) => {
    const acme = await customer(staff, 'acme');
    const held = (await staff.client.post('/api/v1/invoices', { customer_id: acme.id, external_id: 'erp-1', lines: [{ name: 'Work', quantity: 1, rate_minor: 100 }] })).json();
    expect(held.external_id).toBe('erp-1');
    const imp = (await upload(staff, 'customer_external_id,number,external_id,issue_date,total\r\nacme,X-1,erp-1,2026-11-01,10\r\nacme,X-2,erp-2,2026-11-01,10\r\nacme,X-3,erp-2,2026-11-01,10\r\n')).json();
    const validated = (await staff.client.post(`/api/v1/imports/${imp.id}/validate`, { mapping: imp.mapping })).json();
    expect(validated.errors.map((error: { row: number; field: string; code: string }) => [error.row, error.field, error.code])).toEqual([
      [2, 'external_id', 'taken'],
      [4, 'external_id', 'duplicate'],
    ]);

    const text = 'customer_external_id,number,issue_date,total\r\nacme,K-1,2026-11-01,10\r\n';
    const customersOnly = (await staff.client.post('/api/v1/api-keys', { name: 'Customers', scopes: ['customers.read', 'customers.write'] })).json().key as string;
    const both = (await staff.client.post('/api/v1/api-keys', { name: 'Both', scopes: ['customers.read', 'customers.write', 'documents.write'] })).json().key as string;
    const api = new TestClient(t.app);
    const refused = await api.request('POST', '/api/v1/imports?kind=open_invoices', text, { ...csvHeaders, authorization: `Bearer ${customersOnly}` });
    expect(refused.statusCode).toBe(403);
    const accepted = await api.request('POST', '/api/v1/imports?kind=open_invoices', text, { ...csvHeaders, authorization: `Bearer ${both}` });
    expect(accepted.statusCode, accepted.body).toBe(201);
  });

  it(`imports 10 000 open invoices, half of them partly paid, in a few seconds (${dialect})`, { timeout: 120_000 }, async ({ t, staff }) => {
    const count = 10_000;
    await customer(staff, 'big');
    const lines = ['customer_external_id,number,issue_date,due_date,total,balance'];
    for (let i = 1; i <= count; i++) lines.push(`big,OB-${i},2026-11-01,2027-01-01,${i}.00,${i % 2 === 0 ? `${i / 2}.00` : ''}`);
    const imp = (await upload(staff, `${lines.join('\r\n')}\r\n`)).json();
    const validateStarted = performance.now();
    const validated = (await staff.client.post(`/api/v1/imports/${imp.id}/validate`, { mapping: imp.mapping })).json();
    const validateSeconds = (performance.now() - validateStarted) / 1000;
    expect(validated).toMatchObject({ valid_count: count, invalid_count: 0 });
    await staff.client.post(`/api/v1/imports/${imp.id}/run`, { mode: 'all_or_nothing' });
    const started = performance.now();
    await runDueJobs(t.ctx);
    const seconds = (performance.now() - started) / 1000;
    console.info(`csv import: ${count} open invoices on ${dialect}: validated in ${validateSeconds.toFixed(1)} s, run in ${seconds.toFixed(1)} s`);
    expect((await staff.client.get(`/api/v1/imports/${imp.id}`)).json()).toMatchObject({ status: 'succeeded', result: { created: count, updated: 0, skipped: 0 }, progress: { percent: 100 } });
    expect(seconds).toBeLessThan(30);
    const partly = (await staff.client.get('/api/v1/invoices?status=partially_paid&limit=1')).json();
    expect(partly.data[0]).toMatchObject({ status: 'partially_paid' });
    expect(partly.data[0].paid_minor * 2).toBe(partly.data[0].total_minor);
    const payments = await t.ctx.db.selectFrom('payments').select('number').where('organization_id', '=', staff.organization.id).execute();
    expect(new Set(payments.map((payment) => payment.number)).size).toBe(count / 2);
  });
});
