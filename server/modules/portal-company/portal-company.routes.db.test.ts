import { expect } from 'vitest';
import { signUpStaff } from '../../test/builders.ts';
import { acceptedContact } from '../../test/portal-builders.ts';
import { describeOnEachDialect } from '../../test/fixture.ts';

describeOnEachDialect('portal company details and contact roles', (it) => {
  it('lets a contact with the manage_company role change the company details and notifies staff', async ({ t, staff }) => {
    const contact = await acceptedContact(t, staff);
    const before = (await contact.client.get(`${contact.api}/company`)).json();
    expect(before.can_edit).toBe(true);
    const changed = await contact.client.patch(`${contact.api}/company`, { company_name: 'Renamed Ltd', billing_address: { street: '1 Main St', city: 'Leeds' } });
    expect(changed.statusCode).toBe(200);
    expect(changed.json()).toMatchObject({ company_name: 'Renamed Ltd', billing_address: { city: 'Leeds' } });
    const customer = (await staff.client.get(`/api/v1/customers/${contact.customerId}`)).json();
    expect(customer.company_name).toBe('Renamed Ltd');
    const notifications = (await staff.client.get('/api/v1/notifications')).json().data;
    expect(notifications[0].message).toContain('updated the company details');
  });

  it('refuses a contact whose role lacks manage_company with 403, and the portal hides the action', async ({ t, staff }) => {
    const contact = await acceptedContact(t, staff);
    await staff.client.patch(`/api/v1/contact-persons/${contact.contactId}`, { permissions: ['view_documents'] });
    expect((await contact.client.get(`${contact.api}/company`)).json().can_edit).toBe(false);
    const refused = await contact.client.patch(`${contact.api}/company`, { company_name: 'Nope' });
    expect(refused.statusCode).toBe(403);
    expect(refused.json().error.code).toBe('FORBIDDEN');
    const customer = (await staff.client.get(`/api/v1/customers/${contact.customerId}`)).json();
    expect(customer.company_name).not.toBe('Nope');
  });

  it('refuses editing when the portal setting is off, and bad input names the field', async ({ t }) => {
    const own = await signUpStaff(t.app);
    const contact = await acceptedContact(t, own);
    const bad = await contact.client.patch(`${contact.api}/company`, { billing_address: { planet: 'Mars' } });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.details[0].field).toContain('billing_address');
    await own.client.patch('/api/v1/portal/settings', { allow_edit_own_info: false });
    expect((await contact.client.get(`${contact.api}/company`)).json().can_edit).toBe(false);
    expect((await contact.client.patch(`${contact.api}/company`, { phone: '1' })).statusCode).toBe(403);
  });

  it('never shows another organization’s portal to a contact’s cookie', async ({ t, staff }) => {
    const contact = await acceptedContact(t, staff);
    const other = await signUpStaff(t.app);
    const foreign = await contact.client.get(`/portal/${other.organization.slug}/api/company`);
    expect(foreign.statusCode).toBe(401);
  });

  it('records the portal change in the history with exact before and after, and staff read what changed', async ({ t, staff }) => {
    const contact = await acceptedContact(t, staff);
    await staff.client.patch(`/api/v1/customers/${contact.customerId}`, { company_name: 'Globex', phone: '555', billing_address: { city: 'Leeds' } });
    const history = `/api/v1/customers/${contact.customerId}/company-history`;
    const staffRows = (await staff.client.get(history)).json().data.length;
    const changed = await contact.client.patch(`${contact.api}/company`, { company_name: 'Globex Ltd', phone: '555', tax_number: 'GB 123 4567 89', billing_address: { city: 'Leeds', street: '1 Main St' } });
    expect(changed.statusCode, changed.body).toBe(200);
    expect(changed.json().tax_number).toBe('GB 123 4567 89');
    expect((await staff.client.get(`/api/v1/customers/${contact.customerId}`)).json().tax_number).toBe('GB 123 4567 89');
    const rows = (await staff.client.get(history)).json().data;
    expect(rows).toHaveLength(staffRows + 1);
    expect(rows[0]).toMatchObject({
      actor_type: 'contact',
      contact_person_id: contact.contactId,
      staff_user_id: null,
      before: { company_name: 'Globex', tax_number: null, billing_address: { city: 'Leeds' } },
      after: { company_name: 'Globex Ltd', tax_number: 'GB 123 4567 89', billing_address: { city: 'Leeds', street: '1 Main St' } },
    });
    expect(Object.keys(rows[0].after).sort()).toEqual(['billing_address', 'company_name', 'tax_number']);
    const [notification] = (await staff.client.get('/api/v1/notifications')).json().data;
    expect(notification.message).toContain('company name (Globex → Globex Ltd)');
    expect(notification.message).toContain('tax number (— → GB 123 4567 89)');
    const activity = await t.ctx.db.selectFrom('activities').select(['details']).where('customer_id', '=', contact.customerId).where('action', '=', 'company_updated').executeTakeFirstOrThrow();
    expect(JSON.parse(activity.details ?? '{}')).toMatchObject({ before: { company_name: 'Globex' }, after: { company_name: 'Globex Ltd' } });

    // Sending the details as they are records nothing and tells no one.
    const before = (await staff.client.get('/api/v1/notifications')).json().data.length;
    const same = await contact.client.patch(`${contact.api}/company`, { company_name: 'Globex Ltd', phone: '555', tax_number: 'GB 123 4567 89', billing_address: { street: '1 Main St', city: 'Leeds' } });
    expect(same.statusCode).toBe(200);
    expect((await staff.client.get(history)).json().data).toHaveLength(staffRows + 1);
    expect((await staff.client.get('/api/v1/notifications')).json().data).toHaveLength(before);
  });

  it('refuses the tax number without the role or the setting, changing nothing', async ({ t }) => {
    const own = await signUpStaff(t.app);
    const contact = await acceptedContact(t, own);
    await own.client.patch(`/api/v1/contact-persons/${contact.contactId}`, { permissions: ['view_documents'] });
    expect((await contact.client.patch(`${contact.api}/company`, { tax_number: 'X1' })).statusCode).toBe(403);
    await own.client.patch(`/api/v1/contact-persons/${contact.contactId}`, { permissions: ['view_documents', 'manage_company'] });
    await own.client.patch('/api/v1/portal/settings', { allow_edit_own_info: false });
    expect((await contact.client.patch(`${contact.api}/company`, { tax_number: 'X1' })).statusCode).toBe(403);
    const bad = await contact.client.patch(`${contact.api}/company`, { tax_number: 'x'.repeat(51) });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.details[0].field).toBe('tax_number');
    expect((await own.client.get(`/api/v1/customers/${contact.customerId}`)).json().tax_number).toBeNull();
    expect((await own.client.get(`/api/v1/customers/${contact.customerId}/company-history`)).json().data).toEqual([]);
  });
});
