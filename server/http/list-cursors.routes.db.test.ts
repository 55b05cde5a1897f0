import { expect } from 'vitest';
import { signUpStaff, type SignedUpStaff } from '../test/builders.ts';
import { describeOnEachDialect, uniqueIp } from '../test/fixture.ts';
import { STRONG_PASSWORD, uniqueEmail, type TestClient } from '../test/http-client.ts';
import { insertPayment, portalCustomer, type PortalCustomer } from '../test/portal-document-builders.ts';
import type { TestApp } from '../test/test-app.ts';

const kinds = ['invoice', 'estimate', 'retainer_invoice', 'credit_note'] as const;

const staffLists = [
  '/api/v1/customers',
  '/api/v1/items',
  '/api/v1/invoices',
  '/api/v1/estimates',
  '/api/v1/retainer-invoices',
  '/api/v1/credit-notes',
  '/api/v1/payments',
  '/api/v1/disputes',
  '/api/v1/notifications',
  '/api/v1/activities',
  '/api/v1/portal/links',
  '/api/v1/outbox',
  '/api/v1/api-keys',
  '/api/v1/staff-users',
];
const portalLists = ['invoices', 'estimates', 'retainer-invoices', 'credit-notes', 'payments'];

/** Two portal customers and at least two rows in every list of the organization (and one customer's portal lists). */
async function fillEveryList(t: TestApp, staff: SignedUpStaff): Promise<[PortalCustomer, PortalCustomer]> {
  const first = await portalCustomer(t, staff);
  const second = await portalCustomer(t, staff);
  for (const me of [first, second]) {
    for (const kind of kinds) for (let i = 0; i < 2; i++) await me.doc({ kind, total: 1_000 * (i + 1) });
    for (let i = 0; i < 2; i++) await insertPayment(t.ctx.db, { organizationId: me.organizationId, customerId: me.customerId, amount: 500 * (i + 1) });
  }
  for (const invoice of (await first.client.get(`${first.api}/invoices`)).json().data as { id: string }[]) {
    expect((await first.client.post(`${first.api}/invoices/${invoice.id}/disputes`, { reason: 'Not ordered' })).statusCode).toBe(201);
  }
  for (const name of ['Bolts', 'Nuts']) expect((await staff.client.post('/api/v1/items', { name, rate_minor: 100, currency: 'EUR' })).statusCode).toBe(201);
  for (const name of ['ERP', 'Shop']) expect((await staff.client.post('/api/v1/api-keys', { name, scopes: ['customers.read'] })).statusCode).toBe(201);
  expect((await staff.client.post('/api/v1/staff-users', { name: 'Colleague', email: uniqueEmail('colleague'), role: 'staff', password: STRONG_PASSWORD })).statusCode).toBe(201);
  return [first, second];
}

async function idsOf(client: TestClient, path: string): Promise<string[]> {
  const response = await client.get(path);
  expect(response.statusCode, path).toBe(200);
  return response.json<{ data: { id: string }[] }>().data.map((row) => row.id);
}

async function cursorOf(client: TestClient, path: string): Promise<string> {
  const response = await client.get(`${path}${path.includes('?') ? '&' : '?'}limit=1`);
  expect(response.statusCode, path).toBe(200);
  const cursor = response.json<{ next_cursor: string | null }>().next_cursor;
  if (!cursor) throw new Error(`${path} gave no cursor`);
  return cursor;
}

async function expectRefused(client: TestClient, path: string, cursor: string): Promise<void> {
  const response = await client.get(`${path}${path.includes('?') ? '&' : '?'}cursor=${encodeURIComponent(cursor)}`);
  expect(response.statusCode, path).toBe(400);
  expect(response.json().error).toMatchObject({ code: 'VALIDATION_FAILED', details: [expect.objectContaining({ field: 'cursor', code: 'invalid_cursor' })] });
}

