import { createHash } from 'node:crypto';
import { sql } from 'kysely';
import { expect } from 'vitest';
import { signUpStaff } from '../test/builders.ts';
import { describeOnEachDialect } from '../test/fixture.ts';
import { TestClient } from '../test/http-client.ts';
import { sampleOf, type JsonSchema } from '../test/schema-sample.ts';
import { png, seedEveryResource, type TenantRows } from '../test/tenant-fixture.ts';
import type { TestApp } from '../test/test-app.ts';
import { apiKeyScopes, type ApiKeyScope } from './auth.ts';

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

interface Parameter {
  in: 'path' | 'query' | 'header';
  name: string;
  required?: boolean;
  schema: JsonSchema;
}

interface Operation {
  method: Method;
  path: string;
  scope: ApiKeyScope;
  parameters: Parameter[];
  body: JsonSchema | undefined;
  /** What the body is sent as: JSON, or a CSV file for the imports' upload. */
  contentType: 'application/json' | 'text/csv';
  label: string;
}

/**
 * The /api/v1 operations that need no API key scope, each with why. Everything else must carry
 * `x-required-scope` (the staff guard's), or this test fails.
 */
const publicOperations: Record<string, string> = {
  'POST /api/v1/organizations': 'sign-up: makes the organization and its owner',
  'POST /api/v1/session': 'sign-in: answers the session cookie',
  'DELETE /api/v1/session': 'sign-out: ends the cookie session the request carries, if any',
  // Not public: each of its operations needs the scope of its own PUT, checked per operation
  // (batch.routes.db.test.ts: a key lacking one is refused with a 403 naming the operation, nothing written).
  'POST /api/v1/batch': 'scoped per operation, by the PUT each operation is',
};

/**
 * Path parameters that are not a row of the organization, so another organization's value means
 * nothing to look up, with why.
 */
const notTenantIds: Record<string, string> = {
  // Upserts by the caller's own external id: the same external id in another organization is another row
  // (checked below: the upsert changes the caller's row and leaves the other organization's).
  'PUT /api/v1/customers/by-external-id/{external_id}': 'upsert by the caller’s external id',
  'PUT /api/v1/contact-persons/by-external-id/{external_id}': 'upsert by the caller’s external id',
  'PUT /api/v1/items/by-external-id/{external_id}': 'upsert by the caller’s external id',
  'PUT /api/v1/price-lists/by-external-id/{external_id}': 'upsert by the caller’s external id',
  'PUT /api/v1/invoices/by-external-id/{external_id}': 'upsert by the caller’s external id',
  'PUT /api/v1/estimates/by-external-id/{external_id}': 'upsert by the caller’s external id',
  'PUT /api/v1/credit-notes/by-external-id/{external_id}': 'upsert by the caller’s external id',
  'PUT /api/v1/retainer-invoices/by-external-id/{external_id}': 'upsert by the caller’s external id',
  'PUT /api/v1/payments/by-external-id/{external_id}': 'upsert by the caller’s external id',
  'PUT /api/v1/sales-orders/by-external-id/{external_id}': 'upsert by the caller’s external id',
  'PUT /api/v1/packages/by-external-id/{external_id}': 'upsert by the caller’s external id',
  // One of a fixed set of series every organization has.
  'PATCH /api/v1/number-series/{kind}': 'a kind of document, not a row',
};

/** Bodies the schema alone does not describe well enough to pass validation (checks made in code). */
const bodyOverrides: Record<string, (rows: TenantRows) => unknown> = {
  'PUT /api/v1/carriers': () => ({ carrier: 'ups', tracking_url_template: 'https://track.example.com/{tracking_number}' }),
  'POST /api/v1/coupons': () => ({ code: 'MATRIX', name: 'Matrix', discount_type: 'percent', percent_basis_points: 1_000, duration: 'once' }),
  'POST /api/v1/items/{id}/images': () => ({ content_type: 'image/png', data_base64: png }),
};

/**
 * Operations an API key may never use whatever its scopes, as they act for one staff member: another
 * organization's ids are tried with the staff session instead.
 */
