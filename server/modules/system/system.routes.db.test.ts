import { expect } from 'vitest';
import { signUpStaff } from '../../test/builders.ts';
import { STRONG_PASSWORD, TestClient } from '../../test/http-client.ts';
import { describeOnEachDialect } from '../../test/fixture.ts';
import { securityHeaders } from '../../http/security-headers.ts';

describeOnEachDialect('system endpoints, headers and staff sessions', (it, dialect) => {
  it('answers health and readiness with the database to anyone, but not metrics without METRICS_TOKEN or METRICS_PORT', async ({ t }) => {
    expect((await t.app.inject('/healthz')).json()).toEqual({ status: 'ok' });
    expect((await t.app.inject('/readyz')).json()).toEqual({ status: 'ready', database: dialect });
    const metrics = await t.app.inject('/metrics');
    expect(metrics.statusCode).toBe(404);
    expect(metrics.json().error.code).toBe('NOT_FOUND');
    expect(t.metricsApp).toBeUndefined();
  });

  it('sends the same content security policy on the API reference and its files as on every page', async ({ t }) => {
    const policy = securityHeaders({ https: false })['content-security-policy'];
    const page = await t.app.inject('/api/docs/');
    expect(page.statusCode).toBe(200);
    expect(page.headers['content-security-policy']).toBe(policy);
    // The policy allows no inline script: Swagger UI's initializer is a file of its own.
    const scripts = [...page.body.matchAll(/<script\b([^>]*)>/g)].map((match) => match[1] ?? '');
    expect(scripts.length).toBeGreaterThan(0);
    for (const attributes of scripts) expect(attributes).toMatch(/\ssrc="/);
    for (const path of ['/api/docs/static/swagger-initializer.js', '/api/docs/static/swagger-ui-bundle.js', '/api/docs/static/swagger-ui.css', '/api/docs/json']) {
      const file = await t.app.inject(path);
      expect(file.statusCode, path).toBe(200);
      expect(file.headers['content-security-policy'], path).toBe(policy);
      expect(file.headers['x-content-type-options'], path).toBe('nosniff');
    }
  });

  it('publishes an OpenAPI 3.1 document generated from the route schemas', async ({ t }) => {
    const doc = (await t.app.inject('/api/openapi.json')).json();
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/api/v1/customers', '/api/v1/customers/{id}/portal-access', '/api/v1/portal/settings']));
    expect(doc.paths['/api/v1/customers'].post.requestBody.content['application/json'].schema.properties).toHaveProperty('allow_portal_access');
  });

  it('sends security headers and a JSON 404 for unknown API paths', async ({ t }) => {
    const response = await t.app.inject('/api/v1/nothing-here');
    expect(response.statusCode).toBe(404);
    expect(response.json().error.code).toBe('NOT_FOUND');
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['x-frame-options']).toBe('DENY');
    expect(response.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(response.headers['referrer-policy']).toBe('no-referrer');
    const portalApi = await t.app.inject('/portal/no-such-portal/api/whatever');
    expect(portalApi.statusCode).toBe(404);
  });

  it('sets an HttpOnly SameSite=Lax staff cookie, stores only a hash, and ends it on sign-out', async ({ t, staff, ip }) => {
    const client = new TestClient(t.app, ip);
    const signIn = await client.post('/api/v1/session', { email: staff.user.email, password: STRONG_PASSWORD });
    const cookie = signIn.cookies.find((c) => c.name === 'portico_staff');
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
    const stored = await t.ctx.db.selectFrom('sessions').select('token_hash').execute();
    expect(stored.some((row) => row.token_hash === cookie?.value)).toBe(false);
    expect((await client.delete('/api/v1/session')).statusCode).toBe(204);
    expect((await client.get('/api/v1/session')).statusCode).toBe(401);
  });

  it('ends a staff session after 30 idle minutes and after 12 hours whatever the activity', async ({ t, staff }) => {
    t.clock.advance(29 * 60);
    expect((await staff.client.get('/api/v1/session')).statusCode).toBe(200);
    t.clock.advance(31 * 60);
    expect((await staff.client.get('/api/v1/session')).statusCode).toBe(401);
    const busy = await signUpStaff(t.app);
    for (let step = 0; step < 28; step++) {
      t.clock.advance(25 * 60);
      expect((await busy.client.get('/api/v1/session')).statusCode).toBe(200);
    }
    t.clock.advance(25 * 60);
    expect((await busy.client.get('/api/v1/session')).statusCode).toBe(401);
  });

  it('rate-limits wrong staff passwords with Retry-After, the same answer for unknown emails', async ({ t, staff, ip }) => {
    const client = new TestClient(t.app, ip);
    const unknown = await client.post('/api/v1/session', { email: 'nobody@example.test', password: 'whatever-password' });
    const wrong = await client.post('/api/v1/session', { email: staff.user.email, password: 'whatever-password' });
    expect(unknown.statusCode).toBe(401);
    expect(unknown.json()).toEqual(wrong.json());
    for (let i = 0; i < 3; i++) await client.post('/api/v1/session', { email: staff.user.email, password: 'whatever-password' });
    const limited = await client.post('/api/v1/session', { email: staff.user.email, password: 'whatever-password' });
    expect(limited.statusCode).toBe(401);
    const blocked = await client.post('/api/v1/session', { email: staff.user.email, password: STRONG_PASSWORD });
    expect(blocked.statusCode).toBe(429);
    expect(Number(blocked.headers['retry-after'])).toBeGreaterThan(0);
    t.clock.advance(15 * 60 + 1);
    expect((await client.post('/api/v1/session', { email: staff.user.email, password: STRONG_PASSWORD })).statusCode).toBe(200);
  });

  it('serves a browsable API reference and the caller’s organization; lists staff for owners and admins', async ({ t, ip }) => {
    const docs = await t.app.inject('/api/docs/');
    expect(docs.statusCode).toBe(200);
    expect(docs.body).toContain('swagger');
    const owner = await signUpStaff(t.app, 'Listing Org');
    expect((await owner.client.get('/api/v1/organization')).json()).toMatchObject({ name: 'Listing Org', slug: owner.organization.slug, portal_url: `http://portico.test/portal/${owner.organization.slug}` });
    const email = `listed-${Date.now()}@example.test`;
    await owner.client.post('/api/v1/staff-users', { name: 'Listed', email, role: 'staff', password: STRONG_PASSWORD });
    const staffList = (await owner.client.get('/api/v1/staff-users')).json().data;
    expect(staffList.map((user: { email: string; role: string }) => [user.email, user.role])).toEqual([[owner.user.email, 'owner'], [email, 'staff']]);
    const member = new TestClient(t.app, ip);
    await member.post('/api/v1/session', { email, password: STRONG_PASSWORD });
    expect((await member.get('/api/v1/staff-users')).statusCode).toBe(403);
    expect((await member.post('/api/v1/staff-users', { name: 'X', email: 'x@example.test', role: 'owner', password: STRONG_PASSWORD })).statusCode).toBe(403);
    const admin = await owner.client.post('/api/v1/staff-users', { name: 'Admin', email: `admin-${Date.now()}@example.test`, role: 'admin', password: STRONG_PASSWORD });
    const adminClient = new TestClient(t.app, ip);
    await adminClient.post('/api/v1/session', { email: admin.json().email, password: STRONG_PASSWORD });
    expect((await adminClient.post('/api/v1/staff-users', { name: 'Y', email: `y-${Date.now()}@example.test`, role: 'owner', password: STRONG_PASSWORD })).statusCode).toBe(403);
    const other = await signUpStaff(t.app);
    expect((await other.client.patch(`/api/v1/staff-users/${admin.json().id}`, { role: 'staff' })).statusCode).toBe(404);
  });

  it('disabling a staff member ends their sessions; the last owner stays', async ({ t, ip }) => {
    const owner = await signUpStaff(t.app);
    const created = await owner.client.post('/api/v1/staff-users', { name: 'Temp', email: `temp-${Date.now()}@example.test`, role: 'admin', password: STRONG_PASSWORD });
    const temp = new TestClient(t.app, ip);
    await temp.post('/api/v1/session', { email: created.json().email, password: STRONG_PASSWORD });
    expect((await temp.get('/api/v1/session')).statusCode).toBe(200);
    expect((await owner.client.patch(`/api/v1/staff-users/${created.json().id}`, { disabled: true })).statusCode).toBe(200);
    expect((await temp.get('/api/v1/session')).statusCode).toBe(401);
    expect((await owner.client.patch(`/api/v1/staff-users/${owner.user.id}`, { role: 'staff' })).statusCode).toBe(409);
  });
});
