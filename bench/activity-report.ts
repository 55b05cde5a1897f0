/**
 * The portal activities report at scale (docs/performance.md, "Portal activities report"), over real HTTP:
 *   npx tsx bench/activity-report.ts [--customers 10000] [--activities-per-customer 40] [--duration 5]
 * With DATABASE_URL on a scratch PostgreSQL database. Generates a tenant whose customers each have a year of
 * portal activity, starts Portico and the fixed-JSON baseline (a) as their own processes, and measures the
 * report for a year (by day, week and month; filtered by module; for one customer) one request at a time,
 * each read as a ratio to baseline (a) measured in the same run. Target: every case under one second.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { generateLargeTenant } from '../server/seed/large.ts';
import { load } from './cases.ts';
import { prepareDatabase } from './database.ts';
import { getJson, signInStaff } from './http.ts';
import { startPortico, startServer, type ServerProcess } from './processes.ts';

const { values: args } = parseArgs({
  options: {
    customers: { type: 'string', default: '10000' },
    'activities-per-customer': { type: 'string', default: '40' },
    duration: { type: 'string', default: '5' },
  },
});
const settings = { durationSeconds: Number(args.duration), warmupSeconds: 1, connections: 1 };
const logs = mkdtempSync(join(tmpdir(), 'portico-report-bench-'));
const started = performance.now();
const say = (line: string) => console.log(`[${((performance.now() - started) / 1000).toFixed(0).padStart(4)} s] ${line}`);

const database = await prepareDatabase(process.env.DATABASE_URL);
const running: ServerProcess[] = [];
try {
  say(`${database.dialect}: generating ${args.customers} customers with ${args['activities-per-customer']} activities each over a year`);
  const tenant = await generateLargeTenant(database, {
    customers: Number(args.customers),
    invoicesPerCustomer: 1,
    growth: [10],
    activitiesPerCustomer: Number(args['activities-per-customer']),
    seed: 1,
  });
  say(`tenant ready in ${tenant.seconds.toFixed(1)} s: ${JSON.stringify(tenant.counts)}`);
  const app = await startPortico('report', database.env, join(logs, 'portico.log'));
  running.push(app);
  const staff = await signInStaff(app.url, tenant.staff);
  const cookie = `portico_staff=${staff.cookie}`;
  const today = new Date().toISOString().slice(0, 10);
  const yearAgo = new Date(Date.now() - 364 * 86_400_000).toISOString().slice(0, 10);
  const year = `from=${yearAgo}&to=${today}`;
  const sample = await getJson<{ total: number; customers: { customer_id: string }[] }>(`${app.url}/api/v1/reports/portal-activities?${year}`, cookie);
  say(`a year's report counts ${sample.total} activities`);
  const customerId = sample.customers[0]?.customer_id ?? '';

  const fixedServer = await startServer('baseline (a)', 'bench/baseline-fixed.ts', {}, join(logs, 'baseline-fixed.log'), '/fixed');
  running.push(fixedServer);
  const fixed = await load(fixedServer.url, { path: '/fixed' }, settings, '/fixed');
  await fixedServer.stop();
  say(`baseline (a) fixed JSON, one connection: ${fixed.requestsPerSecond.toFixed(0)}/s, p50 ${fixed.p50Ms.toFixed(2)} ms`);

  const cases: [string, string][] = [
    ['a year by day', `/api/v1/reports/portal-activities?${year}&interval=day`],
    ['a year by week', `/api/v1/reports/portal-activities?${year}&interval=week`],
    ['a year by month', `/api/v1/reports/portal-activities?${year}&interval=month`],
    ['a year, module invoices', `/api/v1/reports/portal-activities?${year}&module=invoices`],
    ['a year, one customer', `/api/v1/reports/portal-activities?${year}&customer_id=${customerId}`],
    ['a year as CSV', `/api/v1/reports/portal-activities.csv?${year}`],
    ['the last 30 days', '/api/v1/reports/portal-activities'],
  ];
  const results = [];
  for (const [label, path] of cases) {
    const measured = await load(app.url, { path, headers: { cookie } }, settings, '/healthz');
    const ratio = measured.requestsPerSecond / fixed.requestsPerSecond;
    results.push({ label, ...measured, ratio });
    say(`${label}: p50 ${measured.p50Ms.toFixed(1)} ms, p99 ${measured.p99Ms.toFixed(1)} ms, ${measured.requestsPerSecond.toFixed(1)}/s (${ratio.toFixed(4)} of baseline a)${measured.non2xx + measured.errors > 0 ? `, ${measured.non2xx} non-2xx, ${measured.errors} errors` : ''} ${measured.p99Ms < 1000 ? 'PASS' : 'FAIL'}`);
  }
  console.log(JSON.stringify({ dialect: database.dialect, counts: tenant.counts, baseline: fixed, results }, null, 2));
} finally {
  for (const server of running) await server.stop().catch(() => 0);
  await database.drop();
}
