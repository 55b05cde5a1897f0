import { expect } from 'vitest';
import { csvLine } from '../../lib/csv.ts';
import { signUpStaff } from '../../test/builders.ts';
import { TestClient } from '../../test/http-client.ts';
import { describeOnEachDialect } from '../../test/fixture.ts';
import { parseCsv } from '../../test/parse-csv.ts';
import { itemCsvColumns } from './item-export.ts';
import type { ItemResponse } from './item.schemas.ts';

const widget = { name: 'Widget', sku: 'W-1', unit: 'pcs', rate_minor: 1250, currency: 'EUR', category: 'Parts', sellable_in_portal: true };

function expectedRecords(rows: ItemResponse[]): string[][] {
  return parseCsv(csvLine(itemCsvColumns.map((column) => column.header)) + rows.map((row) => csvLine(itemCsvColumns.map((column) => column.value(row)))).join(''));
}

describeOnEachDialect('CSV export of items', (it) => {
  it('exports the same items as the JSON list for the same filters, the price in minor units and as a decimal', async ({ t, staff }) => {
    await staff.client.post('/api/v1/items', widget);
    await staff.client.post('/api/v1/items', { ...widget, name: 'Gadget', sku: 'G-1', rate_minor: 99, sellable_in_portal: false });
    await staff.client.post('/api/v1/items', { ...widget, name: 'Yen thing', sku: 'Y-1', rate_minor: 500, currency: 'JPY', category: 'Other' });
    const other = await signUpStaff(t.app);
    await other.client.post('/api/v1/items', { ...widget, name: 'Their widget' });

    const csv = await staff.client.get('/api/v1/items.csv?category=Parts');
    expect(csv.statusCode, csv.body).toBe(200);
    expect(csv.headers['content-disposition']).toMatch(/^attachment; filename="items-\d{4}-\d{2}-\d{2}\.csv"$/);
    expect(csv.body.startsWith('\uFEFF')).toBe(true);
    const json = (await staff.client.get('/api/v1/items?category=Parts&limit=100')).json().data as ItemResponse[];
    const records = parseCsv(csv.body.slice(1));
    expect(records).toEqual(expectedRecords(json));
    const header = records[0]!;
    const rows = records.slice(1).map((record) => Object.fromEntries(header.map((name, i) => [name, record[i]])));
    expect(rows.map((row) => [row.name, row.currency, row.rate_minor, row.rate])).toEqual([
      ['Gadget', 'EUR', '99', '0.99'],
      ['Widget', 'EUR', '1250', '12.50'],
    ]);

    const sellable = parseCsv((await staff.client.get('/api/v1/items.csv?sellable=true&search=thing')).body.slice(1));
    expect(sellable.slice(1).map((record) => record[2])).toEqual(['Yen thing']);
    expect(sellable[1]?.[9]).toBe('500');
    expect(csv.body).not.toContain('Their widget');
  });

  it('defuses a formula in an item name and quotes its commas', async ({ staff }) => {
    await staff.client.post('/api/v1/items', { ...widget, name: '-2+3, "cheap"' });
    const records = parseCsv((await staff.client.get('/api/v1/items.csv')).body.slice(1));
    expect(records[1]?.[2]).toBe(`'-2+3, "cheap"`);
  });

  it('needs customers.read, like the catalogue', async ({ t, staff, ip }) => {
    const reader = (await staff.client.post('/api/v1/api-keys', { name: 'BI', scopes: ['customers.read'] })).json();
    const stranger = (await staff.client.post('/api/v1/api-keys', { name: 'Orders', scopes: ['orders.read'] })).json();
    const api = new TestClient(t.app, ip);
    expect((await api.request('GET', '/api/v1/items.csv', undefined, { authorization: `Bearer ${reader.key}` })).statusCode).toBe(200);
    expect((await api.request('GET', '/api/v1/items.csv', undefined, { authorization: `Bearer ${stranger.key}` })).statusCode).toBe(403);
  });
});
