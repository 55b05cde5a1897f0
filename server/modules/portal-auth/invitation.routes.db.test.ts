import { expect } from 'vitest';
import { hashToken } from '../../lib/tokens.ts';
import { signUpStaff } from '../../test/builders.ts';
import { acceptedContact, CONTACT_PASSWORD, inviteContact, newBrowser, portalApi } from '../../test/portal-builders.ts';
import { describeOnEachDialect } from '../../test/fixture.ts';
import type { TestApp } from '../../test/test-app.ts';

describeOnEachDialect('portal invitations', (it) => {
  const tokenRow = (t: TestApp, token: string) => t.ctx.db.selectFrom('portal_tokens').selectAll().where('token_hash', '=', hashToken(token)).executeTakeFirstOrThrow();

  it('shows the public branding; an unknown slug and a switched-off portal are 404', async ({ t }) => {
    const staff = await signUpStaff(t.app, 'Branding Works');
    await staff.client.patch('/api/v1/portal/settings', { portal_name: 'Branding Portal', allow_self_signup: true, contact_email: 'help@branding.test' });
    const branding = await newBrowser(t).get(`${portalApi(staff)}/portal`);
    expect(branding.statusCode).toBe(200);
    expect(branding.json()).toMatchObject({
      name: 'Branding Works',
      portal_name: 'Branding Portal',
      slug: staff.organization.slug,
      allow_self_signup: true,
      contact: { email: 'help@branding.test' },
    });
    expect((await newBrowser(t).get('/portal/no-such-portal-here/api/portal')).statusCode).toBe(404);
    await staff.client.patch('/api/v1/portal/settings', { portal_enabled: false });
    const off = await newBrowser(t).get(`${portalApi(staff)}/portal`);
    expect(off.statusCode).toBe(404);
  });

  it('shows an invitation in the customer’s language without using it up', async ({ t }) => {
    const staff = await signUpStaff(t.app, 'Einladung GmbH');
    const invited = await inviteContact(t, staff, { language: 'de' });
    const browser = newBrowser(t);
    for (let i = 0; i < 2; i++) {
      const view = await browser.get(`${portalApi(staff)}/invitations/${invited.token}`);
      expect(view.statusCode).toBe(200);
      expect(view.json()).toEqual({
        email: invited.email,
        contact_name: 'Casey Contact',
        customer_name: expect.any(String),
        organization_name: 'Einladung GmbH',
        language: 'de',
        has_password: false,
      });
    }
    expect((await tokenRow(t, invited.token)).used_at).toBeNull();
  });

  it('accepts: sets the password, signs in with a scoped cookie, marks the contact accepted and notifies staff', async ({ t, staff }) => {
    const invited = await inviteContact(t, staff);
    const browser = newBrowser(t);
    const api = portalApi(staff);
    const accepted = await browser.post(`${api}/invitations/${invited.token}/accept`, { password: CONTACT_PASSWORD });
    expect(accepted.statusCode).toBe(200);
    expect(accepted.json()).toMatchObject({
      state: 'signed_in',
      email: invited.email,
      language: 'en',
      two_factor_enabled: false,
      contact: { id: invited.contactId, name: 'Casey Contact', email: invited.email },
      customer: { id: invited.customerId },
      accounts: [{ contact_person_id: invited.contactId, customer_id: invited.customerId }],
    });
    expect(accepted.json().csrf_token).toEqual(expect.any(String));
    const cookie = accepted.cookies.find((c) => c.name === 'portico_portal');
    expect(cookie).toMatchObject({ path: `/portal/${staff.organization.slug}`, httpOnly: true, sameSite: 'Lax' });
    expect(cookie?.secure).toBeFalsy();

    const me = await browser.get(`${api}/me`);
    expect(me.statusCode).toBe(200);
    expect(me.headers['cache-control']).toBe('no-store');
    expect((await tokenRow(t, invited.token)).used_at).not.toBeNull();

    const contact = (await staff.client.get(`/api/v1/contact-persons/${invited.contactId}`)).json();
    expect(contact.portal.status).toBe('accepted');
    const notifications = (await staff.client.get('/api/v1/notifications')).json();
    expect(notifications.data.map((n: { event_type: string }) => n.event_type)).toContain('portal.invitation_accepted');
    const activities = (await staff.client.get(`/api/v1/activities?customer_id=${invited.customerId}`)).json();
    expect(activities.data[0]).toMatchObject({ action: 'invitation_accepted', module: 'portal', contact_person_id: invited.contactId });

    // The password now works on the sign-in form.
    const again = await newBrowser(t).post(`${api}/session`, { email: invited.email, password: CONTACT_PASSWORD });
    expect(again.statusCode).toBe(200);
  });

  it('refuses a weak password naming the field and leaves the link usable', async ({ t, staff }) => {
    const invited = await inviteContact(t, staff);
    const weak = await newBrowser(t).post(`${portalApi(staff)}/invitations/${invited.token}/accept`, { password: 'password123' });
    expect(weak.statusCode).toBe(422);
    expect(weak.json().error).toMatchObject({ code: 'WEAK_PASSWORD', details: [{ field: 'password' }] });
    expect((await newBrowser(t).get(`${portalApi(staff)}/invitations/${invited.token}`)).statusCode).toBe(200);
  });

  it('refuses a used link (410), a revoked one (404), one replaced by a reinvitation (404) and an expired one (410)', async ({ t, staff }) => {
    const api = portalApi(staff);
    const used = await acceptedContact(t, staff);
    const reused = await newBrowser(t).post(`${api}/invitations/${used.token}/accept`, { password: CONTACT_PASSWORD });
    expect(reused.statusCode).toBe(410);
    expect(reused.json().error.code).toBe('TOKEN_USED');
    expect((await newBrowser(t).get(`${api}/invitations/${used.token}`)).statusCode).toBe(410);

    const revoked = await inviteContact(t, staff);
    const links = (await staff.client.get(`/api/v1/portal/links?customer_id=${revoked.customerId}`)).json();
    expect((await staff.client.delete(`/api/v1/portal/links/${links.data[0].id}`)).statusCode).toBe(204);
    const revokedView = await newBrowser(t).get(`${api}/invitations/${revoked.token}`);
    expect(revokedView.statusCode).toBe(404);
    expect(revokedView.json().error.code).toBe('TOKEN_INVALID');

    const reinvited = await inviteContact(t, staff);
    expect((await staff.client.post(`/api/v1/contact-persons/${reinvited.contactId}/reinvite`)).statusCode).toBe(200);
    const oldLink = await newBrowser(t).post(`${api}/invitations/${reinvited.token}/accept`, { password: CONTACT_PASSWORD });
    expect(oldLink.statusCode).toBe(404);
    expect(oldLink.json().error.code).toBe('TOKEN_INVALID');

    const expiring = await inviteContact(t, staff);
    t.clock.advance(7 * 24 * 3600 + 1);
    const expired = await newBrowser(t).post(`${api}/invitations/${expiring.token}/accept`, { password: CONTACT_PASSWORD });
    expect(expired.statusCode).toBe(410);
    expect(expired.json().error.code).toBe('TOKEN_EXPIRED');
    expect((await tokenRow(t, expiring.token)).used_at).toBeNull();
  });

  it('refuses another organization’s invitation at this portal', async ({ t }) => {
    const a = await signUpStaff(t.app);
    const b = await signUpStaff(t.app);
    const invited = await inviteContact(t, a);
    const elsewhere = await newBrowser(t).get(`${portalApi(b)}/invitations/${invited.token}`);
    expect(elsewhere.statusCode).toBe(404);
    expect((await newBrowser(t).post(`${portalApi(b)}/invitations/${invited.token}/accept`, { password: CONTACT_PASSWORD })).statusCode).toBe(404);
  });

  it('asks a person who already has a portal login for that password when a second account invites them', async ({ t, staff }) => {
    const first = await acceptedContact(t, staff);
    const second = await inviteContact(t, staff, { email: first.email, name: 'Second Account Ltd' });
    const api = portalApi(staff);
    expect((await newBrowser(t).get(`${api}/invitations/${second.token}`)).json().has_password).toBe(true);
    const wrong = await newBrowser(t).post(`${api}/invitations/${second.token}/accept`, { password: 'a different long password' });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().error.details[0].field).toBe('password');
    const right = await newBrowser(t).post(`${api}/invitations/${second.token}/accept`, { password: CONTACT_PASSWORD });
    expect(right.statusCode).toBe(200);
    expect(right.json()).toMatchObject({ state: 'signed_in', contact: { id: second.contactId } });
    expect(right.json().accounts).toHaveLength(2);
  });
});
