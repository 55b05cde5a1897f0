import { randomBytes } from 'node:crypto';
import { newId } from '../../lib/ids.ts';
import { createCustomerWithContact } from '../../test/builders.ts';
import { describeOnEachDialect } from '../../test/fixture.ts';
import { STRONG_PASSWORD, uniqueEmail } from '../../test/http-client.ts';
import { insertOnlinePayment, insertRefund } from '../../test/online-payment-builders.ts';
import { insertDocument, insertPayment, portalCustomer } from '../../test/portal-document-builders.ts';
import { expectConstantQueries } from '../../test/query-counter.ts';

type Page = { data: unknown[] };
const pageRows = (body: Page) => body.data.length;

/** `count` times `create`, each of which must answer 201. */
async function post(count: number, create: (index: number) => Promise<{ statusCode: number; body: string }>): Promise<void> {
  for (let index = 0; index < count; index++) {
    const response = await create(index);
    if (response.statusCode !== 201) throw new Error(`creation failed: ${response.statusCode} ${response.body}`);
  }
}

const unique = () => randomBytes(3).toString('hex');

describeOnEachDialect('queries per staff list', { startAt: '2026-11-25T10:00:00.000Z' }, (it) => {
  it('lists customers with their contacts, 25 as cheaply as 2', async ({ t, staff }) => {
    await expectConstantQueries(t.queries, {
      name: 'staff customers',
      read: () => staff.client.get('/api/v1/customers?limit=25'),
      rows: pageRows,
      grow: (count) =>
        post(count, () =>
          staff.client.post('/api/v1/customers', {
            display_name: `Customer ${unique()}`,
            contact_persons: [
              { first_name: 'Pat', last_name: 'Primary', email: uniqueEmail('primary'), is_primary: true },
              { first_name: 'Sam', last_name: 'Second', email: uniqueEmail('second') },
            ],
          }),
        ),
    });
  });

  it('lists a customer’s contact persons, 25 as cheaply as 2', async ({ t, staff }) => {
    const { customerId } = await createCustomerWithContact(staff);
    await expectConstantQueries(t.queries, {
      name: 'staff contact persons',
      read: () => staff.client.get(`/api/v1/customers/${customerId}/contact-persons`),
      rows: pageRows,
      grow: (count) => post(count, () => staff.client.post(`/api/v1/customers/${customerId}/contact-persons`, { first_name: 'Extra', last_name: unique(), email: uniqueEmail('extra') })),
    });
  });

  for (const [path, kind] of [
    ['invoices', 'invoice'],
    ['estimates', 'estimate'],
    ['retainer-invoices', 'retainer_invoice'],
    ['credit-notes', 'credit_note'],
  ] as const) {
    it(`lists ${path}, 25 as cheaply as 2`, async ({ t, staff }) => {
      // Documents of several customers: a list shows each one's customer.
      await expectConstantQueries(t.queries, {
        name: `staff ${path}`,
        read: () => staff.client.get(`/api/v1/${path}?limit=25`),
        rows: pageRows,
        grow: async (count) => {
          for (let index = 0; index < count; index++) {
            const { customerId } = await createCustomerWithContact(staff);
            await insertDocument(t.ctx.db, { organizationId: staff.organization.id, customerId, kind });
          }
        },
      });
    });
  }

  it('lists payments, 25 as cheaply as 2', async ({ t, staff }) => {
    await expectConstantQueries(t.queries, {
      name: 'staff payments',
      read: () => staff.client.get('/api/v1/payments?limit=25'),
      rows: pageRows,
      grow: async (count) => {
        for (let index = 0; index < count; index++) {
          const { customerId } = await createCustomerWithContact(staff);
          const invoice = await insertDocument(t.ctx.db, { organizationId: staff.organization.id, customerId, paid: 1_000 });
          await insertPayment(t.ctx.db, { organizationId: staff.organization.id, customerId, amount: 1_000, allocations: [{ documentId: invoice.id, amount: 1_000 }] });
        }
      },
    });
  });

  it('lists the refunds of a payment, 25 as cheaply as 2', async ({ t, staff }) => {
    const contact = await portalCustomer(t, staff);
    const invoice = await contact.doc({ total: 100_000 });
    const payment = await insertOnlinePayment(t.ctx.db, {
      organizationId: contact.organizationId,
      customerId: contact.customerId,
      contactPersonId: contact.contactId,
      currency: 'USD',
      allocations: [{ documentId: invoice.id, amountMinor: 100_000 }],
    });
    await expectConstantQueries(t.queries, {
      name: 'staff refunds of a payment',
      read: () => staff.client.get(`/api/v1/payments/${payment.id}/refunds`),
      rows: pageRows,
      grow: async (count) => {
        for (let index = 0; index < count; index++) {
          await insertRefund(t.ctx.db, { organizationId: contact.organizationId, paymentId: payment.id, currency: 'USD', createdBy: staff.user.id, allocations: [{ documentId: invoice.id, amountMinor: 100 }] });
        }
      },
    });
  });

  it('lists items, 25 as cheaply as 2', async ({ t, staff }) => {
    await expectConstantQueries(t.queries, {
      name: 'staff items',
      read: () => staff.client.get('/api/v1/items?limit=25'),
      rows: pageRows,
      grow: (count) => post(count, () => staff.client.post('/api/v1/items', { name: `Item ${unique()}`, rate_minor: 1_500, currency: 'USD' })),
    });
  });

  it('lists taxes, 25 as cheaply as 2', async ({ t, staff }) => {
    await expectConstantQueries(t.queries, {
      name: 'staff taxes',
      read: () => staff.client.get('/api/v1/taxes'),
      rows: pageRows,
      grow: (count) => post(count, (index) => staff.client.post('/api/v1/taxes', { name: `Tax ${unique()}`, rate_percent: (index % 20) + 1 })),
    });
  });

  it('lists notifications, 25 as cheaply as 2', async ({ t, staff }) => {
    const contact = await portalCustomer(t, staff);
    const invoice = await contact.doc();
    await expectConstantQueries(t.queries, {
      name: 'staff notifications',
      read: () => staff.client.get('/api/v1/notifications?limit=25'),
      rows: pageRows,
      // Each comment of a contact notifies staff.
      grow: (count) => post(count, (index) => contact.client.post(`${contact.api}/invoices/${invoice.id}/comments`, { body: `Question ${index}` })),
    });
  });

  it('lists the outbox, 25 as cheaply as 2', async ({ t, staff }) => {
    await expectConstantQueries(t.queries, {
      name: 'staff outbox',
      read: () => staff.client.get('/api/v1/outbox?limit=25'),
      rows: pageRows,
      // Each customer with portal access gets an invitation mail.
      grow: async (count) => {
        for (let index = 0; index < count; index++) await createCustomerWithContact(staff, { portal: true });
      },
    });
  });

  it('lists a customer’s activity, 25 as cheaply as 2', async ({ t, staff }) => {
    const contact = await portalCustomer(t, staff);
    const seen = await t.ctx.db.selectFrom('activities').selectAll().where('customer_id', '=', contact.customerId).orderBy('created_at').executeTakeFirstOrThrow();
    await expectConstantQueries(t.queries, {
      name: 'staff activity of a customer',
      read: () => staff.client.get(`/api/v1/activities?customer_id=${contact.customerId}&limit=25`),
      rows: pageRows,
      grow: async (count) => {
        for (let index = 0; index < count; index++) await t.ctx.db.insertInto('activities').values({ ...seen, id: newId() }).execute();
      },
    });
  });

  it('lists a document’s comments, 25 as cheaply as 2', async ({ t, staff }) => {
    const contact = await portalCustomer(t, staff);
    const invoice = await contact.doc();
    await expectConstantQueries(t.queries, {
      name: 'staff comments of a document',
      read: () => staff.client.get(`/api/v1/invoices/${invoice.id}/comments`),
      rows: pageRows,
      grow: (count) =>
        post(count, (index) =>
          index % 2 === 0
            ? contact.client.post(`${contact.api}/invoices/${invoice.id}/comments`, { body: `Question ${index}` })
            : staff.client.post(`/api/v1/invoices/${invoice.id}/comments`, { body: `Note ${index}`, display_in_portal: index % 4 === 1 }),
        ),
    });
  });

  it('lists disputes, 25 as cheaply as 2', async ({ t, staff }) => {
    const contact = await portalCustomer(t, staff);
    await expectConstantQueries(t.queries, {
      name: 'staff disputes',
      read: () => staff.client.get('/api/v1/disputes?limit=25'),
      rows: pageRows,
      grow: async (count) => {
        for (let index = 0; index < count; index++) {
          const invoice = await contact.doc({ lines: [{ name: 'Work', total: 6_000 }, { name: 'Travel', total: 4_000 }] });
          // Half on the whole invoice, half on one line.
          const response = await contact.client.post(`${contact.api}/invoices/${invoice.id}/disputes`, { reason: `Not agreed ${index}`, ...(index % 2 ? { line_id: invoice.lineIds[1] } : {}) });
          if (response.statusCode !== 201) throw new Error(`dispute failed: ${response.body}`);
        }
      },
    });
  });

  it('lists API keys, 25 as cheaply as 2', async ({ t, staff }) => {
    await expectConstantQueries(t.queries, {
      name: 'staff API keys',
      read: () => staff.client.get('/api/v1/api-keys'),
      rows: pageRows,
      grow: (count) => post(count, () => staff.client.post('/api/v1/api-keys', { name: `Key ${unique()}`, scopes: ['customers.read'] })),
    });
  });

  it('lists staff users, 25 as cheaply as 2', async ({ t, staff }) => {
    await expectConstantQueries(t.queries, {
      name: 'staff users',
      read: () => staff.client.get('/api/v1/staff-users'),
      rows: pageRows,
      grow: (count) => post(count, () => staff.client.post('/api/v1/staff-users', { name: `Colleague ${unique()}`, email: uniqueEmail('colleague'), role: 'staff', password: STRONG_PASSWORD })),
    });
  });

  it('lists portal invitation links, 25 as cheaply as 2', async ({ t, staff }) => {
    await expectConstantQueries(t.queries, {
      name: 'staff portal links',
      read: () => staff.client.get('/api/v1/portal/links?limit=25'),
      rows: pageRows,
      grow: async (count) => {
        for (let index = 0; index < count; index++) await createCustomerWithContact(staff, { portal: true });
      },
    });
  });

  it('lists the views of a document, 25 as cheaply as 2', async ({ t, staff }) => {
    const contact = await portalCustomer(t, staff);
    const invoice = await contact.doc();
    await expectConstantQueries(t.queries, {
      name: 'staff views of a document',
      read: () => staff.client.get(`/api/v1/invoices/${invoice.id}/views`),
      rows: pageRows,
      grow: async (count) => {
        for (let index = 0; index < count; index++) {
          const viewed = await contact.client.get(`${contact.api}/invoices/${invoice.id}`);
          if (viewed.statusCode !== 200) throw new Error(`viewing failed: ${viewed.body}`);
        }
      },
    });
  });
});
