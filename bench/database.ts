// The database a bench run works on: a temporary SQLite file, or with DATABASE_URL a scratch PostgreSQL
// database created on that server for the run and dropped at the end. Migrated to the latest schema.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { createDb, type DatabaseHandle } from '../server/db/create-db.ts';
import { migrateToLatest } from '../server/db/migrate.ts';

export interface BenchDatabase extends DatabaseHandle {
  /** What a Portico process (or the dashboard baseline) needs in its environment to use this database. */
  env: Record<string, string>;
  /** Where the run's log files go (the SQLite file's directory, or a temporary one). */
  directory: string;
  /** Closes the connection and removes the database. */
  drop(): Promise<void>;
}

export async function prepareDatabase(serverUrl: string | undefined): Promise<BenchDatabase> {
  const directory = mkdtempSync(join(tmpdir(), 'portico-bench-'));
  if (!serverUrl) {
    const sqlitePath = join(directory, 'portico.db');
    const handle = createDb({ sqlitePath });
    await migrateToLatest(handle.db);
    const drop = async () => {
      await handle.db.destroy();
      rmSync(directory, { recursive: true, force: true });
    };
    return { ...handle, env: { SQLITE_PATH: sqlitePath }, directory, drop };
  }
  const name = `portico_bench_${new Date().toISOString().replace(/\D/g, '').slice(0, 14)}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const databaseUrl = url.toString();
  const handle = createDb({ databaseUrl, sqlitePath: ':memory:' });
  await migrateToLatest(handle.db);
  return {
    ...handle,
    env: { DATABASE_URL: databaseUrl },
    directory,
    drop: async () => {
      await handle.db.destroy();
      const client = new pg.Client({ connectionString: serverUrl });
      await client.connect();
      await client.query(`drop database if exists ${name} with (force)`);
      await client.end();
      rmSync(directory, { recursive: true, force: true });
    },
  };
}
