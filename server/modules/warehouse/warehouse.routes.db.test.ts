import { expect } from 'vitest';
import { signUpStaff } from '../../test/builders.ts';
import { describeOnEachDialect } from '../../test/fixture.ts';
import { STRONG_PASSWORD, TestClient, uniqueEmail } from '../../test/http-client.ts';
import { atOnce, tallyStatuses } from '../../test/tally.ts';

describeOnEachDialect('warehouses', (it) => {
  it('starts with a default "Main warehouse", adds, renames, moves the default and archives', async ({ staff }) => {
    const first = await staff.client.get('/api/v1/warehouses');
    expect(first.statusCode).toBe(200);
    expect(first.json().data).toEqual([expect.objectContaining({ name: 'Main warehouse', is_default: true, archived: false })]);
    const main = first.json().data[0];

    const created = await staff.client.post('/api/v1/warehouses', { name: 'Overflow', address: 'Dock 4' });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({ name: 'Overflow', address: 'Dock 4', is_default: false, archived: false });
    const overflow = created.json();

    const renamed = await staff.client.patch(`/api/v1/warehouses/${overflow.id}`, { name: 'North store', address: null });
    expect(renamed.json()).toMatchObject({ id: overflow.id, name: 'North store', address: null });

    const defaulted = await staff.client.post(`/api/v1/warehouses/${overflow.id}/set-default`);
    expect(defaulted.statusCode).toBe(200);
    expect(defaulted.json().is_default).toBe(true);
    expect((await staff.client.get(`/api/v1/warehouses/${main.id}`)).json().is_default).toBe(false);

    const archived = await staff.client.post(`/api/v1/warehouses/${main.id}/archive`);
    expect(archived.json()).toMatchObject({ archived: true, is_default: false });
    expect((await staff.client.get('/api/v1/warehouses')).json().data.map((w: { name: string }) => w.name)).toEqual(['North store']);
    expect((await staff.client.get('/api/v1/warehouses?include_archived=true')).json().data.map((w: { name: string }) => w.name)).toEqual(['North store', 'Main warehouse']);

    // A new default made on creation takes the place of the old one.
    const third = (await staff.client.post('/api/v1/warehouses', { name: 'South store', is_default: true })).json();
    expect(third.is_default).toBe(true);
    expect((await staff.client.get(`/api/v1/warehouses/${overflow.id}`)).json().is_default).toBe(false);
  });

  it('refuses to archive the default, to make an archived one the default and to unset the default, changing nothing', async ({ staff }) => {
    const main = (await staff.client.get('/api/v1/warehouses')).json().data[0];
    const archiveDefault = await staff.client.post(`/api/v1/warehouses/${main.id}/archive`);
    expect(archiveDefault.statusCode).toBe(409);
    expect(archiveDefault.json().error.code).toBe('STATE_CONFLICT');
    const unset = await staff.client.patch(`/api/v1/warehouses/${main.id}`, { is_default: false });
    expect(unset.statusCode).toBe(409);
    const spare = (await staff.client.post('/api/v1/warehouses', { name: 'Spare' })).json();
    await staff.client.post(`/api/v1/warehouses/${spare.id}/archive`);
    expect((await staff.client.post(`/api/v1/warehouses/${spare.id}/set-default`)).statusCode).toBe(409);
    expect((await staff.client.get(`/api/v1/warehouses/${main.id}`)).json()).toMatchObject({ is_default: true, archived: false });
  });

  it('refuses a warehouse without a name, naming the field', async ({ staff }) => {
    const response = await staff.client.post('/api/v1/warehouses', { name: '  ' });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.details).toEqual([expect.objectContaining({ field: 'name' })]);
    const unknown = await staff.client.post('/api/v1/warehouses', { name: 'X', capacity: 3 });
    expect(unknown.statusCode).toBe(400);
  });

  it("answers 404 for another organization's warehouse and leaves it as it was", async ({ t, staff }) => {
    const other = await signUpStaff(t.app);
    const theirs = (await other.client.post('/api/v1/warehouses', { name: 'Theirs' })).json();
    expect((await staff.client.get(`/api/v1/warehouses/${theirs.id}`)).statusCode).toBe(404);
    expect((await staff.client.patch(`/api/v1/warehouses/${theirs.id}`, { name: 'Taken' })).statusCode).toBe(404);
    expect((await staff.client.post(`/api/v1/warehouses/${theirs.id}/archive`)).statusCode).toBe(404);
    expect((await staff.client.post(`/api/v1/warehouses/${theirs.id}/set-default`)).statusCode).toBe(404);
    expect((await other.client.get(`/api/v1/warehouses/${theirs.id}`)).json()).toMatchObject({ name: 'Theirs', archived: false, is_default: true });
    expect((await staff.client.get('/api/v1/warehouses')).json().data.map((w: { name: string }) => w.name)).toEqual(['Main warehouse']);
  });

  it('lets only owners and admins change warehouses; staff may read them', async ({ t, staff, ip }) => {
    const email = uniqueEmail('clerk');
    await staff.client.post('/api/v1/staff-users', { name: 'Clerk', email, role: 'staff', password: STRONG_PASSWORD });
    const clerk = new TestClient(t.app, ip);
    await clerk.post('/api/v1/session', { email, password: STRONG_PASSWORD });
    expect((await clerk.get('/api/v1/warehouses')).statusCode).toBe(200);
    expect((await clerk.post('/api/v1/warehouses', { name: 'Mine' })).statusCode).toBe(403);
  });

  it('keeps exactly one default when several warehouses are made the default at once', async ({ t, staff }) => {
    const ids: string[] = [];
    for (const name of ['A', 'B', 'C', 'D', 'E']) ids.push((await staff.client.post('/api/v1/warehouses', { name })).json().id);
    const answers = await atOnce(ids.length, (index) => staff.client.post(`/api/v1/warehouses/${ids[index]}/set-default`));
    const tally = tallyStatuses(answers);
    expect((tally[200] ?? 0) + (tally[409] ?? 0)).toBe(ids.length);
    expect(tally[200]).toBeGreaterThanOrEqual(1);
    const defaults = await t.ctx.db.selectFrom('warehouses').select('id').where('organization_id', '=', staff.organization.id).where('is_default', '=', 1).execute();
    expect(defaults).toHaveLength(1);
  });
});
