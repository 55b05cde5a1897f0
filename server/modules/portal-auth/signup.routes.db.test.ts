import { expect } from 'vitest';
import { tokenFromMail } from '../../test/builders.ts';
import { uniqueEmail } from '../../test/http-client.ts';
import { acceptedContact, CONTACT_PASSWORD, mailsTo, newBrowser, portalApi } from '../../test/portal-builders.ts';
import { describeOnEachDialect } from '../../test/fixture.ts';

describeOnEachDialect('portal self sign-up', (it) => {
  const signUp = (email: string) => ({ company_name: 'Self Made Ltd', first_name: 'Sam', last_name: 'Signup', email, password: CONTACT_PASSWORD, language: 'es' });

  it('refuses sign-up where the portal does not allow it', async ({ t, staff }) => {
    const email = uniqueEmail('signup');
    const refused = await newBrowser(t).post(`${portalApi(staff)}/signup`, signUp(email));
    expect(refused.statusCode).toBe(403);
    expect(refused.json().error.code).toBe('SIGNUP_NOT_ALLOWED');
    expect(mailsTo(await t.deliverMail(), email)).toHaveLength(0);
  });

  it('verifies the address first, then creates the customer and contact, signs in and notifies staff', async ({ t, staff }) => {
    await staff.client.patch('/api/v1/portal/settings', { allow_self_signup: true });
    const api = portalApi(staff);
    const email = uniqueEmail('signup');
    const requested = await newBrowser(t).post(`${api}/signup`, signUp(email));
    expect(requested.statusCode).toBe(202);
    expect((await staff.client.get(`/api/v1/customers?search=${encodeURIComponent(email)}`)).json().data).toHaveLength(0);
    expect((await newBrowser(t).post(`${api}/session`, { email, password: CONTACT_PASSWORD })).statusCode).toBe(401);

    const mail = mailsTo(await t.deliverMail(), email).at(-1);
    expect(mail?.subject).toContain('Confirme');
    const token = tokenFromMail(await t.deliverMail(), email, 'signup');
    const browser = newBrowser(t);
    const view = await browser.get(`${api}/signup/${token}`);
    expect(view.json()).toEqual({ email, company_name: 'Self Made Ltd', language: 'es' });

    const done = await browser.post(`${api}/signup/${token}`);
    expect(done.statusCode).toBe(200);
    expect(done.json()).toMatchObject({ state: 'signed_in', email, language: 'es', customer: { display_name: 'Self Made Ltd' }, contact: { name: 'Sam Signup' } });
    expect((await browser.get(`${api}/dashboard`)).statusCode).toBe(200);

    const customers = (await staff.client.get(`/api/v1/customers?search=${encodeURIComponent(email)}`)).json().data;
    expect(customers).toHaveLength(1);
    expect(customers[0]).toMatchObject({ display_name: 'Self Made Ltd', portal_language: 'es', primary_contact: { email } });
    const customer = (await staff.client.get(`/api/v1/customers/${customers[0].id}`)).json();
    expect(customer.contact_persons[0].portal.status).toBe('accepted');
    const notifications = (await staff.client.get('/api/v1/notifications')).json();
    expect(notifications.data.find((n: { event_type: string }) => n.event_type === 'portal.signup')?.message).toContain('Self Made Ltd');

    expect((await newBrowser(t).post(`${api}/signup/${token}`)).statusCode).toBe(410);
    expect((await newBrowser(t).post(`${api}/session`, { email, password: CONTACT_PASSWORD })).statusCode).toBe(200);
  });

  it('refuses a weak password before mailing anything, naming the field', async ({ t, staff }) => {
    await staff.client.patch('/api/v1/portal/settings', { allow_self_signup: true });
    const email = uniqueEmail('signup');
    const weak = await newBrowser(t).post(`${portalApi(staff)}/signup`, { ...signUp(email), password: 'password123' });
    expect(weak.statusCode).toBe(422);
    expect(weak.json().error.details[0].field).toBe('password');
    const missing = await newBrowser(t).post(`${portalApi(staff)}/signup`, { email });
    expect(missing.statusCode).toBe(400);
    expect(missing.json().error.details.map((d: { field: string }) => d.field)).toContain('company_name');
  });

  it('answers an address that already has access the same way, and mails it a sign-in link instead', async ({ t, staff }) => {
    await staff.client.patch('/api/v1/portal/settings', { allow_self_signup: true });
    const contact = await acceptedContact(t, staff);
    const again = await newBrowser(t).post(`${contact.api}/signup`, signUp(contact.email));
    expect(again.statusCode).toBe(202);
    expect(tokenFromMail(await t.deliverMail(), contact.email, 'signin-link')).toEqual(expect.any(String));
  });
});
