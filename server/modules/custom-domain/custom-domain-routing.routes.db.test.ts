import { expect } from 'vitest';
import { describeOnEachDialect } from '../../test/fixture.ts';
import { CONTACT_PASSWORD, inviteContact, newBrowser } from '../../test/portal-builders.ts';
import { FakeDns, uniqueDomain, verifiedDomain } from './custom-domain.test-support.ts';

const dns = new FakeDns();
const portalHtml = '<!doctype html><html><head><title>Portal</title></head><body></body></html>';

describeOnEachDialect('routing by Host to a verified custom domain', { resolveTxt: dns.resolve, portalHtml }, (it) => {
  it('serves the portal home at the root with base path /, and the slug path on Portico’s host', async ({ t, staff }) => {
    const domain = await verifiedDomain(staff, dns);
    const home = await t.app.inject({ method: 'GET', url: '/', headers: { host: domain } });
    expect(home.statusCode).toBe(200);
    expect(home.body).toContain('<meta name="portico-base-path" content="/">');
    const page = await t.app.inject({ method: 'GET', url: '/invoices/abc?x=1', headers: { host: `${domain.toUpperCase()}:443` } });
    expect(page.statusCode).toBe(200);
    const onPortico = await t.app.inject({ method: 'GET', url: `/portal/${staff.organization.slug}/invoices`, headers: { host: 'portico.test' } });
    expect(onPortico.statusCode).toBe(200);
    expect(onPortico.body).toContain(`<meta name="portico-base-path" content="/portal/${staff.organization.slug}">`);
    // The slug path on the custom domain leads to the root address there.
    const slugThere = await t.app.inject({ method: 'GET', url: `/portal/${staff.organization.slug}/invoices`, headers: { host: domain } });
    expect(slugThere.statusCode).toBe(301);
    expect(slugThere.headers.location).toBe('/invoices');
    // Security headers as on Portico's host.
    expect(home.headers['x-content-type-options']).toBe(onPortico.headers['x-content-type-options']);
    expect(home.headers['content-security-policy']).toBe(onPortico.headers['content-security-policy']);
  });

  it('signs a contact in on the custom domain with a host-wide cookie and reads the portal API at /api', async ({ t, staff }) => {
    const domain = await verifiedDomain(staff, dns);
    const invited = await inviteContact(t, staff);
    const browser = newBrowser(t);
    const host = { host: domain };
    const branding = await browser.request('GET', '/api/portal', undefined, host);
    expect(branding.statusCode).toBe(200);
    const accepted = await browser.request('POST', `/api/invitations/${invited.token}/accept`, { password: CONTACT_PASSWORD }, { ...host, origin: `http://${domain}` });
    expect(accepted.statusCode).toBe(200);
    const cookie = accepted.cookies.find((set) => set.name === 'portico_portal');
    expect(cookie).toMatchObject({ path: '/', httpOnly: true, sameSite: 'Lax' });
    expect(cookie?.domain).toBeUndefined();
    const me = await browser.request('GET', '/api/me', undefined, host);
    expect(me.statusCode).toBe(200);
    expect(me.json().contact.email).toBe(invited.email);
    // A write from the custom domain's own origin passes the origin check; another origin does not.
    expect((await browser.request('PATCH', '/api/me', { phone: '+1 555 0199' }, { ...host, origin: `http://${domain}`, 'sec-fetch-site': 'same-origin' })).statusCode).toBe(200);
    const cross = await browser.request('PATCH', '/api/me', { phone: '+1 555 0100' }, { ...host, origin: 'http://portico.test' });
    expect(cross.statusCode).toBe(403);
    expect(cross.json().error).toMatchObject({ code: 'CROSS_SITE_REQUEST', details: { expected_origin: `http://${domain}` } });
    // Sign-in on Portico's host scopes the cookie to the slug path, as before.
    const other = newBrowser(t);
    const signIn = await other.post(`/portal/${staff.organization.slug}/api/session`, { email: invited.email, password: CONTACT_PASSWORD });
    expect(signIn.statusCode).toBe(200);
    expect(signIn.cookies.find((set) => set.name === 'portico_portal')?.path).toBe(`/portal/${staff.organization.slug}`);
    expect((await other.get(`/portal/${staff.organization.slug}/api/me`)).statusCode).toBe(200);
  });

  it('does not serve the console, the staff API or metrics on the custom domain', async ({ t, staff }) => {
    const domain = await verifiedDomain(staff, dns);
    for (const url of ['/admin', '/admin/customers', '/api/v1/organization', '/api/v1/portal/settings', '/metrics']) {
      const response = await staff.client.request('GET', url, undefined, { host: domain });
      expect(response.statusCode, url).toBe(404);
    }
    // The staff API still answers on Portico's host.
    expect((await staff.client.get('/api/v1/organization')).statusCode).toBe(200);
    expect((await t.app.inject({ method: 'GET', url: '/healthz', headers: { host: domain } })).statusCode).toBe(200);
  });

  it('serves an unverified or unknown host as Portico’s own', async ({ t, staff }) => {
    const domain = uniqueDomain();
    await staff.client.put('/api/v1/portal/custom-domain', { custom_domain: domain });
    for (const host of [domain, 'unknown.example.org']) {
      const root = await t.app.inject({ method: 'GET', url: '/', headers: { host } });
      expect(root.statusCode, host).toBe(302);
      expect(root.headers.location).toBe('/admin');
      expect((await t.app.inject({ method: 'GET', url: '/api/portal', headers: { host } })).statusCode, host).toBe(404);
    }
    expect((await staff.client.request('GET', '/api/v1/organization', undefined, { host: domain })).statusCode).toBe(200);
  });

  it('stops routing a domain at once when it changes, and follows a new slug', async ({ t, staff }) => {
    const domain = await verifiedDomain(staff, dns);
    const slug = `renamed-${staff.organization.slug}`;
    expect((await staff.client.patch('/api/v1/portal/settings', { slug })).statusCode).toBe(200);
    const branding = await t.app.inject({ method: 'GET', url: '/api/portal', headers: { host: domain } });
    expect(branding.statusCode).toBe(200);
    expect((await t.app.inject({ method: 'GET', url: `/portal/${slug}`, headers: { host: domain } })).statusCode).toBe(301);
    await staff.client.put('/api/v1/portal/custom-domain', { custom_domain: uniqueDomain() });
    expect((await t.app.inject({ method: 'GET', url: '/api/portal', headers: { host: domain } })).statusCode).toBe(404);
  });

  it('picks up a domain verified on another instance once the table is older than its TTL', async ({ t, staff }) => {
    const domain = uniqueDomain();
    await t.ctx.db
      .updateTable('organizations')
      .set({ custom_domain: domain, custom_domain_token: 't', custom_domain_verified_at: new Date().toISOString() })
      .where('id', '=', staff.organization.id)
      .execute();
    expect((await t.app.inject({ method: 'GET', url: '/api/portal', headers: { host: domain } })).statusCode).toBe(404);
    t.clock.advance(31);
    await t.app.inject({ method: 'GET', url: '/healthz', headers: { host: domain } });
    await t.ctx.portalHosts.settled();
    expect((await t.app.inject({ method: 'GET', url: '/api/portal', headers: { host: domain } })).statusCode).toBe(200);
  });

  it('puts the verified domain into emailed links', async ({ t, staff }) => {
    const domain = await verifiedDomain(staff, dns);
    const invited = await inviteContact(t, staff);
    const mail = (await t.deliverMail()).filter((sent) => sent.to === invited.email).at(-1);
    expect(mail?.text).toContain(`http://${domain}/invite/${invited.token}`);
    expect(mail?.text).not.toContain('/portal/');
  });
});