const sessionOnly: Record<string, string> = {
  'POST /api/v1/notifications/{id}/read': 'notifications belong to a staff member',
  'GET /api/v1/notifications': 'notifications belong to a staff member',
  'GET /api/v1/session': 'the session of the signed-in staff member',
  'GET /api/v1/me': 'the signed-in staff member’s profile',
  'GET /api/v1/me/activity-digest': 'the signed-in staff member’s digest',
  'GET /api/v1/timer': 'the signed-in staff member’s timer',
  'POST /api/v1/timer': 'the signed-in staff member’s timer',
};

/**
 * Writes that answer per row named in the body, with the outcome another organization's row gets (as
 * an unknown one does) instead of refusing the whole request.
 */
const perRowOutcomes: Record<string, string> = {
  'POST /api/v1/customers/bulk-enable-portal': 'customer_not_found',
};

/** Writes that a `.read` scope guards, with why: there is no `.write` scope of their module. */
const writesWithReadScope: Record<string, string> = {
  'POST /api/v1/notifications/read-all': 'marks the reader’s own notifications read; notifications.read is the only scope',
  'POST /api/v1/notifications/{id}/read': 'marks the reader’s own notification read; notifications.read is the only scope',
};

/** Body fields naming a row, and the resource they name. */
const bodyReferences: Record<string, string> = {
  customer_id: 'customers',
  customer_ids: 'customers',
  contact_person_id: 'contact-persons',
  contact_person_ids: 'contact-persons',
  tax_id: 'taxes',
  warehouse_id: 'warehouses',
  item_id: 'items',
  shipping_address_id: 'shipping-addresses',
  document_id: 'invoices',
  invoice_id: 'invoices',
  price_list_id: 'price-lists',
  product_id: 'products',
  plan_id: 'plans',
  plan_ids: 'plans',
  addon_id: 'addons',
  staff_user_id: 'staff-users',
  entry_ids: 'time-entries',
  project_id: 'projects',
  task_id: 'tasks',
  sales_order_id: 'sales-orders',
  sales_order_line_id: 'sales-order-lines',
  subscription_id: 'subscriptions',
};

/** Fields a body needs besides its schema's required ones for the handler to reach the rows it names (rules checked in code). */
const referenceBodyExtras: Record<string, Record<string, unknown>> = {
  'POST /api/v1/price-lists': { percent: 10 },
  'PUT /api/v1/price-lists/by-external-id/{external_id}': { percent: 10 },
  'POST /api/v1/projects': { billing_method: 'project_hours', hourly_rate_minor: 10_000 },
};

/**
 * Writes whose own row (the caller's, in the path) is in a state that refuses the write before the body's
 * rows are looked at, so another organization's row there is not reached, with why; each has the rows of
 * its body looked up as its module's own tests show.
 */
const referencesNotReached: Record<string, string> = {
  'PATCH /api/v1/sales-orders/{id}': 'the seeded order is confirmed, and only draft and pending orders change',
  'POST /api/v1/estimates/{id}/subscription': 'only an accepted estimate starts a subscription; the seeded one is sent',
  'POST /api/v1/time-entries/submit': 'the organization does not have customers approve time',
};

interface Reference {
  /** Where in the body: property names and array indexes. */
  at: (string | number)[];
  resource: string;
  many: boolean;
}

/**
 * A body with every row it names taken from `rows`, and where each reference sits: the sample of the
 * schema, with optional reference fields (and one item of an optional list holding them) added.
 */
