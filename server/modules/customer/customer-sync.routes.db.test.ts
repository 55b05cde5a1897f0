import { expect } from 'vitest';
import { signUpStaff } from '../../test/builders.ts';
import { TestClient } from '../../test/http-client.ts';
import { describeOnEachDialect } from '../../test/fixture.ts';

const acme = {
  display_name: 'Acme Corp',
  company_name: 'Acme Corporation',
  email: 'billing@acme.test',
  currency: 'EUR',
  portal_language: 'de',
  billing_address: { street: 'Hauptstraße 1', city: 'Berlin' },
  tax_number: 'DE123',
  notes: 'From the ERP',
  allow_bank_payments: true,
};

describeOnEachDialect('customers and contact persons by external id', (it) => {
  it('creates a customer by external id, then answers the same PUT with 200 and changes nothing', async ({ clock, staff }) => {
    const first = await staff.client.put('/api/v1/customers/by-external-id/C-1000', acme);
    expect(first.statusCode, first.body).toBe(201);
    expect(first.json()).toMatchObject({ ...acme, external_id: 'C-1000', contact_persons: [] });
    clock.advance(60);
    const again = await staff.client.put('/api/v1/customers/by-external-id/C-1000', acme);
    expect(again.statusCode).toBe(200);
    expect(again.json()).toEqual(first.json());
    const list = (await staff.client.get('/api/v1/customers')).json().data;
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({ id: first.json().id, external_id: 'C-1000' });
  });

  it('changes the customer to exactly the body: fields left out are cleared', async ({ clock, staff }) => {
    const { id } = (await staff.client.put('/api/v1/customers/by-external-id/C-2', acme)).json();
    clock.advance(60);
    const changed = await staff.client.put('/api/v1/customers/by-external-id/C-2', { display_name: 'Acme (renamed)' });
    expect(changed.statusCode).toBe(200);
    expect(changed.json()).toMatchObject({
      id,
      display_name: 'Acme (renamed)',
      company_name: null,
      email: null,
      currency: 'USD',
      portal_language: 'en',
      billing_address: null,
      tax_number: null,
      notes: null,
      allow_bank_payments: false,
      external_id: 'C-2',
    });
    expect(changed.json().updated_at).not.toBe(changed.json().created_at);
  });

  it("keeps another organization's external ids apart", async ({ t, staff }) => {
    const other = await signUpStaff(t.app);
    const mine = (await staff.client.put('/api/v1/customers/by-external-id/SAME', acme)).json();
    const theirs = await other.client.put('/api/v1/customers/by-external-id/SAME', { display_name: 'Theirs' });
    expect(theirs.statusCode).toBe(201);
    expect(theirs.json().id).not.toBe(mine.id);
    expect((await staff.client.get(`/api/v1/customers/${mine.id}`)).json().display_name).toBe('Acme Corp');
    const contact = await other.client.put('/api/v1/contact-persons/by-external-id/P-1', { customer_id: mine.id, first_name: 'Eve' });
    expect(contact.statusCode).toBe(400);
    expect(contact.json().error.details[0]).toMatchObject({ field: 'customer_id', code: 'unknown_reference' });
  });

  it('trims external ids, refuses one longer than 255 characters and an unknown field', async ({ staff }) => {
    const created = await staff.client.post('/api/v1/customers', { display_name: 'Trimmed', external_id: '  T-1  ' });
    expect(created.statusCode).toBe(201);
    expect(created.json().external_id).toBe('T-1');
    const long = await staff.client.post('/api/v1/customers', { display_name: 'Long', external_id: 'x'.repeat(256) });
    expect(long.statusCode).toBe(400);
    expect(long.json().error.details[0].field).toBe('external_id');
    const longPath = await staff.client.put(`/api/v1/customers/by-external-id/${'x'.repeat(256)}`, { display_name: 'Long' });
    expect(longPath.statusCode).toBe(400);
    const unknown = await staff.client.put('/api/v1/customers/by-external-id/U-1', { display_name: 'U', contact_persons: [] });
    expect(unknown.statusCode).toBe(400);
  });

  it('answers 409 naming external_id when another customer of the organization has it', async ({ staff }) => {
    await staff.client.post('/api/v1/customers', { display_name: 'First', external_id: 'DUP' });
    const second = await staff.client.post('/api/v1/customers', { display_name: 'Second', external_id: 'DUP' });
    expect(second.statusCode).toBe(409);
    expect(second.json().error).toMatchObject({ code: 'CONFLICT', details: [expect.objectContaining({ field: 'external_id', code: 'taken' })] });
    const other = (await staff.client.post('/api/v1/customers', { display_name: 'Other' })).json();
    const patched = await staff.client.patch(`/api/v1/customers/${other.id}`, { external_id: 'DUP' });
    expect(patched.statusCode).toBe(409);
    expect((await staff.client.get(`/api/v1/customers/${other.id}`)).json().external_id).toBeNull();
    expect((await staff.client.patch(`/api/v1/customers/${other.id}`, { external_id: 'OTHER' })).json().external_id).toBe('OTHER');
  });

  it('creates one customer when the same PUT arrives several times at once', async ({ staff }) => {
    const answers = await Promise.all(Array.from({ length: 5 }, () => staff.client.put('/api/v1/customers/by-external-id/RACE', acme)));
    expect(answers.map((answer) => answer.statusCode).sort()).toEqual([200, 200, 200, 200, 201]);
    expect(new Set(answers.map((answer) => answer.json().id)).size).toBe(1);
    expect((await staff.client.get('/api/v1/customers')).json().data).toHaveLength(1);
  });

  it('pulls changes since an instant, oldest first, each once across pages even when they share a timestamp', async ({ clock, staff }) => {
    const start = new Date('2026-12-01T10:00:00.000Z');
    clock.set(start);
    await staff.client.put('/api/v1/customers/by-external-id/A', { display_name: 'Zeta' });
    await staff.client.put('/api/v1/customers/by-external-id/B', { display_name: 'Alpha' });
    await staff.client.put('/api/v1/customers/by-external-id/C', { display_name: 'Mu' });
    clock.advance(10);
    await staff.client.put('/api/v1/customers/by-external-id/D', { display_name: 'Beta' });

    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const url: string = `/api/v1/customers?updated_since=${encodeURIComponent(start.toISOString())}&limit=1${cursor ? `&cursor=${cursor}` : ''}`;
      const page = await staff.client.get(url);
      expect(page.statusCode, page.body).toBe(200);
      seen.push(...page.json().data.map((customer: { external_id: string }) => customer.external_id));
      cursor = page.json().next_cursor;
    } while (cursor);
    expect(seen.slice(0, 3).sort()).toEqual(['A', 'B', 'C']);
    expect(seen).toHaveLength(4);
    expect(seen[3]).toBe('D');

    clock.advance(10);
    await staff.client.put('/api/v1/customers/by-external-id/B', { display_name: 'Alpha 2' });
    const since = new Date(start.getTime() + 10_000 + 1).toISOString();
    const changed = (await staff.client.get(`/api/v1/customers?updated_since=${encodeURIComponent(since)}`)).json().data;
    expect(changed.map((customer: { external_id: string }) => customer.external_id)).toEqual(['B']);
    // An offset in the timestamp means the same instant.
    const offset = (await staff.client.get(`/api/v1/customers?updated_since=${encodeURIComponent('2026-12-01T11:00:11+01:00')}`)).json().data;
    expect(offset.map((customer: { external_id: string }) => customer.external_id)).toEqual(['B']);
    const bad = await staff.client.get('/api/v1/customers?updated_since=yesterday');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.details[0].field).toBe('updated_since');
  });

  it('creates a contact person of a customer named by its external id, and answers the same PUT with 200', async ({ clock, staff }) => {
    const customer = (await staff.client.put('/api/v1/customers/by-external-id/C-9', acme)).json();
    const body = { customer_external_id: 'C-9', first_name: 'Hans', last_name: 'Müller', email: 'hans@acme.test', phone: '+49 30 1' };
    const first = await staff.client.put('/api/v1/contact-persons/by-external-id/P-9', body);
    expect(first.statusCode, first.body).toBe(201);
    expect(first.json()).toMatchObject({ customer_id: customer.id, external_id: 'P-9', is_primary: true, email: 'hans@acme.test' });
    clock.advance(60);
    const again = await staff.client.put('/api/v1/contact-persons/by-external-id/P-9', body);
    expect(again.statusCode).toBe(200);
    expect(again.json()).toEqual(first.json());

    const byId = await staff.client.put('/api/v1/contact-persons/by-external-id/P-9', { customer_id: customer.id, first_name: 'Hans' });
    expect(byId.statusCode).toBe(200);
    expect(byId.json()).toMatchObject({ first_name: 'Hans', last_name: '', email: null, phone: null, is_primary: true });

    const second = await staff.client.put('/api/v1/contact-persons/by-external-id/P-10', { customer_external_id: 'C-9', first_name: 'Greta', is_primary: true });
    expect(second.json().is_primary).toBe(true);
    expect((await staff.client.get(`/api/v1/customers/${customer.id}`)).json().primary_contact.name).toBe('Greta');
  });

  it('refuses a contact PUT that names no customer, both kinds, an unknown one, or moves the person', async ({ staff }) => {
    const one = (await staff.client.put('/api/v1/customers/by-external-id/ONE', { display_name: 'One' })).json();
    await staff.client.put('/api/v1/customers/by-external-id/TWO', { display_name: 'Two' });
    const none = await staff.client.put('/api/v1/contact-persons/by-external-id/P', { first_name: 'X' });
    expect(none.statusCode).toBe(400);
    const both = await staff.client.put('/api/v1/contact-persons/by-external-id/P', { first_name: 'X', customer_id: one.id, customer_external_id: 'ONE' });
    expect(both.statusCode).toBe(400);
    const unknown = await staff.client.put('/api/v1/contact-persons/by-external-id/P', { first_name: 'X', customer_external_id: 'NOPE' });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error.details[0]).toMatchObject({ field: 'customer_external_id', code: 'unknown_reference' });
    expect((await staff.client.put('/api/v1/contact-persons/by-external-id/P', { first_name: 'X', customer_external_id: 'ONE' })).statusCode).toBe(201);
    const moved = await staff.client.put('/api/v1/contact-persons/by-external-id/P', { first_name: 'X', customer_external_id: 'TWO' });
    expect(moved.statusCode).toBe(409);
    expect(moved.json().error.details[0].field).toBe('customer_external_id');
    const taken = await staff.client.post(`/api/v1/customers/${one.id}/contact-persons`, { first_name: 'Y', external_id: 'P' });
    expect(taken.statusCode).toBe(409);
    expect(taken.json().error.details[0]).toMatchObject({ field: 'external_id', code: 'taken' });
  });

  it('creates one contact person when the same PUT arrives several times at once', async ({ staff }) => {
    const customer = (await staff.client.put('/api/v1/customers/by-external-id/CR', { display_name: 'Race' })).json();
    const body = { customer_external_id: 'CR', first_name: 'Rita', email: 'rita@race.test' };
    const answers = await Promise.all(Array.from({ length: 5 }, () => staff.client.put('/api/v1/contact-persons/by-external-id/PR', body)));
    expect(answers.map((answer) => answer.statusCode).sort()).toEqual([200, 200, 200, 200, 201]);
    expect((await staff.client.get(`/api/v1/customers/${customer.id}/contact-persons`)).json().data).toHaveLength(1);
  });

  it('pulls changed contact persons of the organization since an instant, each once across pages', async ({ t, clock, staff }) => {
    const start = new Date('2026-12-01T10:00:00.000Z');
    clock.set(start);
    await staff.client.put('/api/v1/customers/by-external-id/PC', { display_name: 'Pull' });
    for (const id of ['P1', 'P2', 'P3']) await staff.client.put(`/api/v1/contact-persons/by-external-id/${id}`, { customer_external_id: 'PC', first_name: id });
    const other = await signUpStaff(t.app);
    await other.client.put('/api/v1/customers/by-external-id/PC', { display_name: 'Theirs' });
    await other.client.put('/api/v1/contact-persons/by-external-id/P1', { customer_external_id: 'PC', first_name: 'Theirs' });

    const all = (await staff.client.get('/api/v1/contact-persons')).json();
    expect(all.data.map((contact: { external_id: string }) => contact.external_id)).toEqual(['P1', 'P2', 'P3']);
    clock.advance(10);
    await staff.client.put('/api/v1/contact-persons/by-external-id/P2', { customer_external_id: 'PC', first_name: 'P2 renamed' });
    const since = encodeURIComponent(new Date(start.getTime() + 1).toISOString());
    const changed = await staff.client.get(`/api/v1/contact-persons?updated_since=${since}&limit=1`);
    expect(changed.json()).toMatchObject({ data: [{ external_id: 'P2', first_name: 'P2 renamed' }], next_cursor: null });
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: { data: { external_id: string }[]; next_cursor: string | null } = (await staff.client.get(`/api/v1/contact-persons?updated_since=${encodeURIComponent(start.toISOString())}&limit=2${cursor ? `&cursor=${cursor}` : ''}`)).json();
      seen.push(...page.data.map((contact: { external_id: string }) => contact.external_id));
      cursor = page.next_cursor;
    } while (cursor);
    expect(seen.sort()).toEqual(['P1', 'P2', 'P3']);
    expect((await staff.client.get(`/api/v1/contact-persons?updated_since=${since}&cursor=${all.next_cursor ?? 'x'}`)).statusCode).toBe(400);
  });

  it('lets an API key with customers.write sync, and refuses one with customers.read only', async ({ t, staff, ip }) => {
    const writer = (await staff.client.post('/api/v1/api-keys', { name: 'ERP', scopes: ['customers.read', 'customers.write'] })).json();
    const reader = (await staff.client.post('/api/v1/api-keys', { name: 'BI', scopes: ['customers.read'] })).json();
    const api = new TestClient(t.app, ip);
    const put = (key: string, path: string, body: unknown) => api.request('PUT', path, body, { authorization: `Bearer ${key}` });
    expect((await put(writer.key, '/api/v1/customers/by-external-id/K', { display_name: 'Via key' })).statusCode).toBe(201);
    expect((await put(writer.key, '/api/v1/contact-persons/by-external-id/KP', { customer_external_id: 'K', first_name: 'Kim' })).statusCode).toBe(201);
    expect((await put(reader.key, '/api/v1/customers/by-external-id/K', { display_name: 'Changed' })).statusCode).toBe(403);
    expect((await put(reader.key, '/api/v1/contact-persons/by-external-id/KP', { customer_external_id: 'K', first_name: 'X' })).statusCode).toBe(403);
    const pulled = await api.request('GET', '/api/v1/customers?updated_since=2000-01-01T00:00:00Z', undefined, { authorization: `Bearer ${reader.key}` });
    expect(pulled.json().data[0]).toMatchObject({ display_name: 'Via key', external_id: 'K' });
  });
});
