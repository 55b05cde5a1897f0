import { expect } from 'vitest';
import { signUpStaff } from '../../test/builders.ts';
import { createBillingCustomer, invoiceOf } from '../../test/billing-payment-builders.ts';
import { describeOnEachDialect } from '../../test/fixture.ts';
import { parseCsv } from '../../test/parse-csv.ts';

describeOnEachDialect('CSV export of invoices', (it) => {
  it('exports the invoices the JSON list shows for the same status filter, with balances in minor units and as decimals', async ({ t, staff }) => {
    const customer = await createBillingCustomer(staff, { currency: 'EUR', name: 'Acme, Inc.' });
    const open = await invoiceOf(staff, customer.id, 12_345);
    await invoiceOf(staff, customer.id, 500, { draft: true });
    const other = await signUpStaff(t.app);
    const theirs = await createBillingCustomer(other);
    await invoiceOf(other, theirs.id, 999);

    const csv = await staff.client.get('/api/v1/invoices.csv?status=sent');
    expect(csv.statusCode, csv.body).toBe(200);
    expect(csv.headers['content-disposition']).toMatch(/^attachment; filename="invoices-\d{4}-\d{2}-\d{2}\.csv"$/);
    const [header, ...rows] = parseCsv(csv.body.slice(1));
    const json = (await staff.client.get('/api/v1/invoices?status=sent&limit=100')).json().data as { id: string }[];
    expect(rows.map((row) => row[0])).toEqual(json.map((invoice) => invoice.id));
    const record = Object.fromEntries(header!.map((name, i) => [name, rows[0]![i]]));
    expect(record).toMatchObject({ id: open.id, number: open.number, status: 'sent', customer_name: 'Acme, Inc.', currency: 'EUR', total_minor: '12345', balance_minor: '12345', balance: '123.45' });

    const all = parseCsv((await staff.client.get('/api/v1/invoices.csv')).body.slice(1));
    expect(all).toHaveLength(3);
    expect((await staff.client.get('/api/v1/invoices.csv?status=nonsense')).statusCode).toBe(400);
  });
});
