import { expect } from 'vitest';
import { todayIn } from '../../contract/calendar.ts';
import type { DocumentsTable } from '../db/billing-tables.ts';
import type { DatabaseHandle } from '../db/create-db.ts';
import { effectiveStatus, settledStatus, creditStatus } from '../modules/document/document.ts';
import { describeOnEachDialect } from '../test/fixture.ts';
import { TestClient } from '../test/http-client.ts';
import { generateLargeTenant, sampleInvoiceLines, type LargeTenantOptions } from './large.ts';

const small: LargeTenantOptions = { customers: 20, invoicesPerCustomer: 5, growth: [3, 30] };

const sumBy = <T>(rows: T[], key: (row: T) => string, amount: (row: T) => number) => {
  const sums = new Map<string, number>();
  for (const row of rows) sums.set(key(row), (sums.get(key(row)) ?? 0) + amount(row));
  return sums;
};

async function rowsOf(handle: DatabaseHandle, organizationId: string) {
  const { db } = handle;
  const documents = await db.selectFrom('documents').selectAll().where('organization_id', '=', organizationId).execute();
  const ids = documents.map((document) => document.id);
  const inDocuments = <T extends { document_id: string }>(rows: T[]) => rows.filter((row) => ids.includes(row.document_id));
  const lines = inDocuments(await db.selectFrom('document_lines').selectAll().execute());
  const payments = await db.selectFrom('payments').selectAll().where('organization_id', '=', organizationId).execute();
  const allocations = inDocuments(await db.selectFrom('payment_allocations').selectAll().execute());
  const credits = (await db.selectFrom('credit_applications').selectAll().execute()).filter((row) => ids.includes(row.invoice_id));
  const customers = await db.selectFrom('customers').selectAll().where('organization_id', '=', organizationId).execute();
  const contacts = await db.selectFrom('contact_persons').selectAll().where('organization_id', '=', organizationId).execute();
  const identities = await db.selectFrom('portal_identities').selectAll().where('organization_id', '=', organizationId).execute();
  const series = await db.selectFrom('number_series').selectAll().where('organization_id', '=', organizationId).execute();
  return { documents, lines, payments, allocations, credits, customers, contacts, identities, series };
}

