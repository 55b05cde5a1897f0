import { randomBytes } from 'node:crypto';
import { inject } from 'vitest';
import pg from 'pg';
import type { TxtResolver } from '../context.ts';
import type { GatewayProvider } from '../payments/gateway.ts';
import pino, { type Logger } from 'pino';
import { buildApp, type BuiltApp } from '../app.ts';
import { readConfig, type Config } from '../config.ts';
import { createDb, sqliteConnectionOf, type Dialect } from '../db/create-db.ts';
import { migrateToLatest } from '../db/migrate.ts';
import { drainOutbox } from '../email/outbox.ts';
import type { MailTransport, OutgoingMail } from '../email/transport.ts';
import { FakeClock } from '../lib/clock.ts';
import { QueryCounter } from './query-counter.ts';
import { restoreSqliteTemplate } from './sqlite-template.ts';

/**
 * SQLite always; PostgreSQL too when the run was given TEST_DATABASE_URL. TEST_DIALECTS (a comma list,
 * as `npm run test:pg` sets it) narrows the run to some of them.
 */
export function testDialects(): Dialect[] {
  const available: Dialect[] = inject('pgTemplate') ? ['sqlite', 'postgres'] : ['sqlite'];
  const wanted = process.env.TEST_DIALECTS?.split(',').map((name) => name.trim());
  if (!wanted) return available;
  const chosen = available.filter((dialect) => wanted.includes(dialect));
  if (chosen.length === 0) throw new Error(`TEST_DIALECTS=${process.env.TEST_DIALECTS} names no dialect this run has (${available.join(', ')})`);
  return chosen;
}

/** Captures mail instead of sending it; `failing` simulates an SMTP outage. */
export class CapturingTransport implements MailTransport {
  readonly sent: OutgoingMail[] = [];
  failing = false;
  async send(mail: OutgoingMail): Promise<void> {
    if (this.failing) throw new Error('connect ECONNREFUSED (simulated)');
    this.sent.push(mail);
  }
  close(): void {}
}

export interface TestApp extends BuiltApp {
  clock: FakeClock;
  mail: CapturingTransport;
  /** Sends what the outbox holds and returns everything sent so far. */
  deliverMail(): Promise<OutgoingMail[]>;
  /** Every SQL statement the app's database runs; reset it, make a request, read the count. */
  queries: QueryCounter;
  /** PostgreSQL's URL of this app's database (undefined on SQLite), for a second app on the same database. */
  databaseUrl?: string | undefined;
  close(): Promise<void>;
}

export function testConfig(overrides: Record<string, string> = {}): Config {
  return {
    ...readConfig({
      SQLITE_PATH: ':memory:',
      PUBLIC_URL: 'http://portico.test',
      SESSION_SECRET: 'test-secret-test-secret-test-secret-0123',
      LOG_LEVEL: 'silent',
      ...overrides,
    }),
    passwordHashing: { memoryCost: 1024, timeCost: 1, parallelism: 1 },
  };
}

async function freshPostgresUrl(): Promise<string> {
  const template = inject('pgTemplate');
  const prefix = inject('pgRunPrefix');
  const adminUrl = process.env.TEST_DATABASE_URL;
  if (!template || !prefix || !adminUrl) throw new Error('PostgreSQL tests need TEST_DATABASE_URL');
  const name = `${prefix}_${randomBytes(5).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(`create database ${name} template ${template}`);
    // Durability across a crash of PostgreSQL itself is nothing a test looks at; waiting for each commit's
    // flush to disk is most of a small transaction's time. What other sessions see is unchanged.
    await admin.query(`alter database ${name} set synchronous_commit = off`);
  } finally {
    await admin.end();
  }
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

export interface TestAppOptions {
  /** Environment for readConfig, e.g. INVITATION_TTL. */
  config?: Record<string, string>;
  /** false: no mail transport, so mail stays in the outbox as without SMTP. */
  withTransport?: boolean;
  /** Where the fake clock starts (and where the per-test fixture puts it back); default: the real time. */
  startAt?: string;
  /** Payment gateways the app uses instead of the built-in ones (server/test/scripted-gateway.ts). */
  gateways?: GatewayProvider;
  /** PostgreSQL: use this (already migrated) database instead of a fresh one, as a second instance would. */
  databaseUrl?: string;
  /** The portal app's page, for tests of pages without a build of the web apps. */
  portalHtml?: string;
  /** Answers DNS TXT look-ups (custom domain verification) instead of DNS. */
  resolveTxt?: TxtResolver;
}

/** A freshly migrated SQLite database: the run's migrated template (global-setup.ts) restored, or migrated here. */
async function migrateSqlite(database: ReturnType<typeof createDb>): Promise<void> {
  const template = inject('sqliteTemplate');
  const connection = sqliteConnectionOf(database.db);
  if (template && connection) restoreSqliteTemplate(connection, template);
  else await migrateToLatest(database.db);
}

export async function createTestApp(dialect: Dialect, options: TestAppOptions & { clock?: FakeClock; logger?: Logger } = {}): Promise<TestApp> {
  const databaseUrl = dialect === 'postgres' ? (options.databaseUrl ?? (await freshPostgresUrl())) : undefined;
  const config = testConfig({ ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}), ...options.config });
  const queries = new QueryCounter();
  const database = createDb({ ...config, onQuery: queries.record });
  if (dialect === 'sqlite') await migrateSqlite(database);
  const clock = options.clock ?? new FakeClock(options.startAt ?? new Date());
  const mail = new CapturingTransport();
  const built = await buildApp({
    config,
    database,
    clock,
    ...(options.withTransport === false ? {} : { mailTransport: mail }),
    logger: options.logger ?? pino({ level: 'silent' }),
    ...(options.gateways ? { gateways: options.gateways } : {}),
    ...(options.portalHtml ? { portalHtml: options.portalHtml } : {}),
    ...(options.resolveTxt ? { resolveTxt: options.resolveTxt } : {}),
  });
  return {
    ...built,
    clock,
    mail,
    queries,
    databaseUrl,
    deliverMail: async () => {
      await drainOutbox(built.ctx);
      return mail.sent;
    },
    close: async () => {
      await built.app.close();
      await database.db.destroy();
    },
  };
}
