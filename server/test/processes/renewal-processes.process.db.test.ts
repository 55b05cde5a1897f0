import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSubscription } from '../../modules/subscription/subscription.service.ts';
import { createBillingCustomer } from '../billing-payment-builders.ts';
import { signUpStaff, type SignedUpStaff } from '../builders.ts';
import { createPlanFixture } from '../subscription-fixtures.ts';
import { testDialects } from '../test-app.ts';
import { sharedDatabase, type SharedDatabase } from './portico-process.ts';

const root = fileURLToPath(new URL('../../../', import.meta.url));

/** Runs the renewal job in a child process with its clock at `at`; answers how many invoices it issued. */
function renewalProcess(databaseUrl: string, at: string, rounds: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'server/test/processes/run-renewals.ts', databaseUrl, at, String(rounds)], {
      cwd: root,
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('close', (code) => {
      const line = output.split('\n').find((candidate) => candidate.startsWith('{"invoiced"'));
      if (code !== 0 || !line) reject(new Error(`renewal process failed (${code}):\n${output}`));
      else resolve((JSON.parse(line) as { invoiced: number }).invoiced);
    });
  });
}

/** Two renewal workers in two processes on one PostgreSQL database, at the same moment: each period is billed once. */
describe.runIf(testDialects().includes('postgres'))('renewals in two processes sharing PostgreSQL', { timeout: 120_000 }, () => {
  let database: SharedDatabase;
  let staff: SignedUpStaff;

  beforeAll(async () => {
    database = await sharedDatabase('postgres');
    staff = await signUpStaff(database.t.app);
  }, 60_000);

  afterAll(async () => {
    await database?.close();
  });

  it('bills every due period of every subscription exactly once', async () => {
    const { ctx } = database.t;
    const plan = await createPlanFixture(ctx.db, staff.organization.id, { price_minor: 1000 });
    const count = 15;
    const ids: string[] = [];
    for (let index = 0; index < count; index++) {
      const customer = await createBillingCustomer(staff, { currency: 'USD' });
      // Starting in 2030, after the real clock: nothing is invoiced until the processes' clocks say so.
      const sub = await createSubscription(
        ctx,
        { organizationId: staff.organization.id, customerId: customer.id, planId: plan.id, quantity: 1, addons: [], startDate: '2030-01-31', autoCollect: false, source: 'staff' },
        { type: 'system', id: null, name: 'test' },
      );
      ids.push(sub.id);
    }
    const url = ctx.config.databaseUrl!;
    // 2030-01-31, 02-28, 03-31 and 04-30 have started by 15 May: four periods each.
    const [first, second] = await Promise.all([renewalProcess(url, '2030-05-15T12:00:00.000Z', 2), renewalProcess(url, '2030-05-15T12:00:00.000Z', 2)]);
    expect(first + second).toBe(count * 4);
    const keys = await ctx.db.selectFrom('subscription_invoices').select(['subscription_id', 'billing_key']).where('subscription_id', 'in', ids).execute();
    expect(keys).toHaveLength(count * 4);
    const invoices = await ctx.db.selectFrom('documents').select(['id', 'number']).where('organization_id', '=', staff.organization.id).where('kind', '=', 'invoice').execute();
    expect(invoices).toHaveLength(count * 4);
    expect(new Set(invoices.map((row) => row.number)).size).toBe(count * 4);
    const subs = await ctx.db.selectFrom('subscriptions').select(['billed_through_index', 'next_billing_date']).where('id', 'in', ids).execute();
    expect(subs.every((row) => row.billed_through_index === 3 && row.next_billing_date === '2030-05-31')).toBe(true);
  });
});
