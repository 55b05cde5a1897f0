import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect, type LogEvent } from 'kysely';
import pg from 'pg';
import type { Database } from './database.ts';
import { unicodeLower } from './search.ts';
import { withStatementCache } from './sqlite-statements.ts';

export type Dialect = 'sqlite' | 'postgres';

export interface DatabaseHandle {
  db: Kysely<Database>;
  dialect: Dialect;
  /** PostgreSQL's URL, for what needs a connection of its own beside the pool (the signal bus's LISTEN). */
  connectionString?: string;
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
export function createDb(options: { databaseUrl?: string | undefined; sqlitePath: string; onQuery?: (sql: string) => void }): DatabaseHandle {
  // Only when asked for (tests count statements): without it Kysely logs nothing and pays nothing.
  const onQuery = options.onQuery;
  const log = onQuery ? (event: LogEvent) => (event.level === 'query' ? onQuery(event.query.sql) : undefined) : undefined;
  if (options.databaseUrl) {
    // int8 (counts, sums) fits a JS number for every amount Portico stores.
    pg.types.setTypeParser(20, (value) => Number(value));
    const pool = new pg.Pool({ connectionString: options.databaseUrl, max: 10 });
    return { db: new Kysely<Database>({ dialect: new PostgresDialect({ pool }), ...(log ? { log } : {}) }), dialect: 'postgres', connectionString: options.databaseUrl };
  }
  if (options.sqlitePath !== ':memory:') mkdirSync(dirname(options.sqlitePath), { recursive: true });
  const database = new SQLite(options.sqlitePath);
  database.pragma('journal_mode = WAL');
  database.pragma('foreign_keys = ON');
  database.pragma('busy_timeout = 5000');
  database.pragma('synchronous = NORMAL');
  // Without statistics SQLite's planner can prefer an index on organization_id, which in a large
  // organization is most of the table; this gathers them (bounded work) for tables that lack them.
  database.pragma('analysis_limit = 400');
  database.pragma('optimize = 0x10002');
  // SQLite's lower() folds ASCII only; searches lower both sides, so make it fold like PostgreSQL's.
  database.function('lower', { deterministic: true }, (value: unknown) => (typeof value === 'string' ? unicodeLower(value) : typeof value === 'number' || typeof value === 'bigint' ? String(value) : value));
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: withStatementCache(database) }), ...(log ? { log } : {}) });
  sqliteConnections.set(db, database);
  return { db, dialect: 'sqlite' };
}
