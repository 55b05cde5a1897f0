// npm run bench: request throughput of Portico's hot paths, each as a ratio to a baseline measured in the
// same run on the same machine, so the numbers compare across machines. Not part of the test suite.
import { performance } from 'node:perf_hooks';
import pino from 'pino';
import { buildApp } from '../server/app.ts';
import { readConfig } from '../server/config.ts';
import { createDb } from '../server/db/create-db.ts';
import { migrateToLatest } from '../server/db/migrate.ts';
import { seedDemoIfEmpty, demoStaff } from '../server/seed/demo.ts';
import { TestClient } from '../server/test/http-client.ts';

const config = { ...readConfig({ SQLITE_PATH: ':memory:', LOG_LEVEL: 'silent', SESSION_SECRET: 'bench-secret-bench-secret-bench-secret-00', ...(process.env.DATABASE_URL ? { DATABASE_URL: process.env.DATABASE_URL } : {}) }) };
const database = createDb(config);
await migrateToLatest(database.db);
const { app, ctx } = await buildApp({ config, database, logger: pino({ level: 'silent' }) });
await seedDemoIfEmpty(ctx);

const staff = new TestClient(app);
await staff.post('/api/v1/session', { email: demoStaff.email, password: demoStaff.password });
const customerCount = 5000;
const organizationId = (await ctx.db.selectFrom('organizations').select('id').executeTakeFirstOrThrow()).id;
const now = new Date().toISOString();
for (let start = 0; start < customerCount; start += 500) {
  await ctx.db
    .insertInto('customers')
    .values(Array.from({ length: 500 }, (_, i) => ({ id: `bench-${String(start + i).padStart(6, '0')}`, organization_id: organizationId, display_name: `Bench customer ${start + i}`, company_name: null, email: null, phone: null, currency: 'USD', portal_language: 'en', billing_address: null, shipping_address: null, notes: null, allow_bank_payments: 0, created_at: now, updated_at: now })))
    .execute();
}

async function measure(label: string, run: () => Promise<unknown>, seconds = 2): Promise<number> {
  for (let i = 0; i < 20; i++) await run();
  let count = 0;
  const start = performance.now();
  while (performance.now() - start < seconds * 1000) {
    await run();
    count++;
  }
  const perSecond = count / ((performance.now() - start) / 1000);
  console.log(`${label.padEnd(58)} ${perSecond.toFixed(0).padStart(8)} /s`);
  return perSecond;
}

console.log(`Portico benchmarks on ${ctx.dialect}, ${customerCount} customers\n`);
const baseline = await measure('baseline: GET /healthz (no auth, no database)', () => app.inject('/healthz'));
const rawQuery = await measure('baseline: the customer page query alone (Kysely)', () =>
  ctx.db.selectFrom('customers').selectAll().where('organization_id', '=', organizationId).orderBy('display_name').orderBy('id').limit(26).execute(),
);
const list = await measure('GET /api/v1/customers?limit=25 (session, page, contacts)', () => staff.get('/api/v1/customers?limit=25'));
const search = await measure('GET /api/v1/customers?search=customer 49', () => staff.get('/api/v1/customers?search=customer%2049'));
const session = await measure('GET /api/v1/session (session lookup)', () => staff.get('/api/v1/session'));

// Billing: a 300-line invoice through the API (totals computed per line) and its PDF, against a 1-line one.
const customer = (await staff.get('/api/v1/customers?search=Globex%20Corporation')).json<{ data: [{ id: string }] }>().data[0];
const line = (i: number) => ({ name: `Line ${i}`, quantity: 1 + (i % 7) / 4, rate_minor: 1999 + i, discount: { type: 'percent', percent: 5 } });
const oneLine = { customer_id: customer.id, lines: [line(0)] };
const manyLines = { customer_id: customer.id, lines: Array.from({ length: 300 }, (_, i) => line(i)) };
const createOne = await measure('POST /api/v1/invoices with 1 line (baseline)', () => staff.post('/api/v1/invoices', oneLine));
const createMany = await measure('POST /api/v1/invoices with 300 lines', () => staff.post('/api/v1/invoices', manyLines));
const small = (await staff.post('/api/v1/invoices', oneLine)).json<{ id: string }>();
const large = (await staff.post('/api/v1/invoices', manyLines)).json<{ id: string }>();
const pdfOne = await measure('GET invoice PDF, 1 line (baseline)', () => staff.get(`/api/v1/invoices/${small.id}/pdf`));
const pdfMany = await measure('GET invoice PDF, 300 lines (several pages)', () => staff.get(`/api/v1/invoices/${large.id}/pdf`));
const invoiceList = await measure('GET /api/v1/invoices?limit=25', () => staff.get('/api/v1/invoices?limit=25'));

console.log('\nRatios (higher is faster):');
console.log(`  300-line invoice ÷ 1-line invoice (create)  ${(createMany / createOne).toFixed(2)}`);
console.log(`  300-line PDF ÷ 1-line PDF                   ${(pdfMany / pdfOne).toFixed(2)}`);
console.log(`  invoice list ÷ customer list                ${(invoiceList / list).toFixed(2)}`);
console.log(`  customer list ÷ healthz        ${(list / baseline).toFixed(2)}`);
console.log(`  customer list ÷ raw page query ${(list / rawQuery).toFixed(2)}  (HTTP, auth and shaping overhead)`);
console.log(`  search ÷ customer list         ${(search / list).toFixed(2)}`);
console.log(`  session ÷ healthz              ${(session / baseline).toFixed(2)}  (cost of authenticating a request)`);
await app.close();
await database.db.destroy();
