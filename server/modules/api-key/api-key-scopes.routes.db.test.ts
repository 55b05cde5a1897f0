import { expect } from 'vitest';
import { apiKeyScopes, type ApiKeyScope } from '../../http/auth.ts';
import { TestClient } from '../../test/http-client.ts';
import { describeOnEachDialect } from '../../test/fixture.ts';

type Method = 'GET' | 'POST' | 'DELETE';
interface Probe {
  method: Method;
  url: string;
  body?: Record<string, unknown>;
  headers?: Record<string, string>;
}

/** For each module, one route that reads and one that writes (on unknown ids: an allowed key gets a 404, never a 403). */
const probes: Record<string, { read: Probe; write: Probe }> = {
  customers: { read: { method: 'GET', url: '/api/v1/customers' }, write: { method: 'DELETE', url: '/api/v1/customers/unknown' } },
  documents: { read: { method: 'GET', url: '/api/v1/invoices' }, write: { method: 'POST', url: '/api/v1/estimates/unknown/mark-declined', body: {} } },
  payments: { read: { method: 'GET', url: '/api/v1/payments' }, write: { method: 'POST', url: '/api/v1/payments/unknown/refunds', body: { amount_minor: 100 }, headers: { 'idempotency-key': 'scope-probe' } } },
  orders: { read: { method: 'GET', url: '/api/v1/sales-orders' }, write: { method: 'POST', url: '/api/v1/sales-orders/unknown/cancel', body: { reason: 'No longer needed' } } },
  subscriptions: { read: { method: 'GET', url: '/api/v1/subscriptions' }, write: { method: 'DELETE', url: '/api/v1/plans/unknown' } },
  projects: { read: { method: 'GET', url: '/api/v1/projects' }, write: { method: 'DELETE', url: '/api/v1/projects/unknown' } },
  settings: { read: { method: 'GET', url: '/api/v1/api-keys' }, write: { method: 'DELETE', url: '/api/v1/api-keys/unknown' } },
  portal: { read: { method: 'GET', url: '/api/v1/portal/links' }, write: { method: 'DELETE', url: '/api/v1/portal/links/unknown' } },
};

describeOnEachDialect('API key scopes', (it) => {
  it('lets each scope through its own module’s routes only, reads apart from writes', async ({ t, staff, ip }) => {
    const api = new TestClient(t.app, ip);
    const keyWith = async (scopes: ApiKeyScope[]) => {
      const created = await staff.client.post('/api/v1/api-keys', { name: `Key ${scopes.length === 1 ? scopes[0] : 'of many scopes'}`, scopes });
      expect(created.statusCode, created.body).toBe(201);
      return created.json().key as string;
    };
    const call = (probe: Probe, key: string) => api.request(probe.method, probe.url, probe.body, { ...probe.headers, authorization: `Bearer ${key}` });
    for (const [module, { read, write }] of Object.entries(probes)) {
      const readKey = await keyWith([`${module}.read` as ApiKeyScope]);
      const writeKey = await keyWith([`${module}.write` as ApiKeyScope]);
      // Every scope but this module's: nothing of it is reachable.
      const othersKey = await keyWith(apiKeyScopes.filter((scope) => !scope.startsWith(`${module}.`)));
      const readAnswer = await call(read, readKey);
      expect(readAnswer.statusCode, `${module} read with ${module}.read: ${readAnswer.body}`).toBe(200);
      const writeAnswer = await call(write, writeKey);
      expect([401, 403, 400], `${module} write with ${module}.write: ${writeAnswer.body}`).not.toContain(writeAnswer.statusCode);
      expect((await call(write, readKey)).statusCode, `${module} write with ${module}.read`).toBe(403);
      expect((await call(read, writeKey)).statusCode, `${module} read with ${module}.write`).toBe(403);
      const refused = await call(read, othersKey);
      expect(refused.statusCode, `${module} read with other modules' scopes`).toBe(403);
      expect(refused.json().error.message).toContain(`${module}.read`);
      expect((await call(write, othersKey)).statusCode, `${module} write with other modules' scopes`).toBe(403);
    }
  });

  it('keeps documents, statements and payments out of reach of a customers key', async ({ t, staff, ip }) => {
    const api = new TestClient(t.app, ip);
    const key = (await staff.client.post('/api/v1/api-keys', { name: 'CRM', scopes: ['customers.read', 'customers.write'] })).json().key as string;
    const as = { authorization: `Bearer ${key}` };
    expect((await api.request('GET', '/api/v1/customers', undefined, as)).statusCode).toBe(200);
    for (const url of ['/api/v1/invoices', '/api/v1/estimates', '/api/v1/credit-notes', '/api/v1/payments', '/api/v1/customers/unknown/statement', '/api/v1/invoices/unknown/pdf']) {
      expect((await api.request('GET', url, undefined, as)).statusCode, url).toBe(403);
    }
    const documentsKey = (await staff.client.post('/api/v1/api-keys', { name: 'Archive', scopes: ['documents.read'] })).json().key as string;
    expect((await api.request('GET', '/api/v1/invoices', undefined, { authorization: `Bearer ${documentsKey}` })).statusCode).toBe(200);
    expect((await api.request('GET', '/api/v1/customers', undefined, { authorization: `Bearer ${documentsKey}` })).statusCode).toBe(403);
    expect((await api.request('GET', '/api/v1/payments', undefined, { authorization: `Bearer ${documentsKey}` })).statusCode).toBe(403);
  });

  it('accepts the webhooks scopes on a key', async ({ staff }) => {
    const created = await staff.client.post('/api/v1/api-keys', { name: 'Events', scopes: ['webhooks.read', 'webhooks.write'] });
    expect(created.statusCode).toBe(201);
    expect(created.json().scopes).toEqual(['webhooks.read', 'webhooks.write']);
  });

  it('shows in the OpenAPI document the scope each operation needs, as its guard checks it', async ({ t }) => {
    const doc = (await t.app.inject('/api/openapi.json')).json();
    const operation = (path: string, method: string) => doc.paths[path][method];
    expect(operation('/api/v1/invoices', 'get')).toMatchObject({ 'x-required-scope': 'documents.read', security: [{ apiKey: ['documents.read'] }, { staffSession: [] }] });
    expect(operation('/api/v1/payments/{id}/refunds', 'post')['x-required-scope']).toBe('payments.write');
    expect(operation('/api/v1/customers', 'post')['x-required-scope']).toBe('customers.write');
    expect(operation('/api/v1/api-keys/{id}/rotate', 'post')['x-required-scope']).toBe('settings.write');
    expect(operation('/api/v1/customers', 'get').description).toContain('`customers.read`');
    // Every /api/v1 operation behind the staff guard says its scope; sign-up and sign-in need none.
    const methods = ['get', 'post', 'put', 'patch', 'delete'];
    for (const [path, item] of Object.entries<Record<string, { 'x-required-scope'?: string }>>(doc.paths)) {
      for (const method of methods) {
        const scope = item[method]?.['x-required-scope'];
        if (scope !== undefined) expect(apiKeyScopes, `${method} ${path}`).toContain(scope);
      }
    }
    expect(operation('/api/v1/organizations', 'post')['x-required-scope']).toBeUndefined();
  });
});
