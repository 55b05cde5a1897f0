import { expect } from 'vitest';
import { signUpStaff } from '../../test/builders.ts';
import { TestClient, uniqueEmail } from '../../test/http-client.ts';
import { describeOnEachDialect } from '../../test/fixture.ts';

describeOnEachDialect('customers and contact persons', (it) => {
  async function createCustomer(client: TestClient, body: Record<string, unknown>) {
    const response = await client.post('/api/v1/customers', body);
    expect(response.statusCode, response.body).toBe(201);
    return response.json();
  }

  it('creates a customer with addresses, currency, portal language and contact persons, the first one primary', async ({ staff }) => {
    const customer = await createCustomer(staff.client, {
      display_name: 'Müller Maschinenbau',
      company_name: 'Müller Maschinenbau GmbH',
      currency: 'eur',
      portal_language: 'de',
      billing_address: { street: 'Hauptstraße 1', city: 'Berlin', postal_code: '10115', country: 'DE' },
      contact_persons: [
        { first_name: 'Hans', last_name: 'Müller', email: 'Hans.Mueller@Example.test' },
        { first_name: 'Greta', last_name: 'Müller' },
      ],
    });
    expect(customer).toMatchObject({ currency: 'EUR', portal_language: 'de', billing_address: { city: 'Berlin' } });
    expect(customer.contact_persons).toHaveLength(2);
    expect(customer.contact_persons[0]).toMatchObject({ name: 'Hans Müller', email: 'hans.mueller@example.test', is_primary: true });
    expect(customer.contact_persons[0].portal.status).toBe('not_invited');
    expect(customer.contact_persons[0].permissions).toEqual(['view_documents', 'pay', 'approve_estimates', 'place_orders', 'manage_company']);
    expect(customer.primary_contact.name).toBe('Hans Müller');
  });

  it('invites the primary contact when created with portal access, in the customer’s language', async ({ t, staff }) => {
    const email = uniqueEmail('primary');
    const customer = await createCustomer(staff.client, {
      display_name: 'Dupont SA',
      portal_language: 'fr',
      allow_portal_access: true,
      contact_persons: [{ first_name: 'Other', email: uniqueEmail() }, { first_name: 'Marie', last_name: 'Dupont', email, is_primary: true }],
    });
    const primary = customer.contact_persons.find((contact: { email: string }) => contact.email === email);
    expect(primary.portal.status).toBe('invited');
    expect(customer.portal_access.results).toEqual([{ contact_person_id: primary.id, outcome: 'invited' }]);
    const mail = (await t.deliverMail()).filter((message) => message.to === email);
    expect(mail).toHaveLength(1);
    expect(mail[0]?.subject).toContain('vous invite');
    expect(mail[0]?.text).toMatch(new RegExp(`/portal/${staff.organization.slug}/invite/[A-Za-z0-9_-]{43}\\?lang=fr`));
  });

  it('refuses portal access on creation without any contact person and writes nothing', async ({ staff }) => {
    const response = await staff.client.post('/api/v1/customers', { display_name: 'No Contact Ltd', allow_portal_access: true });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.details[0].field).toBe('allow_portal_access');
    const list = await staff.client.get('/api/v1/customers?search=No%20Contact');
    expect(list.json().data).toHaveLength(0);
  });

  it('names the field for bad input: unknown currency, language, email', async ({ staff }) => {
    const currency = await staff.client.post('/api/v1/customers', { display_name: 'X', currency: 'XYZW' });
    expect(currency.statusCode).toBe(400);
    expect(currency.json().error.details[0].field).toBe('currency');
    const notIso = await staff.client.post('/api/v1/customers', { display_name: 'Not ISO Ltd', currency: 'ABC' });
    expect(notIso.statusCode).toBe(400);
    expect(notIso.json().error.details).toEqual([expect.objectContaining({ field: 'currency', code: 'unknown_currency' })]);
    expect((await staff.client.get('/api/v1/customers?search=Not%20ISO')).json().data).toHaveLength(0);
    const language = await staff.client.post('/api/v1/customers', { display_name: 'X', portal_language: 'xx' });
    expect(language.json().error.details[0].field).toBe('portal_language');
    const email = await staff.client.post('/api/v1/customers', { display_name: 'X', contact_persons: [{ first_name: 'A', email: 'not-an-email' }] });
    expect(email.statusCode).toBe(400);
    expect(email.json().error.details[0].field).toBe('contact_persons.0.email');
  });

  it('searches by name or contact email and pages with a cursor', async ({ staff }) => {
    for (let i = 0; i < 5; i++) await createCustomer(staff.client, { display_name: `Paged Customer ${i}`, contact_persons: [{ first_name: 'P', email: `paged${i}@find.test` }] });
    await createCustomer(staff.client, { display_name: 'Unrelated', contact_persons: [{ first_name: 'U', email: 'someone@find-me.test' }] });
    const first = (await staff.client.get('/api/v1/customers?limit=2&search=paged')).json();
    expect(first.data.map((c: { display_name: string }) => c.display_name)).toEqual(['Paged Customer 0', 'Paged Customer 1']);
    const second = (await staff.client.get(`/api/v1/customers?limit=2&search=paged&cursor=${first.next_cursor}`)).json();
    expect(second.data.map((c: { display_name: string }) => c.display_name)).toEqual(['Paged Customer 2', 'Paged Customer 3']);
    const third = (await staff.client.get(`/api/v1/customers?limit=2&search=paged&cursor=${second.next_cursor}`)).json();
    expect(third.data).toHaveLength(1);
    expect(third.next_cursor).toBeNull();
    const byContact = (await staff.client.get('/api/v1/customers?search=find-me.test')).json();
    expect(byContact.data.map((c: { display_name: string }) => c.display_name)).toEqual(['Unrelated']);
    expect((await staff.client.get('/api/v1/customers?cursor=garbage')).statusCode).toBe(400);
    expect((await staff.client.get('/api/v1/customers?limit=1000')).json().error.details[0].field).toBe('limit');
  });

  it('updates a customer and a contact; making a contact primary moves the flag', async ({ staff }) => {
    const customer = await createCustomer(staff.client, { display_name: 'Editable', contact_persons: [{ first_name: 'A' }, { first_name: 'B' }] });
    const updated = await staff.client.patch(`/api/v1/customers/${customer.id}`, { display_name: 'Edited', portal_language: 'ja' });
    expect(updated.json()).toMatchObject({ display_name: 'Edited', portal_language: 'ja' });
    const second = customer.contact_persons[1];
    const promoted = await staff.client.patch(`/api/v1/contact-persons/${second.id}`, { is_primary: true, permissions: ['view_documents'] });
    expect(promoted.json()).toMatchObject({ is_primary: true, permissions: ['view_documents'] });
    const after = (await staff.client.get(`/api/v1/customers/${customer.id}`)).json();
    expect(after.contact_persons.filter((c: { is_primary: boolean }) => c.is_primary)).toHaveLength(1);
    expect(after.primary_contact.id).toBe(second.id);
  });

  it('adds and deletes contact persons; deleting the primary promotes another', async ({ staff }) => {
    const customer = await createCustomer(staff.client, { display_name: 'Contacts Co', contact_persons: [{ first_name: 'First' }] });
    const added = await staff.client.post(`/api/v1/customers/${customer.id}/contact-persons`, { first_name: 'Second', email: uniqueEmail() });
    expect(added.statusCode).toBe(201);
    expect(added.json().is_primary).toBe(false);
    expect((await staff.client.delete(`/api/v1/contact-persons/${customer.contact_persons[0].id}`)).statusCode).toBe(204);
    const list = (await staff.client.get(`/api/v1/customers/${customer.id}/contact-persons`)).json();
    expect(list.data).toEqual([expect.objectContaining({ first_name: 'Second', is_primary: true })]);
  });

  it('hides another organization’s customers and contacts behind 404', async ({ t, staff }) => {
    const other = await signUpStaff(t.app);
    const customer = await createCustomer(staff.client, { display_name: 'Private', contact_persons: [{ first_name: 'Secret', email: uniqueEmail() }] });
    const contactId = customer.contact_persons[0].id;
    expect((await other.client.get(`/api/v1/customers/${customer.id}`)).statusCode).toBe(404);
    expect((await other.client.patch(`/api/v1/customers/${customer.id}`, { display_name: 'Hacked' })).statusCode).toBe(404);
    expect((await other.client.delete(`/api/v1/customers/${customer.id}`)).statusCode).toBe(404);
    expect((await other.client.get(`/api/v1/contact-persons/${contactId}`)).statusCode).toBe(404);
    expect((await other.client.patch(`/api/v1/contact-persons/${contactId}`, { first_name: 'X' })).statusCode).toBe(404);
    expect((await other.client.post(`/api/v1/customers/${customer.id}/contact-persons`, { first_name: 'X' })).statusCode).toBe(404);
    expect((await other.client.get('/api/v1/customers?search=Private')).json().data).toHaveLength(0);
    expect((await staff.client.get(`/api/v1/customers/${customer.id}`)).json().display_name).toBe('Private');
  });

  it('accepts an API key with the right scope and refuses one without it', async ({ t, staff, ip }) => {
    const created = await staff.client.post('/api/v1/api-keys', { name: 'ERP sync', scopes: ['customers.read'] });
    expect(created.statusCode).toBe(201);
    const { key } = created.json();
    const api = new TestClient(t.app, ip);
    const list = await api.request('GET', '/api/v1/customers', undefined, { authorization: `Bearer ${key}` });
    expect(list.statusCode).toBe(200);
    const write = await api.request('POST', '/api/v1/customers', { display_name: 'Via API' }, { authorization: `Bearer ${key}` });
    expect(write.statusCode).toBe(403);
    const keys = (await staff.client.get('/api/v1/api-keys')).json().data;
    expect(keys[0]).not.toHaveProperty('key');
    expect(keys[0].last_used_at).not.toBeNull();
    expect((await staff.client.delete(`/api/v1/api-keys/${created.json().id}`)).statusCode).toBe(204);
    const revoked = await api.request('GET', '/api/v1/customers', undefined, { authorization: `Bearer ${key}` });
    expect(revoked.statusCode).toBe(401);
    const unknown = await api.request('GET', '/api/v1/customers', undefined, { authorization: 'Bearer pk_nope' });
    expect(unknown.statusCode).toBe(401);
  });
});
