// npm run generate:api: writes the web apps' API types from the OpenAPI document the server serves at
// /api/openapi.json. npm run check:api (part of npm test): fails when the committed file is stale.
import { readFileSync, writeFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import openapiTS, { astToString, type OpenAPI3 } from 'openapi-typescript';
import pino from 'pino';
import { buildApp } from '../server/app.ts';
import { readConfig } from '../server/config.ts';
import { createDb } from '../server/db/create-db.ts';
import { migrateToLatest } from '../server/db/migrate.ts';

export const apiTypesPath = resolve(import.meta.dirname, '../web/ui/api/schema.d.ts');

/** The OpenAPI document of a freshly built app on an in-memory SQLite database (nothing listens). */
export async function readOpenApiDocument(): Promise<OpenAPI3> {
  const config = readConfig({ SQLITE_PATH: ':memory:', PUBLIC_URL: 'http://portico.local', SESSION_SECRET: 'generate-api-types-generate-api-types-0', LOG_LEVEL: 'silent' });
  const database = createDb(config);
  try {
    await migrateToLatest(database.db);
    const { app } = await buildApp({ config, database, logger: pino({ level: 'silent' }) });
    try {
      await app.ready();
      return structuredClone(app.swagger()) as OpenAPI3;
    } finally {
      await app.close();
    }
  } finally {
    await database.db.destroy();
  }
}

type JsonObject = Record<string, unknown>;
const isObject = (value: unknown): value is JsonObject => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Every error answer has the same shape, so it is written once as `components.schemas.ErrorResponse`
 * and referenced from each operation: the same types, a tenth of the size.
 */
export function shareErrorResponses(document: OpenAPI3): OpenAPI3 {
  const copy = structuredClone(document);
  let shared: unknown;
  for (const item of Object.values(copy.paths ?? {})) {
    for (const operation of Object.values(item as JsonObject)) {
      if (!isObject(operation) || !isObject(operation.responses)) continue;
      for (const [status, response] of Object.entries(operation.responses)) {
        if (status.startsWith('2') || !isObject(response) || !isObject(response.content)) continue;
        const media = response.content['application/json'];
        if (!isObject(media) || !isObject(media.schema)) continue;
        shared ??= media.schema;
        if (isDeepStrictEqual(media.schema, shared)) media.schema = { $ref: '#/components/schemas/ErrorResponse' };
      }
    }
  }
  if (shared) copy.components = { ...copy.components, schemas: { ...copy.components?.schemas, ErrorResponse: shared as never } };
  return copy;
}

const header = `/**
 * The Portico API as the server describes it at /api/openapi.json, generated from the route schemas.
 * Do not edit: \`npm run generate:api\` writes this file and \`npm run check:api\` (part of npm test) fails
 * when it no longer matches the server. Use it through web/ui/api (AdminPaths, PortalPaths).
 */
`;

/** The TypeScript of the document: the same document always gives the same bytes. */
export async function renderApiTypes(document: OpenAPI3): Promise<string> {
  const nodes = await openapiTS(shareErrorResponses(document), { silent: true, alphabetize: false });
  return `${header}\n${astToString(nodes).trimEnd()}\n`;
}

/** Whether `file` holds exactly what the server's document gives now; the message names the file. */
export async function checkApiTypes(file: string = apiTypesPath, generated?: string): Promise<{ ok: boolean; message: string }> {
  const expected = generated ?? (await renderApiTypes(await readOpenApiDocument()));
  const name = relative(process.cwd(), file);
  let committed: string | undefined;
  try {
    committed = readFileSync(file, 'utf8');
  } catch {
    committed = undefined;
  }
  if (committed === expected) return { ok: true, message: `${name} matches the server's OpenAPI document` };
  return { ok: false, message: `${name} is stale: the server's OpenAPI document changed. Run \`npm run generate:api\` and commit the result.` };
}

async function main(check: boolean): Promise<number> {
  if (check) {
    const result = await checkApiTypes();
    (result.ok ? console.log : console.error)(result.message);
    return result.ok ? 0 : 1;
  }
  writeFileSync(apiTypesPath, await renderApiTypes(await readOpenApiDocument()));
  console.log(`wrote ${relative(process.cwd(), apiTypesPath)}`);
  return 0;
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  process.exitCode = await main(process.argv.includes('--check'));
}
