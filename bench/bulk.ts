// The bulk part of npm run bench, on its own Portico process with the worker: inviting many contacts at once
// (the staff bulk-enable endpoint, run as jobs) and then the outbox sending the invitations to a local SMTP sink.
import { performance } from 'node:perf_hooks';
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import type { BenchDatabase } from './database.ts';
import { getJson, postJson, signInStaff } from './http.ts';
import { startPortico } from './processes.ts';
import type { BulkResult } from './report.ts';

/** Bulk-enable takes at most this many customers per request. */
const perRequest = 1000;

/** An SMTP server on loopback that only counts what it accepts. */
async function countingSink(): Promise<{ port: number; received: () => number; stop: () => Promise<void> }> {
  let received = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData: (stream, _session, callback) => {
      stream.on('data', () => undefined);
      stream.on('end', () => {
        received++;
        callback();
      });
    },
  });
  // Pooled senders keep connections open; one reset when its process stops is not the sink's failure.
  server.on('error', () => undefined);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const port = (server.server.address() as AddressInfo).port;
  return { port, received: () => received, stop: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

/** Customers with one primary contact each, none with portal access, written straight to the database. */
async function addCustomersWithoutAccess(database: BenchDatabase, organizationId: string, count: number): Promise<string[]> {
  const now = new Date().toISOString();
  const ids: string[] = [];
  const permissions = JSON.stringify(['view_documents', 'pay', 'approve_estimates', 'place_orders', 'manage_company']);
  for (let start = 0; start < count; start += 500) {
    const batch = Array.from({ length: Math.min(500, count - start) }, (_, i) => `bulk-${String(start + i).padStart(6, '0')}`);
    ids.push(...batch);
    await database.db
      .insertInto('customers')
      .values(batch.map((id, i) => ({ id, organization_id: organizationId, display_name: `Bulk customer ${start + i}`, company_name: null, email: null, phone: null, currency: 'USD', portal_language: 'en', billing_address: null, shipping_address: null, notes: null, allow_bank_payments: 0, created_at: now, updated_at: now })))
      .execute();
    await database.db
      .insertInto('contact_persons')
      .values(batch.map((id, i) => ({ id: `${id}-contact`, organization_id: organizationId, customer_id: id, first_name: 'Bulk', last_name: `Contact ${start + i}`, email: `bulk-${start + i}@bench.example`, phone: null, is_primary: 1, portal_enabled: 0, permissions, invited_at: null, accepted_at: null, disabled_at: null, created_at: now, updated_at: now })))
      .execute();
  }
  return ids;
}

async function countOutbox(database: BenchDatabase, organizationId: string, statuses?: string[]): Promise<number> {
  let query = database.db.selectFrom('outbox_emails').select((eb) => eb.fn.countAll<number>().as('count')).where('organization_id', '=', organizationId).where('kind', '=', 'invitation');
  if (statuses) query = query.where('status', 'in', statuses as ('pending' | 'sent')[]);
  return Number((await query.executeTakeFirstOrThrow()).count);
}

/** Polls `done` until it holds (true) or `timeoutSeconds` pass (false). */
async function until(timeoutSeconds: number, done: () => Promise<boolean>): Promise<boolean> {
  const deadline = performance.now() + timeoutSeconds * 1000;
  while (!(await done())) {
    if (performance.now() > deadline) return false;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return true;
}

export async function benchBulkInvitations(options: {
  database: BenchDatabase;
  organizationId: string;
  staff: { email: string; password: string };
  contacts: number;
  /** At most this long for the outbox to drain; the rate is measured over what was sent by then. */
  drainSeconds: number;
  logFile: string;
}): Promise<{ result: BulkResult; peakRssMb: number }> {
  const { database, organizationId, contacts } = options;
  const customerIds = await addCustomersWithoutAccess(database, organizationId, contacts);
  const sink = await countingSink();
  const portico = await startPortico('bulk (with worker)', database.env, options.logFile, { RUN_WORKER: 'true', SMTP_URL: `smtp://127.0.0.1:${sink.port}` });
  try {
    const staff = await signInStaff(portico.url, options.staff);
    const cookie = `portico_staff=${staff.cookie}`;
    const started = performance.now();
    const jobIds: string[] = [];
    for (let start = 0; start < customerIds.length; start += perRequest) {
      const answer = await postJson<{ job?: { id: string } }>(`${portico.url}/api/v1/customers/bulk-enable-portal`, cookie, staff.csrfToken, { customer_ids: customerIds.slice(start, start + perRequest) });
      if (!answer.body.job) throw new Error('bulk-enable answered without a job');
      jobIds.push(answer.body.job.id);
    }
    const open = new Set(jobIds);
    const allQueued = await until(300, async () => {
      for (const id of [...open]) {
        const job = await getJson<{ status: string; error: unknown }>(`${portico.url}/api/v1/jobs/${id}`, cookie);
        if (job.status === 'failed') throw new Error(`job ${id} failed: ${JSON.stringify(job.error)}`);
        if (job.status === 'succeeded') open.delete(id);
      }
      return open.size === 0 && (await countOutbox(database, organizationId)) >= contacts;
    });
    if (!allQueued) throw new Error(`the invitation jobs did not finish within 300 s (${open.size} jobs open)`);
    const queued = performance.now();
    const sentBefore = sink.received();
    const drained = await until(options.drainSeconds, async () => (await countOutbox(database, organizationId, ['pending'])) === 0);
    const ended = performance.now();
    const drainedMails = sink.received() - sentBefore;
    const drainSeconds = (ended - queued) / 1000;
    const left = await countOutbox(database, organizationId, ['pending']);
    return {
      result: { contacts, queuedSeconds: (queued - started) / 1000, drainedMails, drainSeconds, mailsPerSecond: drainSeconds > 0 ? drainedMails / drainSeconds : 0, drained, left },
      peakRssMb: await portico.stop(),
    };
  } catch (error) {
    await portico.stop();
    throw error;
  } finally {
    await sink.stop();
  }
}
