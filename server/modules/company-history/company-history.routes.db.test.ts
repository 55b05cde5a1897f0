import { expect } from 'vitest';
import type { Db } from '../../db/database.ts';
import { signUpStaff } from '../../test/builders.ts';
import { describeOnEachDialect } from '../../test/fixture.ts';
import { TestClient } from '../../test/http-client.ts';
import { acceptedContact } from '../../test/portal-builders.ts';

const warehouse = '1 Dock Road\nLeeds';
const office = '5 Main St\nLondon';

/** What staff would hear of changes in their organization: portal activities and notifications. */
async function toldToStaff(db: Db, organizationId: string): Promise<{ activities: number; notifications: number }> {
  const activities = await db.selectFrom('activities').select((eb) => eb.fn.countAll<string | number>().as('n')).where('organization_id', '=', organizationId).executeTakeFirstOrThrow();
  const notifications = await db.selectFrom('notifications').select((eb) => eb.fn.countAll<string | number>().as('n')).where('organization_id', '=', organizationId).executeTakeFirstOrThrow();
  return { activities: Number(activities.n), notifications: Number(notifications.n) };
}

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

  it('records staff changes of the shipping addresses with the staff member as author, and tells no one', async ({ t, staff }) => {
    const customer = (await staff.client.post('/api/v1/customers', { display_name: 'Hooli' })).json();
    const base = `/api/v1/customers/${customer.id}/shipping-addresses`;
    const history = `/api/v1/customers/${customer.id}/company-history`;
    const author = { actor_type: 'staff', actor_name: 'Owner Person', staff_user_id: staff.user.id, contact_person_id: null };

    const first = (await staff.client.post(base, { label: 'Warehouse', address: warehouse })).json();
    const second = await staff.client.post(base, { label: 'Office', address: office });
    expect(second.statusCode, second.body).toBe(201);
    let rows = (await staff.client.get(history)).json().data;
    expect(rows).toHaveLength(2);
    expect(rows[1]).toMatchObject({
      ...author,
      before: { saved_shipping_address: null, default_shipping_address: null },
      after: { saved_shipping_address: { label: 'Warehouse', address: warehouse }, default_shipping_address: 'Warehouse' },
    });
    expect(rows[0]).toMatchObject({ ...author, before: { saved_shipping_address: null }, after: { saved_shipping_address: { label: 'Office', address: office } } });
    expect(Object.keys(rows[0].after)).toEqual(['saved_shipping_address']);

    const marked = await staff.client.patch(`${base}/${second.json().id}`, { is_default: true });
    expect(marked.statusCode, marked.body).toBe(200);
    rows = (await staff.client.get(history)).json().data;
    expect(rows[0]).toMatchObject({ ...author, before: { default_shipping_address: 'Warehouse' }, after: { default_shipping_address: 'Office' } });
    expect(Object.keys(rows[0].after)).toEqual(['default_shipping_address']);

    // The same again changes nothing and records nothing.
    expect((await staff.client.patch(`${base}/${second.json().id}`, { is_default: true })).statusCode).toBe(200);
    expect((await staff.client.get(history)).json().data).toHaveLength(3);

    expect((await staff.client.delete(`${base}/${first.id}`)).statusCode).toBe(204);
    rows = (await staff.client.get(history)).json().data;
    expect(rows).toHaveLength(4);
    expect(rows[0]).toMatchObject({ ...author, before: { saved_shipping_address: { label: 'Warehouse', address: warehouse } }, after: { saved_shipping_address: null } });

    // Staff made these changes: no portal activity, no notification, also not for the company details.
    expect((await staff.client.patch(`/api/v1/customers/${customer.id}`, { tax_number: 'GB 123 456 789' })).statusCode).toBe(200);
    expect((await staff.client.get(history)).json().data[0]).toMatchObject({ ...author, before: { tax_number: null }, after: { tax_number: 'GB 123 456 789' } });
    expect(await toldToStaff(t.ctx.db, staff.organization.id)).toEqual({ activities: 0, notifications: 0 });
  });

  it('names the API key as the author of a shipping address change, and a refused change records nothing', async ({ t, staff, ip }) => {
    const customer = (await staff.client.post('/api/v1/customers', { display_name: 'Umbrella' })).json();
    const key = (await staff.client.post('/api/v1/api-keys', { name: 'ERP', scopes: ['orders.read', 'orders.write', 'customers.read'] })).json().key;
    const api = new TestClient(t.app, ip);
    const auth = { authorization: `Bearer ${key}` };
    const base = `/api/v1/customers/${customer.id}/shipping-addresses`;
    const added = await api.request('POST', base, { label: 'Depot', address: warehouse }, auth);
    expect(added.statusCode, added.body).toBe(201);
    const edited = await api.request('PATCH', `${base}/${added.json().id}`, { address: office }, auth);
    expect(edited.statusCode, edited.body).toBe(200);
    // The only address cannot stop being the default: refused, and not recorded.
    expect((await api.request('PATCH', `${base}/${added.json().id}`, { is_default: false }, auth)).statusCode).toBe(400);
    const rows = (await api.request('GET', `/api/v1/customers/${customer.id}/company-history`, undefined, auth)).json().data;
    expect(rows).toHaveLength(2);
    expect(rows[0]).toMatchObject({
      actor_type: 'api',
      actor_name: 'API',
      staff_user_id: null,
      before: { saved_shipping_address: { label: 'Depot', address: warehouse } },
      after: { saved_shipping_address: { label: 'Depot', address: office } },
    });
    expect(await toldToStaff(t.ctx.db, staff.organization.id)).toEqual({ activities: 0, notifications: 0 });
  });

  it("answers 404 for another organization's customer", async ({ t, staff }) => {
    const contact = await acceptedContact(t, staff);
    const other = await signUpStaff(t.app);
    expect((await other.client.get(`/api/v1/customers/${contact.customerId}/company-history`)).statusCode).toBe(404);
  });
});
