import { expect } from 'vitest';
import { runDueJobs } from '../../jobs/queue.ts';
import { signUpStaff, type SignedUpStaff } from '../../test/builders.ts';
import { TestClient } from '../../test/http-client.ts';
import { describeOnEachDialect } from '../../test/fixture.ts';

const csvHeaders = { 'content-type': 'text/csv' };

async function upload(staff: SignedUpStaff, kind: string, text: string) {
  return staff.client.request('POST', `/api/v1/imports?kind=${kind}&file_name=${kind}.csv`, text, csvHeaders);
}

/** A customers file of `count` rows; the rows in `bad` (1-based data rows) have an invalid email. */
function customersCsv(count: number, bad: readonly number[] = [], prefix = 'c'): string {
  const lines = ['Name,E-Mail,Währung,External ID'];
  for (let i = 1; i <= count; i++) lines.push(`Customer ${prefix}${i},${bad.includes(i) ? 'not-an-email' : `${prefix}${i}@example.test`},EUR,${prefix}-${i}`);
  return `${lines.join('\r\n')}\r\n`;
}

async function customerCount(staff: SignedUpStaff, search = ''): Promise<number> {
  const csv = await staff.client.get(`/api/v1/customers.csv${search ? `?search=${search}` : ''}`);
  return csv.body.trim().split('\r\n').length - 1;
}

