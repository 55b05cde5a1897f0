import { writeFileSync } from 'node:fs';
import SQLite from 'better-sqlite3';
import { createDb, sqliteConnectionOf } from '../db/create-db.ts';
import { migrateToLatest } from '../db/migrate.ts';

/**
 * Migrating SQLite costs most of a second (13 migrations, each in its own transaction); a test app
 * needs a freshly migrated database. So the run migrates one template file (global-setup.ts) and each
 * test app's in-memory database is given the template's schema and rows in one transaction instead:
 * the same CREATE statements SQLite stored for the migrated database, in the same order, and the same
 * rows (the migrations' own bookkeeping and anything a migration inserts).
 */

/** Migrates a fresh database the way createDb opens one and writes it to `path`. */
export async function writeSqliteTemplate(path: string): Promise<void> {
  const handle = createDb({ sqlitePath: ':memory:' });
  try {
    await migrateToLatest(handle.db);
    // The database's exact image (VACUUM INTO would regroup the schema's entries).
    writeFileSync(path, sqliteConnectionOf(handle.db)!.serialize());
  } finally {
    await handle.db.destroy();
  }
}

interface TemplateImage {
  path: string;
  /** Tables (in the order SQLite stored them), then indexes, views and triggers. */
  tables: string[];
  others: string[];
  /** Tables that hold rows in the template. */
  filled: string[];
  userVersion: number;
}

const images = new Map<string, TemplateImage>();

function quote(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

function imageOf(path: string): TemplateImage {
  let image = images.get(path);
  if (image) return image;
  const template = new SQLite(path, { readonly: true, fileMustExist: true });
  try {
    const objects = template
      .prepare<[], { type: string; name: string; sql: string | null }>(`select type, name, sql from sqlite_schema where name not like 'sqlite\\_%' escape '\\' order by rowid`)
      .all();
    const tables = objects.filter((object) => object.type === 'table');
    const rank = (type: string) => ['index', 'view', 'trigger'].indexOf(type);
    image = {
      path,
      tables: tables.map((table) => table.sql!),
      others: objects
        .filter((object) => object.type !== 'table' && object.sql)
        .sort((a, b) => rank(a.type) - rank(b.type))
        .map((object) => object.sql!),
      filled: tables
        .map((table) => table.name)
        .filter((name) => template.prepare<[], { filled: number }>(`select exists (select 1 from ${quote(name)}) as filled`).get()?.filled === 1),
      userVersion: template.pragma('user_version', { simple: true }) as number,
    };
  } finally {
    template.close();
  }
  images.set(path, image);
  return image;
}

/** Gives `connection` (an empty database createDb opened) the migrated template's schema and rows. */
export function restoreSqliteTemplate(connection: SQLite.Database, path: string): void {
  const image = imageOf(path);
  const foreignKeys = connection.pragma('foreign_keys', { simple: true }) as number;
  connection.pragma('foreign_keys = OFF');
  connection.prepare('attach database ? as template').run(image.path);
  try {
    connection.transaction(() => {
      for (const sql of image.tables) connection.exec(sql);
      for (const name of image.filled) connection.exec(`insert into main.${quote(name)} select * from template.${quote(name)}`);
      for (const sql of image.others) connection.exec(sql);
    })();
  } finally {
    connection.exec('detach database template');
    connection.pragma(`foreign_keys = ${foreignKeys ? 'ON' : 'OFF'}`);
  }
  if (image.userVersion) connection.pragma(`user_version = ${image.userVersion}`);
}
