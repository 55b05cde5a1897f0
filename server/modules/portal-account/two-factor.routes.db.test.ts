import { expect } from 'vitest';
import { signUpStaff, tokenFromMail } from '../../test/builders.ts';
import { acceptedContact, CONTACT_PASSWORD, enrolTwoFactor, newBrowser, totpCode, type SignedInContact } from '../../test/portal-builders.ts';
import { describeOnEachDialect } from '../../test/fixture.ts';
import type { TestApp } from '../../test/test-app.ts';

describeOnEachDialect('portal two-factor authentication', (it) => {
  const identityOf = (t: TestApp, email: string) => t.ctx.db.selectFrom('portal_identities').selectAll().where('email', '=', email).executeTakeFirstOrThrow();

  async function passwordStep(t: TestApp, contact: SignedInContact) {
    const browser = newBrowser(t);
    const response = await browser.post(`${contact.api}/session`, { email: contact.email, password: CONTACT_PASSWORD });
    return { browser, response };
  }

  it('enrols with a QR code and a confirmed code; the secret is stored encrypted and the recovery codes hashed', async ({ t }) => {
    const staff = await signUpStaff(t.app, 'Secure Things');
    const contact = await acceptedContact(t, staff);
    const setup = await contact.client.post(`${contact.api}/me/two-factor/setup`);
    expect(setup.statusCode).toBe(200);
    const { secret, otpauth_url, qr_code_data_url } = setup.json();
    expect(otpauth_url).toMatch(/^otpauth:\/\/totp\/Secure%20Things:/);
    expect(otpauth_url).toContain(`secret=${secret}`);
    expect(qr_code_data_url).toMatch(/^data:image\/png;base64,/);
    const stored = await identityOf(t, contact.email);
    expect(stored.totp_secret).not.toContain(secret);
    expect(stored.totp_enabled_at).toBeNull();

    const wrong = await contact.client.post(`${contact.api}/me/two-factor/confirm`, { code: '000000' });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().error.details[0].field).toBe('code');
    const confirmed = await contact.client.post(`${contact.api}/me/two-factor/confirm`, { code: totpCode(t, secret) });
    expect(confirmed.statusCode).toBe(200);
    const codes: string[] = confirmed.json().recovery_codes;
    expect(codes).toHaveLength(10);
    expect(new Set(codes).size).toBe(10);
    const rows = await t.ctx.db.selectFrom('recovery_codes').select('code_hash').where('identity_id', '=', stored.id).execute();
    expect(rows).toHaveLength(10);
    expect(rows.map((row) => row.code_hash)).not.toContain(codes[0]);
    expect((await contact.client.get(`${contact.api}/me`)).json().two_factor_enabled).toBe(true);
    expect((await contact.client.post(`${contact.api}/me/two-factor/setup`)).statusCode).toBe(409);
  });

  it('asks for the code after the password; nothing else opens until it is right, and a code works once', async ({ t, staff }) => {
    const contact = await acceptedContact(t, staff);
    const { secret } = await enrolTwoFactor(t, contact);
    const { browser, response } = await passwordStep(t, contact);
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ state: 'two_factor_required', contact: null, customer: null, accounts: [] });
    const pendingToken = response.cookies.find((c) => c.name === 'portico_portal')?.value;
    const blocked = await browser.get(`${contact.api}/dashboard`);
    expect(blocked.statusCode).toBe(401);
    expect(blocked.json().error.code).toBe('TWO_FACTOR_REQUIRED');
    expect((await browser.get(`${contact.api}/me`)).json().state).toBe('two_factor_required');

    const wrong = await browser.post(`${contact.api}/session/two-factor`, { code: '123456' });
    expect(wrong.statusCode).toBe(401);
    expect(wrong.json().error.code).toBe('INVALID_TWO_FACTOR_CODE');
    const code = totpCode(t, secret);
    const done = await browser.post(`${contact.api}/session/two-factor`, { code });
    expect(done.statusCode).toBe(200);
    expect(done.json()).toMatchObject({ state: 'signed_in', contact: { id: contact.contactId } });
    expect(done.cookies.find((c) => c.name === 'portico_portal')?.value).not.toBe(pendingToken);
    expect((await browser.get(`${contact.api}/dashboard`)).statusCode).toBe(200);

    const replay = await passwordStep(t, contact);
    expect((await replay.browser.post(`${contact.api}/session/two-factor`, { code })).statusCode).toBe(401);
  });

  it('accepts each recovery code once, and a new set voids the old one', async ({ t, staff }) => {
    const contact = await acceptedContact(t, staff);
    const { secret, recoveryCodes } = await enrolTwoFactor(t, contact);
    const [first, second] = recoveryCodes;

    const one = await passwordStep(t, contact);
    expect((await one.browser.post(`${contact.api}/session/two-factor`, { code: first!.toUpperCase() })).statusCode).toBe(200);
    const two = await passwordStep(t, contact);
    expect((await two.browser.post(`${contact.api}/session/two-factor`, { code: first })).statusCode).toBe(401);

    const regenerated = await contact.client.post(`${contact.api}/me/two-factor/recovery-codes`, { code: totpCode(t, secret) });
    expect(regenerated.statusCode).toBe(200);
    const fresh: string[] = regenerated.json().recovery_codes;
    expect(fresh).toHaveLength(10);
    expect((await two.browser.post(`${contact.api}/session/two-factor`, { code: second })).statusCode).toBe(401);
    expect((await two.browser.post(`${contact.api}/session/two-factor`, { code: fresh[0] })).statusCode).toBe(200);
  });

  it('turns two-factor off with a current code; sign-in then asks for the password only', async ({ t, staff }) => {
    const contact = await acceptedContact(t, staff);
    const { secret } = await enrolTwoFactor(t, contact);
    const refused = await contact.client.request('DELETE', `${contact.api}/me/two-factor`, { code: '000000' });
    expect(refused.statusCode).toBe(400);
    const off = await contact.client.request('DELETE', `${contact.api}/me/two-factor`, { code: totpCode(t, secret) });
    expect(off.statusCode).toBe(200);
    expect(off.json().two_factor_enabled).toBe(false);
    expect((await identityOf(t, contact.email)).totp_secret).toBeNull();
    expect((await passwordStep(t, contact)).response.json().state).toBe('signed_in');
  });

  it('rate-limits wrong codes at the second step', async ({ t, staff }) => {
    const contact = await acceptedContact(t, staff);
    const { secret } = await enrolTwoFactor(t, contact);
    const { browser } = await passwordStep(t, contact);
    for (let i = 0; i < 5; i++) expect((await browser.post(`${contact.api}/session/two-factor`, { code: '000000' })).statusCode).toBe(401);
    const limited = await browser.post(`${contact.api}/session/two-factor`, { code: totpCode(t, secret) });
    expect(limited.statusCode).toBe(429);
    expect(limited.headers['retry-after']).toBeDefined();
  });

  it('still asks for the code after a sign-in link', async ({ t, staff }) => {
    const contact = await acceptedContact(t, staff);
    await enrolTwoFactor(t, contact);
    await newBrowser(t).post(`${contact.api}/signin-link`, { email: contact.email });
    const token = tokenFromMail(await t.deliverMail(), contact.email, 'signin-link');
    const linked = await newBrowser(t).post(`${contact.api}/signin-link/${token}`);
    expect(linked.json().state).toBe('two_factor_required');
  });

  it('makes every contact set up two-factor first where the portal requires it', async ({ t, staff }) => {
    await staff.client.patch('/api/v1/portal/settings', { require_two_factor: true });
    const contact = await acceptedContact(t, staff);
    const me = await contact.client.get(`${contact.api}/me`);
    expect(me.json().state).toBe('two_factor_setup_required');
    const blocked = await contact.client.get(`${contact.api}/dashboard`);
    expect(blocked.statusCode).toBe(403);
    expect(blocked.json().error.code).toBe('TWO_FACTOR_SETUP_REQUIRED');
    expect((await contact.client.patch(`${contact.api}/me`, { language: 'de' })).statusCode).toBe(403);

    const { secret } = await enrolTwoFactor(t, contact);
    expect((await contact.client.get(`${contact.api}/me`)).json().state).toBe('signed_in');
    expect((await contact.client.get(`${contact.api}/dashboard`)).statusCode).toBe(200);
    const off = await contact.client.request('DELETE', `${contact.api}/me/two-factor`, { code: totpCode(t, secret) });
    expect(off.statusCode).toBe(409);
  });
});