function bodyWithReferences(schema: JsonSchema, rows: TenantRows, extras: Record<string, unknown> = {}): { body: unknown; references: Reference[] } {
  const references: Reference[] = [];
  const holdsReference = (candidate: JsonSchema | undefined): boolean =>
    !!candidate && (Object.keys(candidate.properties ?? {}).some((name) => bodyReferences[name]) || holdsReference(candidate.items) || (candidate.anyOf ?? candidate.oneOf ?? []).some(holdsReference));
  const fill = (node: JsonSchema, value: unknown, at: (string | number)[]): unknown => {
    const chosen = (node.anyOf ?? node.oneOf)?.find((alternative) => alternative.type !== 'null') ?? node;
    if (chosen.properties && value && typeof value === 'object' && !Array.isArray(value)) {
      const object = value as Record<string, unknown>;
      for (const [name, property] of Object.entries(chosen.properties)) {
        const resource = bodyReferences[name];
        if (resource) {
          const many = (property.anyOf?.find((alternative) => alternative.type !== 'null') ?? property).type === 'array';
          object[name] = many ? [rows[resource]] : rows[resource];
          references.push({ at: [...at, name], resource, many });
        } else if (holdsReference(property)) {
          object[name] = fill(property, object[name] ?? sampleOf(property, name), [...at, name]);
        }
      }
      return object;
    }
    if (chosen.items && Array.isArray(value)) {
      const items = value.length > 0 ? value : [sampleOf(chosen.items)];
      return items.map((item, index) => fill(chosen.items as JsonSchema, item, [...at, index]));
    }
    return value;
  };
  return { body: fill(schema, { ...(sampleOf(schema) as Record<string, unknown>), ...extras }, []), references };
}

function withReplaced(body: unknown, reference: Reference, id: string): unknown {
  const copy = structuredClone(body) as Record<string | number, unknown>;
  let node: Record<string | number, unknown> = copy;
  for (const step of reference.at.slice(0, -1)) node = node[step] as Record<string | number, unknown>;
  node[reference.at.at(-1) as string | number] = reference.many ? [id] : id;
  return copy;
}

const methods = ['get', 'post', 'put', 'patch', 'delete'] as const;

function operationsOf(doc: { paths: Record<string, Record<string, Record<string, unknown>>> }): { scoped: Operation[]; unscoped: string[] } {
  const scoped: Operation[] = [];
  const unscoped: string[] = [];
  for (const [path, item] of Object.entries(doc.paths)) {
    if (!path.startsWith('/api/v1/')) continue;
    for (const method of methods) {
      const operation = item[method] as { 'x-required-scope'?: ApiKeyScope; parameters?: Parameter[]; requestBody?: { content?: Record<string, { schema?: JsonSchema }> } } | undefined;
      if (!operation) continue;
      const label = `${method.toUpperCase()} ${path}`;
      const scope = operation['x-required-scope'];
      if (!scope) {
        unscoped.push(label);
        continue;
      }
      scoped.push({
        method: method.toUpperCase() as Method,
        path,
        scope,
        parameters: operation.parameters ?? [],
        body: operation.requestBody?.content?.['application/json']?.schema,
        contentType: operation.requestBody?.content?.['text/csv'] ? 'text/csv' : 'application/json',
        label,
      });
    }
  }
  return { scoped, unscoped };
}

/** The resource a path parameter names: the path segment before it (`/customers/{id}/shipping-addresses/{addressId}`: customers, shipping-addresses). */
function resourceOf(path: string, name: string): string {
  const segments = path.split('/');
  const at = segments.indexOf(`{${name}}`);
  return segments[at - 1] ?? '';
}

function idParameters(operation: Operation): Parameter[] {
  if (notTenantIds[operation.label]) return [];
  return operation.parameters.filter((parameter) => parameter.in === 'path');
}

function urlOf(operation: Operation, rows: TenantRows | undefined, query: Record<string, string> = {}): string {
  let url = operation.path;
  for (const parameter of operation.parameters.filter((candidate) => candidate.in === 'path')) {
    const own = rows && !notTenantIds[operation.label] ? rows[resourceOf(operation.path, parameter.name)] : undefined;
    url = url.replace(`{${parameter.name}}`, encodeURIComponent(own ?? String(sampleOf(parameter.schema, parameter.name))));
  }
  const values: Record<string, string> = {};
  for (const parameter of operation.parameters) {
    if (parameter.in === 'query' && parameter.required) values[parameter.name] = String(sampleOf(parameter.schema, parameter.name));
  }
  const pairs = Object.entries({ ...values, ...query }).map(([name, value]) => `${name}=${encodeURIComponent(value)}`);
  return pairs.length > 0 ? `${url}?${pairs.join('&')}` : url;
}

