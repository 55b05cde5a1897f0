import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { OpenAPI3 } from 'openapi-typescript';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkApiTypes, readOpenApiDocument, renderApiTypes, shareErrorResponses } from './generate-api-types.ts';

const errorSchema = { type: 'object', properties: { error: { type: 'object', properties: { code: { type: 'string' } }, required: ['code'] } }, required: ['error'] };
const json = (schema: object) => ({ description: 'Default Response', content: { 'application/json': { schema } } });

describe('the generated API types', () => {
  let document: OpenAPI3;
  let first: string;
  beforeAll(async () => {
    document = await readOpenApiDocument();
    first = await renderApiTypes(document);
  });

  it('come from the document the server serves, with both APIs in it', () => {
    expect(document.openapi).toBe('3.1.0');
    expect(Object.keys(document.paths ?? {})).toEqual(expect.arrayContaining(['/api/v1/customers', '/portal/{slug}/api/invoices/{id}']));
    expect(first).toContain('"/portal/{slug}/api/invoices/{id}": {');
    expect(first).toContain('ErrorResponse: {');
  });

  it('are the same bytes every time for the same server', async () => {
    expect(await renderApiTypes(await readOpenApiDocument())).toBe(first);
  });

  it('fail the check, naming the file, when the committed file differs', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'api-types-')), 'schema.d.ts');
    writeFileSync(file, first.replace('display_name: string;', 'display_name: number;'));
    const stale = await checkApiTypes(file, first);
    expect(stale.ok).toBe(false);
    expect(stale.message).toContain('schema.d.ts is stale');
    writeFileSync(file, first);
    expect((await checkApiTypes(file, first)).ok).toBe(true);
    expect((await checkApiTypes(join(file, '..', 'missing.d.ts'), first)).ok).toBe(false);
  });
});

describe('shareErrorResponses', () => {
  it('writes the one error shape once and references it from every error answer, leaving successes alone', () => {
    const ok = { type: 'object', properties: { id: { type: 'string' } } };
    const source = {
      openapi: '3.1.0',
      info: { title: 'T', version: '1' },
      paths: {
        '/a': { get: { responses: { 200: json(ok), 404: json(errorSchema) } } },
        '/b': { post: { responses: { 201: json(errorSchema), 400: json(errorSchema), 409: json({ type: 'string' }) } } },
      },
    } as unknown as OpenAPI3;
    const shared = shareErrorResponses(source) as unknown as { paths: Record<string, Record<string, { responses: Record<string, { content: { 'application/json': { schema: unknown } } }> }>>; components: { schemas: Record<string, unknown> } };
    const ref = { $ref: '#/components/schemas/ErrorResponse' };
    expect(shared.components.schemas.ErrorResponse).toEqual(errorSchema);
    expect(shared.paths['/a']!.get!.responses[404]!.content['application/json'].schema).toEqual(ref);
    expect(shared.paths['/b']!.post!.responses[400]!.content['application/json'].schema).toEqual(ref);
    // A success that happens to look like an error, and an error of another shape, stay as they are.
    expect(shared.paths['/b']!.post!.responses[201]!.content['application/json'].schema).toEqual(errorSchema);
    expect(shared.paths['/b']!.post!.responses[409]!.content['application/json'].schema).toEqual({ type: 'string' });
    expect(shared.paths['/a']!.get!.responses[200]!.content['application/json'].schema).toEqual(ok);
    // The input document is not changed.
    expect((source as unknown as typeof shared).paths['/a']!.get!.responses[404]!.content['application/json'].schema).toEqual(errorSchema);
  });
});
