import { expect } from 'vitest';
import { TestClient } from '../test/http-client.ts';
import { describeOnEachDialect } from '../test/fixture.ts';
import { acceptedContact } from '../test/portal-builders.ts';

// The test app's PUBLIC_URL is http://portico.test.
const crossSiteHeaders: Record<string, string>[] = [
  { origin: 'https://attacker.example' },
  { origin: 'null' },
  { origin: 'http://portico.test:8080' },
  { 'sec-fetch-site': 'cross-site' },
  { 'sec-fetch-site': 'same-site' },
  { origin: 'http://portico.test', 'sec-fetch-site': 'cross-site' },
];
const sameOriginHeaders: Record<string, string>[] = [{ origin: 'http://portico.test' }, { origin: 'HTTP://PORTICO.TEST' }, { 'sec-fetch-site': 'same-origin' }, { 'sec-fetch-site': 'none' }, {}];

describeOnEachDialect('the origin check of cookie-authenticated writes', (it) => {
  it('refuses a staff write from another site with 403 CROSS_SITE_REQUEST and changes nothing', async ({ staff }) => {
    for (const headers of crossSiteHeaders) {
      const response = await staff.client.request('PATCH', '/api/v1/portal/settings', { banner_message: 'from elsewhere' }, headers);
      expect(response.statusCode, JSON.stringify(headers)).toBe(403);
      expect(response.json().error).toMatchObject({ code: 'CROSS_SITE_REQUEST', details: { expected_origin: 'http://portico.test' } });
    }
    expect((await staff.client.get('/api/v1/portal/settings')).json().banner_message).not.toBe('from elsewhere');
  });

  it('accepts staff writes from the portal’s own origin, and from clients that send neither header', async ({ staff }) => {
    for (const [index, headers] of sameOriginHeaders.entries()) {
      const response = await staff.client.request('PATCH', '/api/v1/portal/settings', { banner_message: `same origin ${index}` }, headers);
      expect(response.statusCode, JSON.stringify(headers)).toBe(200);
      expect(response.json().banner_message).toBe(`same origin ${index}`);
    }
  });

  it('still needs the CSRF token from the same origin and from clients without those headers', async ({ staff }) => {
    const token = staff.client.csrfToken;
    staff.client.csrfToken = undefined;
    for (const headers of [{}, { origin: 'http://portico.test' }] as Record<string, string>[]) {
      const response = await staff.client.request('PATCH', '/api/v1/portal/settings', { banner_message: 'no token' }, headers);
      expect(response.statusCode).toBe(403);
      expect(response.json().error.code).toBe('CSRF_TOKEN_MISSING');
    }
    staff.client.csrfToken = token;
  });

  it('leaves reads and API-key requests alone', async ({ t, staff, ip }) => {
    expect((await staff.client.request('GET', '/api/v1/portal/settings', undefined, { origin: 'https://attacker.example', 'sec-fetch-site': 'cross-site' })).statusCode).toBe(200);
    const key = (await staff.client.post('/api/v1/api-keys', { name: 'ERP', scopes: ['customers.write'] })).json().key as string;
    const integration = new TestClient(t.app, ip);
    const created = await integration.request('POST', '/api/v1/customers', { display_name: 'Via API' }, { authorization: `Bearer ${key}`, origin: 'https://erp.example', 'sec-fetch-site': 'cross-site' });
    expect(created.statusCode).toBe(201);
  });

  it('refuses a portal write from another site and accepts it from the portal’s origin', async ({ t, staff }) => {
    const contact = await acceptedContact(t, staff);
    for (const headers of crossSiteHeaders) {
      const response = await contact.client.request('PATCH', `${contact.api}/me`, { phone: '+1 555 0100' }, headers);
      expect(response.statusCode, JSON.stringify(headers)).toBe(403);
      expect(response.json().error.code).toBe('CROSS_SITE_REQUEST');
    }
    expect((await contact.client.get(`${contact.api}/me`)).json().contact.phone).not.toBe('+1 555 0100');
    const signOut = await contact.client.request('DELETE', `${contact.api}/session`, undefined, { 'sec-fetch-site': 'cross-site' });
    expect(signOut.statusCode).toBe(403);
    expect((await contact.client.get(`${contact.api}/me`)).statusCode).toBe(200);
    for (const headers of sameOriginHeaders) {
      expect((await contact.client.request('PATCH', `${contact.api}/me`, { phone: '+1 555 0101' }, headers)).statusCode, JSON.stringify(headers)).toBe(200);
    }
  });
});