describeOnEachDialect('CSV import of customers', (it, dialect) => {
  it('uploads a file, suggests a mapping from localised headers, previews row errors and remembers the mapping', async ({ staff }) => {
    const uploaded = await upload(staff, 'customers', '\uFEFFNom;Courriel;Devise;Notizen\r\nAcme;acme@example.test;eur;"Line one\nline two; with semicolon"\r\n');
    expect(uploaded.statusCode, uploaded.body).toBe(201);
    const imp = uploaded.json();
    expect(imp).toMatchObject({ kind: 'customers', status: 'uploaded', delimiter: ';', headers: ['Nom', 'Courriel', 'Devise', 'Notizen'], row_count: 1, mapping_source: 'suggested' });
    expect(imp.mapping).toEqual({ display_name: 'Nom', email: 'Courriel', currency: 'Devise', notes: 'Notizen' });
    expect(imp.sample_rows).toEqual([['Acme', 'acme@example.test', 'eur', 'Line one\nline two; with semicolon']]);

    const mapping = { display_name: 'Nom', email: 'Courriel', currency: 'Devise' };
    const validated = await staff.client.post(`/api/v1/imports/${imp.id}/validate`, { mapping });
    expect(validated.statusCode, validated.body).toBe(200);
    expect(validated.json()).toMatchObject({ status: 'validated', valid_count: 1, invalid_count: 0, errors: [], mapping, mapping_source: 'chosen' });

    const again = (await upload(staff, 'customers', 'Nom;Courriel;Devise;Notizen\r\nBeta;beta@example.test;USD;\r\n')).json();
    expect(again).toMatchObject({ mapping, mapping_source: 'remembered' });
    const otherHeaders = (await upload(staff, 'customers', 'Nom;Courriel\r\nBeta;beta@example.test\r\n')).json();
    expect(otherHeaders.mapping_source).toBe('suggested');
  });

  it('refuses a bad mapping naming the field', async ({ staff }) => {
    const imp = (await upload(staff, 'customers', 'Name,Email\r\nAcme,a@example.test\r\n')).json();
    const missing = await staff.client.post(`/api/v1/imports/${imp.id}/validate`, { mapping: { email: 'Email' } });
    expect(missing.statusCode).toBe(400);
    expect(missing.json().error.details[0]).toMatchObject({ field: 'mapping.display_name', code: 'required' });
    const unknownColumn = await staff.client.post(`/api/v1/imports/${imp.id}/validate`, { mapping: { display_name: 'Nope' } });
    expect(unknownColumn.json().error.details[0]).toMatchObject({ field: 'mapping.display_name', code: 'invalid_value' });
    const unknownField = await staff.client.post(`/api/v1/imports/${imp.id}/validate`, { mapping: { display_name: 'Name', shoe_size: 'Email' } });
    expect(unknownField.json().error.details[0]).toMatchObject({ field: 'mapping.shoe_size', code: 'unknown_field' });
  });

  it('reports exactly the 3 bad rows of 10 000 and imports nothing; with valid_rows imports the 9 997 others', async ({ t, staff }) => {
    const imp = (await upload(staff, 'customers', customersCsv(10_000, [17, 5000, 9999]))).json();
    expect(imp.row_count).toBe(10_000);
    const validated = (await staff.client.post(`/api/v1/imports/${imp.id}/validate`, { mapping: imp.mapping })).json();
    expect(validated).toMatchObject({ valid_count: 9997, invalid_count: 3, error_count: 3 });
    expect(validated.errors).toEqual([18, 5001, 10000].map((row) => ({ row, field: 'email', code: 'invalid_format', message: 'must be a valid email address' })));
    const page = (await staff.client.get(`/api/v1/imports/${imp.id}/errors?offset=1&limit=1`)).json();
    expect(page).toEqual({ data: [validated.errors[1]], total: 3, offset: 1 });

    const run = await staff.client.post(`/api/v1/imports/${imp.id}/run`, { mode: 'all_or_nothing' });
    expect(run.statusCode, run.body).toBe(202);
    await runDueJobs(t.ctx);
    const failed = (await staff.client.get(`/api/v1/imports/${imp.id}`)).json();
    expect(failed).toMatchObject({ status: 'failed', invalid_count: 3, error_count: 3, result: { created: 0, updated: 0, skipped: 10_000 } });
    expect(failed.errors.map((error: { row: number }) => error.row)).toEqual([18, 5001, 10000]);
    expect(await customerCount(staff)).toBe(0);

    // The failed import can be validated again and run with the valid rows only.
    await staff.client.post(`/api/v1/imports/${imp.id}/validate`, { mapping: imp.mapping });
    expect((await staff.client.post(`/api/v1/imports/${imp.id}/run`, { mode: 'valid_rows' })).statusCode).toBe(202);
    await runDueJobs(t.ctx);
    const done = (await staff.client.get(`/api/v1/imports/${imp.id}`)).json();
    expect(done).toMatchObject({ status: 'succeeded', result: { created: 9997, updated: 0, skipped: 3 }, progress: { done: 10_000, total: 10_000, percent: 100 } });
    expect(await customerCount(staff)).toBe(9997);
  });

  it('updates the customers whose external id exists and creates the others, recording the change', async ({ t, staff }) => {
    const existing = (await staff.client.put('/api/v1/customers/by-external-id/c-1', { display_name: 'Old name', currency: 'EUR' })).json();
    const imp = (await upload(staff, 'customers', customersCsv(3))).json();
    await staff.client.post(`/api/v1/imports/${imp.id}/validate`, { mapping: imp.mapping });
    await staff.client.post(`/api/v1/imports/${imp.id}/run`, {});
    await runDueJobs(t.ctx);
    expect((await staff.client.get(`/api/v1/imports/${imp.id}`)).json().result).toEqual({ created: 2, updated: 1, skipped: 0 });
    const customer = (await staff.client.get(`/api/v1/customers/${existing.id}`)).json();
    expect(customer).toMatchObject({ display_name: 'Customer c1', email: 'c1@example.test', external_id: 'c-1' });
    const history = (await staff.client.get(`/api/v1/customers/${existing.id}/company-history`)).json();
    expect(JSON.stringify(history)).toContain('Customer c1');
  });

  it('reports duplicate external ids within the file', async ({ staff }) => {
    const imp = (await upload(staff, 'customers', 'Name,External ID\r\nA,x-1\r\nB,x-2\r\nC,x-1\r\n')).json();
    const validated = (await staff.client.post(`/api/v1/imports/${imp.id}/validate`, { mapping: imp.mapping })).json();
    expect(validated.errors).toEqual([{ row: 4, field: 'external_id', code: 'duplicate', message: 'is the same as on row 2' }]);
  });

  it(`imports 100 000 customers in one run and its progress reaches 100 % (${dialect})`, { timeout: 240_000 }, async ({ t, staff }) => {
    const count = 100_000;
    const imp = (await upload(staff, 'customers', customersCsv(count, [], 'big'))).json();
    await staff.client.post(`/api/v1/imports/${imp.id}/validate`, { mapping: imp.mapping });
    const { job } = (await staff.client.post(`/api/v1/imports/${imp.id}/run`, { mode: 'all_or_nothing' })).json();
    const started = performance.now();
    await runDueJobs(t.ctx);
    const seconds = (performance.now() - started) / 1000;
    console.info(`csv import: ${count} customers on ${dialect} in ${seconds.toFixed(1)} s`);
    expect(seconds).toBeLessThan(60);
    const finished = (await staff.client.get(`/api/v1/jobs/${job.id}`)).json();
    expect(finished).toMatchObject({ status: 'succeeded', progress_done: count, progress_total: count });
    const done = (await staff.client.get(`/api/v1/imports/${imp.id}`)).json();
    expect(done).toMatchObject({ status: 'succeeded', result: { created: count, updated: 0, skipped: 0 }, progress: { percent: 100 } });
    expect(await customerCount(staff, 'big7')).toBeGreaterThan(0);
  });

  it('runs an import once: of two runs at the same moment one is refused with 409', async ({ staff }) => {
    const imp = (await upload(staff, 'customers', customersCsv(5))).json();
    await staff.client.post(`/api/v1/imports/${imp.id}/validate`, { mapping: imp.mapping });
    const runs = await Promise.all([staff.client.post(`/api/v1/imports/${imp.id}/run`, {}), staff.client.post(`/api/v1/imports/${imp.id}/run`, {})]);
    expect(runs.map((run) => run.statusCode).sort()).toEqual([202, 409]);
    expect((await staff.client.post(`/api/v1/imports/${imp.id}/run`, {})).statusCode).toBe(409);
  });

  it('answers 404 for another organization, 403 without the scope, 400 naming the row of an unclosed quote, 413 over 50 MB', async ({ t, staff }) => {
    const imp = (await upload(staff, 'customers', customersCsv(2))).json();
    const other = await signUpStaff(t.app);
    expect((await other.client.get(`/api/v1/imports/${imp.id}`)).statusCode).toBe(404);
    expect((await other.client.post(`/api/v1/imports/${imp.id}/validate`, { mapping: imp.mapping })).statusCode).toBe(404);
    expect((await other.client.post(`/api/v1/imports/${imp.id}/run`, {})).statusCode).toBe(404);

    const key = (await staff.client.post('/api/v1/api-keys', { name: 'Reader', scopes: ['customers.read'] })).json().key as string;
    const api = new TestClient(t.app);
    const refused = await api.request('POST', '/api/v1/imports?kind=customers', customersCsv(1), { ...csvHeaders, authorization: `Bearer ${key}` });
    expect(refused.statusCode).toBe(403);
    expect((await api.request('GET', `/api/v1/imports/${imp.id}`, undefined, { authorization: `Bearer ${key}` })).statusCode).toBe(200);

    const malformed = await upload(staff, 'customers', 'Name,Email\r\nAcme,a@example.test\r\n"Beta,b@example.test\r\n');
    expect(malformed.statusCode).toBe(400);
    expect(malformed.json().error.message).toContain('row 3');
    expect(malformed.json().error.details[0]).toMatchObject({ field: 'file', code: 'invalid_format', params: { row: 3 } });

    const huge = await upload(staff, 'customers', `Name\r\n${'x'.repeat(50 * 1024 * 1024)}\r\n`);
    expect(huge.statusCode).toBe(413);
    expect(huge.json().error.code).toBe('PAYLOAD_TOO_LARGE');
  });
});

