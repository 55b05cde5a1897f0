import { createCustomerWithContact } from '../../test/builders.ts';
import { describeOnEachDialect } from '../../test/fixture.ts';
import { insertDocument, insertPayment, portalCustomer } from '../../test/portal-document-builders.ts';
import { expectConstantQueries } from '../../test/query-counter.ts';
import { ScriptedGateway } from '../../test/scripted-gateway.ts';

type Page = { data: unknown[] };
const pageRows = (body: Page) => body.data.length;

describeOnEachDialect('queries per portal list', { startAt: '2026-11-25T10:00:00.000Z' }, (it) => {
  for (const [segment, kind] of [
    ['invoices', 'invoice'],
    ['estimates', 'estimate'],
    ['retainer-invoices', 'retainer_invoice'],
    ['credit-notes', 'credit_note'],
  ] as const) {
    it(`lists ${segment} with as many queries for 25 rows as for 2`, async ({ t, staff }) => {
      const contact = await portalCustomer(t, staff);
      await expectConstantQueries(t.queries, {
        name: `portal ${segment}`,
        read: () => contact.client.get(`${contact.api}/${segment}?limit=25`),
        rows: pageRows,
        grow: async (count) => {
          for (let index = 0; index < count; index++) await contact.doc({ kind, issueDate: '2026-11-02' });
        },
      });
    });
  }

  it('lists payments with as many queries for 25 rows as for 2', async ({ t, staff }) => {
    const contact = await portalCustomer(t, staff);
    await expectConstantQueries(t.queries, {
      name: 'portal payments',
      read: () => contact.client.get(`${contact.api}/payments?limit=25`),
      rows: pageRows,
      grow: async (count) => {
        for (let index = 0; index < count; index++) {
          const invoice = await contact.doc({ total: 5_000, paid: 1_000 });
          await insertPayment(t.ctx.db, { organizationId: contact.organizationId, customerId: contact.customerId, amount: 1_000, allocations: [{ documentId: invoice.id, amount: 1_000 }] });
        }
      },
    });
  });

  it('shows a statement of 25 entries with as many queries as one of 2', async ({ t, staff }) => {
    const contact = await portalCustomer(t, staff);
    let lastInvoice: string | undefined;
    await expectConstantQueries(t.queries, {
      name: 'portal statement',
      read: () => contact.client.get(`${contact.api}/statement?period=this_month`),
      rows: (body: { entries: unknown[] }) => body.entries.length,
      grow: async (count) => {
        // Invoices and payments of them: a statement's two kinds of entries.
        for (let index = 0; index < count; index++) {
          if (index % 2 === 0 || !lastInvoice) lastInvoice = (await contact.doc({ issueDate: '2026-11-03', total: 4_000 })).id;
          else await insertPayment(t.ctx.db, { organizationId: contact.organizationId, customerId: contact.customerId, amount: 1_000, paidOn: '2026-11-04', allocations: [{ documentId: lastInvoice, amount: 1_000 }] });
        }
      },
    });
  });

  it('shows the dashboard with 10 recent events with as many queries as with 2', async ({ t, staff }) => {
    const contact = await portalCustomer(t, staff);
    await expectConstantQueries(t.queries, {
      name: 'portal dashboard',
      read: () => contact.client.get(`${contact.api}/dashboard`),
      rows: (body: { recent_activity: unknown[] }) => body.recent_activity.length,
      large: 10,
      grow: async (count) => {
        for (let index = 0; index < count; index++) await contact.doc({ issueDate: '2026-11-05' });
      },
    });
  });

  it('shows the accounts picker with 25 accounts with as many queries as with 2', async ({ t, staff }) => {
    const contact = await portalCustomer(t, staff);
    await expectConstantQueries(t.queries, {
      name: 'portal accounts picker (/me)',
      read: () => contact.client.get(`${contact.api}/me`),
      rows: (body: { accounts: unknown[] }) => body.accounts.length,
      grow: async (count) => {
        // The same person as contact of other customers: one more account each.
        for (let index = 0; index < count; index++) await createCustomerWithContact(staff, { portal: true, email: contact.email });
      },
    });
  });

  it('shows a document’s comments, 25 as cheaply as 2', async ({ t, staff }) => {
    const contact = await portalCustomer(t, staff);
    const invoice = await contact.doc();
    await expectConstantQueries(t.queries, {
      name: 'portal comments of a document',
      read: () => contact.client.get(`${contact.api}/invoices/${invoice.id}/comments`),
      rows: (body: Page) => body.data.length,
      grow: async (count) => {
        for (let index = 0; index < count; index++) {
          // Both sides of the thread: the customer's comments and staff replies shown in the portal.
          const response =
            index % 2 === 0
              ? await contact.client.post(`${contact.api}/invoices/${invoice.id}/comments`, { body: `Question ${index}` })
              : await staff.client.post(`/api/v1/invoices/${invoice.id}/comments`, { body: `Answer ${index}`, display_in_portal: true });
          if (response.statusCode !== 201) throw new Error(`comment failed: ${response.body}`);
        }
      },
    });
  });
});

describeOnEachDialect('queries of documents of several customers', { startAt: '2026-11-25T10:00:00.000Z' }, (it) => {
  it('keeps another customer’s documents out of the count', async ({ t, staff }) => {
    // The lists above are scoped to one customer; rows of others must not change what a page costs.
    const contact = await portalCustomer(t, staff);
    const other = await portalCustomer(t, staff);
    await expectConstantQueries(t.queries, {
      name: 'portal invoices beside another customer’s',
      read: () => contact.client.get(`${contact.api}/invoices?limit=25`),
      rows: pageRows,
      grow: async (count) => {
        for (let index = 0; index < count; index++) {
          await contact.doc();
          await insertDocument(t.ctx.db, { organizationId: other.organizationId, customerId: other.customerId });
        }
      },
    });
  });
});

const scripted = { gateway: new ScriptedGateway() };

describeOnEachDialect('queries of paying in the portal', { gateways: { forChoice: () => scripted.gateway }, startAt: '2026-11-25T10:00:00.000Z' }, (it) => {
  it('lists saved payment methods, 25 as cheaply as 2', async ({ t, staff }) => {
    scripted.gateway = new ScriptedGateway();
    const contact = await portalCustomer(t, staff);
    await expectConstantQueries(t.queries, {
      name: 'portal payment methods',
      read: () => contact.client.get(`${contact.api}/payment-methods`),
      rows: pageRows,
      grow: async (count) => {
        for (let index = 0; index < count; index++) {
          const saved = await contact.client.post(`${contact.api}/payment-methods`, { token: index % 2 ? 'tok_visa' : 'tok_mastercard' });
          if (saved.statusCode !== 201) throw new Error(`saving a method failed: ${saved.body}`);
        }
      },
    });
  });

  it('offers 25 open invoices to pay as cheaply as 2', async ({ t, staff }) => {
    scripted.gateway = new ScriptedGateway();
    const contact = await portalCustomer(t, staff);
    await expectConstantQueries(t.queries, {
      name: 'portal payment options (open invoices)',
      read: () => contact.client.get(`${contact.api}/payment-options`),
      rows: (body: { documents: unknown[] }) => body.documents.length,
      grow: async (count) => {
        for (let index = 0; index < count; index++) await contact.doc({ total: 3_000, issueDate: '2026-11-02', dueDate: index % 2 ? '2026-11-20' : '2026-12-20' });
      },
    });
  });
});
