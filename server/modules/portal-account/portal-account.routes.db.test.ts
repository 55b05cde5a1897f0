import { expect } from 'vitest';
import { createCustomerWithContact, signUpStaff } from '../../test/builders.ts';
import { acceptedContact, CONTACT_PASSWORD, inviteContact, newBrowser } from '../../test/portal-builders.ts';
import { describeOnEachDialect } from '../../test/fixture.ts';
import { avatarKey } from '../avatar/avatar.ts';

const NEW_PASSWORD = 'purple walrus reads novels';

describeOnEachDialect('portal: my account and dashboard', (it) => {
  it('answers me with an avatar served by Portico and the CSRF token, and changes name, phone and language', async ({ t, staff }) => {
    const contact = await acceptedContact(t, staff, { email: `Mixed.Case-${Date.now()}@Example.test` });
    const me = (await contact.client.get(`${contact.api}/me`)).json();
    expect(me.contact.avatar_url).toBe(`${contact.api}/avatars/${avatarKey(t.ctx.secret, contact.email)}`);
    expect(me.email).toBe(contact.email);
    expect(me.csrf_token).toBe(contact.client.csrfToken);
    expect(me.contact.permissions).toEqual(['view_documents', 'pay', 'approve_estimates', 'place_orders', 'manage_company']);

    const changed = await contact.client.patch(`${contact.api}/me`, { first_name: ' Robin ', last_name: 'Rename', phone: '+49 30 1234', language: 'ja' });
    expect(changed.statusCode).toBe(200);
    expect(changed.json()).toMatchObject({ language: 'ja', contact: { first_name: 'Robin', name: 'Robin Rename', phone: '+49 30 1234' } });
    const seenByStaff = (await staff.client.get(`/api/v1/contact-persons/${contact.contactId}`)).json();
    expect(seenByStaff).toMatchObject({ first_name: 'Robin', last_name: 'Rename', phone: '+49 30 1234' });
    const notifications = (await staff.client.get('/api/v1/notifications')).json();
    expect(notifications.data.map((n: { event_type: string }) => n.event_type)).toContain('portal.account_updated');

    const back = await contact.client.patch(`${contact.api}/me`, { language: null });
    expect(back.json().language).toBe('en');
    const wrongType = await contact.client.patch(`${contact.api}/me`, { first_name: 7 });
    expect(wrongType.statusCode).toBe(400);
    expect(wrongType.json().error.details[0].field).toBe('first_name');
    expect((await contact.client.patch(`${contact.api}/me`, { email: 'other@example.test' })).statusCode).toBe(400);
  });

  it('says in me whether the portal shows sales orders, as the setting changes', async ({ t, staff }) => {
    const contact = await acceptedContact(t, staff);
    expect((await contact.client.get(`${contact.api}/me`)).json().show_sales_orders).toBe(true);
    await staff.client.patch('/api/v1/portal/settings', { show_sales_orders: false });
    expect((await contact.client.get(`${contact.api}/me`)).json().show_sales_orders).toBe(false);
  });

  it('keeps name and phone as they are where the portal does not allow editing own details', async ({ t, staff }) => {
    await staff.client.patch('/api/v1/portal/settings', { allow_edit_own_info: false });
    const contact = await acceptedContact(t, staff);
    expect((await contact.client.patch(`${contact.api}/me`, { first_name: 'Nope' })).statusCode).toBe(403);
    expect((await contact.client.patch(`${contact.api}/me`, { language: 'de' })).json().language).toBe('de');
  });

  it('changes the password only with the current one, and ends the person’s other sessions', async ({ t, staff }) => {
    const contact = await acceptedContact(t, staff);
    const other = newBrowser(t);
    expect((await other.post(`${contact.api}/session`, { email: contact.email, password: CONTACT_PASSWORD })).statusCode).toBe(200);

    const wrong = await contact.client.put(`${contact.api}/me/password`, { current_password: 'not my password at all', new_password: NEW_PASSWORD });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().error.details[0].field).toBe('current_password');
    const weak = await contact.client.put(`${contact.api}/me/password`, { current_password: CONTACT_PASSWORD, new_password: 'password123' });
    expect(weak.statusCode).toBe(422);
    expect(weak.json().error.details[0].field).toBe('new_password');

    const changed = await contact.client.put(`${contact.api}/me/password`, { current_password: CONTACT_PASSWORD, new_password: NEW_PASSWORD });
    expect(changed.statusCode).toBe(200);
    expect((await contact.client.get(`${contact.api}/me`)).statusCode).toBe(200);
    expect((await other.get(`${contact.api}/me`)).statusCode).toBe(401);
    expect((await newBrowser(t).post(`${contact.api}/session`, { email: contact.email, password: CONTACT_PASSWORD })).statusCode).toBe(401);
    expect((await newBrowser(t).post(`${contact.api}/session`, { email: contact.email, password: NEW_PASSWORD })).statusCode).toBe(200);
    const notifications = (await staff.client.get('/api/v1/notifications')).json();
    expect(notifications.data.map((n: { event_type: string }) => n.event_type)).toContain('portal.password_changed');
  });

  it('lets a person with several accounts choose and switch, only among their own live accounts', async ({ t, staff }) => {
    const first = await acceptedContact(t, staff, { name: 'Alpha Account' });
    const second = await inviteContact(t, staff, { email: first.email, name: 'Beta Account' });
    const stranger = await createCustomerWithContact(staff, { portal: true });

    const browser = newBrowser(t);
    const signIn = await browser.post(`${first.api}/session`, { email: first.email, password: CONTACT_PASSWORD });
    expect(signIn.json()).toMatchObject({ state: 'choose_account', contact: null, customer: null });
    expect(signIn.json().accounts.map((a: { customer_name: string }) => a.customer_name)).toEqual(['Alpha Account', 'Beta Account']);
    const blocked = await browser.get(`${first.api}/dashboard`);
    expect(blocked.statusCode).toBe(403);

    const foreign = await browser.put(`${first.api}/me/account`, { contact_person_id: stranger.contactId });
    expect(foreign.statusCode).toBe(404);
    const chosen = await browser.put(`${first.api}/me/account`, { contact_person_id: second.contactId });
    expect(chosen.statusCode).toBe(200);
    expect(chosen.json()).toMatchObject({ state: 'signed_in', customer: { id: second.customerId, display_name: 'Beta Account' } });
    expect((await browser.get(`${first.api}/dashboard`)).json().customer.id).toBe(second.customerId);

    // Once staff disable the second account, switching to it is refused and the session acting as it ends.
    await staff.client.put(`/api/v1/customers/${second.customerId}/portal-access`, { contact_person_ids: [] });
    expect((await first.client.put(`${first.api}/me/account`, { contact_person_id: second.contactId })).statusCode).toBe(404);
    expect((await browser.get(`${first.api}/me`)).statusCode).toBe(401);
  });

  it('shows the banner and the business’s contact details on the first visit only', async ({ t }) => {
    const staff = await signUpStaff(t.app, 'Banner Business');
    await staff.client.patch('/api/v1/portal/settings', { banner_message: 'Welcome aboard!', contact_phone: '+1 555 0199', website: 'https://banner.example' });
    const contact = await acceptedContact(t, staff);
    const dashboard = await contact.client.get(`${contact.api}/dashboard`);
    expect(dashboard.statusCode).toBe(200);
    expect(dashboard.headers['cache-control']).toBe('no-store');
    expect(dashboard.json()).toMatchObject({
      banner_message: 'Welcome aboard!',
      show_banner: true,
      organization: { name: 'Banner Business', phone: '+1 555 0199', website: 'https://banner.example' },
      customer: { id: contact.customerId },
      contact_name: 'Casey Contact',
    });
    expect(dashboard.json().recent_activity[0]).toMatchObject({ action: 'invitation_accepted', module: 'portal' });
    expect(Object.keys(dashboard.json().recent_activity[0]).sort()).toEqual(['action', 'actor_name', 'created_at', 'id', 'message', 'message_code', 'message_params', 'module']);
    expect(dashboard.json().recent_activity[0]).toMatchObject({ message: 'Casey Contact accepted the invitation', message_code: 'portal.invitation_accepted' });

    t.clock.advance(60);
    const later = newBrowser(t);
    await later.post(`${contact.api}/session`, { email: contact.email, password: CONTACT_PASSWORD });
    const second = (await later.get(`${contact.api}/dashboard`)).json();
    expect(second.show_banner).toBe(false);
    expect(second.banner_message).toBe('Welcome aboard!');
  });
});