describeOnEachDialect('CSV import of contact persons and items', (it) => {
  it('imports contact persons by customer external id, name or email, with one primary per customer', async ({ t, staff }) => {
    const acme = (await staff.client.put('/api/v1/customers/by-external-id/acme', { display_name: 'Acme', email: 'office@acme.test' })).json();
    const beta = (await staff.client.put('/api/v1/customers/by-external-id/beta', { display_name: 'Beta' })).json();
    const text = [
      'Customer ID,Kunde,Vorname,Nachname,E-Mail,Primary',
      'acme,,Ann,Lee,ann@acme.test,',
      ',office@acme.test,Bob,Ray,bob@acme.test,yes',
      ',Beta,Cat,Ng,,',
      ',Nobody,Dan,Oz,,',
      'beta,,,Eve,eve@beta.test,maybe',
    ].join('\r\n');
    const imp = (await upload(staff, 'contact_persons', text)).json();
    expect(imp.mapping).toMatchObject({ customer_external_id: 'Customer ID', customer: 'Kunde', first_name: 'Vorname', last_name: 'Nachname', email: 'E-Mail', is_primary: 'Primary' });
    const validated = (await staff.client.post(`/api/v1/imports/${imp.id}/validate`, { mapping: imp.mapping })).json();
    expect(validated.errors).toEqual([
      { row: 5, field: 'customer', code: 'unknown_reference', message: 'names no customer of this organization (by name or email)' },
      { row: 6, field: 'is_primary', code: 'invalid_type', message: 'must be yes or no' },
      { row: 6, field: 'first_name', code: 'required', message: 'is required' },
    ]);
    await staff.client.post(`/api/v1/imports/${imp.id}/run`, { mode: 'valid_rows' });
    await runDueJobs(t.ctx);
    expect((await staff.client.get(`/api/v1/imports/${imp.id}`)).json()).toMatchObject({ status: 'succeeded', result: { created: 3, updated: 0, skipped: 2 } });
    const acmeContacts = (await staff.client.get(`/api/v1/customers/${acme.id}`)).json().contact_persons;
    expect(acmeContacts.map((contact: { first_name: string; is_primary: boolean }) => [contact.first_name, contact.is_primary])).toEqual([
      ['Bob', true],
      ['Ann', false],
    ]);
    const betaContacts = (await staff.client.get(`/api/v1/customers/${beta.id}`)).json().contact_persons;
    expect(betaContacts).toMatchObject([{ first_name: 'Cat', is_primary: true }]);
  });

  it('imports items with exact decimal prices, tax rates by name and SKU checks', async ({ t, staff }) => {
    const tax = (await staff.client.post('/api/v1/taxes', { name: 'VAT 19', rate_percent: 19 })).json();
    await staff.client.post('/api/v1/items', { name: 'Existing', sku: 'OLD-1', rate_minor: 100, currency: 'EUR' });
    const text = [
      'Artikelnummer;Bezeichnung;Preis;Währung;Steuer;Einheit',
      'S-1;Screw;12,50;EUR;VAT 19;pcs',
      'S-2;Bolt;0.10;eur;;',
      'S-3;Yen thing;1234;JPY;;',
      'S-4;Too fine;1.234;EUR;;',
      'OLD-1;Clash;1;EUR;;',
      'S-1;Again;1;EUR;;',
      'S-5;Float;abc;EUR;GST;',
    ].join('\r\n');
    const imp = (await upload(staff, 'items', text)).json();
    expect(imp.mapping).toEqual({ sku: 'Artikelnummer', name: 'Bezeichnung', unit_price: 'Preis', currency: 'Währung', tax: 'Steuer', unit: 'Einheit' });
    const validated = (await staff.client.post(`/api/v1/imports/${imp.id}/validate`, { mapping: imp.mapping })).json();
    expect(validated.errors.map((error: { row: number; field: string; code: string }) => [error.row, error.field, error.code])).toEqual([
      [5, 'unit_price', 'invalid_format'],
      [6, 'sku', 'taken'],
      [7, 'sku', 'duplicate'],
      [8, 'unit_price', 'invalid_format'],
      [8, 'tax', 'unknown_reference'],
    ]);
    await staff.client.post(`/api/v1/imports/${imp.id}/run`, { mode: 'valid_rows' });
    await runDueJobs(t.ctx);
    const items = (await staff.client.get('/api/v1/items?limit=100')).json().data as { sku: string; rate_minor: number; currency: string; tax_id: string | null; unit: string | null }[];
    const bySku = Object.fromEntries(items.map((item) => [item.sku, item]));
    expect(bySku['S-1']).toMatchObject({ rate_minor: 1250, currency: 'EUR', tax_id: tax.id, unit: 'pcs' });
    expect(bySku['S-2']).toMatchObject({ rate_minor: 10, currency: 'EUR', tax_id: null });
    expect(bySku['S-3']).toMatchObject({ rate_minor: 1234, currency: 'JPY' });
    expect(items).toHaveLength(4);
  });
});

