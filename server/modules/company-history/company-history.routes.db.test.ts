import { expect } from 'vitest';
import { signUpStaff } from '../../test/builders.ts';
import { describeOnEachDialect } from '../../test/fixture.ts';
import { TestClient } from '../../test/http-client.ts';
import { acceptedContact } from '../../test/portal-builders.ts';

describeOnEachDialect('company details history', (it) => {
  it('records a staff edit with only the changed fields, before and after, and nothing for a no-op', async ({ staff }) => {
    const created = (
      await staff.client.post('/api/v1/customers', { display_name: 'Globex', company_name: 'Globex', phone: '123', billing_address: { street: '1 Main St', city: 'Leeds' } })
    ).json();
    const history = `/api/v1/customers/${created.id}/company-history`;
    expect((await staff.client.get(history)).json()).toEqual({ data: [], next_cursor: null });

    const changed = await staff.client.patch(`/api/v1/customers/${created.id}`, {
      company_name: 'Globex Ltd',
      phone: '123',
      tax_number: 'GB123456789',
      billing_address: { city: 'Leeds', street: '2 Main St' },
    });
    expect(changed.statusCode, changed.body).toBe(200);
    expect(changed.json().tax_number).toBe('GB123456789');
    const [row] = (await staff.client.get(history)).json().data;
    expect(row).toMatchObject({
      actor_type: 'staff',
      actor_name: 'Owner Person',
      staff_user_id: staff.user.id,
      contact_person_id: null,
      before: { company_name: 'Globex', tax_number: null, billing_address: { city: 'Leeds', street: '1 Main St' } },
      after: { company_name: 'Globex Ltd', tax_number: 'GB123456789', billing_address: { city: 'Leeds', street: '2 Main St' } },
    });
    expect(Object.keys(row.after).sort()).toEqual(['billing_address', 'company_name', 'tax_number']);

    // The same values again (keys in another order, an empty phone as before) change nothing.
    const again = await staff.client.patch(`/api/v1/customers/${created.id}`, { company_name: 'Globex Ltd', billing_address: { street: '2 Main St', city: 'Leeds' }, tax_number: 'GB123456789' });
    expect(again.statusCode).toBe(200);
    expect((await staff.client.get(history)).json().data).toHaveLength(1);
  });

  it('names the API key as the actor and pages newest first', async ({ t, staff, ip }) => {
    const customer = (await staff.client.post('/api/v1/customers', { display_name: 'Initech' })).json();
    const key = (await staff.client.post('/api/v1/api-keys', { name: 'ERP', scopes: ['customers.read', 'customers.write'] })).json().key;
    const api = new TestClient(t.app, ip);
    const auth = { authorization: `Bearer ${key}` };
    for (const phone of ['1', '2', '3']) {
      const response = await api.request('PATCH', `/api/v1/customers/${customer.id}`, { phone }, auth);
      expect(response.statusCode, response.body).toBe(200);
    }
    const first = (await api.request('GET', `/api/v1/customers/${customer.id}/company-history?limit=2`, undefined, auth)).json();
    expect(first.data.map((row: { after: { phone: string } }) => row.after.phone)).toEqual(['3', '2']);
    expect(first.data[0]).toMatchObject({ actor_type: 'api', staff_user_id: null, before: { phone: '2' } });
    const second = (await staff.client.get(`/api/v1/customers/${customer.id}/company-history?limit=2&cursor=${first.next_cursor}`)).json();
    expect(second).toMatchObject({ data: [{ before: { phone: null }, after: { phone: '1' } }], next_cursor: null });
  });

  it("answers 404 for another organization's customer", async ({ t, staff }) => {
    const contact = await acceptedContact(t, staff);
    const other = await signUpStaff(t.app);
    expect((await other.client.get(`/api/v1/customers/${contact.customerId}/company-history`)).statusCode).toBe(404);
  });
});
