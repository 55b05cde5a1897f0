import { randomUUID } from 'node:crypto';
import { expect } from 'vitest';
import { TestClient } from '../../test/http-client.ts';
import { describeOnEachDialect } from '../../test/fixture.ts';
import type { SignedUpStaff } from '../../test/builders.ts';

const put = (path: string, body: unknown) => ({ method: 'PUT', path, body });

async function counts(staff: SignedUpStaff) {
  const customers = (await staff.client.get('/api/v1/customers?limit=100')).json().data.length as number;
  const contacts = (await staff.client.get('/api/v1/contact-persons?limit=100')).json().data.length as number;
  const items = (await staff.client.get('/api/v1/items?limit=100')).json().data.length as number;
  return { customers, contacts, items };
}

describeOnEachDialect('POST /batch of PUTs by external id', (it) => {
  it('applies the operations in order, later ones naming rows of earlier ones, and answers a result for each', async ({ clock, staff }) => {
    const operations = [
      put('/customers/by-external-id/C-1', { display_name: 'Acme', currency: 'EUR' }),
      put('/contact-persons/by-external-id/P-1', { customer_external_id: 'C-1', first_name: 'Ada', email: 'ada@acme.test' }),
      put('/api/v1/items/by-external-id/I-1', { name: 'Widget', rate_minor: 1250, currency: 'EUR' }),
    ];
    const first = await staff.client.post('/api/v1/batch', { operations });
    expect(first.statusCode, first.body).toBe(200);
    const results = first.json().results;
    expect(results.map((result: { index: number; status: number; applied: boolean }) => [result.index, result.status, result.applied])).toEqual([
      [0, 201, true],
      [1, 201, true],
      [2, 201, true],
    ]);
    expect(results[1].body).toMatchObject({ customer_id: results[0].body.id, external_id: 'P-1', is_primary: true });
    const customer = (await staff.client.get(`/api/v1/customers/${results[0].body.id}`)).json();
    expect(customer).toMatchObject({ display_name: 'Acme', external_id: 'C-1', contact_persons: [{ external_id: 'P-1' }] });

    clock.advance(60);
    const again = await staff.client.post('/api/v1/batch', { operations });
    expect(again.json().results.map((result: { status: number }) => result.status)).toEqual([200, 200, 200]);
    expect((await staff.client.get(`/api/v1/customers/${results[0].body.id}`)).json().updated_at).toBe(customer.updated_at);
    expect(await counts(staff)).toEqual({ customers: 1, contacts: 1, items: 1 });
  });

  it('writes nothing when one operation fails, and names it with its field issues', async ({ staff }) => {
    await staff.client.put('/api/v1/customers/by-external-id/KEEP', { display_name: 'Kept' });
    const before = await counts(staff);
    const answer = await staff.client.post('/api/v1/batch', {
      operations: [
        put('/customers/by-external-id/KEEP', { display_name: 'Renamed' }),
        put('/customers/by-external-id/BAD', { display_name: 'Bad', email: 'not an email' }),
        put('/items/by-external-id/I-2', { name: 'Never', rate_minor: 1, currency: 'EUR' }),
      ],
    });
    expect(answer.statusCode, answer.body).toBe(400);
    const body = answer.json();
    expect(body.error.code).toBe('VALIDATION_FAILED');
    expect(body.error.message).toMatch(/^operations\.1: /);
    expect(body.error.details).toEqual([expect.objectContaining({ field: 'operations.1.body.email', code: 'invalid_format' })]);
    expect(body.results).toEqual([
      { index: 0, status: 200, applied: false },
      { index: 1, status: 400, applied: false, error: body.error },
    ]);
    expect(await counts(staff)).toEqual(before);
    expect((await staff.client.get('/api/v1/customers')).json().data[0].display_name).toBe('Kept');
  });

  it("rolls back earlier operations when a later one fails in its use-case, and prefixes the use-case's field", async ({ staff }) => {
    const before = await counts(staff);
    const answer = await staff.client.post('/api/v1/batch', {
      operations: [
        put('/customers/by-external-id/NEW', { display_name: 'New' }),
        put('/contact-persons/by-external-id/P-X', { customer_external_id: 'MISSING', first_name: 'X' }),
      ],
    });
    expect(answer.statusCode).toBe(400);
    expect(answer.json().error.details).toEqual([expect.objectContaining({ field: 'operations.1.body.customer_external_id', code: 'unknown_reference' })]);
    expect(await counts(staff)).toEqual(before);

    await staff.client.post('/api/v1/customers', { display_name: 'Holder', external_id: 'HELD' });
    const conflict = await staff.client.post('/api/v1/batch', {
      operations: [
        put('/customers/by-external-id/NEW2', { display_name: 'New 2' }),
        put('/customers/by-external-id/HOLDER', { display_name: 'Holder 2' }),
        put('/contact-persons/by-external-id/P-Y', { customer_external_id: 'NEW2', first_name: 'Y' }),
        put('/contact-persons/by-external-id/P-Y', { customer_external_id: 'HELD', first_name: 'Y' }),
      ],
    });
    expect(conflict.statusCode).toBe(409);
    expect(conflict.json().error.details[0]).toMatchObject({ field: 'operations.3.body.customer_external_id' });
    expect(conflict.json().results.map((result: { status: number }) => result.status)).toEqual([201, 201, 201, 409]);
    expect((await counts(staff)).customers).toBe(before.customers + 1);
  });

  it('leaves no side effect of a rolled-back batch: the company history of a change in it is undone too', async ({ clock, staff }) => {
    const customer = (await staff.client.put('/api/v1/customers/by-external-id/H-1', { display_name: 'History' })).json();
    const before = (await staff.client.get(`/api/v1/customers/${customer.id}/company-history`)).json();
    clock.advance(60);
    const failed = await staff.client.post('/api/v1/batch', {
      operations: [put('/customers/by-external-id/H-1', { display_name: 'History renamed' }), put('/contact-persons/by-external-id/HP', { customer_external_id: 'NONE', first_name: 'X' })],
    });
    expect(failed.statusCode).toBe(400);
    expect((await staff.client.get(`/api/v1/customers/${customer.id}/company-history`)).json()).toEqual(before);
    const applied = await staff.client.post('/api/v1/batch', { operations: [put('/customers/by-external-id/H-1', { display_name: 'History renamed' })] });
    expect(applied.statusCode).toBe(200);
    const after = (await staff.client.get(`/api/v1/customers/${customer.id}/company-history`)).json();
    expect(after.data.length).toBe(before.data.length + 1);
  });

  it('refuses more than 1 000 operations, an unknown path and a bad external id, naming them', async ({ staff }) => {
    const many = Array.from({ length: 1001 }, (_, index) => put(`/customers/by-external-id/M-${index}`, { display_name: `M ${index}` }));
    const tooMany = await staff.client.post('/api/v1/batch', { operations: many });
    expect(tooMany.statusCode).toBe(400);
    expect(tooMany.json().error.details[0]).toMatchObject({ field: 'operations', code: 'too_big' });
    const unknown = await staff.client.post('/api/v1/batch', { operations: [put('/customers/C-1', { display_name: 'X' })] });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error.details[0]).toMatchObject({ field: 'operations.0.path', code: 'invalid' });
    const long = await staff.client.post('/api/v1/batch', { operations: [put(`/customers/by-external-id/${'x'.repeat(256)}`, { display_name: 'X' })] });
    expect(long.json().error.details[0]).toMatchObject({ field: 'operations.0.path', code: 'too_big' });
    const method = await staff.client.post('/api/v1/batch', { operations: [{ method: 'DELETE', path: '/customers/by-external-id/C', body: {} }] });
    expect(method.json().error.details[0]).toMatchObject({ field: 'operations.0.method' });
    const unknownField = await staff.client.post('/api/v1/batch', { operations: [put('/customers/by-external-id/U', { display_name: 'U', nope: 1 })] });
    expect(unknownField.json().error.details[0]).toMatchObject({ field: 'operations.0.body.nope', code: 'unknown_field' });
    const encoded = await staff.client.post('/api/v1/batch', { operations: [put(`/customers/by-external-id/${encodeURIComponent('A/B 1')}`, { display_name: 'Slash' })] });
    expect(encoded.statusCode).toBe(200);
    expect(encoded.json().results[0].body.external_id).toBe('A/B 1');
    expect((await counts(staff)).customers).toBe(1);
  });

  it('asks each operation its scope of an API key: one missing is a 403 naming it, and nothing is written', async ({ t, staff, ip }) => {
    const reader = (await staff.client.post('/api/v1/api-keys', { name: 'BI', scopes: ['customers.read'] })).json();
    const writer = (await staff.client.post('/api/v1/api-keys', { name: 'ERP', scopes: ['customers.write'] })).json();
    const api = new TestClient(t.app, ip);
    const batch = (key: string, operations: unknown[]) => api.request('POST', '/api/v1/batch', { operations }, { authorization: `Bearer ${key}` });
    const refused = await batch(reader.key, [put('/customers/by-external-id/K', { display_name: 'K' })]);
    expect(refused.statusCode).toBe(403);
    expect(refused.json().error).toMatchObject({ code: 'FORBIDDEN', message: 'operations.0: The API key lacks the customers.write scope', details: [{ field: 'operations.0' }] });
    expect((await counts(staff)).customers).toBe(0);
    const done = await batch(writer.key, [put('/customers/by-external-id/K', { display_name: 'K' })]);
    expect(done.statusCode).toBe(200);
    expect((await api.request('POST', '/api/v1/batch', { operations: [put('/customers/by-external-id/K', { display_name: 'K' })] })).statusCode).toBe(401);
  });

  it('answers a repeated Idempotency-Key with the first answer without running it again', async ({ clock, staff }) => {
    const key = randomUUID();
    const body = { operations: [put('/customers/by-external-id/IK', { display_name: 'Once' })] };
    const first = await staff.client.request('POST', '/api/v1/batch', body, { 'idempotency-key': key });
    expect(first.json().results[0].status).toBe(201);
    clock.advance(5);
    const replay = await staff.client.request('POST', '/api/v1/batch', body, { 'idempotency-key': key });
    expect(replay.headers['idempotent-replayed']).toBe('true');
    expect(replay.json()).toEqual(first.json());
    const other = await staff.client.request('POST', '/api/v1/batch', { operations: [put('/customers/by-external-id/IK2', { display_name: 'Other' })] }, { 'idempotency-key': key });
    expect(other.statusCode).toBe(409);
    expect(other.json().error.code).toBe('IDEMPOTENCY_KEY_REUSED');
  });

  it('commits batches that race to create the same rows: each row once, the loser updating it', async ({ staff }) => {
    const operations = (name: string) => [
      put('/customers/by-external-id/R-1', { display_name: name }),
      put('/contact-persons/by-external-id/RP-1', { customer_external_id: 'R-1', first_name: name }),
      put('/items/by-external-id/RI-1', { name, rate_minor: 100, currency: 'USD' }),
    ];
    const answers = await Promise.all(['One', 'Two', 'Three'].map((name) => staff.client.post('/api/v1/batch', { operations: operations(name) })));
    for (const answer of answers) expect(answer.statusCode, answer.body).toBe(200);
    expect(answers.flatMap((answer) => answer.json().results.map((result: { status: number }) => result.status)).filter((status) => status === 201)).toHaveLength(3);
    expect(await counts(staff)).toEqual({ customers: 1, contacts: 1, items: 1 });
  });

  it('applies 1 000 customers in one batch', async ({ dialect, staff }) => {
    const operations = Array.from({ length: 1000 }, (_, index) => put(`/customers/by-external-id/B-${index}`, { display_name: `Bulk ${index}`, email: `bulk${index}@example.test`, currency: 'EUR' }));
    const started = performance.now();
    const created = await staff.client.post('/api/v1/batch', { operations });
    const createMs = Math.round(performance.now() - started);
    expect(created.statusCode).toBe(200);
    expect(created.json().results.filter((result: { status: number }) => result.status === 201)).toHaveLength(1000);
    const again = performance.now();
    const unchanged = await staff.client.post('/api/v1/batch', { operations });
    const unchangedMs = Math.round(performance.now() - again);
    expect(unchanged.json().results.every((result: { status: number }) => result.status === 200)).toBe(true);
    console.info(`batch of 1000 customer PUTs on ${dialect}: ${createMs} ms creating, ${unchangedMs} ms unchanged`);
  });
});
