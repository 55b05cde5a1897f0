// npm run bench: Portico's hot paths over real HTTP on loopback, each Portico and baseline server in its own
// process, against a generated tenant. Each figure is read as a share of baselines measured in the same run
// on the same machine, so results compare across machines. Not part of the test suite.
//   npm run bench -- --customers 2000 --invoices-per-customer 10 --growth 10,1000,100000 --duration 5 --connections 10
// With DATABASE_URL it runs on a scratch PostgreSQL database created on that server (and dropped afterwards).
import { mkdtempSync, writeFileSync } from 'node:fs';
import { cpus, release, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { generateLargeTenant, type LargeTenant } from '../server/seed/large.ts';
import { benchBulkInvitations } from './bulk.ts';
import { growthCases, load, readCases, signInCase, type CaseDefinition, type LoadSettings } from './cases.ts';
import { prepareDatabase } from './database.ts';
import { cursorAfter, getJson, signInContact, signInStaff } from './http.ts';
import { startPortico, startServer, type ServerProcess } from './processes.ts';
import { caseResult, formatReport, growthResult, withTargets, type CaseResult, type GrowthResult, type Measured, type ProcessPeak } from './report.ts';

const { values: args } = parseArgs({
  options: {
    customers: { type: 'string', default: '2000' },
    'invoices-per-customer': { type: 'string', default: '10' },
    growth: { type: 'string', default: '10,1000,100000' },
    duration: { type: 'string', default: '5' },
    warmup: { type: 'string', default: '1' },
    connections: { type: 'string', default: '10' },
    'bulk-contacts': { type: 'string', default: '10000' },
    // The outbox's rate is taken over at most this long, so that a slow sender cannot hold the run up.
    'drain-seconds': { type: 'string', default: '60' },
    'deep-pages': { type: 'string', default: '50' },
    out: { type: 'string', default: 'bench/results.json' },
  },
});

const scale = { customers: Number(args.customers), invoicesPerCustomer: Number(args['invoices-per-customer']), growth: args.growth.split(',').map(Number) };
const settings: LoadSettings = { durationSeconds: Number(args.duration), warmupSeconds: Number(args.warmup), connections: Number(args.connections) };
const bulkContacts = Number(args['bulk-contacts']);
const logs = mkdtempSync(join(tmpdir(), 'portico-bench-logs-'));
const startedAt = new Date().toISOString();
const say = (line: string) => console.log(`[${((performance.now() - started) / 1000).toFixed(0).padStart(4)} s] ${line}`);
const started = performance.now();

const database = await prepareDatabase(process.env.DATABASE_URL);
const running: ServerProcess[] = [];
const portico: ProcessPeak[] = [];

/** Measures one case and says so as it goes. */
async function measure(url: string, definition: CaseDefinition, probePath = '/healthz'): Promise<Measured> {
  const measured = await load(url, definition.request, definition.connections ? { ...settings, connections: definition.connections } : settings, probePath);
  say(`${definition.label}: ${measured.requestsPerSecond.toFixed(0)}/s, p50 ${measured.p50Ms.toFixed(1)} ms${measured.non2xx + measured.errors > 0 ? `, ${measured.non2xx} non-2xx, ${measured.errors} errors` : ''}`);
  return measured;
}

/** JSON with sorted keys, to compare two answers whatever their key order. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) =>
    inner && typeof inner === 'object' && !Array.isArray(inner) ? Object.fromEntries(Object.entries(inner).sort(([a], [b]) => a.localeCompare(b))) : inner,
  );
}

function contactWith(tenant: LargeTenant, invoices: number): LargeTenant['contacts'][number] {
  const contact = tenant.contacts.find((entry) => entry.invoices === invoices);
  if (!contact) throw new Error(`the generated tenant has no contact with ${invoices} invoices`);
  return contact;
}

try {
  say(`${database.dialect}: generating ${scale.customers} customers × ${scale.invoicesPerCustomer} invoices, growth ${scale.growth.join('/')}`);
  let reported = 0;
  const tenant = await generateLargeTenant(database, {
    customers: scale.customers,
    invoicesPerCustomer: scale.invoicesPerCustomer,
    growth: scale.growth,
    seed: 1,
    onProgress: (done, total) => {
      if (done - reported >= total / 10 || done === total) {
        reported = done;
        say(`generated ${done}/${total}`);
      }
    },
  });
  say(`tenant ${tenant.slug} ready in ${tenant.seconds.toFixed(1)} s: ${JSON.stringify(tenant.counts)}`);

  // The read cases, on a Portico process without the worker (nothing else runs beside the requests).
  const app = await startPortico('reads', database.env, join(logs, 'portico-reads.log'));
  running.push(app);
  const growthContacts = scale.growth.map((invoices) => ({ invoices, contact: contactWith(tenant, invoices) }));
  const sessions = await Promise.all(growthContacts.map(async ({ invoices, contact }) => ({ invoices, contact, session: await signInContact(app.url, tenant.slug, contact) })));
  const small = sessions[0]!;
  const largest = sessions[sessions.length - 1]!;
  const staff = await signInStaff(app.url, tenant.staff);
  const deep = await cursorAfter(`${app.url}/portal/${tenant.slug}/api/invoices`, `portico_portal=${largest.session.cookie}`, Number(args['deep-pages']));
  const customers = await getJson<{ data: { display_name: string }[] }>(`${app.url}/api/v1/customers?limit=100`, `portico_staff=${staff.cookie}`);
  const staffSearch = (customers.data[Math.floor(customers.data.length / 2)]?.display_name ?? 'customer').toLowerCase();

  const fixedServer = await startServer('baseline (a)', 'bench/baseline-fixed.ts', {}, join(logs, 'baseline-fixed.log'), '/fixed');
  running.push(fixedServer);
  const fixed = await measure(fixedServer.url, { key: 'fixed', label: 'baseline (a) fixed JSON', request: { path: '/fixed' } }, '/fixed');
  await fixedServer.stop();
  const dashboardPath = `/portal/${tenant.slug}/api/dashboard`;
  const dashboardServer = await startServer('baseline (b)', 'bench/baseline-dashboard.ts', database.env, join(logs, 'baseline-dashboard.log'), '/');
  running.push(dashboardServer);
  // The baseline must answer what Portico answers, or it measures something else.
  const smallCookie = `portico_portal=${small.session.cookie}`;
  const [real, handWritten] = await Promise.all([getJson(app.url + dashboardPath, smallCookie), getJson(dashboardServer.url + dashboardPath, smallCookie)]);
  const baselineMatches = canonical(real) === canonical(handWritten);
  if (!baselineMatches) say(`warning: baseline (b) answers differently from Portico:\n  portico  ${canonical(real)}\n  baseline ${canonical(handWritten)}`);
  const dashboardBaseline = await measure(dashboardServer.url, { key: 'dashboard_baseline', label: 'baseline (b) hand-written dashboard', request: { path: dashboardPath, headers: { cookie: `portico_portal=${small.session.cookie}` } } }, '/');
  await dashboardServer.stop();
  const baselines = { fixed, dashboard: dashboardBaseline };

  const cases: CaseResult[] = [];
  const definitions = readCases({
    slug: tenant.slug,
    cookie: small.session.cookie,
    sampleInvoiceId: small.contact.sampleInvoiceId,
    deepCursor: deep.cursor,
    deepCursorCookie: largest.session.cookie,
    staffCookie: staff.cookie,
    staffSearch,
  });
  for (const definition of definitions) {
    const measured = await measure(app.url, definition);
    const note = definition.key === 'invoices_deep_page' ? `page ${deep.page}` : definition.note;
    cases.push(caseResult(definition.key, definition.label, measured, definition.key === 'dashboard' ? baselines : { fixed }, note));
  }

  const growth: GrowthResult[] = [];
  const perContact = new Map<number, Map<string, Measured>>();
  for (const { invoices, session } of sessions.slice(1)) {
    const measuredHere = new Map<string, Measured>();
    for (const definition of growthCases(tenant.slug, session.cookie)) measuredHere.set(definition.key, await measure(app.url, { ...definition, label: `${definition.label} (${invoices} invoices)` }));
    perContact.set(invoices, measuredHere);
  }
  for (const definition of growthCases(tenant.slug, small.session.cookie)) {
    const first = cases.find((entry) => entry.key === definition.key)!;
    const points = [{ ...first, invoices: small.invoices }, ...sessions.slice(1).map(({ invoices }) => ({ ...perContact.get(invoices)!.get(definition.key)!, invoices }))];
    growth.push(growthResult(definition.key, definition.label, points));
  }

  // Sign-in last: every one writes a session and an activity. It cycles through all the tenant's sign-in
  // contacts, so that none has more attempts in flight than its attempt limit.
  const signIn = signInCase(tenant.slug, tenant.contacts);
  cases.unshift(caseResult(signIn.key, signIn.label, await measure(app.url, signIn), { fixed }, signIn.note));
  portico.push({ name: 'reads', peakRssMb: await app.stop() });

  let bulk = null;
  if (bulkContacts > 0) {
    say(`bulk: inviting ${bulkContacts} contacts`);
    const outcome = await benchBulkInvitations({ database, organizationId: tenant.organizationId, staff: tenant.staff, contacts: bulkContacts, drainSeconds: Number(args['drain-seconds']), logFile: join(logs, 'portico-bulk.log') });
    bulk = outcome.result;
    portico.push({ name: 'bulk (with worker)', peakRssMb: outcome.peakRssMb });
    say(`bulk: queued in ${bulk.queuedSeconds.toFixed(2)} s, ${bulk.mailsPerSecond.toFixed(0)} mails/s`);
  }

  const results = withTargets({
    startedAt,
    machine: { platform: process.platform, release: release(), arch: process.arch, cpuModel: cpus()[0]?.model ?? 'unknown', cpus: cpus().length, memoryMb: Math.round(totalmem() / 1024 / 1024) },
    node: process.version,
    dialect: database.dialect,
    scale: { ...scale, seedSeconds: tenant.seconds, counts: tenant.counts },
    settings,
    baselines,
    dashboardBaselineMatches: baselineMatches,
    cases,
    growth,
    bulk,
    portico,
  });
  writeFileSync(args.out, JSON.stringify(results, null, 2) + '\n');
  console.log('\n' + formatReport(results) + '\n');
  say(`wrote ${args.out}; server logs in ${logs}`);
} finally {
  for (const server of running) await server.stop().catch(() => undefined);
  await database.drop();
}
