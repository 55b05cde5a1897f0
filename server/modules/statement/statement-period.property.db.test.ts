import fc from 'fast-check';
import { expect } from 'vitest';
import { createBillingCustomer } from '../../test/billing-payment-builders.ts';
import { describeOnEachDialect } from '../../test/fixture.ts';
import { insertBulkHistory } from '../../test/statement-history.ts';
import { todayOfOrganization } from '../organization/organization-today.ts';
import { addDays } from './statement-dates.ts';
import * as repo from './statement.repository.ts';
import { datedRefunds } from './statement.service.ts';
import { buildStatement } from './statement.ts';

const START = '2024-11-25';
const TODAY = '2026-11-25';
const timeZones = ['UTC', 'Pacific/Kiritimati', 'Pacific/Pago_Pago', 'Etc/GMT+12', 'Europe/Berlin'];

const scenario = fc.record({
  invoices: fc.integer({ min: 1, max: 40 }),
  seed: fc.integer({ min: 1, max: 1_000_000 }),
  timeZone: fc.constantFrom(...timeZones),
  periods: fc.array(fc.record({ from: fc.integer({ min: -30, max: 800 }), length: fc.integer({ min: 0, max: 400 }) }), { minLength: 1, maxLength: 4 }),
});

describeOnEachDialect('statements from the period alone', { startAt: `${TODAY}T10:00:00.000Z` }, (it) => {
  it('equal the statement computed from the whole history, for any history and period', async ({ t, staff }) => {
    await fc.assert(
      fc.asyncProperty(scenario, async ({ invoices, seed, timeZone, periods }) => {
        expect((await staff.client.patch('/api/v1/portal/settings', { time_zone: timeZone })).statusCode).toBe(200);
        const customer = await createBillingCustomer(staff);
        const organizationId = staff.organization.id;
        await insertBulkHistory(t.ctx.db, { organizationId, customerId: customer.id, currency: 'EUR', invoices, start: START, days: 730, today: TODAY, prefix: `P${seed}-${customer.id.slice(-6)}`, seed });
        const today = todayOfOrganization({ time_zone: timeZone }, t.clock.now());
        for (const period of periods) {
          const from = addDays(START, period.from);
          const to = addDays(from, period.length);
          const scope = { organizationId, customerId: customer.id, currency: 'EUR', to };
          const refunds = datedRefunds(await repo.listStatementRefunds(t.ctx.db, scope, repo.refundWindow(from, to).before), timeZone).filter((refund) => refund.refunded_on <= to);
          const expected = buildStatement({
            from,
            to,
            today,
            invoices: await repo.listStatementInvoices(t.ctx.db, scope),
            allocations: await repo.listStatementAllocations(t.ctx.db, scope),
            credits: await repo.listStatementCredits(t.ctx.db, scope),
            refunds,
          });
          const response = await staff.client.get(`/api/v1/customers/${customer.id}/statement?period=custom&from=${from}&to=${to}`);
          expect(response.statusCode).toBe(200);
          const { customer: _customer, currency: _currency, ...figures } = response.json<Record<string, unknown>>();
          expect(figures).toEqual(expected);
        }
      }),
      { numRuns: 15 },
    );
  }, 180_000);
});
