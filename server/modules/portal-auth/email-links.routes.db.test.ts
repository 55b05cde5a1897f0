import { expect } from 'vitest';
import { tokenFromMail } from '../../test/builders.ts';
import { acceptedContact, CONTACT_PASSWORD, mailsTo, newBrowser } from '../../test/portal-builders.ts';
import { describeOnEachDialect } from '../../test/fixture.ts';

const NEW_PASSWORD = 'orange kettle sings at dawn';

describeOnEachDialect('password reset and sign-in links', (it) => {
  it('answers 202 for any address and mails only a person with access, in their language', async ({ t, staff }) => {
    const contact = await acceptedContact(t, staff, { language: 'fr' });
    const before = (await t.deliverMail()).length;
    const unknown = await newBrowser(t).post(`${contact.api}/password-reset`, { email: `ghost-${contact.email}` });
    expect(unknown.statusCode).toBe(202);
    expect((await t.deliverMail()).length).toBe(before);

    const known = await newBrowser(t).post(`${contact.api}/password-reset`, { email: contact.email });
    expect(known.statusCode).toBe(202);
    expect(known.body).toBe(unknown.body);
    const mail = mailsTo(await t.deliverMail(), contact.email).at(-1);
    expect(mail?.subject).toContain('Réinitialiser');
    expect(mail?.text).toContain(`/portal/${staff.organization.slug}/reset-password/`);
  });

  it('resets the password from the link: once, signed in, other sessions ended, the old password gone', async ({ t, staff }) => {
    const contact = await acceptedContact(t, staff);
    await newBrowser(t).post(`${contact.api}/password-reset`, { email: contact.email });
    const token = tokenFromMail(await t.deliverMail(), contact.email, 'reset-password');

    const browser = newBrowser(t);
    const view = await browser.get(`${contact.api}/password-reset/${token}`);
    expect(view.statusCode).toBe(200);
    expect(view.json()).toEqual({ email: contact.email, language: 'en' });
    expect((await browser.post(`${contact.api}/password-reset/${token}`, { password: 'short' })).statusCode).toBe(422);

    const reset = await browser.post(`${contact.api}/password-reset/${token}`, { password: NEW_PASSWORD });
    expect(reset.statusCode).toBe(200);
    expect(reset.json().state).toBe('signed_in');
    expect((await browser.get(`${contact.api}/me`)).statusCode).toBe(200);
    expect((await contact.client.get(`${contact.api}/me`)).statusCode).toBe(401);

    const again = await newBrowser(t).post(`${contact.api}/password-reset/${token}`, { password: NEW_PASSWORD });
    expect(again.statusCode).toBe(410);
    expect((await newBrowser(t).post(`${contact.api}/session`, { email: contact.email, password: CONTACT_PASSWORD })).statusCode).toBe(401);
    expect((await newBrowser(t).post(`${contact.api}/session`, { email: contact.email, password: NEW_PASSWORD })).statusCode).toBe(200);
    const notifications = (await staff.client.get('/api/v1/notifications')).json();
    expect(notifications.data.map((n: { event_type: string }) => n.event_type)).toContain('portal.password_changed');
  });

  it('lets a reset link expire after an hour', async ({ t, staff }) => {
    const contact = await acceptedContact(t, staff);
    await newBrowser(t).post(`${contact.api}/password-reset`, { email: contact.email });
    const token = tokenFromMail(await t.deliverMail(), contact.email, 'reset-password');
    t.clock.advance(3601);
    const expired = await newBrowser(t).post(`${contact.api}/password-reset/${token}`, { password: NEW_PASSWORD });
    expect(expired.statusCode).toBe(410);
    expect(expired.json().error.code).toBe('TOKEN_EXPIRED');
  });

  it('limits reset requests per address with Retry-After', async ({ t, staff }) => {
    const contact = await acceptedContact(t, staff);
    for (let i = 0; i < 5; i++) expect((await newBrowser(t).post(`${contact.api}/password-reset`, { email: contact.email })).statusCode).toBe(202);
    const limited = await newBrowser(t).post(`${contact.api}/password-reset`, { email: contact.email });
    expect(limited.statusCode).toBe(429);
    expect(limited.headers['retry-after']).toBeDefined();
  });

  it('signs in with a one-time link: viewing does not use it, it works once', async ({ t, staff }) => {
    const contact = await acceptedContact(t, staff);
    const requested = await newBrowser(t).post(`${contact.api}/signin-link`, { email: contact.email });
    expect(requested.statusCode).toBe(202);
    expect((await newBrowser(t).post(`${contact.api}/signin-link`, { email: `ghost-${contact.email}` })).statusCode).toBe(202);
    const token = tokenFromMail(await t.deliverMail(), contact.email, 'signin-link');

    const browser = newBrowser(t);
    expect((await newBrowser(t).get(`${contact.api}/signin-link/${token}`)).statusCode).toBe(200);
    const signedIn = await browser.post(`${contact.api}/signin-link/${token}`);
    expect(signedIn.statusCode).toBe(200);
    expect(signedIn.json()).toMatchObject({ state: 'signed_in', contact: { id: contact.contactId } });
    expect((await browser.get(`${contact.api}/dashboard`)).statusCode).toBe(200);

    const reused = await newBrowser(t).post(`${contact.api}/signin-link/${token}`);
    expect(reused.statusCode).toBe(410);
    expect(reused.json().error.code).toBe('TOKEN_USED');
  });

  it('lets a sign-in link expire after 10 minutes', async ({ t, staff }) => {
    const contact = await acceptedContact(t, staff);
    await newBrowser(t).post(`${contact.api}/signin-link`, { email: contact.email });
    const token = tokenFromMail(await t.deliverMail(), contact.email, 'signin-link');
    t.clock.advance(10 * 60);
    const expired = await newBrowser(t).post(`${contact.api}/signin-link/${token}`);
    expect(expired.statusCode).toBe(410);
    expect(expired.json().error.code).toBe('TOKEN_EXPIRED');
  });

  it('voids a sign-in link when the contact loses access', async ({ t, staff }) => {
    const contact = await acceptedContact(t, staff);
    await newBrowser(t).post(`${contact.api}/signin-link`, { email: contact.email });
    const token = tokenFromMail(await t.deliverMail(), contact.email, 'signin-link');
    await staff.client.put(`/api/v1/customers/${contact.customerId}/portal-access`, { contact_person_ids: [] });
    expect((await newBrowser(t).post(`${contact.api}/signin-link/${token}`)).statusCode).toBe(404);
  });
});
