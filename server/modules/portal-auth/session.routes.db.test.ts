import { expect } from 'vitest';
import { signUpStaff } from '../../test/builders.ts';
import { acceptedContact, CONTACT_PASSWORD, newBrowser, portalApi } from '../../test/portal-builders.ts';
import { describeOnEachDialect } from '../../test/fixture.ts';

describeOnEachDialect('portal sign-in and sessions', (it) => {
  it('signs in with a fresh token each time and signs out', async ({ t, staff }) => {
    const contact = await acceptedContact(t, staff);
    const browser = newBrowser(t);
    const first = await browser.post(`${contact.api}/session`, { email: contact.email.toUpperCase(), password: CONTACT_PASSWORD });
    expect(first.statusCode).toBe(200);
    expect(first.json()).toMatchObject({ state: 'signed_in', contact: { id: contact.contactId } });
    expect(first.headers['cache-control']).toBe('no-store');
    const firstToken = first.cookies.find((c) => c.name === 'portico_portal')?.value;
    const second = await browser.post(`${contact.api}/session`, { email: contact.email, password: CONTACT_PASSWORD });
    expect(second.cookies.find((c) => c.name === 'portico_portal')?.value).not.toBe(firstToken);

    const signOut = await browser.delete(`${contact.api}/session`);
    expect(signOut.statusCode).toBe(204);
    expect(browser.hasCookie('portico_portal')).toBe(false);
    expect((await browser.get(`${contact.api}/me`)).statusCode).toBe(401);
    const notifications = (await staff.client.get('/api/v1/notifications')).json();
    expect(notifications.data.map((n: { event_type: string }) => n.event_type)).toContain('portal.signin');
  });

  it('answers a wrong password and an unknown email exactly alike, then rate-limits with Retry-After', async ({ t, staff }) => {
    const contact = await acceptedContact(t, staff);
    const wrong = await newBrowser(t).post(`${contact.api}/session`, { email: contact.email, password: 'not the right password' });
    const unknown = await newBrowser(t).post(`${contact.api}/session`, { email: `nobody-${contact.email}`, password: 'not the right password' });
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    expect(unknown.json()).toEqual(wrong.json());
    expect(wrong.json().error.code).toBe('INVALID_CREDENTIALS');

    for (let i = 0; i < 4; i++) await newBrowser(t).post(`${contact.api}/session`, { email: contact.email, password: 'still not right' });
    const limited = await newBrowser(t).post(`${contact.api}/session`, { email: contact.email, password: CONTACT_PASSWORD });
    expect(limited.statusCode).toBe(429);
    expect(limited.json().error.code).toBe('RATE_LIMITED');
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    t.clock.advance(15 * 60 + 1);
    expect((await newBrowser(t).post(`${contact.api}/session`, { email: contact.email, password: CONTACT_PASSWORD })).statusCode).toBe(200);
  });

  it('lets a disabled contact neither sign in nor keep its session', async ({ t, staff }) => {
    const contact = await acceptedContact(t, staff);
    expect((await contact.client.get(`${contact.api}/dashboard`)).statusCode).toBe(200);
    const disabled = await staff.client.put(`/api/v1/customers/${contact.customerId}/portal-access`, { contact_person_ids: [] });
    expect(disabled.json().results[0].outcome).toBe('disabled');
    expect((await contact.client.get(`${contact.api}/dashboard`)).statusCode).toBe(401);
    const signIn = await newBrowser(t).post(`${contact.api}/session`, { email: contact.email, password: CONTACT_PASSWORD });
    expect(signIn.statusCode).toBe(401);
    expect(signIn.json().error.code).toBe('INVALID_CREDENTIALS');
  });

  it('ends a session whose contact loses access after sign-in, even without the staff ending it', async ({ t, staff }) => {
    const contact = await acceptedContact(t, staff);
    await t.ctx.db.updateTable('contact_persons').set({ portal_enabled: 0, disabled_at: t.clock.now().toISOString() }).where('id', '=', contact.contactId).execute();
    expect((await contact.client.get(`${contact.api}/me`)).statusCode).toBe(401);
    const sessions = await t.ctx.db.selectFrom('sessions').select('id').where('contact_person_id', '=', contact.contactId).execute();
    expect(sessions).toHaveLength(0);
  });

  it('never lets a contact of organization A into organization B, whatever it sends', async ({ t }) => {
    const a = await signUpStaff(t.app);
    const b = await signUpStaff(t.app);
    const contactA = await acceptedContact(t, a);
    const contactB = await acceptedContact(t, b);
    for (const path of ['/me', '/dashboard']) {
      const response = await contactA.client.get(`${portalApi(b)}${path}`);
      expect(response.statusCode).toBe(401);
      expect(response.body).not.toContain(contactB.customerId);
    }
    const switched = await contactA.client.put(`${portalApi(b)}/me/account`, { contact_person_id: contactB.contactId });
    expect(switched.statusCode).toBe(401);
    const crossSignIn = await newBrowser(t).post(`${portalApi(b)}/session`, { email: contactA.email, password: CONTACT_PASSWORD });
    expect(crossSignIn.statusCode).toBe(401);
    expect((await contactA.client.get(`${contactA.api}/me`)).statusCode).toBe(200);
  });

  it('needs the CSRF header on writes', async ({ t, staff }) => {
    const contact = await acceptedContact(t, staff);
    const token = contact.client.csrfToken;
    contact.client.csrfToken = undefined;
    const response = await contact.client.patch(`${contact.api}/me`, { phone: '+1 555 0100' });
    expect(response.statusCode).toBe(403);
    expect(response.json().error.code).toBe('CSRF_TOKEN_MISSING');
    const signOut = await contact.client.delete(`${contact.api}/session`);
    expect(signOut.statusCode).toBe(403);
    contact.client.csrfToken = token;
    expect((await contact.client.patch(`${contact.api}/me`, { phone: '+1 555 0100' })).statusCode).toBe(200);
  });

  it('answers malformed JSON with 400 and wrong types naming the field', async ({ t, staff }) => {
    const api = portalApi(staff);
    const malformed = await t.app.inject({ method: 'POST', url: `${api}/session`, headers: { 'content-type': 'application/json' }, payload: '{"email": ' });
    expect(malformed.statusCode).toBe(400);
    expect(malformed.json().error.code).toBe('MALFORMED_JSON');
    const wrongType = await newBrowser(t).post(`${api}/session`, { email: 'someone@example.test', password: 12345678901 });
    expect(wrongType.statusCode).toBe(400);
    expect(wrongType.json().error).toMatchObject({ code: 'VALIDATION_FAILED', details: [{ field: 'password' }] });
    const badEmail = await newBrowser(t).post(`${api}/password-reset`, { email: 'not-an-email' });
    expect(badEmail.statusCode).toBe(400);
    expect(badEmail.json().error.details[0].field).toBe('email');
  });

  it('ends a session after 30 idle minutes', async ({ t, staff }) => {
    const contact = await acceptedContact(t, staff);
    t.clock.advance(29 * 60);
    expect((await contact.client.get(`${contact.api}/me`)).statusCode).toBe(200);
    t.clock.advance(29 * 60);
    expect((await contact.client.get(`${contact.api}/me`)).statusCode).toBe(200);
    t.clock.advance(30 * 60 + 1);
    expect((await contact.client.get(`${contact.api}/me`)).statusCode).toBe(401);
  });

  it('ends a session 12 hours after sign-in however busy it is', async ({ t, staff }) => {
    const contact = await acceptedContact(t, staff);
    let elapsed = 0;
    while (elapsed + 20 * 60 < 12 * 3600) {
      t.clock.advance(20 * 60);
      elapsed += 20 * 60;
      expect((await contact.client.get(`${contact.api}/me`)).statusCode).toBe(200);
    }
    t.clock.advance(20 * 60);
    expect((await contact.client.get(`${contact.api}/me`)).statusCode).toBe(401);
  });
});