describeOnEachDialect('large tenant generator', (it, dialect) => {
  it('writes consistent billing history in every status, with counts as reported', async ({ t }) => {
    const handle = { db: t.ctx.db, dialect };
    const progress: number[] = [];
    const tenant = await generateLargeTenant(handle, { ...small, activitiesPerCustomer: 3, slug: 'large-consistent', onProgress: (done) => progress.push(done) });
    const rows = await rowsOf(handle, tenant.organizationId);
    const today = todayIn('America/New_York', new Date());

    const ofKind = (kind: DocumentsTable['kind']) => rows.documents.filter((document) => document.kind === kind);
    expect(tenant.counts).toEqual({
      customers: rows.customers.length,
      contacts: rows.contacts.length,
      invoices: ofKind('invoice').length,
      estimates: ofKind('estimate').length,
      creditNotes: ofKind('credit_note').length,
      payments: rows.payments.length,
      lines: rows.lines.length,
      retainerInvoices: ofKind('retainer_invoice').length,
      activities: 20 * 3,
    });
    // A year of activity for the ordinary customers, and the report's rollup counting exactly those rows.
    const activities = await t.ctx.db.selectFrom('activities').select(['created_at']).where('organization_id', '=', tenant.organizationId).execute();
    expect(activities).toHaveLength(60);
    const rollup = await t.ctx.db.selectFrom('activity_daily_counts').select(['activity_count']).where('organization_id', '=', tenant.organizationId).execute();
    expect(rollup.reduce((sum, row) => sum + Number(row.activity_count), 0)).toBe(60);
    expect(tenant.counts.customers).toBe(22);
    expect(tenant.counts.invoices).toBe(20 * 5 + 3 + 30);
    expect(tenant.counts.contacts).toBe(44);
    expect(progress.at(-1)).toBe(tenant.counts.invoices);

    // Totals from the lines, balances from what is applied, statuses from balances.
    const lineTotals = sumBy(rows.lines, (line) => line.document_id, (line) => line.total_minor);
    const lineGross = sumBy(rows.lines, (line) => line.document_id, (line) => line.gross_minor);
    const paid = sumBy(rows.allocations, (row) => row.document_id, (row) => row.amount_minor);
    const creditedToInvoice = sumBy(rows.credits, (row) => row.invoice_id, (row) => row.amount_minor);
    const usedOfCreditNote = sumBy(rows.credits, (row) => row.credit_note_id, (row) => row.amount_minor);
    for (const document of rows.documents) {
      expect(document.total_minor, document.number).toBe(lineTotals.get(document.id));
      expect(document.subtotal_minor, document.number).toBe(lineGross.get(document.id));
      expect(document.total_minor, document.number).toBe(document.subtotal_minor - document.discount_minor + document.tax_minor);
      expect(document.pending_minor).toBe(0);
      if (document.kind === 'estimate') {
        expect(document.balance_minor).toBe(0);
      } else if (document.kind === 'credit_note') {
        const used = usedOfCreditNote.get(document.id) ?? 0;
        expect(document.credited_minor, document.number).toBe(used);
        expect(document.balance_minor, document.number).toBe(document.total_minor - used);
        if (document.status !== 'draft') expect(document.status, document.number).toBe(creditStatus(document, used).status);
      } else {
        const paidMinor = paid.get(document.id) ?? 0;
        const credited = creditedToInvoice.get(document.id) ?? 0;
        expect(document.paid_minor, document.number).toBe(paidMinor);
        expect(document.credited_minor, document.number).toBe(credited);
        if (document.status === 'void') {
          expect(paidMinor + credited).toBe(0);
          expect(document.balance_minor).toBe(0);
        } else {
          expect(document.balance_minor, document.number).toBe(document.total_minor - paidMinor - credited);
          expect(document.status, document.number).toBe(settledStatus(document, paidMinor, credited).status);
        }
      }
    }
    const allocated = sumBy(rows.allocations, (row) => row.payment_id, (row) => row.amount_minor);
    for (const payment of rows.payments) expect(payment.amount_minor).toBe(allocated.get(payment.id));
    const customerCurrency = new Map(rows.customers.map((customer) => [customer.id, customer.currency]));
    for (const document of rows.documents) expect(document.currency).toBe(customerCurrency.get(document.customer_id));
    expect(new Set(rows.customers.map((customer) => customer.currency))).toEqual(new Set(['USD', 'EUR', 'GBP', 'JPY']));

    // Every status people see, with viewed invoices and applied credit among them.
    const shown = (kind: DocumentsTable['kind']) => new Set(ofKind(kind).map((document) => effectiveStatus(document, today)));
    expect([...shown('invoice')].sort()).toEqual(['draft', 'overdue', 'paid', 'partially_paid', 'sent', 'void']);
    expect(ofKind('invoice').some((document) => document.viewed_at !== null && document.status === 'sent')).toBe(true);
    expect([...shown('estimate')].sort()).toEqual(['accepted', 'declined', 'draft', 'expired', 'sent']);
    expect([...shown('credit_note')].filter((status) => status !== 'draft').sort()).toEqual(['closed', 'open']);
    expect(rows.credits.length).toBeGreaterThan(0);
    expect(ofKind('retainer_invoice').length).toBeGreaterThan(0);

    // Numbers unique per kind, and every series counts on from the last number written.
    for (const kind of ['invoice', 'estimate', 'credit_note', 'retainer_invoice'] as const) {
      const numbers = ofKind(kind).map((document) => document.number);
      expect(new Set(numbers).size).toBe(numbers.length);
      expect(rows.series.find((series) => series.kind === kind)?.next_number).toBe(numbers.length + 1);
    }
    expect(new Set(rows.payments.map((payment) => payment.number)).size).toBe(rows.payments.length);

    // Contacts: all accepted with a login, one in twenty disabled.
    expect(rows.identities.map((identity) => identity.email).sort()).toEqual(rows.contacts.map((contact) => contact.email).sort());
    expect(rows.contacts.every((contact) => contact.accepted_at !== null)).toBe(true);
    expect(rows.contacts.filter((contact) => contact.disabled_at !== null && contact.portal_enabled === 0)).toHaveLength(2);

    // The sign-in contacts: one per growth customer and one ordinary, each with a 20-line sent sample invoice.
    expect(tenant.contacts.map((contact) => contact.invoices)).toEqual([3, 30, 5]);
    for (const contact of tenant.contacts) {
      const sample = rows.documents.find((document) => document.id === contact.sampleInvoiceId)!;
      expect(sample).toMatchObject({ kind: 'invoice', status: 'sent', customer_id: contact.customerId });
      expect(rows.lines.filter((line) => line.document_id === sample.id)).toHaveLength(sampleInvoiceLines);
      expect(ofKind('invoice').filter((document) => document.customer_id === contact.customerId)).toHaveLength(contact.invoices);
    }
  });

  it('signs in the staff owner and a growth contact, whose dashboard adds up, and numbers go on without collisions', async ({ t, ip }) => {
    const handle = { db: t.ctx.db, dialect };
    const tenant = await generateLargeTenant(handle, { ...small, slug: 'large-signin' });
    const rows = await rowsOf(handle, tenant.organizationId);
    const today = todayIn('America/New_York', new Date());
    const growth = tenant.contacts.find((contact) => contact.invoices === 30)!;

    const contact = new TestClient(t.app, ip);
    const signIn = await contact.post(`/portal/${tenant.slug}/api/session`, { email: growth.email, password: growth.password });
    expect(signIn.statusCode).toBe(200);
    const dashboard = (await contact.get(`/portal/${tenant.slug}/api/dashboard`)).json();

    const mine = rows.documents.filter((document) => document.customer_id === growth.customerId);
    const open = (kind: DocumentsTable['kind'], overdue = false) => {
      const list = mine.filter(
        (document) =>
          document.kind === kind &&
          document.balance_minor > 0 &&
          (kind === 'credit_note' ? document.status === 'open' : document.status === 'sent' || document.status === 'partially_paid') &&
          (!overdue || (document.due_date !== null && document.due_date < today)),
      );
      return list.length === 0 ? [] : [{ currency: list[0]!.currency, total_minor: list.reduce((sum, document) => sum + document.balance_minor, 0), count: list.length }];
    };
    expect(dashboard.figures.outstanding).toEqual(open('invoice'));
    expect(dashboard.figures.outstanding[0].count).toBeGreaterThan(0);
    expect(dashboard.figures.overdue).toEqual(open('invoice', true));
    expect(dashboard.figures.retainers_outstanding).toEqual(open('retainer_invoice'));
    expect(dashboard.figures.unused_credits).toEqual(open('credit_note'));
    expect(dashboard.figures.estimates_awaiting).toBe(mine.filter((document) => document.kind === 'estimate' && document.status === 'sent' && document.expiry_date! >= today).length);
    expect((await contact.get(`/portal/${tenant.slug}/api/invoices/${growth.sampleInvoiceId}`)).statusCode).toBe(200);

    const staff = new TestClient(t.app, ip);
    expect((await staff.post('/api/v1/session', { email: tenant.staff.email, password: tenant.staff.password })).statusCode).toBe(200);
    const line = { name: 'After the import', quantity: 1, rate_minor: 10_000 };
    const taken = (kind: DocumentsTable['kind']) => new Set(rows.documents.filter((document) => document.kind === kind).map((document) => document.number));
    for (const [path, kind] of [['invoices', 'invoice'], ['estimates', 'estimate'], ['credit-notes', 'credit_note'], ['retainer-invoices', 'retainer_invoice']] as const) {
      const created = await staff.post(`/api/v1/${path}`, { customer_id: growth.customerId, lines: [line] });
      expect(created.statusCode, path).toBe(201);
      expect(taken(kind).has(created.json().number), path).toBe(false);
    }
    const invoice = (await staff.post('/api/v1/invoices', { customer_id: growth.customerId, lines: [line] })).json();
    expect((await staff.post(`/api/v1/invoices/${invoice.id}/send`, {})).statusCode).toBeLessThan(300);
    const payment = await staff.post('/api/v1/payments', { customer_id: growth.customerId, amount_minor: 10_000, currency: invoice.currency, method: 'cash', allocations: [{ document_id: invoice.id, amount_minor: 10_000 }] });
    expect(payment.statusCode).toBe(201);
    expect(new Set(rows.payments.map((row) => row.number)).has(payment.json().number)).toBe(false);
  });

  it('gives the same data for the same seed and refuses a slug that exists', async ({ t }) => {
    const handle = { db: t.ctx.db, dialect };
    const options: LargeTenantOptions = { customers: 3, invoicesPerCustomer: 4, growth: [6], seed: 7 };
    const first = await generateLargeTenant(handle, { ...options, slug: 'large-seed-a' });
    const second = await generateLargeTenant(handle, { ...options, slug: 'large-seed-b' });
    const shape = async (organizationId: string) =>
      (await rowsOf(handle, organizationId)).documents
        .map((document) => [document.kind, document.number, document.status, document.issue_date, document.total_minor, document.balance_minor].join(' '))
        .sort();
    expect(await shape(second.organizationId)).toEqual(await shape(first.organizationId));
    expect(second.counts).toEqual(first.counts);
    await expect(generateLargeTenant(handle, { ...options, slug: 'large-seed-a' })).rejects.toThrow(/large-seed-a/);
  });
});