function bodyOf(operation: Operation, rows: TenantRows): unknown {
  const override = bodyOverrides[operation.label];
  if (override) return override(rows);
  if (operation.contentType === 'text/csv') return 'Name,Email\r\nMatrix customer,matrix@example.com\r\n';
  if (!operation.body) return operation.method === 'GET' || operation.method === 'DELETE' ? undefined : {};
  return sampleOf(operation.body);
}

let requestCount = 0;

function headersOf(operation: Operation, key: string): Record<string, string> {
  const headers: Record<string, string> = { authorization: `Bearer ${key}` };
  if (operation.contentType !== 'application/json') headers['content-type'] = operation.contentType;
  for (const parameter of operation.parameters) {
    // A new key for every request: one reused with another body is refused as such (409), not looked at.
    if (parameter.in === 'header' && parameter.name === 'idempotency-key') headers['idempotency-key'] = `matrix-${(requestCount += 1)}`;
  }
  return headers;
}

/** A digest of every table's rows, per table: what a refused request must leave as it was. */
async function fingerprint(t: TestApp): Promise<Record<string, string>> {
  const tables = await t.ctx.db.introspection.getTables();
  const digests: Record<string, string> = {};
  for (const table of tables) {
    if (table.isView || table.name.startsWith('kysely_')) continue;
    const rows = await sql<Record<string, unknown>>`select * from ${sql.table(table.name)}`.execute(t.ctx.db);
    const lines = rows.rows.map((row) => JSON.stringify(row, (_key, value: unknown) => (typeof value === 'bigint' ? String(value) : value))).sort();
    digests[table.name] = createHash('sha256').update(lines.join('\n')).digest('hex');
  }
  return digests;
}

function changedTables(before: Record<string, string>, after: Record<string, string>, ignore: readonly string[] = []): string[] {
  return Object.keys({ ...before, ...after }).filter((table) => !ignore.includes(table) && before[table] !== after[table]);
}

