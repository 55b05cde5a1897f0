import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ESLint } from 'eslint';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * The boundary rules of eslint.config.js, run through ESLint's API on real files planted in a module
 * folder that git ignores (server/modules/lint-fixture-*), so that import resolution and the type-checked
 * rules see them as they see the code.
 */
const root = import.meta.dirname;
const moduleName = `lint-fixture-${process.pid}`;
const folder = join(root, 'server', 'modules', moduleName);

const files: Record<string, string> = {
  'cycle-a.ts': "import { b } from './cycle-b.ts';\nexport const a = (): number => b() + 1;\n",
  'cycle-b.ts': "import { a } from './cycle-a.ts';\nexport const b = (): number => (a.length > 0 ? 1 : 0);\n",
  'foreign.routes.ts': "import { listItemPage } from '../item/item.repository.ts';\nexport const foreign = listItemPage;\n",
  'transaction.routes.ts': [
    "import type { Db } from '../../db/database.ts';",
    'export async function inOne(db: Db): Promise<void> {',
    '  await db.transaction().execute(async () => undefined);',
    '}',
    '',
  ].join('\n'),
  'query.routes.ts': [
    "import type { Db } from '../../db/database.ts';",
    'export async function countTaxes(db: Db): Promise<number> {',
    "  const rows = await db.selectFrom('taxes').select('id').execute();",
    '  return rows.length;',
    '}',
    '',
  ].join('\n'),
  'clean.routes.ts': [
    "import type { Db } from '../../db/database.ts';",
    "import { findItem } from './clean.repository.ts';",
    "import { getContactPerson } from '../customer/customer.service.ts';",
    'export async function readBoth(db: Db): Promise<number> {',
    "  const [item, contact] = await Promise.all([findItem(db, 'o', 'i'), getContactPerson(db, 'o', 'c')]);",
    '  return (item ? 1 : 0) + contact.id.length;',
    '}',
    '',
  ].join('\n'),
  'clean.repository.ts': [
    "import type { Db } from '../../db/database.ts';",
    'export async function findItem(db: Db, organizationId: string, id: string): Promise<{ id: string } | undefined> {',
    "  return db.selectFrom('items').select('id').where('organization_id', '=', organizationId).where('id', '=', id).executeTakeFirst();",
    '}',
    '',
  ].join('\n'),
};

let results: Map<string, ESLint.LintResult>;

function rulesOf(file: string): (string | null)[] {
  const result = results.get(join(folder, file));
  if (!result) throw new Error(`${file} was not linted`);
  return result.messages.map((message) => message.ruleId);
}

describe('eslint.config.js', () => {
  beforeAll(async () => {
    mkdirSync(folder, { recursive: true });
    for (const [name, text] of Object.entries(files)) writeFileSync(join(folder, name), text);
    const eslint = new ESLint({ cwd: root });
    const linted = await eslint.lintFiles([join(folder, '*.ts')]);
    results = new Map(linted.map((result) => [result.filePath, result]));
  }, 180_000);

  afterAll(() => {
    rmSync(folder, { recursive: true, force: true });
  });

  it('reports both files of an import cycle', () => {
    expect(rulesOf('cycle-a.ts')).toEqual(['import-x/no-cycle']);
    expect(rulesOf('cycle-b.ts')).toEqual(['import-x/no-cycle']);
  });

  it("reports a route importing another module's repository", () => {
    expect(rulesOf('foreign.routes.ts')).toEqual(['no-restricted-imports']);
  });

  it('reports a query built in a routes file', () => {
    expect(rulesOf('query.routes.ts')).toEqual(['no-restricted-syntax']);
  });

  it('reports a transaction opened in a routes file', () => {
    expect(rulesOf('transaction.routes.ts')).toEqual(['no-restricted-syntax']);
  });

  it("accepts a route using its own repository and another module's service, and a repository's query", () => {
    expect(rulesOf('clean.routes.ts')).toEqual([]);
    expect(rulesOf('clean.repository.ts')).toEqual([]);
  });
});
