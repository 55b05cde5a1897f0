import { expect } from 'vitest';
import { signUpStaff } from '../../test/builders.ts';
import { createInvoice } from '../../test/billing-builders.ts';
import { applyCredit, insertPayment, portalCustomer, setPermissions } from '../../test/portal-document-builders.ts';
import type { TestApp } from '../../test/test-app.ts';
import { addDays } from '../document/document.ts';
import { todayOf } from './portal-document.ts';
import { describeOnEachDialect } from '../../test/fixture.ts';

/** The date `offset` days from the test clock's today. */
const day = (t: TestApp, offset: number) => addDays(todayOf(t.clock), offset);

describeOnEachDialect('portal documents: lists and details', (it) => {
  const numbers = (response: { json(): unknown }) => (response.json() as { data: { number: string }[] }).data.map((d) => d.number);

  it('lists invoices by filter, never drafts, with the overdue status computed', async ({ t, staff }) => {
    const c = await portalCustomer(t, staff);
    const unpaid = await c.doc({ number: 'INV-F1', total: 1000, dueDate: day(t, 10) });
    const partial = await c.doc({ number: 'INV-F2', total: 1000, paid: 400, status: 'partially_paid', dueDate: day(t, 10) });
    const overdue = await c.doc({ number: 'INV-F3', total: 1000, dueDate: day(t, -1) });
    await c.doc({ number: 'INV-F4', total: 1000, paid: 1000, status: 'paid' });
    await c.doc({ number: 'INV-F5', status: 'draft' });
    await c.doc({ number: 'INV-F6', status: 'void', balance: 0 });
    const list = (filter: string) => c.client.get(`${c.api}/invoices?filter=${filter}&sort=number`);
    expect(numbers(await list('all'))).toEqual(['INV-F1', 'INV-F2', 'INV-F3', 'INV-F4', 'INV-F6']);
    expect(numbers(await list('unpaid'))).toEqual(['INV-F1', 'INV-F2', 'INV-F3']);
    expect(numbers(await list('partially_paid'))).toEqual(['INV-F2']);
    expect(numbers(await list('overdue'))).toEqual(['INV-F3']);
    expect(numbers(await list('paid'))).toEqual(['INV-F4']);
    const all = (await list('all')).json().data as { id: string; status: string; balance_minor: number; lines?: unknown }[];
    expect(all.find((d) => d.id === overdue.id)?.status).toBe('overdue');
    expect(all.find((d) => d.id === partial.id)).toMatchObject({ status: 'partially_paid', balance_minor: 600 });
    expect(all.find((d) => d.id === unpaid.id)?.lines).toBeUndefined();
  });

  it('filters estimates, retainer invoices and credit notes', async ({ t, staff }) => {
    const c = await portalCustomer(t, staff);
    await c.doc({ kind: 'estimate', number: 'EST-A', expiryDate: day(t, 5) });
    await c.doc({ kind: 'estimate', number: 'EST-B', expiryDate: day(t, -1) });
    await c.doc({ kind: 'estimate', number: 'EST-C', status: 'accepted' });
    await c.doc({ kind: 'estimate', number: 'EST-D', status: 'declined' });
    await c.doc({ kind: 'estimate', number: 'EST-E', status: 'invoiced' });
    await c.doc({ kind: 'estimate', number: 'EST-F', status: 'changes_requested' });
    await c.doc({ kind: 'estimate', number: 'EST-G', status: 'draft' });
    const estimates = (filter: string) => c.client.get(`${c.api}/estimates?filter=${filter}&sort=number`);
    expect(numbers(await estimates('all'))).toEqual(['EST-A', 'EST-B', 'EST-C', 'EST-D', 'EST-E', 'EST-F']);
    expect(numbers(await estimates('awaiting'))).toEqual(['EST-A']);
    expect(numbers(await estimates('expired'))).toEqual(['EST-B']);
    expect(numbers(await estimates('accepted'))).toEqual(['EST-C']);
    expect(numbers(await estimates('declined'))).toEqual(['EST-D']);
    expect(numbers(await estimates('invoiced'))).toEqual(['EST-E']);
    expect(numbers(await estimates('changes_requested'))).toEqual(['EST-F']);

    await c.doc({ kind: 'retainer_invoice', number: 'RET-A' });
    await c.doc({ kind: 'retainer_invoice', number: 'RET-B', paid: 10_000, status: 'paid' });
    expect(numbers(await c.client.get(`${c.api}/retainer-invoices?filter=unpaid`))).toEqual(['RET-A']);
    expect(numbers(await c.client.get(`${c.api}/retainer-invoices?filter=paid`))).toEqual(['RET-B']);

    await c.doc({ kind: 'credit_note', number: 'CN-A', total: 500 });
    await c.doc({ kind: 'credit_note', number: 'CN-B', total: 500, status: 'closed', balance: 0 });
    expect(numbers(await c.client.get(`${c.api}/credit-notes?filter=open`))).toEqual(['CN-A']);
    expect(numbers(await c.client.get(`${c.api}/credit-notes?filter=closed`))).toEqual(['CN-B']);
  });

  it('searches by number, sorts and pages with a cursor', async ({ t, staff }) => {
    const c = await portalCustomer(t, staff);
    for (const [i, total] of [500, 100, 400, 300, 200].entries()) await c.doc({ number: `PG-${i + 1}`, total, issueDate: day(t, -i) });
    await c.doc({ number: 'OTHER-1' });
    expect(numbers(await c.client.get(`${c.api}/invoices?search=pg-`))).toEqual(['PG-1', 'PG-2', 'PG-3', 'PG-4', 'PG-5']);
    expect(numbers(await c.client.get(`${c.api}/invoices?search=pg-&sort=total`))).toEqual(['PG-2', 'PG-5', 'PG-4', 'PG-3', 'PG-1']);
    expect(numbers(await c.client.get(`${c.api}/invoices?search=pg-&sort=-number`))).toEqual(['PG-5', 'PG-4', 'PG-3', 'PG-2', 'PG-1']);
    expect(numbers(await c.client.get(`${c.api}/invoices?search=%25`))).toEqual([]);
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page = await c.client.get(`${c.api}/invoices?search=pg-&sort=-total&limit=2${cursor ? `&cursor=${cursor}` : ''}`);
      expect(page.statusCode).toBe(200);
      seen.push(...numbers(page));
      cursor = page.json().next_cursor;
    } while (cursor);
    expect(seen).toEqual(['PG-1', 'PG-3', 'PG-4', 'PG-5', 'PG-2']);
  });

  it('refuses bad filters, sorts and paging naming the field', async ({ t, staff }) => {
    const me = await portalCustomer(t, staff);
    const cases: [string, string][] = [
      ['invoices?filter=awaiting', 'filter'],
      ['estimates?filter=unpaid', 'filter'],
      ['invoices?sort=color', 'sort'],
      ['invoices?limit=0', 'limit'],
      ['invoices?limit=101', 'limit'],
      ['invoices?limit=abc', 'limit'],
      ['invoices?cursor=garbage', 'cursor'],
      ['payments?sort=total', 'sort'],
      ['payments?cursor=garbage', 'cursor'],
    ];
    await me.doc({ total: 100 });
    await me.doc({ total: 200 });
    const withCursor = (await me.client.get(`${me.api}/invoices?limit=1&sort=total`)).json().next_cursor as string;
    cases.push([`invoices?sort=number&cursor=${withCursor}`, 'cursor']);
    for (const [query, field] of cases) {
      const response = await me.client.get(`${me.api}/${query}`);
      expect(response.statusCode, query).toBe(400);
      expect(response.json().error.code).toBe('VALIDATION_FAILED');
      expect(response.json().error.details[0].field, query).toBe(field);
    }
  });

  it('shows a detail with lines, payments, credits and balance; sent through the staff API too', async ({ t, staff }) => {
    const c = await portalCustomer(t, staff);
    const invoice = await c.doc({ total: 10_000, paid: 3000, credited: 2000, status: 'partially_paid', dueDate: day(t, 30), lines: [{ name: 'Design', total: 6000 }, { name: 'Build <b>', total: 4000 }] });
    const payment = await insertPayment(t.ctx.db, { organizationId: c.organizationId, customerId: c.customerId, amount: 3000, allocations: [{ documentId: invoice.id, amount: 3000 }] });
    const credit = await c.doc({ kind: 'credit_note', total: 2000, balance: 0, status: 'closed' });
    await applyCredit(t.ctx.db, credit.id, invoice.id, 2000);
    const response = await c.client.get(`${c.api}/invoices/${invoice.id}`);
    expect(response.statusCode).toBe(200);
    expect(response.headers['cache-control']).toBe('no-store');
    const body = response.json();
    expect(body).toMatchObject({ id: invoice.id, total_minor: 10_000, paid_minor: 3000, credited_minor: 2000, balance_minor: 5000, status: 'partially_paid' });
    expect(body.lines.map((l: { name: string }) => l.name)).toEqual(['Design', 'Build <b>']);
    expect(body.payments).toEqual([{ id: payment.id, number: payment.number, paid_on: '2026-11-10', amount_minor: 3000, refunded_minor: 0 }]);
    expect(body.credits).toEqual([expect.objectContaining({ id: credit.id, amount_minor: 2000 })]);
    expect(body.disputes).toEqual([]);
    const creditDetail = (await c.client.get(`${c.api}/credit-notes/${credit.id}`)).json();
    expect(creditDetail.applications).toEqual([expect.objectContaining({ id: invoice.id, amount_minor: 2000 })]);

    const viaApi = await createInvoice(staff, c.customerId, { lines: [{ name: 'Consulting', quantity: 2, rate_minor: 1234 }] });
    const detail = (await c.client.get(`${c.api}/invoices/${viaApi.id}`)).json();
    expect(detail).toMatchObject({ number: viaApi.number, total_minor: 2468, balance_minor: 2468, status: 'sent' });
    expect(numbers(await c.client.get(`${c.api}/invoices`))).toContain(viaApi.number);
  });

  it('answers 404 for drafts and for other customers’ and organizations’ documents, whatever the kind', async ({ t, staff }) => {
    const me = await portalCustomer(t, staff);
    const neighbour = await portalCustomer(t, staff);
    const theirs = await neighbour.doc({ number: 'INV-NEIGHBOUR' });
    const draft = await me.doc({ status: 'draft' });
    const apiDraft = await createInvoice(staff, me.customerId, { draft: true });
    const otherStaff = await signUpStaff(t.app);
    const stranger = await portalCustomer(t, otherStaff);
    const foreign = await stranger.doc();
    const asInvoice = await me.doc();
    for (const id of [theirs.id, draft.id, apiDraft.id, foreign.id, 'nope']) {
      const response = await me.client.get(`${me.api}/invoices/${id}`);
      expect(response.statusCode).toBe(404);
      expect(response.json().error.code).toBe('NOT_FOUND');
    }
    expect((await me.client.get(`${me.api}/estimates/${asInvoice.id}`)).statusCode).toBe(404);
    expect(numbers(await me.client.get(`${me.api}/invoices?limit=100`))).not.toContain('INV-NEIGHBOUR');
    expect((await me.client.get(`${me.api}/invoices?limit=100`)).json().data.map((d: { id: string }) => d.id)).not.toContain(apiDraft.id);
    // Through another organization's portal, the own session is not valid at all.
    expect((await me.client.get(`${stranger.api}/invoices/${foreign.id}`)).statusCode).toBe(401);
    expect((await new TestClientless(t).get(`${me.api}/invoices`)).statusCode).toBe(401);
  });

  it('needs view_documents: 403 for lists and details of own documents, still 404 for others', async ({ t, staff }) => {
    const c = await portalCustomer(t, staff);
    const own = await c.doc();
    const payment = await insertPayment(t.ctx.db, { organizationId: c.organizationId, customerId: c.customerId, amount: 100 });
    const neighbour = await portalCustomer(t, staff);
    const theirs = await neighbour.doc();
    await setPermissions(staff, c.contactId, ['pay']);
    for (const path of ['invoices', 'estimates', 'retainer-invoices', 'credit-notes', 'payments', `invoices/${own.id}`, `payments/${payment.id}`]) {
      const response = await c.client.get(`${c.api}/${path}`);
      expect(response.statusCode, path).toBe(403);
      expect(response.json().error.code).toBe('FORBIDDEN');
    }
    expect((await c.client.get(`${c.api}/invoices/${theirs.id}`)).statusCode).toBe(404);
    const views = await t.ctx.db.selectFrom('document_views').select('id').where('document_id', '=', own.id).execute();
    expect(views).toHaveLength(0);
  });

  it('lists payments made with their allocations, and shows one; never another customer’s', async ({ t, staff }) => {
    const c = await portalCustomer(t, staff);
    const invoice = await c.doc({ number: 'INV-PAID' });
    const draft = await c.doc({ status: 'draft' });
    const older = await insertPayment(t.ctx.db, { organizationId: c.organizationId, customerId: c.customerId, amount: 700, paidOn: '2026-10-01', allocations: [{ documentId: invoice.id, amount: 500 }, { documentId: draft.id, amount: 200 }] });
    const newer = await insertPayment(t.ctx.db, { organizationId: c.organizationId, customerId: c.customerId, amount: 900, paidOn: '2026-11-01' });
    const neighbour = await portalCustomer(t, staff);
    const theirs = await insertPayment(t.ctx.db, { organizationId: neighbour.organizationId, customerId: neighbour.customerId, amount: 1 });
    const list = (await c.client.get(`${c.api}/payments`)).json();
    expect(list.data.map((p: { id: string }) => p.id)).toEqual([newer.id, older.id]);
    expect(list.data[1].allocations).toEqual([{ document_id: invoice.id, kind: 'invoice', number: 'INV-PAID', amount_minor: 500 }]);
    const byAmount = (await c.client.get(`${c.api}/payments?sort=amount&limit=1`)).json();
    expect(byAmount.data[0].id).toBe(older.id);
    const next = (await c.client.get(`${c.api}/payments?sort=amount&limit=1&cursor=${byAmount.next_cursor}`)).json();
    expect(next.data[0].id).toBe(newer.id);
    expect(next.next_cursor).toBeNull();
    expect((await c.client.get(`${c.api}/payments/${older.id}`)).json()).toMatchObject({ id: older.id, amount_minor: 700, currency: 'USD', method: 'bank_transfer' });
    expect((await c.client.get(`${c.api}/payments/${theirs.id}`)).statusCode).toBe(404);
  });
});

/** A browser without any session. */
class TestClientless {
  constructor(private readonly t: TestApp) {}
  get(url: string) {
    return this.t.app.inject({ method: 'GET', url });
  }
}
