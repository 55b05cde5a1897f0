import { expect } from 'vitest';
import { signUpStaff } from '../../test/builders.ts';
import { describeOnEachDialect } from '../../test/fixture.ts';
import { parseCsv } from '../../test/parse-csv.ts';
import { createItem } from '../../test/price-list-builders.ts';

describeOnEachDialect('CSV export of a price list', (it) => {
  it('answers one line per rate and break, the price in minor units and as a decimal; another organization’s list is a 404', async ({ t, staff }) => {
    const bolts = await createItem(staff, { name: 'Bolts, hex', rate_minor: 100 });
    const nuts = await createItem(staff, { name: 'Nuts', rate_minor: 50 });
    const list = (
      await staff.client.post('/api/v1/price-lists', {
        name: '=Wholesale',
        currency: 'EUR',
        kind: 'per_item',
        rates: [
          { item_id: nuts, min_quantity: 0, rate_minor: 45 },
          { item_id: bolts, min_quantity: 2.5, rate_minor: 1290 },
        ],
      })
    ).json();
    const csv = await staff.client.get(`/api/v1/price-lists/${list.id}/prices.csv`);
    expect(csv.statusCode, csv.body).toBe(200);
    expect(csv.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(csv.headers['content-disposition']).toMatch(/^attachment; filename="price-list-\d{4}-\d{2}-\d{2}\.csv"$/);
    expect(csv.body.startsWith('\uFEFF')).toBe(true);
    const [header, ...rows] = parseCsv(csv.body.slice(1));
    expect(header).toEqual(['price_list_id', 'price_list_name', 'currency', 'item_id', 'item_name', 'min_quantity', 'rate_minor', 'rate']);
    expect(rows.map((row) => row.slice(1))).toEqual(
      expect.arrayContaining([
        ["'=Wholesale", 'EUR', nuts, 'Nuts', '0', '45', '0.45'],
        ["'=Wholesale", 'EUR', bolts, 'Bolts, hex', '2.5', '1290', '12.90'],
      ]),
    );
    expect(rows).toHaveLength(2);

    const other = await signUpStaff(t.app);
    expect((await other.client.get(`/api/v1/price-lists/${list.id}/prices.csv`)).statusCode).toBe(404);
  });
});
