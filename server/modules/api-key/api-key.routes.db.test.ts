import { expect } from 'vitest';
import { signInAgain, signUpStaff, type SignedUpStaff } from '../../test/builders.ts';
import { TestClient } from '../../test/http-client.ts';
import { describeOnEachDialect } from '../../test/fixture.ts';
import { markApiKeyRotated } from './api-key.repository.ts';

const startAt = '2026-12-01T09:00:00.000Z';
const hours = (count: number) => count * 3600;

async function createKey(staff: SignedUpStaff, body: Record<string, unknown> = {}) {
  const created = await staff.client.post('/api/v1/api-keys', { name: 'ERP sync', scopes: ['customers.read'], ...body });
  expect(created.statusCode, created.body).toBe(201);
  return created.json<{ id: string; key: string; expires_at: string | null; status: string }>();
}

async function listedKey(staff: SignedUpStaff, id: string) {
  const keys = (await staff.client.get('/api/v1/api-keys')).json().data as { id: string }[];
  return keys.find((key) => key.id === id) as Record<string, unknown>;
}

describeOnEachDialect('API keys', { startAt }, (it) => {
  const readCustomers = (client: TestClient, key: string) => client.request('GET', '/api/v1/customers', undefined, { authorization: `Bearer ${key}` });

  it('rotates a key: the new one has the same name, scopes and expiry, the old one works until the overlap ends', async ({ t, staff, ip, clock }) => {
    const api = new TestClient(t.app, ip);
    const old = await createKey(staff, { name: 'Shop', scopes: ['customers.read', 'orders.read'], expires_at: '2027-06-01T00:00:00Z' });
    const rotated = await staff.client.post(`/api/v1/api-keys/${old.id}/rotate`, { overlap_hours: 2 });
    expect(rotated.statusCode, rotated.body).toBe(201);
    const fresh = rotated.json();
    expect(fresh).toMatchObject({ name: 'Shop', scopes: ['customers.read', 'orders.read'], expires_at: '2027-06-01T00:00:00.000Z', replaces: { id: old.id, expires_at: '2026-12-01T11:00:00.000Z' } });
    expect(fresh.key).not.toBe(old.key);
    expect(await listedKey(staff, old.id)).toMatchObject({ rotated_to_id: fresh.id, expires_at: '2026-12-01T11:00:00.000Z', status: 'expiring' });
    expect((await readCustomers(api, old.key)).statusCode).toBe(200);
    expect((await readCustomers(api, fresh.key)).statusCode).toBe(200);
    clock.advance(hours(2) - 1);
    expect((await readCustomers(api, old.key)).statusCode).toBe(200);
    clock.advance(1);
    const after = await readCustomers(api, old.key);
    expect(after.statusCode).toBe(401);
    expect(after.json().error.code).toBe('UNAUTHENTICATED');
    expect((await readCustomers(api, fresh.key)).statusCode).toBe(200);
    await signInAgain(staff);
    expect(await listedKey(staff, old.id)).toMatchObject({ status: 'expired' });
  });

  it('keeps the old key 24 hours by default, ends it at once with no overlap, and never later than it would have', async ({ t, staff, ip }) => {
    const api = new TestClient(t.app, ip);
    const byDefault = await createKey(staff);
    expect((await staff.client.post(`/api/v1/api-keys/${byDefault.id}/rotate`, {})).json().replaces.expires_at).toBe('2026-12-02T09:00:00.000Z');
    const atOnce = await createKey(staff);
    expect((await staff.client.post(`/api/v1/api-keys/${atOnce.id}/rotate`, { overlap_hours: 0 })).statusCode).toBe(201);
    expect((await readCustomers(api, atOnce.key)).statusCode).toBe(401);
    const soon = await createKey(staff, { expires_at: '2026-12-01T12:00:00.000Z' });
    expect((await staff.client.post(`/api/v1/api-keys/${soon.id}/rotate`, { overlap_hours: 48 })).json().replaces.expires_at).toBe('2026-12-01T12:00:00.000Z');
    for (const overlap of [-1, 169, 1.5]) {
      const refused = await staff.client.post(`/api/v1/api-keys/${soon.id}/rotate`, { overlap_hours: overlap });
      expect(refused.statusCode, String(overlap)).toBe(400);
      expect(refused.json().error.details[0].field).toBe('overlap_hours');
    }
  });

  it('rotates a key once: a second rotation is a conflict, also when both run at the same moment', async ({ staff }) => {
    const rotatedOnce = await createKey(staff);
    expect((await staff.client.post(`/api/v1/api-keys/${rotatedOnce.id}/rotate`, {})).statusCode).toBe(201);
    const again = await staff.client.post(`/api/v1/api-keys/${rotatedOnce.id}/rotate`, {});
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('CONFLICT');

    const raced = await createKey(staff, { name: 'Raced' });
    const answers = await Promise.all([1, 2, 3].map(() => staff.client.post(`/api/v1/api-keys/${raced.id}/rotate`, {})));
    expect(answers.map((answer) => answer.statusCode).sort()).toEqual([201, 409, 409]);
    const keys = (await staff.client.get('/api/v1/api-keys')).json().data as { name: string; id: string }[];
    // The original and exactly one successor: the losing rotations created nothing.
    expect(keys.filter((key) => key.name === 'Raced')).toHaveLength(2);
    expect(await listedKey(staff, raced.id)).toMatchObject({ rotated_to_id: answers.find((answer) => answer.statusCode === 201)?.json().id });
  });

  it('marks a key rotated only once, whichever request read it first', async ({ t, staff }) => {
    // What the losing one of two concurrent rotations meets: the key read as not yet rotated, but rotated since.
    const key = await createKey(staff);
    expect(await markApiKeyRotated(t.ctx.db, key.id, { successorId: 'first', expiresAt: '2026-12-02T09:00:00.000Z' })).toBe(true);
    expect(await markApiKeyRotated(t.ctx.db, key.id, { successorId: 'second', expiresAt: '2026-12-03T09:00:00.000Z' })).toBe(false);
    expect(await listedKey(staff, key.id)).toMatchObject({ rotated_to_id: 'first', expires_at: '2026-12-02T09:00:00.000Z' });
  });

  it('does not rotate a revoked, expired, unknown or another organization’s key', async ({ t, staff, clock }) => {
    const revoked = await createKey(staff);
    await staff.client.delete(`/api/v1/api-keys/${revoked.id}`);
    expect((await staff.client.post(`/api/v1/api-keys/${revoked.id}/rotate`, {})).statusCode).toBe(404);
    expect((await staff.client.post('/api/v1/api-keys/unknown/rotate', {})).statusCode).toBe(404);
    const other = await signUpStaff(t.app);
    const theirs = await createKey(other);
    expect((await staff.client.post(`/api/v1/api-keys/${theirs.id}/rotate`, {})).statusCode).toBe(404);
    const expiring = await createKey(staff, { expires_at: '2026-12-01T09:00:30.000Z' });
    clock.advance(30);
    expect((await staff.client.post(`/api/v1/api-keys/${expiring.id}/rotate`, {})).statusCode).toBe(404);
  });

  it('refuses an expired key like an unknown one and lists it as expired', async ({ t, staff, ip, clock }) => {
    const api = new TestClient(t.app, ip);
    const key = await createKey(staff, { expires_at: '2026-12-31T09:00:00+00:00' });
    expect(key).toMatchObject({ expires_at: '2026-12-31T09:00:00.000Z', status: 'active' });
    expect((await readCustomers(api, key.key)).statusCode).toBe(200);
    clock.advance(hours(24 * 25));
    await signInAgain(staff);
    expect(await listedKey(staff, key.id)).toMatchObject({ status: 'expiring' });
    clock.advance(hours(24 * 5));
    const expired = await readCustomers(api, key.key);
    const unknown = await readCustomers(api, 'pk_unknown');
    expect(expired.statusCode).toBe(401);
    expect(expired.json()).toEqual(unknown.json());
    await signInAgain(staff);
    expect(await listedKey(staff, key.id)).toMatchObject({ status: 'expired' });
    expect((await createKey(staff)).status).toBe('active');
  });

  it('accepts an expiry in the future and at most two years ahead', async ({ staff }) => {
    for (const expiresAt of ['2026-12-01T08:59:59Z', '2026-12-01T09:00:00Z', '2028-12-01T09:00:01Z', 'tomorrow']) {
      const refused = await staff.client.post('/api/v1/api-keys', { name: 'X', scopes: ['customers.read'], expires_at: expiresAt });
      expect(refused.statusCode, expiresAt).toBe(400);
      expect(refused.json().error.details[0].field).toBe('expires_at');
    }
    expect((await createKey(staff, { expires_at: '2028-11-30T09:00:00Z' })).expires_at).toBe('2028-11-30T09:00:00.000Z');
    expect((await createKey(staff, { expires_at: null })).expires_at).toBeNull();
  });

  it('notes the last use and its address at most once a minute per key', async ({ t, staff, clock }) => {
    const key = await createKey(staff);
    expect(await listedKey(staff, key.id)).toMatchObject({ last_used_at: null, last_used_ip: null });
    const first = new TestClient(t.app, '10.9.8.7');
    const second = new TestClient(t.app, '10.9.8.6');
    await readCustomers(first, key.key);
    expect(await listedKey(staff, key.id)).toMatchObject({ last_used_at: startAt, last_used_ip: '10.9.8.7' });
    clock.advance(30);
    const { sql } = await t.queries.during(() => readCustomers(second, key.key));
    expect(sql.filter((query) => /^update "api_keys"/i.test(query))).toEqual([]);
    expect(await listedKey(staff, key.id)).toMatchObject({ last_used_at: startAt, last_used_ip: '10.9.8.7' });
    clock.advance(30);
    await readCustomers(second, key.key);
    expect(await listedKey(staff, key.id)).toMatchObject({ last_used_at: '2026-12-01T09:01:00.000Z', last_used_ip: '10.9.8.6' });
  });
});