describeOnEachDialect('CSV import of price lists', (it) => {
  type Rate = { item_id: string; min_quantity: number; rate_minor: number };
  async function catalogue(staff: SignedUpStaff) {
    const a = (await staff.client.post('/api/v1/items', { name: 'Anvil', sku: 'A-1', rate_minor: 1000, currency: 'EUR', external_id: 'item-a' })).json();
    const b = (await staff.client.post('/api/v1/items', { name: 'Bolt', sku: 'B-1', rate_minor: 300, currency: 'EUR' })).json();
    const wholesale = (
      await staff.client.post('/api/v1/price-lists', {
        name: 'Wholesale',
        currency: 'EUR',
        kind: 'per_item',
        external_id: 'pl-wholesale',
        rates: [
          { item_id: a.id, rate_minor: 900 },
          { item_id: b.id, rate_minor: 200 },
        ],
      })
    ).json();
    return { a, b, wholesale };
  }
  async function lists(staff: SignedUpStaff) {
    return (await staff.client.get('/api/v1/price-lists?limit=100')).json().data as { id: string; name: string; currency: string; kind: string; version: number; external_id: string | null }[];
  }
  async function ratesOf(staff: SignedUpStaff, id: string): Promise<Rate[]> {
    const list = (await staff.client.get(`/api/v1/price-lists/${id}`)).json();
    return list.rates.map(({ item_id, min_quantity, rate_minor }: Rate) => ({ item_id, min_quantity, rate_minor }));
  }
  async function runToEnd(t: { ctx: Parameters<typeof runDueJobs>[0] }, staff: SignedUpStaff, id: string, mode: 'all_or_nothing' | 'valid_rows') {
    const run = await staff.client.post(`/api/v1/imports/${id}/run`, { mode });
    expect(run.statusCode, run.body).toBe(202);
    await runDueJobs(t.ctx);
    return (await staff.client.get(`/api/v1/imports/${id}`)).json();
  }

  it('sets the named rates (exact decimals, breaks), creates a missing list, leaves other rates alone and moves the version on', async ({ t, staff }) => {
    const { a, b, wholesale } = await catalogue(staff);
    const text = ['Preisliste;Währung;Artikelnummer;Ab Menge;Preis', 'Wholesale;EUR;A-1;;9,50', 'wholesale;;A-1;10;8', 'Retail JPY;JPY;B-1;;1200', 'retail jpy;;A-1;2,5;1000'].join('\r\n');
    const imp = (await upload(staff, 'price_lists', text)).json();
    expect(imp.mapping).toEqual({ price_list: 'Preisliste', currency: 'Währung', item_sku: 'Artikelnummer', min_quantity: 'Ab Menge', rate: 'Preis' });
    const validated = (await staff.client.post(`/api/v1/imports/${imp.id}/validate`, { mapping: imp.mapping })).json();
    expect(validated).toMatchObject({ valid_count: 4, invalid_count: 0, errors: [] });
    const done = await runToEnd(t, staff, imp.id, 'all_or_nothing');
    expect(done).toMatchObject({ status: 'succeeded', result: { created: 3, updated: 1, skipped: 0 } });

    expect(await ratesOf(staff, wholesale.id)).toEqual(
      expect.arrayContaining([
        { item_id: a.id, min_quantity: 0, rate_minor: 950 },
        { item_id: a.id, min_quantity: 10, rate_minor: 800 },
        { item_id: b.id, min_quantity: 0, rate_minor: 200 },
      ]),
    );
    expect(await ratesOf(staff, wholesale.id)).toHaveLength(3);
    const all = await lists(staff);
    expect(all.find((list) => list.id === wholesale.id)?.version).toBe(wholesale.version + 1);
    const retail = all.find((list) => list.name === 'Retail JPY');
    expect(retail).toMatchObject({ currency: 'JPY', kind: 'per_item', version: 1, external_id: null });
    expect(await ratesOf(staff, retail!.id)).toEqual(
      expect.arrayContaining([
        { item_id: b.id, min_quantity: 0, rate_minor: 1200 },
        { item_id: a.id, min_quantity: 2.5, rate_minor: 1000 },
      ]),
    );
    expect(all).toHaveLength(2);

    // An editor who opened the list before the import is told it changed.
    const stale = await staff.client.patch(`/api/v1/price-lists/${wholesale.id}`, { name: 'Wholesale 2', version: wholesale.version });
    expect(stale.statusCode).toBe(409);

    // By external ids: the list and the item.
    const byIds = (await upload(staff, 'price_lists', 'price_list_external_id,item_external_id,rate\r\npl-wholesale,item-a,9.99\r\n')).json();
    expect(byIds.mapping).toEqual({ price_list_external_id: 'price_list_external_id', item_external_id: 'item_external_id', rate: 'rate' });
    await staff.client.post(`/api/v1/imports/${byIds.id}/validate`, { mapping: byIds.mapping });
    expect((await runToEnd(t, staff, byIds.id, 'all_or_nothing')).result).toEqual({ created: 0, updated: 1, skipped: 0 });
    expect(await ratesOf(staff, wholesale.id)).toContainEqual({ item_id: a.id, min_quantity: 0, rate_minor: 999 });
  });

  const badFile = [
    'Price list,Price list ID,Currency,SKU,Min quantity,Rate',
    'Wholesale,,USD,A-1,,1',
    'Wholesale,,,NOPE,,1',
    'Wholesale,,,B-1,10,1.234',
    'Wholesale,,,B-1,,2.5',
    'Wholesale,,,B-1,,3',
    'New list,,,A-1,,1',
    'Fresh,,EUR,A-1,-1,abc',
    'Archived,,,A-1,,1',
    ',,,A-1,,1',
    'Fresh,,EUR,B-1,,4',
  ].join('\r\n');

  it('reports every bad row by row and field, and imports nothing', async ({ t, staff }) => {
    const { a, b, wholesale } = await catalogue(staff);
    const archived = (await staff.client.post('/api/v1/price-lists', { name: 'Archived', currency: 'EUR', kind: 'per_item' })).json();
    await staff.client.delete(`/api/v1/price-lists/${archived.id}`);
    const imp = (await upload(staff, 'price_lists', badFile)).json();
    expect(imp.mapping).toEqual({ price_list: 'Price list', price_list_external_id: 'Price list ID', currency: 'Currency', item_sku: 'SKU', min_quantity: 'Min quantity', rate: 'Rate' });
    const validated = (await staff.client.post(`/api/v1/imports/${imp.id}/validate`, { mapping: imp.mapping })).json();
    expect(validated.errors).toEqual([
      { row: 2, field: 'currency', code: 'invalid_value', message: 'is not the currency of the price list (EUR)' },
      { row: 3, field: 'item_sku', code: 'unknown_reference', message: 'is not the SKU of an item of this organization' },
      { row: 4, field: 'rate', code: 'invalid_format', message: 'has more decimals than EUR has' },
      { row: 6, field: 'item_sku', code: 'duplicate', message: 'is the same as on row 5' },
      { row: 7, field: 'currency', code: 'required', message: 'is required' },
      { row: 8, field: 'min_quantity', code: 'invalid_format', message: 'must be a quantity of at least 0 with at most three decimals' },
      { row: 8, field: 'rate', code: 'invalid_format', message: 'must be a decimal amount such as 12.50' },
      { row: 9, field: 'price_list', code: 'invalid_value', message: 'is an archived price list' },
      { row: 10, field: 'price_list', code: 'required', message: 'is required: the price list name or external id' },
    ]);
    expect(validated).toMatchObject({ valid_count: 2, invalid_count: 8 });
    const failed = await runToEnd(t, staff, imp.id, 'all_or_nothing');
    expect(failed).toMatchObject({ status: 'failed', result: { created: 0, updated: 0, skipped: 10 } });
    expect(await ratesOf(staff, wholesale.id)).toEqual(
      expect.arrayContaining([
        { item_id: a.id, min_quantity: 0, rate_minor: 900 },
        { item_id: b.id, min_quantity: 0, rate_minor: 200 },
      ]),
    );
    const all = await lists(staff);
    expect(all.map((list) => list.name).sort()).toEqual(['Archived', 'Wholesale']);
    expect(all.find((list) => list.id === wholesale.id)?.version).toBe(wholesale.version);
  });

  it('with valid_rows writes the valid rows and skips the others', async ({ t, staff }) => {
    const { b, wholesale } = await catalogue(staff);
    const archived = (await staff.client.post('/api/v1/price-lists', { name: 'Archived', currency: 'EUR', kind: 'per_item' })).json();
    await staff.client.delete(`/api/v1/price-lists/${archived.id}`);
    const imp = (await upload(staff, 'price_lists', badFile)).json();
    await staff.client.post(`/api/v1/imports/${imp.id}/validate`, { mapping: imp.mapping });
    const done = await runToEnd(t, staff, imp.id, 'valid_rows');
    expect(done).toMatchObject({ status: 'succeeded', result: { created: 1, updated: 1, skipped: 8 } });
    expect(await ratesOf(staff, wholesale.id)).toContainEqual({ item_id: b.id, min_quantity: 0, rate_minor: 250 });
    const fresh = (await lists(staff)).find((list) => list.name === 'Fresh');
    expect(fresh).toMatchObject({ currency: 'EUR', version: 1 });
    expect(await ratesOf(staff, fresh!.id)).toEqual([{ item_id: b.id, min_quantity: 0, rate_minor: 400 }]);
  });

  it("refuses another organization's items and never writes to its lists", async ({ t, staff }) => {
    const other = await signUpStaff(t.app);
    const theirs = await catalogue(other);
    await staff.client.post('/api/v1/items', { name: 'Mine', sku: 'M-1', rate_minor: 100, currency: 'EUR' });
    const text = ['price_list_external_id,price_list,currency,item_sku,item_external_id,rate', 'pl-wholesale,Mine,EUR,M-1,,5', 'pl-wholesale,Mine,EUR,A-1,,5', 'pl-wholesale,Mine,EUR,,item-a,5'].join('\r\n');
    const imp = (await upload(staff, 'price_lists', text)).json();
    const validated = (await staff.client.post(`/api/v1/imports/${imp.id}/validate`, { mapping: imp.mapping })).json();
    expect(validated.errors).toEqual([
      { row: 3, field: 'item_sku', code: 'unknown_reference', message: 'is not the SKU of an item of this organization' },
      { row: 4, field: 'item_external_id', code: 'unknown_reference', message: 'is not the external id of an item of this organization' },
    ]);
    expect((await other.client.get(`/api/v1/imports/${imp.id}`)).statusCode).toBe(404);
    expect((await other.client.post(`/api/v1/imports/${imp.id}/run`, {})).statusCode).toBe(404);
    const done = await runToEnd(t, staff, imp.id, 'valid_rows');
    expect(done.result).toEqual({ created: 1, updated: 0, skipped: 2 });
    // The external id names no list of this organization: the import creates its own.
    const mine = await lists(staff);
    expect(mine).toMatchObject([{ name: 'Mine', external_id: 'pl-wholesale', version: 1 }]);
    expect(await ratesOf(other, theirs.wholesale.id)).toHaveLength(2);
    expect((await lists(other))[0]).toMatchObject({ id: theirs.wholesale.id, version: theirs.wholesale.version });
  });

  it('asks an API key for the orders.write scope of price lists, beside customers.write', async ({ t, staff }) => {
    await catalogue(staff);
    const text = 'price_list,item_sku,rate\r\nWholesale,A-1,1\r\n';
    const customersOnly = (await staff.client.post('/api/v1/api-keys', { name: 'Customers', scopes: ['customers.read', 'customers.write'] })).json().key as string;
    const both = (await staff.client.post('/api/v1/api-keys', { name: 'Both', scopes: ['customers.read', 'customers.write', 'orders.write'] })).json().key as string;
    const api = new TestClient(t.app);
    const refused = await api.request('POST', '/api/v1/imports?kind=price_lists', text, { ...csvHeaders, authorization: `Bearer ${customersOnly}` });
    expect(refused.statusCode).toBe(403);
    const accepted = await api.request('POST', '/api/v1/imports?kind=price_lists', text, { ...csvHeaders, authorization: `Bearer ${both}` });
    expect(accepted.statusCode, accepted.body).toBe(201);
    const id = accepted.json().id as string;
    const mapping = { price_list: 'price_list', item_sku: 'item_sku', rate: 'rate' };
    expect((await api.request('POST', `/api/v1/imports/${id}/validate`, { mapping }, { authorization: `Bearer ${customersOnly}` })).statusCode).toBe(403);
    expect((await api.request('POST', `/api/v1/imports/${id}/validate`, { mapping }, { authorization: `Bearer ${both}` })).statusCode).toBe(200);
    expect((await api.request('POST', `/api/v1/imports/${id}/run`, {}, { authorization: `Bearer ${customersOnly}` })).statusCode).toBe(403);
    expect((await api.request('POST', `/api/v1/imports/${id}/run`, {}, { authorization: `Bearer ${both}` })).statusCode).toBe(202);
  });

  it('never loses a rate to an edit of the list saved at the same moment: the edit that opened the list before is refused', async ({ t, staff }) => {
    const { a, b, wholesale } = await catalogue(staff);
    const imp = (await upload(staff, 'price_lists', 'price_list,item_sku,rate\r\nWholesale,A-1,9.50\r\n')).json();
    await staff.client.post(`/api/v1/imports/${imp.id}/validate`, { mapping: imp.mapping });
    expect((await staff.client.post(`/api/v1/imports/${imp.id}/run`, {})).statusCode).toBe(202);
    const [, edit] = await Promise.all([runDueJobs(t.ctx), staff.client.patch(`/api/v1/price-lists/${wholesale.id}`, { rates: [{ item_id: a.id, rate_minor: 1 }, { item_id: b.id, rate_minor: 2 }], version: wholesale.version })]);
    expect([200, 409]).toContain(edit.statusCode);
    expect((await staff.client.get(`/api/v1/imports/${imp.id}`)).json()).toMatchObject({ status: 'succeeded', result: { created: 0, updated: 1, skipped: 0 } });
    expect(await ratesOf(staff, wholesale.id)).toContainEqual({ item_id: a.id, min_quantity: 0, rate_minor: 950 });
    const after = (await staff.client.get(`/api/v1/price-lists/${wholesale.id}`)).json();
    expect(after.version).toBe(wholesale.version + (edit.statusCode === 200 ? 2 : 1));
  });
});