describeOnEachDialect('the API scope and tenant matrix', (it) => {
  it('refuses every operation a key without its scope, and another organization’s ids', async ({ t, staff, ip }) => {
    const doc = (await t.app.inject('/api/openapi.json')).json();
    const { scoped, unscoped } = operationsOf(doc);
    expect(unscoped.sort(), 'every /api/v1 operation needs a scope or is listed as public').toEqual(Object.keys(publicOperations).sort());
    expect(scoped.length).toBeGreaterThan(200);
    // The lists of exceptions name operations that exist, so none outlives its operation.
    const labels = new Set(scoped.map((operation) => operation.label));
    for (const list of [notTenantIds, bodyOverrides, sessionOnly, writesWithReadScope, perRowOutcomes, referenceBodyExtras, referencesNotReached]) {
      for (const label of Object.keys(list)) expect(labels, label).toContain(label);
    }
    const readScopedWrites = scoped.filter((operation) => operation.method !== 'GET' && operation.scope.endsWith('.read')).map((operation) => operation.label);
    expect(readScopedWrites.sort(), 'writes need a .write scope').toEqual(Object.keys(writesWithReadScope).sort());

    const other = await signUpStaff(t.app, 'Other Org');
    // One after the other: each takes its contact's invitation from the mail delivered so far.
    const ownRows = await seedEveryResource(t, staff);
    const otherRows = await seedEveryResource(t, other);
    const resources = new Set(scoped.flatMap((operation) => idParameters(operation).map((parameter) => resourceOf(operation.path, parameter.name))));
    for (const resource of resources) expect(otherRows[resource], `the other organization has a row of ${resource}`).toBeTruthy();

    const keyWith = async (scopes: readonly ApiKeyScope[], name: string) => {
      const created = await staff.client.post('/api/v1/api-keys', { name, scopes });
      expect(created.statusCode, created.body).toBe(201);
      return created.json<{ key: string }>().key;
    };
    const allBut = Object.fromEntries(await Promise.all(apiKeyScopes.map(async (scope) => [scope, await keyWith(apiKeyScopes.filter((candidate) => candidate !== scope), `All but ${scope}`)] as const)));
    const everything = await keyWith(apiKeyScopes, 'Every scope');
    const api = new TestClient(t.app, ip);
    const call = (operation: Operation, key: string, rows: TenantRows | undefined) =>
      api.request(operation.method, urlOf(operation, rows), bodyOf(operation, rows ?? ownRows), headersOf(operation, key));
    /** With the key, or the staff session for what only a staff member has. */
    const callAllowed = (operation: Operation, rows: TenantRows) =>
      sessionOnly[operation.label] ? staff.client.request(operation.method, urlOf(operation, rows), bodyOf(operation, rows)) : call(operation, everything, rows);

    // (a) A key with every scope but the one the operation needs: 403 naming the scope, and nothing changes.
    const beforeRefusals = await fingerprint(t);
    for (const operation of scoped) {
      const response = await call(operation, allBut[operation.scope] as string, otherRows);
      expect.soft(response.statusCode, `${operation.label} without ${operation.scope}: ${response.body}`).toBe(403);
      if (response.statusCode === 403) {
        expect.soft(response.json().error, operation.label).toMatchObject({ code: 'FORBIDDEN', message: expect.stringContaining(operation.scope) });
      }
    }
    expect(changedTables(beforeRefusals, await fingerprint(t)), 'tables changed by refused requests').toEqual([]);

    // (b) The operation's own scope, with ids of the other organization: 404, and nothing changes.
    const beforeStrangers = await fingerprint(t);
    for (const operation of scoped.filter((candidate) => idParameters(candidate).length > 0)) {
      const response = await callAllowed(operation, otherRows);
      expect.soft(response.statusCode, `${operation.label} with the other organization’s ids: ${response.body}`).toBe(404);
      if (response.statusCode === 404) expect.soft(response.json().error?.code, operation.label).toBe('NOT_FOUND');
      // A row of the other organization under one of this organization's (its address under our customer).
      const ids = idParameters(operation);
      if (ids.length > 1) {
        const mixed = { ...otherRows, [resourceOf(operation.path, ids[0]?.name ?? '')]: ownRows[resourceOf(operation.path, ids[0]?.name ?? '')] ?? '' };
        const under = await callAllowed(operation, mixed);
        expect.soft(under.statusCode, `${operation.label} with the other organization’s row under our own: ${under.body}`).toBe(404);
      }
    }
    // Using the key notes when it was last used, and a write with an Idempotency-Key keeps its answer (the
    // 404) for a retry; nothing else may change.
    expect(changedTables(beforeStrangers, await fingerprint(t), ['api_keys', 'idempotency_keys']), 'tables changed by requests for another organization’s rows').toEqual([]);

    // (d) A write naming another organization's row in its body (under the caller's own path ids): refused
    // with 404 or a 4xx naming the field, never done (2xx), never 403 or 500.
    const beforeReferences = await fingerprint(t);
    let referencesTried = 0;
    const referring = scoped.filter((candidate) => candidate.method !== 'GET' && candidate.body && !bodyOverrides[candidate.label] && !referencesNotReached[candidate.label]);
    for (const operation of referring) {
      const { body, references } = bodyWithReferences(operation.body as JsonSchema, ownRows, referenceBodyExtras[operation.label]);
      for (const reference of references) {
        const theirs = otherRows[reference.resource];
        if (!theirs) continue;
        referencesTried += 1;
        const response = sessionOnly[operation.label]
          ? await staff.client.request(operation.method, urlOf(operation, ownRows), withReplaced(body, reference, theirs))
          : await api.request(operation.method, urlOf(operation, ownRows), withReplaced(body, reference, theirs), headersOf(operation, everything));
        const label = `${operation.label} with the other organization’s ${reference.at.join('.')}: ${response.statusCode} ${response.body}`;
        const perRow = perRowOutcomes[operation.label];
        if (perRow) {
          expect.soft(response.statusCode, label).toBe(200);
          expect.soft(response.body, label).toContain(`"${perRow}"`);
        } else if (response.statusCode !== 404) {
          // Any other refusal must be about that field, not something else of the request.
          expect.soft([400, 409, 422], label).toContain(response.statusCode);
          expect.soft(response.body, label).toContain(reference.at.join('.'));
        }
      }
    }
    expect(referencesTried).toBeGreaterThan(20);
    expect(changedTables(beforeReferences, await fingerprint(t), ['api_keys', 'idempotency_keys']), 'tables changed by writes naming another organization’s rows').toEqual([]);

    const otherIds = Object.values(otherRows);
    // (e) A read filtered by another organization's row (`?customer_id=`, the caller's own rows for the
    // other filters and the path): answers none of that organization's rows (an empty list), or 404 or 400
    // for that parameter.
    let filtersTried = 0;
    for (const operation of scoped.filter((candidate) => candidate.method === 'GET')) {
      const filters = operation.parameters.filter((parameter) => parameter.in === 'query' && bodyReferences[parameter.name]);
      const own = Object.fromEntries(filters.map((parameter) => [parameter.name, ownRows[bodyReferences[parameter.name] as string] ?? '']));
      for (const filter of filters) {
        filtersTried += 1;
        const url = urlOf(operation, ownRows, { ...own, [filter.name]: otherRows[bodyReferences[filter.name] as string] ?? '' });
        const response = sessionOnly[operation.label] ? await staff.client.request('GET', url) : await api.request('GET', url, undefined, headersOf(operation, everything));
        const label = `${operation.label}?${filter.name}= the other organization’s: ${response.statusCode} ${response.body.slice(0, 300)}`;
        if (response.statusCode === 200) {
          expect.soft(otherIds.filter((id) => response.body.includes(id)), label).toEqual([]);
        } else {
          expect.soft([400, 404], label).toContain(response.statusCode);
          if (response.statusCode === 400) expect.soft(response.body, label).toContain(filter.name);
        }
      }
    }
    expect(filtersTried).toBeGreaterThan(20);

    // (f) An upsert by an external id both organizations use (the fixture gives each C-1000, P-1000, I-1000):
    // the caller's own row changes, the other organization's is untouched.
    const upserts = [
      { path: '/api/v1/customers/by-external-id/C-1000', resource: 'customers', body: { display_name: 'Ours' } },
      { path: '/api/v1/contact-persons/by-external-id/P-1000', resource: 'contact-persons', body: { first_name: 'Ours', email: 'ours@example.com', customer_id: ownRows['customers'] } },
      { path: '/api/v1/items/by-external-id/I-1000', resource: 'items', body: { name: 'Ours', rate_minor: 1, currency: 'EUR' } },
    ];
    for (const upsert of upserts) {
      const theirs = `/api/v1/${upsert.resource}/${otherRows[upsert.resource]}`;
      const before = (await other.client.get(theirs)).body;
      const response = await api.request('PUT', upsert.path, upsert.body, { authorization: `Bearer ${everything}` });
      expect.soft(response.statusCode, `PUT ${upsert.path}: ${response.body}`).toBe(200);
      expect.soft(response.json().id, `PUT ${upsert.path} changes the caller’s own row`).toBe(ownRows[upsert.resource]);
      expect.soft((await other.client.get(theirs)).body, `PUT ${upsert.path} leaves the other organization’s row`).toBe(before);
    }

    // (c) Reads without ids answer the organization's own rows only.
    for (const operation of scoped.filter((candidate) => candidate.method === 'GET' && !candidate.parameters.some((parameter) => parameter.in === 'path'))) {
      const response = await callAllowed(operation, ownRows);
      expect.soft(response.statusCode, `${operation.label}: ${response.body}`).toBe(200);
      const leaked = otherIds.filter((id) => response.body.includes(id));
      expect.soft(leaked, `${operation.label} shows the other organization’s rows`).toEqual([]);
    }
  });
});
