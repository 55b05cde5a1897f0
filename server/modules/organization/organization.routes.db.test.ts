import { expect } from 'vitest';
import { signUpStaff } from '../../test/builders.ts';
import { STRONG_PASSWORD, TestClient, uniqueEmail } from '../../test/http-client.ts';
import { describeOnEachDialect } from '../../test/fixture.ts';

describeOnEachDialect('organizations and portal settings', (it) => {
  it('signs up an organization with its owner and derives the portal slug from the name', async ({ t, ip }) => {
    const client = new TestClient(t.app, ip);
    const response = await client.post('/api/v1/organizations', {
      organization_name: 'Acme Corp',
      name: 'Ada Owner',
      email: uniqueEmail(),
      password: STRONG_PASSWORD,
    });
    expect(response.statusCode).toBe(201);
    const body = response.json();
    expect(body.organization.slug).toMatch(/^acme-corp(-\d+)?$/);
    expect(body.user.role).toBe('owner');
    expect(body.csrf_token).toEqual(expect.any(String));
    const session = await client.get('/api/v1/session');
    expect(session.statusCode).toBe(200);
    expect(session.headers['cache-control']).toBe('no-store');
  });

  it('makes slugs unique across organizations with the same name', async ({ t }) => {
    const a = await signUpStaff(t.app, 'Same Name GmbH');
    const b = await signUpStaff(t.app, 'Same Name GmbH');
    expect(a.organization.slug).not.toBe(b.organization.slug);
    expect(b.organization.slug).toMatch(/^same-name-gmbh-\d+$/);
  });

  it('refuses a common password naming the field, and creates nothing', async ({ t, ip }) => {
    const email = uniqueEmail();
    const client = new TestClient(t.app, ip);
    const response = await client.post('/api/v1/organizations', { organization_name: 'Weak Co', name: 'W', email, password: 'password123' });
    expect(response.statusCode).toBe(422);
    expect(response.json().error).toMatchObject({ code: 'WEAK_PASSWORD', details: [{ field: 'password' }] });
    const signIn = await client.post('/api/v1/session', { email, password: 'password123' });
    expect(signIn.statusCode).toBe(401);
  });

  it('refuses a second sign-up with the same email', async ({ t, ip }) => {
    const email = uniqueEmail();
    const body = { organization_name: 'Dup Co', name: 'D', email, password: STRONG_PASSWORD };
    expect((await new TestClient(t.app, ip).post('/api/v1/organizations', body)).statusCode).toBe(201);
    const again = await new TestClient(t.app, ip).post('/api/v1/organizations', body);
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('EMAIL_TAKEN');
  });

  it('answers malformed JSON with 400, wrong types naming the field, and bodies over 1 MB with 413', async ({ t, ip }) => {
    const malformed = await t.app.inject({ method: 'POST', url: '/api/v1/organizations', headers: { 'content-type': 'application/json' }, payload: '{"organization_name": ' });
    expect(malformed.statusCode).toBe(400);
    expect(malformed.json().error.code).toBe('MALFORMED_JSON');
    const wrongType = await new TestClient(t.app, ip).post('/api/v1/organizations', { organization_name: 42, name: 'x', email: uniqueEmail(), password: STRONG_PASSWORD });
    expect(wrongType.statusCode).toBe(400);
    expect(wrongType.json().error.details[0].field).toBe('organization_name');
    const huge = await t.app.inject({
      method: 'POST',
      url: '/api/v1/organizations',
      headers: { 'content-type': 'application/json' },
      payload: JSON.stringify({ organization_name: 'x'.repeat(1024 * 1024 + 10) }),
    });
    expect(huge.statusCode).toBe(413);
    expect(huge.json().error.code).toBe('PAYLOAD_TOO_LARGE');
  });

  it('reads and changes every portal setting; an old slug keeps finding the portal', async ({ t }) => {
    const staff = await signUpStaff(t.app, 'Settings Org');
    const initial = await staff.client.get('/api/v1/portal/settings');
    expect(initial.statusCode).toBe(200);
    expect(initial.json()).toMatchObject({ portal_enabled: true, require_two_factor: false, allow_self_signup: false });
    const changed = await staff.client.patch('/api/v1/portal/settings', {
      banner_message: 'Welcome to our portal',
      require_two_factor: true,
      allow_self_signup: true,
      show_projects: true,
      slug: `renamed-${staff.organization.slug}`,
      brand_color: '#aa3300',
      staff_email_events: { 'portal.signin': true },
    });
    expect(changed.statusCode).toBe(200);
    expect(changed.json()).toMatchObject({
      banner_message: 'Welcome to our portal',
      require_two_factor: true,
      allow_self_signup: true,
      show_projects: true,
      brand_color: '#aa3300',
      slug: `renamed-${staff.organization.slug}`,
    });
    expect(changed.json().staff_email_events['portal.signin']).toBe(true);
    const oldPage = await t.app.inject({ method: 'GET', url: `/portal/${staff.organization.slug}/login` });
    expect(oldPage.statusCode).toBe(301);
    expect(oldPage.headers.location).toBe(`/portal/renamed-${staff.organization.slug}/login`);
  });

  it('changes only the settings a PATCH names: a one-field change keeps every other setting', async ({ staff }) => {
    // Settings away from their defaults, so that a reset would show.
    const set = await staff.client.patch('/api/v1/portal/settings', {
      review_period: 'year',
      allow_forwarding: false,
      show_projects: true,
      allow_time_entry_approval: true,
      allow_reviews: true,
      banner_message: 'Welcome',
      email_header_text: 'Tools for you',
      email_footer_text: 'Acme GmbH\nMain St 1',
      favicon_url: 'https://cdn.example.test/favicon.png',
      staff_email_events: { 'portal.signin': true, 'portal.document_viewed': false },
    });
    expect(set.statusCode, set.body).toBe(200);
    const before = (await staff.client.get('/api/v1/portal/settings')).json();

    const one = await staff.client.patch('/api/v1/portal/settings', { require_two_factor: true });
    expect(one.statusCode, one.body).toBe(200);
    expect(one.json()).toEqual({ ...before, require_two_factor: true });
    expect((await staff.client.get('/api/v1/portal/settings')).json()).toEqual({ ...before, require_two_factor: true });

    // One staff email event changes that event only.
    const event = await staff.client.patch('/api/v1/portal/settings', { staff_email_events: { 'portal.payment_received': false } });
    expect(event.statusCode, event.body).toBe(200);
    expect(event.json().staff_email_events).toEqual({ ...before.staff_email_events, 'portal.payment_received': false });
    expect(event.json()).toMatchObject({ review_period: 'year', allow_forwarding: false, show_projects: true, allow_time_entry_approval: true, require_two_factor: true });

    // One email branding setting changes that one only.
    const footer = await staff.client.patch('/api/v1/portal/settings', { email_footer_text: 'Acme AG' });
    expect(footer.json()).toMatchObject({ email_footer_text: 'Acme AG', email_header_text: 'Tools for you', favicon_url: 'https://cdn.example.test/favicon.png', banner_message: 'Welcome' });
    await staff.client.patch('/api/v1/portal/settings', { email_footer_text: before.email_footer_text });

    // A change of the organization's own fields leaves the settings alone too; an empty change changes nothing.
    expect((await staff.client.patch('/api/v1/portal/settings', { organization_name: 'Renamed Ltd' })).json()).toMatchObject({ organization_name: 'Renamed Ltd', review_period: 'year', banner_message: 'Welcome' });
    const empty = await staff.client.patch('/api/v1/portal/settings', {});
    expect(empty.statusCode).toBe(200);
    expect(empty.json()).toEqual({ ...before, require_two_factor: true, organization_name: 'Renamed Ltd', staff_email_events: event.json().staff_email_events });
  });

  it('refuses a slug another organization uses and unknown settings', async ({ t }) => {
    const a = await signUpStaff(t.app);
    const b = await signUpStaff(t.app);
    const taken = await b.client.patch('/api/v1/portal/settings', { slug: a.organization.slug });
    expect(taken.statusCode).toBe(409);
    const unknown = await b.client.patch('/api/v1/portal/settings', { portal_colour: 'red' });
    expect(unknown.statusCode).toBe(400);
    const badColor = await b.client.patch('/api/v1/portal/settings', { brand_color: 'red' });
    expect(badColor.statusCode).toBe(400);
    expect(badColor.json().error.details[0].field).toBe('brand_color');
  });

  it('needs the CSRF header for cookie-authenticated writes', async ({ staff }) => {
    const token = staff.client.csrfToken;
    staff.client.csrfToken = undefined;
    const response = await staff.client.patch('/api/v1/portal/settings', { banner_message: 'x' });
    expect(response.statusCode).toBe(403);
    expect(response.json().error.code).toBe('CSRF_TOKEN_MISSING');
    staff.client.csrfToken = token;
  });

  it('keeps staff users out of settings and answers unauthenticated callers with 401', async ({ t, ip }) => {
    const owner = await signUpStaff(t.app);
    const email = uniqueEmail('staff');
    expect((await owner.client.post('/api/v1/staff-users', { name: 'Sam Staff', email, role: 'staff', password: STRONG_PASSWORD })).statusCode).toBe(201);
    const staffClient = new TestClient(t.app, ip);
    expect((await staffClient.post('/api/v1/session', { email, password: STRONG_PASSWORD })).statusCode).toBe(200);
    expect((await staffClient.patch('/api/v1/portal/settings', { banner_message: 'x' })).statusCode).toBe(403);
    expect((await new TestClient(t.app, ip).get('/api/v1/portal/settings')).statusCode).toBe(401);
  });
});
