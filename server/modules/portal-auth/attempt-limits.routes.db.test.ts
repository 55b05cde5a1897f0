import { expect } from 'vitest';
import { uniqueEmail } from '../../test/http-client.ts';
import { describeOnEachDialect } from '../../test/fixture.ts';
import { acceptedContact, CONTACT_PASSWORD, enrolTwoFactor, inviteContact, mailsTo, newBrowser, portalApi, totpCode } from '../../test/portal-builders.ts';
import { atOnce, tallyStatuses } from '../../test/tally.ts';

/*
 * Attempts are counted before the password, code or token is checked: when many arrive at once, no
 * more than the limit are ever evaluated. Evaluated attempts answer 401/400 (or 202 for mail), the rest
 * 429 with Retry-After.
 */
describeOnEachDialect('portal attempt limits under concurrency', (it) => {
  it('evaluates at most 5 of 50 concurrent wrong passwords for one account, known or unknown', async ({ t, staff }) => {
    const contact = await acceptedContact(t, staff);
    const browser = newBrowser(t);
    const known = await atOnce(50, () => browser.post(`${contact.api}/session`, { email: contact.email, password: 'not the right password' }));
    expect(tallyStatuses(known)).toEqual({ 401: 5, 429: 45 });
    expect(known.find((response) => response.statusCode === 429)?.headers['retry-after']).toBe('900');
    expect((await newBrowser(t).post(`${contact.api}/session`, { email: contact.email, password: CONTACT_PASSWORD })).statusCode).toBe(429);

    const unknown = await atOnce(50, () => newBrowser(t).post(`${contact.api}/session`, { email: `nobody-${contact.email}`, password: 'not the right password' }));
    expect(tallyStatuses(unknown)).toEqual({ 401: 5, 429: 45 });
    expect(unknown.find((response) => response.statusCode === 401)?.json()).toEqual(known.find((response) => response.statusCode === 401)?.json());
  });

  it('does not use up the IP’s allowance with successful sign-ins', async ({ t, staff }) => {
    const contact = await acceptedContact(t, staff);
    const office = newBrowser(t);
    const signIns = [];
    for (let attempt = 0; attempt < 60; attempt++) signIns.push(await office.post(`${contact.api}/session`, { email: contact.email, password: CONTACT_PASSWORD }));
    expect(tallyStatuses(signIns)).toEqual({ 200: 60 });
    const row = await t.ctx.db.selectFrom('rate_limits').select('hits').where('key', '=', `portal-signin-ip:${office.ip}`).executeTakeFirstOrThrow();
    expect(row.hits).toBe(0);
  });

  it('evaluates at most 5 of 20 concurrent wrong two-factor codes, and a right code only once', async ({ t, staff }) => {
    const contact = await acceptedContact(t, staff);
    const { secret } = await enrolTwoFactor(t, contact);
    const pending = newBrowser(t);
    expect((await pending.post(`${contact.api}/session`, { email: contact.email, password: CONTACT_PASSWORD })).json().state).toBe('two_factor_required');
    const wrong = await atOnce(20, (index) => pending.post(`${contact.api}/session/two-factor`, { code: String(100000 + index) }));
    expect(tallyStatuses(wrong)).toEqual({ 401: 5, 429: 15 });

    t.clock.advance(15 * 60 + 30);
    const first = newBrowser(t);
    const second = newBrowser(t);
    for (const browser of [first, second]) await browser.post(`${contact.api}/session`, { email: contact.email, password: CONTACT_PASSWORD });
    const code = totpCode(t, secret);
    const replayed = await Promise.all([first, second].map((browser) => browser.post(`${contact.api}/session/two-factor`, { code })));
    expect(tallyStatuses(replayed)).toEqual({ 200: 1, 401: 1 });
  });

  it('evaluates at most 5 of 20 concurrent wrong current passwords and two-factor codes on the account page', async ({ t, staff }) => {
    const contact = await acceptedContact(t, staff);
    const changes = await atOnce(20, () => contact.client.put(`${contact.api}/me/password`, { current_password: 'not my password at all', new_password: 'orange kettle sings at dawn' }));
    expect(tallyStatuses(changes)).toEqual({ 400: 5, 429: 15 });

    const other = await acceptedContact(t, staff);
    await enrolTwoFactor(t, other);
    const disables = await atOnce(20, (index) => other.client.request('DELETE', `${other.api}/me/two-factor`, { code: String(200000 + index) }));
    expect(tallyStatuses(disables)).toEqual({ 400: 5, 429: 15 });
  });

  it('evaluates at most 5 of 20 concurrent wrong passwords when an invitation asks for the existing login', async ({ t, staff }) => {
    const first = await acceptedContact(t, staff);
    const second = await inviteContact(t, staff, { email: first.email, name: 'Second Account Ltd' });
    const api = portalApi(staff);
    const attempts = await atOnce(20, () => newBrowser(t).post(`${api}/invitations/${second.token}/accept`, { password: 'a different long password' }));
    expect(tallyStatuses(attempts)).toEqual({ 400: 5, 429: 15 });
  });

  it('mails at most 5 reset links for 20 concurrent requests for one address, always without telling it apart', async ({ t, staff }) => {
    const contact = await acceptedContact(t, staff);
    const before = mailsTo(await t.deliverMail(), contact.email).length;
    const requests = await atOnce(20, () => newBrowser(t).post(`${contact.api}/password-reset`, { email: contact.email }));
    expect(tallyStatuses(requests)).toEqual({ 202: 5, 429: 15 });
    expect(mailsTo(await t.deliverMail(), contact.email).length - before).toBe(5);
    const unknown = await atOnce(20, () => newBrowser(t).post(`${contact.api}/signin-link`, { email: `ghost-${contact.email}` }));
    expect(tallyStatuses(unknown)).toEqual({ 202: 5, 429: 15 });
  });

  it('mails at most 5 sign-up verifications for 20 concurrent sign-ups of one address', async ({ t, staff }) => {
    await staff.client.patch('/api/v1/portal/settings', { allow_self_signup: true });
    const email = uniqueEmail('signup');
    const body = { company_name: 'Rush Ltd', first_name: 'Rae', email, password: CONTACT_PASSWORD };
    const requests = await atOnce(20, () => newBrowser(t).post(`${portalApi(staff)}/signup`, body));
    expect(tallyStatuses(requests)).toEqual({ 202: 5, 429: 15 });
    expect(mailsTo(await t.deliverMail(), email)).toHaveLength(5);
  });
});
