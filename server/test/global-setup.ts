import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import type { Database } from '../db/database.ts';
import { migrateToLatest } from '../db/migrate.ts';
import { writeSqliteTemplate } from './sqlite-template.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    pgTemplate: string | null;
    pgRunPrefix: string | null;
    sqliteTemplate: string | null;
  }
}

function urlFor(base: string, database: string): string {
  const url = new URL(base);
  url.pathname = `/${database}`;
  return url.toString();
}

/**
 * Migrates one SQLite template file per run, whose schema and rows each SQLite test app copies into
 * its in-memory database (sqlite-template.ts). With TEST_DATABASE_URL, migrates one template database
 * too; each test app clones it (CREATE DATABASE … TEMPLATE), so every test file gets a fresh, migrated
 * PostgreSQL database.
 */
export default async function setup(project: TestProject) {
  const sqliteFolder = mkdtempSync(join(tmpdir(), 'portico-test-'));
  const sqliteTemplate = join(sqliteFolder, 'template.sqlite');
  await writeSqliteTemplate(sqliteTemplate);
  project.provide('sqliteTemplate', sqliteTemplate);
  const removeSqliteTemplate = () => rmSync(sqliteFolder, { recursive: true, force: true });
  const adminUrl = process.env.TEST_DATABASE_URL;
  if (!adminUrl) {
    project.provide('pgTemplate', null);
    project.provide('pgRunPrefix', null);
    return removeSqliteTemplate;
  }
  const prefix = `portico_t${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
  const template = `${prefix}_template`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`create database ${template}`);
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool: new pg.Pool({ connectionString: urlFor(adminUrl, template), max: 1 }) }) });
  await migrateToLatest(db);
  await db.destroy();
  project.provide('pgTemplate', template);
  project.provide('pgRunPrefix', prefix);
  return async () => {
    const { rows } = await admin.query<{ datname: string }>(`select datname from pg_database where datname like $1`, [`${prefix}%`]);
    for (const row of rows) await admin.query(`drop database if exists ${row.datname} with (force)`);
    await admin.end();
    removeSqliteTemplate();
  };
}
