import { expect } from 'vitest';
import { createBillingCustomer } from '../../test/billing-payment-builders.ts';
import { describeOnEachDialect } from '../../test/fixture.ts';
import { insertBulkHistory } from '../../test/statement-history.ts';

/*
 * More invoices than SQLite accepts bind parameters in one statement (32 766): a statement that listed
 * the customer's invoice ids in a query would fail. PostgreSQL's limit (65 535) would take 66 000
 * invoices, which take over 20 s to write and read there; its queries are the same (no id lists at
 * all), so 33 000 serve both.
 */
const invoicesOn = { sqlite: 33_000, postgres: 33_000 } as const;

describeOnEachDialect('statements of a customer with a very long history', { startAt: '2026-11-25T10:00:00.000Z' }, (it, dialect) => {
  it(`answers with what is owed for a customer with ${invoicesOn[dialect]} invoices`, async ({ t, staff }) => {
    const customer = await createBillingCustomer(staff);
    const history = await insertBulkHistory(t.ctx.db, { organizationId: staff.organization.id, customerId: customer.id, currency: 'EUR', invoices: invoicesOn[dialect], start: '2021-11-25', days: 5 * 365, today: '2026-11-25', prefix: 'LONG' });
    const response = await staff.client.get(`/api/v1/customers/${customer.id}/statement?period=this_year`);
    expect(response.statusCode).toBe(200);
    const statement = response.json<{ opening_balance_minor: number; closing_balance_minor: number; invoiced_minor: number; paid_minor: number; credited_minor: number; refunded_minor: number; ageing: Record<string, number> }>();
    expect(history.owedMinor).toBeGreaterThan(0);
    expect(statement.closing_balance_minor).toBe(history.owedMinor);
    expect(statement.opening_balance_minor).toBeGreaterThan(0);
    expect(statement.closing_balance_minor).toBe(statement.opening_balance_minor + statement.invoiced_minor - statement.paid_minor - statement.credited_minor + statement.refunded_minor);
    expect(Object.values(statement.ageing).reduce((sum, value) => sum + value, 0)).toBe(history.owedMinor);
  }, 60_000);
});
