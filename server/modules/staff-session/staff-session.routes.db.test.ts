import { expect } from 'vitest';
import { STRONG_PASSWORD, TestClient, uniqueEmail } from '../../test/http-client.ts';
import { describeOnEachDialect, uniqueIp } from '../../test/fixture.ts';
import { atOnce, tallyStatuses } from '../../test/tally.ts';

describeOnEachDialect('staff sign-in limits under concurrency', (it) => {
  it('evaluates at most 5 of 50 concurrent wrong passwords for one staff account, known or unknown', async ({ t, staff, ip }) => {
    const browser = new TestClient(t.app, ip);
    const known = await atOnce(50, () => browser.post('/api/v1/session', { email: staff.user.email, password: 'not the right password' }));
    expect(tallyStatuses(known)).toEqual({ 401: 5, 429: 45 });
    expect(known.find((response) => response.statusCode === 429)?.headers['retry-after']).toBe('900');
    expect((await new TestClient(t.app, uniqueIp()).post('/api/v1/session', { email: staff.user.email, password: STRONG_PASSWORD })).statusCode).toBe(429);

    const unknown = await atOnce(50, () => new TestClient(t.app, uniqueIp()).post('/api/v1/session', { email: uniqueEmail('nobody'), password: 'not the right password' }));
    expect(tallyStatuses(unknown)).toEqual({ 401: 50 });
    const ghost = uniqueEmail('ghost');
    const sameUnknown = await atOnce(50, () => new TestClient(t.app, uniqueIp()).post('/api/v1/session', { email: ghost, password: 'not the right password' }));
    expect(tallyStatuses(sameUnknown)).toEqual({ 401: 5, 429: 45 });
  });

  it('signs in again and again from one office address without using up its allowance', async ({ t, staff, ip }) => {
    const office = new TestClient(t.app, ip);
    for (let attempt = 0; attempt < 55; attempt++) {
      expect((await office.post('/api/v1/session', { email: staff.user.email, password: STRONG_PASSWORD })).statusCode).toBe(200);
    }
  });

  it('creates at most 20 organizations an hour from one address, even when the sign-ups arrive at once', async ({ t }) => {
    const ip = uniqueIp();
    const signUps = await atOnce(25, (index) =>
      new TestClient(t.app, ip).post('/api/v1/organizations', { organization_name: `Rush ${index}`, name: 'Owner Person', email: uniqueEmail('rush'), password: STRONG_PASSWORD }),
    );
    expect(tallyStatuses(signUps)).toEqual({ 201: 20, 429: 5 });
  });

  it('asks a write scope of an API key to change the profile, and the key still cannot, being no staff member', async ({ t, staff, ip }) => {
    const doc = (await t.app.inject('/api/openapi.json')).json();
    expect(doc.paths['/api/v1/me'].patch['x-required-scope']).toBe('settings.write');
    expect(doc.paths['/api/v1/me'].get['x-required-scope']).toBe('settings.read');
    const reader = (await staff.client.post('/api/v1/api-keys', { name: 'Reader', scopes: ['settings.read'] })).json().key as string;
    const writer = (await staff.client.post('/api/v1/api-keys', { name: 'Writer', scopes: ['settings.write'] })).json().key as string;
    const api = new TestClient(t.app, ip);
    const refused = await api.request('PATCH', '/api/v1/me', { language: 'de' }, { authorization: `Bearer ${reader}` });
    expect(refused.statusCode).toBe(403);
    expect(refused.json().error.message).toContain('settings.write');
    const notStaff = await api.request('PATCH', '/api/v1/me', { language: 'de' }, { authorization: `Bearer ${writer}` });
    expect(notStaff.statusCode).toBe(403);
    expect(notStaff.json().error.message).toContain('signed-in staff member');
    expect((await staff.client.get('/api/v1/me')).json().language).toBe('en');
    expect((await staff.client.patch('/api/v1/me', { language: 'de' })).statusCode).toBe(200);
  });
});
