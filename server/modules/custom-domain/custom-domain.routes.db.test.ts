import { expect } from 'vitest';
import { signUpStaff } from '../../test/builders.ts';
import { describeOnEachDialect } from '../../test/fixture.ts';
import { STRONG_PASSWORD, TestClient, uniqueEmail } from '../../test/http-client.ts';
import { FakeDns, uniqueDomain, verifiedDomain } from './custom-domain.test-support.ts';

const dns = new FakeDns();

describeOnEachDialect('the portal’s custom domain setting', { resolveTxt: dns.resolve }, (it) => {
  it('starts with none, and shows Portico’s host as the CNAME target', async ({ staff }) => {
    const response = await staff.client.get('/api/v1/portal/custom-domain');
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({
      custom_domain: null,
      status: 'none',
      cname_target: 'portico.test',
      verification_record: null,
      verified_at: null,
      checked_at: null,
      failure: null,
      portal_url: `http://portico.test/portal/${staff.organization.slug}`,
    });
  });

  it('keeps a host name lowercased, pending, with a TXT record to publish', async ({ staff }) => {
    const domain = uniqueDomain();
    const response = await staff.client.put('/api/v1/portal/custom-domain', { custom_domain: ` ${domain.toUpperCase()}. ` });
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body).toMatchObject({ custom_domain: domain, status: 'pending', verified_at: null, failure: null });
    expect(body.verification_record).toEqual({ type: 'TXT', name: `_portico-verify.${domain}`, value: expect.stringMatching(/^portico-verify-[0-9a-f]{32}$/) });
    // Not verified: links stay on Portico's host.
    expect(body.portal_url).toBe(`http://portico.test/portal/${staff.organization.slug}`);
    expect((await staff.client.get('/api/v1/portal/custom-domain')).json()).toEqual(body);
  });

  it('refuses what is not a bare host name with 400 naming custom_domain', async ({ staff }) => {
    const cases: [string, string][] = [
      ['https://portal.acme.com', 'invalid_format'],
      ['portal.acme.com:8443', 'invalid_format'],
      ['portal.acme.com/portal', 'invalid_format'],
      ['user@portal.acme.com', 'invalid_format'],
      ['localhost', 'invalid_format'],
      ['-bad.acme.com', 'invalid_format'],
      ['portal_acme.com', 'invalid_format'],
      ['203.0.113.7', 'ip_address'],
      ['[2001:db8::1]', 'ip_address'],
      ['2001:db8::1', 'ip_address'],
      ['portico.test', 'reserved_host'],
      ['PORTICO.TEST', 'reserved_host'],
    ];
    for (const [value, code] of cases) {
      const response = await staff.client.put('/api/v1/portal/custom-domain', { custom_domain: value });
      expect(response.statusCode, value).toBe(400);
      expect(response.json().error.details, value).toEqual([expect.objectContaining({ field: 'custom_domain', code })]);
    }
    const tooLong = await staff.client.put('/api/v1/portal/custom-domain', { custom_domain: `${'a'.repeat(250)}.com` });
    expect(tooLong.statusCode).toBe(400);
    expect(tooLong.json().error.details[0].field).toBe('custom_domain');
    expect((await staff.client.get('/api/v1/portal/custom-domain')).json().custom_domain).toBeNull();
  });

  it('answers 409 taken for a domain another organization holds', async ({ t, staff }) => {
    const domain = uniqueDomain();
    expect((await staff.client.put('/api/v1/portal/custom-domain', { custom_domain: domain })).statusCode).toBe(200);
    const other = await signUpStaff(t.app);
    const response = await other.client.put('/api/v1/portal/custom-domain', { custom_domain: domain.toUpperCase() });
    expect(response.statusCode).toBe(409);
    expect(response.json().error).toMatchObject({ code: 'CONFLICT', details: [expect.objectContaining({ field: 'custom_domain', code: 'taken' })] });
    expect((await other.client.get('/api/v1/portal/custom-domain')).json().custom_domain).toBeNull();
    // The same organization setting its own domain again is no conflict, and keeps its token.
    const before = (await staff.client.get('/api/v1/portal/custom-domain')).json();
    const again = await staff.client.put('/api/v1/portal/custom-domain', { custom_domain: domain });
    expect(again.statusCode).toBe(200);
    expect(again.json().verification_record.value).toBe(before.verification_record.value);
  });

  it('lets exactly one of several organizations claiming a domain at once have it', async ({ t }) => {
    const domain = uniqueDomain();
    const claimants = await Promise.all([signUpStaff(t.app), signUpStaff(t.app), signUpStaff(t.app), signUpStaff(t.app)]);
    const answers = await Promise.all(claimants.map((staff) => staff.client.put('/api/v1/portal/custom-domain', { custom_domain: domain })));
    expect(answers.map((answer) => answer.statusCode).sort()).toEqual([200, 409, 409, 409]);
    const holders = await Promise.all(claimants.map(async (staff) => (await staff.client.get('/api/v1/portal/custom-domain')).json().custom_domain as string | null));
    expect(holders.filter((held) => held === domain)).toHaveLength(1);
  });

  it('verifies the domain only with the right token in the TXT record', async ({ staff }) => {
    const domain = uniqueDomain();
    const set = (await staff.client.put('/api/v1/portal/custom-domain', { custom_domain: domain })).json();
    const name = set.verification_record.name as string;

    const missing = await staff.client.post('/api/v1/portal/custom-domain/verify');
    expect(missing.statusCode).toBe(200);
    expect(missing.json()).toMatchObject({ status: 'failed', failure: 'no_record', verified_at: null, checked_at: expect.any(String) });

    dns.records.set(name, [['v=spf1 -all'], ['portico-verify-0000']]);
    expect((await staff.client.post('/api/v1/portal/custom-domain/verify')).json()).toMatchObject({ status: 'failed', failure: 'wrong_token', verified_at: null });

    dns.failing.add(name);
    expect((await staff.client.post('/api/v1/portal/custom-domain/verify')).json()).toMatchObject({ status: 'failed', failure: 'lookup_failed' });
    dns.failing.delete(name);

    // DNS splits long strings into chunks: they are joined.
    const token = set.verification_record.value as string;
    dns.records.set(name, [['unrelated'], [token.slice(0, 10), token.slice(10)]]);
    const verified = await staff.client.post('/api/v1/portal/custom-domain/verify');
    expect(verified.json()).toMatchObject({ status: 'verified', failure: null, verified_at: expect.any(String), portal_url: `http://${domain}` });
    expect((await staff.client.get('/api/v1/portal/settings')).json().portal_url).toBe(`http://${domain}`);
    expect((await staff.client.get('/api/v1/organization')).json().portal_url).toBe(`http://${domain}`);

    // A failed look-up later does not take a verified domain off the air; a removed record does.
    dns.failing.add(name);
    expect((await staff.client.post('/api/v1/portal/custom-domain/verify')).json()).toMatchObject({ status: 'verified', failure: 'lookup_failed' });
    dns.failing.delete(name);
    dns.records.delete(name);
    expect((await staff.client.post('/api/v1/portal/custom-domain/verify')).json()).toMatchObject({ status: 'failed', failure: 'no_record', verified_at: null });
  });

  it('starts verification over when the domain changes, and removes it with null', async ({ staff }) => {
    const first = await verifiedDomain(staff, dns);
    const firstToken = (await staff.client.get('/api/v1/portal/custom-domain')).json().verification_record.value;
    const second = uniqueDomain();
    const changed = (await staff.client.put('/api/v1/portal/custom-domain', { custom_domain: second })).json();
    expect(changed).toMatchObject({ custom_domain: second, status: 'pending', verified_at: null, checked_at: null });
    expect(changed.verification_record.value).not.toBe(firstToken);
    expect(changed.portal_url).toBe(`http://portico.test/portal/${staff.organization.slug}`);
    expect(first).not.toBe(second);
    const removed = (await staff.client.put('/api/v1/portal/custom-domain', { custom_domain: null })).json();
    expect(removed).toMatchObject({ custom_domain: null, status: 'none', verification_record: null });
    const verify = await staff.client.post('/api/v1/portal/custom-domain/verify');
    expect(verify.statusCode).toBe(400);
    expect(verify.json().error.details).toEqual([expect.objectContaining({ field: 'custom_domain', code: 'required' })]);
  });

  it('a freed domain can be claimed by another organization', async ({ t, staff }) => {
    const domain = await verifiedDomain(staff, dns);
    await staff.client.put('/api/v1/portal/custom-domain', { custom_domain: null });
    const other = await signUpStaff(t.app);
    const claimed = await other.client.put('/api/v1/portal/custom-domain', { custom_domain: domain });
    expect(claimed.statusCode).toBe(200);
    expect(claimed.json().status).toBe('pending');
  });

  it('needs settings.write to change and settings.read to read, and a signed-in staff member', async ({ t, staff, ip }) => {
    const readKey = (await staff.client.post('/api/v1/api-keys', { name: 'Reader', scopes: ['settings.read'] })).json().key as string;
    const integration = new TestClient(t.app, ip);
    const auth = { authorization: `Bearer ${readKey}` };
    expect((await integration.request('GET', '/api/v1/portal/custom-domain', undefined, auth)).statusCode).toBe(200);
    expect((await integration.request('PUT', '/api/v1/portal/custom-domain', { custom_domain: uniqueDomain() }, auth)).statusCode).toBe(403);
    expect((await integration.request('POST', '/api/v1/portal/custom-domain/verify', {}, auth)).statusCode).toBe(403);
    const anonymous = new TestClient(t.app, ip);
    expect((await anonymous.get('/api/v1/portal/custom-domain')).statusCode).toBe(401);
    expect((await anonymous.put('/api/v1/portal/custom-domain', { custom_domain: uniqueDomain() })).statusCode).toBe(401);
  });

  it('lets staff members read the domain but not change or verify it (owners and admins only)', async ({ t, staff, ip }) => {
    const email = uniqueEmail('staff');
    expect((await staff.client.post('/api/v1/staff-users', { name: 'Sam Staff', email, role: 'staff', password: STRONG_PASSWORD })).statusCode).toBe(201);
    const member = new TestClient(t.app, ip);
    expect((await member.post('/api/v1/session', { email, password: STRONG_PASSWORD })).statusCode).toBe(200);
    expect((await member.get('/api/v1/portal/custom-domain')).statusCode).toBe(200);
    const change = await member.put('/api/v1/portal/custom-domain', { custom_domain: uniqueDomain() });
    expect(change.statusCode).toBe(403);
    expect((await member.post('/api/v1/portal/custom-domain/verify')).statusCode).toBe(403);
    expect((await staff.client.get('/api/v1/portal/custom-domain')).json().custom_domain).toBeNull();
  });

  it('keeps each organization’s domain its own: another organization verifying sees only its own', async ({ t, staff }) => {
    const domain = await verifiedDomain(staff, dns);
    const other = await signUpStaff(t.app);
    const verify = await other.client.post('/api/v1/portal/custom-domain/verify');
    expect(verify.statusCode).toBe(400);
    expect((await other.client.get('/api/v1/portal/custom-domain')).json().custom_domain).toBeNull();
    expect((await staff.client.get('/api/v1/portal/custom-domain')).json()).toMatchObject({ custom_domain: domain, status: 'verified' });
  });

  it('refuses a body without custom_domain, naming the field', async ({ staff }) => {
    const response = await staff.client.put('/api/v1/portal/custom-domain', {});
    expect(response.statusCode).toBe(400);
    expect(response.json().error.details[0].field).toBe('custom_domain');
  });
});
