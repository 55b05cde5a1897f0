import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect } from 'kysely';
import pg from 'pg';
import type { Database } from './database.ts';
import { unicodeLower } from './search.ts';

export type Dialect = 'sqlite' | 'postgres';

export interface DatabaseHandle {
  db: Kysely<Database>;
  dialect: Dialect;
}

const sqliteConnections = new WeakMap<Kysely<Database>, SQLite.Database>();

/**
 * The better-sqlite3 connection behind a handle createDb opened (undefined for PostgreSQL or a Kysely
 * built elsewhere). Only bulk writers use it (the large-tenant generator), for prepared statements:
 * it is the same connection Kysely queries go through, so it sees the same file, in-memory or not.
 */
export function sqliteConnectionOf(db: Kysely<Database>): SQLite.Database | undefined {
  return sqliteConnections.get(db);
}

/** PostgreSQL when a URL is given, otherwise the embedded SQLite file (or `:memory:`). */
export function createDb(options: { databaseUrl?: string | undefined; sqlitePath: string }): DatabaseHandle {
  if (options.databaseUrl) {
    // int8 (counts, sums) fits a JS number for every amount Portico stores.
    pg.types.setTypeParser(20, (value) => Number(value));
    const pool = new pg.Pool({ connectionString: options.databaseUrl, max: 10 });
    return { db: new Kysely<Database>({ dialect: new PostgresDialect({ pool }) }), dialect: 'postgres' };
  }
  if (options.sqlitePath !== ':memory:') mkdirSync(dirname(options.sqlitePath), { recursive: true });
  const database = new SQLite(options.sqlitePath);
  database.pragma('journal_mode = WAL');
  database.pragma('foreign_keys = ON');
  database.pragma('busy_timeout = 5000');
  database.pragma('synchronous = NORMAL');
  // SQLite's lower() folds ASCII only; searches lower both sides, so make it fold like PostgreSQL's.
  database.function('lower', { deterministic: true }, (value: unknown) => (typeof value === 'string' ? unicodeLower(value) : typeof value === 'number' || typeof value === 'bigint' ? String(value) : value));
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database }) });
  sqliteConnections.set(db, database);
  return { db, dialect: 'sqlite' };
}
