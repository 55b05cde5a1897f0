import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type SQLite from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { createDb, sqliteConnectionOf } from '../db/create-db.ts';
import { migrateToLatest } from '../db/migrate.ts';
import { restoreSqliteTemplate, writeSqliteTemplate } from './sqlite-template.ts';

/** Everything SQLite knows of a database's schema, and every table's rows (when a migration ran aside). */
function contentsOf(connection: SQLite.Database) {
  const schema = connection.prepare<[], { type: string; name: string; tbl_name: string; sql: string | null }>('select type, name, tbl_name, sql from sqlite_schema order by type, name').all();
  const rows = Object.fromEntries(
    schema
      .filter((object) => object.type === 'table')
      .map((table) => [table.name, connection.prepare(`select * from "${table.name}" order by 1`).all().map((row) => (table.name === 'kysely_migration' ? { ...(row as object), timestamp: 'when it ran' } : row))]),
  );
  return { schema, rows, userVersion: connection.pragma('user_version', { simple: true }), foreignKeys: connection.pragma('foreign_keys', { simple: true }) };
}

describe('the SQLite template of test apps', () => {
  const folder = mkdtempSync(join(tmpdir(), 'portico-template-test-'));
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it('gives a database the schema and rows that migrating it gives', async () => {
    const migrated = createDb({ sqlitePath: ':memory:' });
    await migrateToLatest(migrated.db);
    const path = join(folder, 'template.sqlite');
    await writeSqliteTemplate(path);
    const restored = createDb({ sqlitePath: ':memory:' });
    restoreSqliteTemplate(sqliteConnectionOf(restored.db)!, path);

    const expected = contentsOf(sqliteConnectionOf(migrated.db)!);
    expect(expected.schema.length).toBeGreaterThan(20);
    expect(expected.foreignKeys).toBe(1);
    expect(contentsOf(sqliteConnectionOf(restored.db)!)).toEqual(expected);
    // Nothing is left for the migrator to do.
    await migrateToLatest(restored.db);
    expect(contentsOf(sqliteConnectionOf(restored.db)!)).toEqual(expected);
    await migrated.db.destroy();
    await restored.db.destroy();
  });
});
