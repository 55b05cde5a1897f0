import { expect } from 'vitest';
import { csvLine } from '../../lib/csv.ts';
import { signUpStaff } from '../../test/builders.ts';
import { TestClient } from '../../test/http-client.ts';
import { describeOnEachDialect } from '../../test/fixture.ts';
import { parseCsv } from '../../test/parse-csv.ts';
import { contactCsvColumns, customerCsvColumns } from './customer-export.ts';

const BOM = '\uFEFF';

/** The CSV records a JSON list's rows should come out as, through the export's columns. */
function expectedRecords<Row>(columns: readonly { header: string; value: (row: Row) => string | number | boolean | null | undefined }[], rows: Row[]): string[][] {
  return parseCsv(csvLine(columns.map((column) => column.header)) + rows.map((row) => csvLine(columns.map((column) => column.value(row)))).join(''));
}

const tricky = '=HYPERLINK("http://evil.test","Click"), Inc.\nSecond line';

describeOnEachDialect('CSV export of customers and contact persons', (it) => {
  it('exports the same customers as the JSON list for the same search, with a dated file name and a BOM', async ({ t, staff }) => {
    await staff.client.post('/api/v1/customers', { display_name: 'Acme Widgets', email: 'a@acme.test', currency: 'EUR', contact_persons: [{ first_name: 'Ann', email: 'ann@acme.test' }] });
    await staff.client.post('/api/v1/customers', { display_name: 'Acme Tools', currency: 'USD' });
    await staff.client.post('/api/v1/customers', { display_name: 'Globex' });
    const other = await signUpStaff(t.app);
    await other.client.post('/api/v1/customers', { display_name: 'Acme Elsewhere' });

    const csv = await staff.client.get('/api/v1/customers.csv?search=acme');
    expect(csv.statusCode, csv.body).toBe(200);
    expect(csv.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(csv.headers['content-disposition']).toMatch(/^attachment; filename="customers-\d{4}-\d{2}-\d{2}\.csv"$/);
    expect(csv.body.startsWith(BOM)).toBe(true);
    const json = (await staff.client.get('/api/v1/customers?search=acme&limit=100')).json().data;
    expect(json).toHaveLength(2);
    const records = parseCsv(csv.body.slice(1));
    expect(records).toEqual(expectedRecords(customerCsvColumns, json));
    expect(records.slice(1).map((record) => record[2])).toEqual(['Acme Tools', 'Acme Widgets']);
    expect(records[2]).toContain('ann@acme.test');
    expect(csv.body).not.toContain('Elsewhere');
  });

  it('exports every customer changed since an instant, like the incremental pull', async ({ clock, staff }) => {
    await staff.client.post('/api/v1/customers', { display_name: 'Before' });
    clock.advance(60);
    const since = clock.now().toISOString();
    await staff.client.post('/api/v1/customers', { display_name: 'After' });
    const csv = await staff.client.get(`/api/v1/customers.csv?updated_since=${since}`);
    expect(csv.statusCode, csv.body).toBe(200);
    const json = (await staff.client.get(`/api/v1/customers?updated_since=${since}&limit=100`)).json().data;
    expect(parseCsv(csv.body.slice(1))).toEqual(expectedRecords(customerCsvColumns, json));
    expect(json.map((c: { display_name: string }) => c.display_name)).toEqual(['After']);
  });

  it('writes a name with quotes, commas, line breaks and a formula so that it reads back safely', async ({ staff }) => {
    await staff.client.post('/api/v1/customers', { display_name: tricky, contact_persons: [{ first_name: '@Eve', last_name: '+1 "Boss"' }] });
    const customers = parseCsv((await staff.client.get('/api/v1/customers.csv')).body.slice(1));
    expect(customers[1]?.[2]).toBe(`'${tricky}`);
    const contacts = parseCsv((await staff.client.get('/api/v1/contact-persons.csv')).body.slice(1));
    expect(contacts[1]?.[3]).toBe("'@Eve");
    expect(contacts[1]?.[4]).toBe(`'+1 "Boss"`);
  });

  it("exports the same contact persons as the JSON list, never another organization's", async ({ t, staff }) => {
    await staff.client.post('/api/v1/customers', { display_name: 'Acme', contact_persons: [{ first_name: 'Ann', email: 'ann@acme.test' }, { first_name: 'Bob' }] });
    const other = await signUpStaff(t.app);
    await other.client.post('/api/v1/customers', { display_name: 'Theirs', contact_persons: [{ first_name: 'Mallory' }] });
    const csv = await staff.client.get('/api/v1/contact-persons.csv');
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-disposition']).toMatch(/^attachment; filename="contact-persons-\d{4}-\d{2}-\d{2}\.csv"$/);
    const json = (await staff.client.get('/api/v1/contact-persons?limit=100')).json().data;
    expect(json).toHaveLength(2);
    expect(parseCsv(csv.body.slice(1))).toEqual(expectedRecords(contactCsvColumns, json));
    expect(csv.body).not.toContain('Mallory');
  });

  it('needs customers.read, like the lists', async ({ t, staff, ip }) => {
    const reader = (await staff.client.post('/api/v1/api-keys', { name: 'BI', scopes: ['customers.read'] })).json();
    const stranger = (await staff.client.post('/api/v1/api-keys', { name: 'Orders', scopes: ['orders.read'] })).json();
    const api = new TestClient(t.app, ip);
    for (const path of ['/api/v1/customers.csv', '/api/v1/contact-persons.csv']) {
      expect((await api.request('GET', path, undefined, { authorization: `Bearer ${reader.key}` })).statusCode, path).toBe(200);
      expect((await api.request('GET', path, undefined, { authorization: `Bearer ${stranger.key}` })).statusCode, path).toBe(403);
      expect((await api.request('GET', path)).statusCode, path).toBe(401);
    }
  });

  it('refuses a malformed filter with 400', async ({ staff }) => {
    expect((await staff.client.get('/api/v1/customers.csv?updated_since=yesterday')).statusCode).toBe(400);
    expect((await staff.client.get('/api/v1/contact-persons.csv?updated_since=yesterday')).statusCode).toBe(400);
  });
});
