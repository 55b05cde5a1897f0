/**
 * Times statements of one customer with a long history (docs/performance.md, "Statements"):
 *   npx tsx bench/statement.ts [invoices=100000] [sqlite file=/tmp/portico-statement-bench.db]
 * REUSE=1 keeps a file written before. Writes a fresh SQLite file: the demo organization plus one customer with `invoices` invoices over
 * five years up to today (payments, credit, refunds), then times statementOf for several periods.
 */
import { existsSync, rmSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import pino from 'pino';
import { buildApp } from '../server/app.ts';
import { readConfig } from '../server/config.ts';
import { createDb } from '../server/db/create-db.ts';
import { migrateToLatest } from '../server/db/migrate.ts';
import { statementOf } from '../server/modules/statement/statement.service.ts';
import { addDays, addYears } from '../server/modules/statement/statement-dates.ts';
import { seedDemoIfEmpty } from '../server/seed/demo.ts';
import { insertBulkHistory } from '../server/test/statement-history.ts';

const invoices = Number(process.argv[2] ?? 100_000);
const path = process.argv[3] ?? '/tmp/portico-statement-bench.db';
const reuse = process.env.REUSE === '1' && existsSync(path);
if (!reuse) for (const suffix of ['', '-wal', '-shm']) rmSync(`${path}${suffix}`, { force: true });

const config = readConfig({ SQLITE_PATH: path, LOG_LEVEL: 'silent', SESSION_SECRET: 'bench-secret-bench-secret-bench-secret-00', ...(process.env.DATABASE_URL ? { DATABASE_URL: process.env.DATABASE_URL } : {}) });
const database = createDb(config);
await migrateToLatest(database.db);
const { ctx } = await buildApp({ config, database, logger: pino({ level: 'silent' }) });
await seedDemoIfEmpty(ctx);
const db = ctx.db;
const organizationId = (await db.selectFrom('organizations').select('id').executeTakeFirstOrThrow()).id;
const now = new Date().toISOString();
const today = now.slice(0, 10);
if (!reuse) {
await db
  .insertInto('customers')
  .values({ id: 'statement-bench', organization_id: organizationId, display_name: 'Long history', company_name: null, email: null, phone: null, currency: 'EUR', portal_language: 'en', billing_address: null, shipping_address: null, notes: null, allow_bank_payments: 0, created_at: now, updated_at: now })
  .execute();
const started = performance.now();
const history = await insertBulkHistory(db, { organizationId, customerId: 'statement-bench', currency: 'EUR', invoices, start: addYears(today, -5), days: 5 * 365, today, prefix: 'LH' });
console.log(`${invoices} invoices, ${history.payments} payments, ${history.credits} credits, ${history.refunds} refunds written in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}
const customer = await db.selectFrom('customers').selectAll().where('id', '=', 'statement-bench').executeTakeFirstOrThrow();

const periods: [string, Parameters<typeof statementOf>[3]][] = [
  ['this year', { period: 'this_year' }],
  ['last month', { period: 'last_month' }],
  ['the last 365 days', { period: 'custom', from: addDays(today, -364), to: today }],
  ['a year three years ago', { period: 'custom', from: addYears(today, -3), to: addDays(addYears(today, -2), -1) }],
  ['all five years', { period: 'custom', from: addYears(today, -5), to: today }],
];
for (const [label, request] of periods) {
  const times: number[] = [];
  let summary = '';
  try {
    for (let run = 0; run < 7; run++) {
      const start = performance.now();
      const statement = await statementOf(ctx, db, customer, request);
      times.push(performance.now() - start);
      summary = `${statement.entries.length} entries, closing ${statement.closing_balance_minor}`;
    }
    times.sort((a, b) => a - b);
    console.log(`${label.padEnd(24)} median ${times[3]!.toFixed(1).padStart(7)} ms  (min ${times[0]!.toFixed(1)}, max ${times[6]!.toFixed(1)})  ${summary}`);
  } catch (error) {
    console.log(`${label.padEnd(24)} fails: ${error instanceof Error ? error.message : String(error)}`);
  }
}
await ctx.db.destroy();
