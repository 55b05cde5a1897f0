import fc from 'fast-check';
import { expect } from 'vitest';
import { createEstimate, createInvoice } from '../../test/billing-builders.ts';
import { postPayment } from '../../test/billing-payment-builders.ts';
import { insertPayment, portalCustomer, setPermissions, type PortalCustomer } from '../../test/portal-document-builders.ts';
import { addDays } from '../document/document.ts';
import { todayOf } from './portal-document.ts';
import { describeOnEachDialect } from '../../test/fixture.ts';
import type { TestApp } from '../../test/test-app.ts';

interface Figure {
  currency: string;
  total_minor: number;
  count: number;
}

/** The date `offset` days from the test clock's today. */
const day = (t: TestApp, offset: number) => addDays(todayOf(t.clock), offset);

describeOnEachDialect('portal dashboard figures', (it) => {
  const dashboard = async (c: PortalCustomer) => {
    const response = await c.client.get(`${c.api}/dashboard`);
    expect(response.statusCode).toBe(200);
    return response.json();
  };

  it('adds up outstanding, overdue, retainers, unused credits, the last payment and estimates awaiting approval', async ({ t, staff }) => {
    const c = await portalCustomer(t, staff);
    await c.doc({ total: 10_000, dueDate: day(t, 5) });
    await c.doc({ total: 5_000, paid: 2_000, status: 'partially_paid', dueDate: day(t, -3) });
    await c.doc({ total: 7_000, currency: 'EUR', dueDate: day(t, -40) });
    await c.doc({ total: 9_999, paid: 9_999, status: 'paid' });
    await c.doc({ total: 8_888, status: 'draft' });
    await c.doc({ total: 7_777, status: 'void' });
    await c.doc({ kind: 'retainer_invoice', total: 3_000 });
    await c.doc({ kind: 'credit_note', total: 1_500, balance: 1_000 });
    await c.doc({ kind: 'credit_note', total: 1_500, balance: 0, status: 'closed' });
    await c.doc({ kind: 'estimate', expiryDate: day(t, 1) });
    await c.doc({ kind: 'estimate' });
    await c.doc({ kind: 'estimate', expiryDate: day(t, -1) });
    await c.doc({ kind: 'estimate', status: 'accepted' });
    await c.doc({ kind: 'estimate', status: 'draft' });
    await insertPayment(t.ctx.db, { organizationId: c.organizationId, customerId: c.customerId, amount: 500, paidOn: '2026-09-01' });
    const last = await insertPayment(t.ctx.db, { organizationId: c.organizationId, customerId: c.customerId, amount: 2_000, paidOn: '2026-10-15' });
    const neighbour = await portalCustomer(t, staff);
    await neighbour.doc({ total: 123_456 });

    const { figures } = await dashboard(c);
    expect(figures.outstanding).toEqual([
      { currency: 'EUR', total_minor: 7_000, count: 1 },
      { currency: 'USD', total_minor: 13_000, count: 2 },
    ]);
    expect(figures.overdue).toEqual([
      { currency: 'EUR', total_minor: 7_000, count: 1 },
      { currency: 'USD', total_minor: 3_000, count: 1 },
    ]);
    expect(figures.retainers_outstanding).toEqual([{ currency: 'USD', total_minor: 3_000, count: 1 }]);
    expect(figures.unused_credits).toEqual([{ currency: 'USD', total_minor: 1_000, count: 1 }]);
    expect(figures.last_payment).toMatchObject({ id: last.id, amount_minor: 2_000, paid_on: '2026-10-15' });
    expect(figures.estimates_awaiting).toBe(2);
    const awaiting = (await c.client.get(`${c.api}/estimates?filter=awaiting`)).json().data;
    expect(awaiting).toHaveLength(figures.estimates_awaiting);
  });

  it('answers empty figures for a new customer, and none without view_documents', async ({ t, staff }) => {
    const c = await portalCustomer(t, staff);
    expect((await dashboard(c)).figures).toEqual({ outstanding: [], overdue: [], retainers_outstanding: [], unused_credits: [], last_payment: null, estimates_awaiting: 0 });
    await c.doc();
    await setPermissions(staff, c.contactId, ['pay']);
    const body = await dashboard(c);
    expect(body.figures).toBeNull();
    expect(body.recent_activity.map((a: { action: string }) => a.action)).not.toContain('invoice_sent');
  });

  it('shows documents sent and the contact’s document actions in the recent activity', async ({ t, staff }) => {
    const c = await portalCustomer(t, staff);
    const invoice = await createInvoice(staff, c.customerId);
    t.clock.advance(1);
    const estimate = await createEstimate(staff, c.customerId);
    t.clock.advance(1);
    await c.client.get(`${c.api}/invoices/${invoice.id}`);
    t.clock.advance(1);
    await c.client.post(`${c.api}/estimates/${estimate.id}/accept`, {});
    const recent = (await dashboard(c)).recent_activity as { action: string; module: string; actor_name: string }[];
    expect(recent.slice(0, 4).map((a) => a.action)).toEqual(['estimate_accepted', 'document_viewed', 'estimate_sent', 'invoice_sent']);
    expect(recent[2]).toMatchObject({ module: 'estimates', actor_name: staff.organization.name });
    expect(recent.at(-1)?.action).toBe('invitation_accepted');
    expect(recent[2]).toMatchObject({
      message: `${staff.organization.name} sent you estimate ${estimate.number}`,
      message_code: 'document.sent',
      message_params: { business: staff.organization.name, kind: 'estimate', number: estimate.number },
    });
    for (const entry of recent) {
      expect(Object.keys(entry).sort()).toEqual(['action', 'actor_name', 'created_at', 'id', 'message', 'message_code', 'message_params', 'module']);
    }
  });

  const invoiceSeed = fc.record({
    currency: fc.constantFrom('USD', 'EUR', 'JPY'),
    status: fc.constantFrom('sent', 'partially_paid', 'paid', 'void', 'draft'),
    total: fc.integer({ min: 0, max: 10_000_000 }),
    paidPermille: fc.integer({ min: 0, max: 1000 }),
    dueOffset: fc.integer({ min: -60, max: 60 }),
  });

  it('property: outstanding per currency = the sum of the customer’s open invoice balances (documents inserted directly)', async ({ t, staff }) => {
    const c = await portalCustomer(t, staff);
    const neighbour = await portalCustomer(t, staff);
    await fc.assert(
      fc.asyncProperty(fc.array(invoiceSeed, { maxLength: 12 }), fc.array(invoiceSeed, { maxLength: 3 }), async (mine, noise) => {
        await t.ctx.db.deleteFrom('documents').where('customer_id', 'in', [c.customerId, neighbour.customerId]).execute();
        const expected = new Map<string, Figure>();
        for (const seed of mine) {
          const paid = seed.status === 'paid' ? seed.total : Math.floor((seed.total * seed.paidPermille) / 1000);
          await c.doc({ currency: seed.currency, status: seed.status, total: seed.total, paid, dueDate: day(t, seed.dueOffset) });
          const balance = seed.total - paid;
          if (['sent', 'partially_paid'].includes(seed.status) && balance > 0) {
            const figure = expected.get(seed.currency) ?? { currency: seed.currency, total_minor: 0, count: 0 };
            expected.set(seed.currency, { ...figure, total_minor: figure.total_minor + balance, count: figure.count + 1 });
          }
        }
        for (const seed of noise) {
          await neighbour.doc({ currency: seed.currency, status: seed.status, total: seed.total });
          await c.doc({ kind: 'retainer_invoice', currency: seed.currency, total: seed.total });
        }
        const { figures } = await dashboard(c);
        expect(figures.outstanding).toEqual([...expected.values()].sort((a, b) => a.currency.localeCompare(b.currency)));
        // The same figure as the portal's own list of unpaid invoices adds up.
        const unpaid = (await c.client.get(`${c.api}/invoices?filter=unpaid&limit=100`)).json().data as { currency: string; balance_minor: number }[];
        for (const figure of figures.outstanding as Figure[]) {
          const listed = unpaid.filter((d) => d.currency === figure.currency);
          expect(listed.reduce((sum, d) => sum + d.balance_minor, 0)).toBe(figure.total_minor);
          expect(listed).toHaveLength(figure.count);
        }
      }),
      { numRuns: 25 },
    );
  });

  it('property: outstanding = the sum of open balances for invoices created, paid and voided through the API', async ({ t, staff }) => {
    const c = await portalCustomer(t, staff);
    const operation = fc.record({ total: fc.integer({ min: 1, max: 50_000 }), payPermille: fc.integer({ min: 0, max: 1000 }), fate: fc.constantFrom('send', 'draft', 'void') });
    await fc.assert(
      fc.asyncProperty(fc.array(operation, { minLength: 1, maxLength: 4 }), async (operations) => {
        for (const op of operations) {
          const invoice = await createInvoice(staff, c.customerId, { draft: op.fate === 'draft', lines: [{ name: 'Work', quantity: 1, rate_minor: op.total }] });
          const pay = Math.floor((op.total * op.payPermille) / 1000);
          if (op.fate === 'send' && pay > 0) {
            const paid = await postPayment(staff, { customer_id: c.customerId, amount_minor: pay, currency: 'USD', allocations: [{ document_id: invoice.id, amount_minor: pay }] });
            expect(paid.statusCode).toBe(201);
          }
          if (op.fate === 'void') expect((await staff.client.post(`/api/v1/invoices/${invoice.id}/void`)).statusCode).toBe(200);
        }
        const staffList = (await staff.client.get(`/api/v1/invoices?customer_id=${c.customerId}&limit=100`)).json().data as { status: string; balance_minor: number }[];
        const open = staffList.filter((d) => ['sent', 'partially_paid', 'overdue'].includes(d.status) && d.balance_minor > 0);
        const { figures } = await dashboard(c);
        const expected = open.length ? [{ currency: 'USD', total_minor: open.reduce((sum, d) => sum + d.balance_minor, 0), count: open.length }] : [];
        expect(figures.outstanding).toEqual(expected);
      }),
      { numRuns: 8 },
    );
  });
});