describeOnEachDialect('list cursors', (it) => {
  it('pages every list of both APIs with limit and cursor, and refuses garbage naming cursor', async ({ t, staff }) => {
    const [me] = await fillEveryList(t, staff);
    const lists: [TestClient, string][] = [...staffLists.map((path): [TestClient, string] => [staff.client, path]), ...portalLists.map((path): [TestClient, string] => [me.client, `${me.api}/${path}`])];
    for (const [client, path] of lists) {
      const firstPage = await idsOf(client, `${path}?limit=1`);
      const next = await idsOf(client, `${path}?limit=1&cursor=${encodeURIComponent(await cursorOf(client, path))}`);
      expect(next, path).toHaveLength(1);
      expect(next, path).not.toEqual(firstPage);
      await expectRefused(client, path, 'garbage');
      await expectRefused(client, path, Buffer.from('["customers","display_name","A"]').toString('base64url'));
      const limits = [await client.get(`${path}?limit=0`), await client.get(`${path}?limit=101`)];
      for (const response of limits) expect(response.json().error.details[0].field, path).toBe('limit');
    }
  });

  it('refuses a cursor from another list or another sort order naming cursor', async ({ t, staff }) => {
    const [me] = await fillEveryList(t, staff);
    const lists: [TestClient, string][] = [...staffLists.map((path): [TestClient, string] => [staff.client, path]), ...portalLists.map((path): [TestClient, string] => [me.client, `${me.api}/${path}`])];
    const cursors = [];
    for (const [client, path] of lists) cursors.push(await cursorOf(client, path));
    for (const [index, [client, path]] of lists.entries()) {
      // Every other list's cursor, including the staff invoice list's on the portal's and the reverse.
      for (const [other, cursor] of cursors.entries()) if (other !== index) await expectRefused(client, path, cursor);
    }
    for (const [client, path] of [
      [staff.client, '/api/v1/invoices'],
      [me.client, `${me.api}/invoices`],
    ] as const) {
      const byTotal = await cursorOf(client, `${path}?sort=-total`);
      for (const sort of ['total', 'number', '-issue_date', 'due_date']) await expectRefused(client, `${path}?sort=${sort}`, byTotal);
      expect((await client.get(`${path}?sort=-total&cursor=${byTotal}`)).statusCode).toBe(200);
    }
    const byAmount = await cursorOf(me.client, `${me.api}/payments?sort=amount`);
    await expectRefused(me.client, `${me.api}/payments?sort=-amount`, byAmount);
  });

  it('reveals nothing with a cursor of another organization’s or another customer’s list: the list stays the caller’s', async ({ t, staff }) => {
    // Their rows are older than ours, so that positions in our newest-first lists still have rows of theirs after them.
    const other = await signUpStaff(t.app, undefined, uniqueIp());
    await fillEveryList(t, other);
    const [neighbour, mine] = await fillEveryList(t, staff);
    const lists: [TestClient, TestClient, string, string][] = [
      ...staffLists.map((path): [TestClient, TestClient, string, string] => [staff.client, other.client, path, path]),
      ...portalLists.map((path): [TestClient, TestClient, string, string] => [mine.client, neighbour.client, `${mine.api}/${path}`, `${neighbour.api}/${path}`]),
    ];
    for (const [ourClient, theirClient, ourPath, theirPath] of lists) {
      const cursor = encodeURIComponent(await cursorOf(ourClient, ourPath));
      const ours = await idsOf(ourClient, `${ourPath}?limit=100`);
      const theirs = await idsOf(theirClient, `${theirPath}?limit=100`);
      const answered = await idsOf(theirClient, `${theirPath}?limit=100&cursor=${cursor}`);
      // Only their own rows, in their own order, from some position on: the cursor moved nothing but the start.
      expect(answered, theirPath).toEqual(theirs.slice(theirs.length - answered.length));
      expect(answered.filter((id) => ours.includes(id)), theirPath).toEqual([]);
    }
  });
});
