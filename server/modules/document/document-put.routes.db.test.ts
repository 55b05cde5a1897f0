import { expect } from 'vitest';
import type { Db } from '../../db/database.ts';
import { signUpStaff, type SignedUpStaff } from '../../test/builders.ts';
import { describeOnEachDialect } from '../../test/fixture.ts';
import { acceptedContact } from '../../test/portal-builders.ts';

async function sentMails(db: Db, kind: string): Promise<number> {
  return (await db.selectFrom('outbox_emails').select('id').where('kind', '=', kind).execute()).length;
}

async function erpCustomer(staff: SignedUpStaff, externalId = 'C-1'): Promise<string> {
  const response = await staff.client.put(`/api/v1/customers/by-external-id/${externalId}`, { display_name: `ERP ${externalId}`, currency: 'EUR' });
  return response.json().id;
}

const body = (overrides: Record<string, unknown> = {}) => ({
  customer_external_id: 'C-1',
  number: 'ERP-1001',
  issue_date: '2026-11-20',
  due_date: '2026-12-20',
  reference: 'PO 7',
  lines: [
    { item_external_id: 'I-1', name: 'Widget', quantity: 2, rate_minor: 1_250 },
    { name: 'Setup', quantity: 1, rate_minor: 5_000, discount: { type: 'percent', percent: 10 } },
  ],
  ...overrides,
});

describeOnEachDialect('documents: PUT by external id', (it) => {
  it('creates a draft with the number kept (201), answers the same PUT with 200 writing nothing, and changes a draft to exactly the body', async ({ t, clock, staff }) => {
    clock.set(new Date('2026-11-25T09:00:00.000Z'));
    await erpCustomer(staff);
    const item = (await staff.client.put('/api/v1/items/by-external-id/I-1', { name: 'Widget', rate_minor: 1_250, currency: 'EUR' })).json();
    const created = await staff.client.put('/api/v1/invoices/by-external-id/INV-9', body());
    expect(created.statusCode, created.body).toBe(201);
    const invoice = created.json();
    expect(invoice).toMatchObject({ number: 'ERP-1001', status: 'draft', external_id: 'INV-9', issue_date: '2026-11-20', due_date: '2026-12-20', reference: 'PO 7', total_minor: 2_500 + 4_500 });
    expect(invoice.lines[0].item_id).toBe(item.id);
    expect(created.headers.etag).toBe(`"${invoice.version}"`);

    clock.advance(60);
    const again = await staff.client.put('/api/v1/invoices/by-external-id/INV-9', body());
    expect(again.statusCode).toBe(200);
    expect(again.json()).toMatchObject({ id: invoice.id, version: invoice.version, updated_at: invoice.updated_at });
    expect(await t.ctx.db.selectFrom('documents').select('id').where('external_id', '=', 'INV-9').execute()).toHaveLength(1);

    // Exactly the body: left-out fields take their defaults (no reference, due 30 days after issue), lines are replaced.
    const changed = await staff.client.put('/api/v1/invoices/by-external-id/INV-9', body({ number: undefined, reference: undefined, due_date: undefined, lines: [{ name: 'Only line', quantity: 3, rate_minor: 100 }] }));
    expect(changed.statusCode, changed.body).toBe(200);
    expect(changed.json()).toMatchObject({ id: invoice.id, number: 'ERP-1001', reference: null, due_date: '2026-12-20', total_minor: 300, version: invoice.version + 1 });
    expect(changed.json().lines.map((line: { name: string }) => line.name)).toEqual(['Only line']);
    const renumbered = await staff.client.put('/api/v1/invoices/by-external-id/INV-9', body({ number: 'ERP-1002' }));
    expect(renumbered.json().number).toBe('ERP-1002');

    // Without a number the series gives one; another kind may use the same external id.
    const serial = (await staff.client.put('/api/v1/invoices/by-external-id/INV-10', body({ number: undefined }))).json();
    expect(serial.number).toMatch(/^INV-/);
    const estimate = await staff.client.put('/api/v1/estimates/by-external-id/INV-9', body({ due_date: undefined, expiry_date: '2026-12-31' }));
    expect(estimate.statusCode, estimate.body).toBe(201);
    expect(estimate.json()).toMatchObject({ kind: 'estimate', expiry_date: '2026-12-31', due_date: null });
    expect((await staff.client.put('/api/v1/estimates/by-external-id/INV-9', body({ due_date: undefined, expiry_date: '2026-12-31' }))).json().version).toBe(estimate.json().version);
  });

  it('issues with status "sent" (mailing the contacts unless email_customer is false), and keeps a sent invoice from going back or moving', async ({ t, staff }) => {
    const contact = await acceptedContact(t, staff);
    await staff.client.patch(`/api/v1/customers/${contact.customerId}`, { external_id: 'C-1' });
    const noItem = (overrides: Record<string, unknown>) => body({ lines: [{ name: 'Widget', quantity: 2, rate_minor: 1_250 }], ...overrides });
    const quiet = await staff.client.put('/api/v1/invoices/by-external-id/INV-Q', noItem({ number: 'Q-1', status: 'sent', email_customer: false }));
    expect(quiet.statusCode, quiet.body).toBe(201);
    expect(quiet.json()).toMatchObject({ status: 'sent', balance_minor: 2_500 });
    expect(await sentMails(t.ctx.db, 'document_sent:invoice')).toBe(0);
    expect((await contact.client.get(`${contact.api}/invoices`)).json().data.map((row: { number: string }) => row.number)).toEqual(['Q-1']);

    const draft = (await staff.client.put('/api/v1/invoices/by-external-id/INV-M', noItem({ number: 'M-1' }))).json();
    const issued = await staff.client.put('/api/v1/invoices/by-external-id/INV-M', noItem({ number: 'M-1', status: 'sent' }));
    expect(issued.statusCode, issued.body).toBe(200);
    expect(issued.json()).toMatchObject({ id: draft.id, status: 'sent' });
    expect(await sentMails(t.ctx.db, 'document_sent:invoice')).toBe(1);
    // Replayed as sent: nothing happens, no second mail.
    const replay = await staff.client.put('/api/v1/invoices/by-external-id/INV-M', noItem({ number: 'M-1', status: 'sent' }));
    expect(replay.json().version).toBe(issued.json().version);
    expect(await sentMails(t.ctx.db, 'document_sent:invoice')).toBe(1);

    const back = await staff.client.put('/api/v1/invoices/by-external-id/INV-M', noItem({ number: 'M-1' }));
    expect(back.statusCode).toBe(409);
    expect(back.json().error.code).toBe('STATE_CONFLICT');
    const renumber = await staff.client.put('/api/v1/invoices/by-external-id/INV-M', noItem({ number: 'M-2', status: 'sent' }));
    expect(renumber.statusCode).toBe(409);
    await erpCustomer(staff, 'C-2');
    const moved = await staff.client.put('/api/v1/invoices/by-external-id/INV-M', noItem({ number: 'M-1', status: 'sent', customer_external_id: 'C-2' }));
    expect(moved.statusCode).toBe(409);
    // A sent invoice changes as an edit of it would: a new reference is fine.
    const edited = await staff.client.put('/api/v1/invoices/by-external-id/INV-M', noItem({ number: 'M-1', status: 'sent', reference: 'PO 8' }));
    expect(edited.statusCode, edited.body).toBe(200);
    expect(edited.json()).toMatchObject({ reference: 'PO 8', status: 'sent' });

    // Once paid, its amounts are settled: a new amount is refused and nothing changes.
    const paid = await staff.client.post('/api/v1/payments', { customer_id: contact.customerId, amount_minor: 2_500, currency: 'USD', paid_on: '2026-11-26', method: 'bank_transfer', allocations: [{ document_id: draft.id, amount_minor: 2_500 }] });
    expect(paid.statusCode, paid.body).toBe(201);
    const after = (await staff.client.get(`/api/v1/invoices/${draft.id}`)).json();
    const settled = await staff.client.put('/api/v1/invoices/by-external-id/INV-M', noItem({ number: 'M-1', status: 'sent', reference: 'PO 8', lines: [{ name: 'Widget', quantity: 3, rate_minor: 1_250 }] }));
    expect(settled.statusCode).toBe(409);
    expect((await staff.client.get(`/api/v1/invoices/${draft.id}`)).json()).toMatchObject({ total_minor: 2_500, version: after.version });
  });

  it('names what is wrong: the customer, an item, a number taken; another organization’s customer is unknown', async ({ t, staff }) => {
    await erpCustomer(staff);
    const noItem = (overrides: Record<string, unknown>) => body({ lines: [{ name: 'Widget', quantity: 1, rate_minor: 100 }], ...overrides });
    const cases: [Record<string, unknown>, string, number][] = [
      [noItem({ customer_external_id: 'C-404' }), 'customer_external_id', 400],
      [noItem({ customer_external_id: undefined }), 'customer_id', 400],
      [noItem({ customer_id: 'x' }), 'customer_id', 400],
      [body(), 'lines.0.item_external_id', 400],
      [noItem({ lines: [{ item_id: 'nope', item_external_id: 'I-1', name: 'x', quantity: 1, rate_minor: 1 }] }), 'lines.0.item_id', 400],
      [noItem({ status: 'paid' }), 'status', 400],
    ];
    for (const [sent, field, status] of cases) {
      const response = await staff.client.put('/api/v1/invoices/by-external-id/BAD', sent);
      expect(response.statusCode, `${field}: ${response.body}`).toBe(status);
      expect(response.json().error.details[0].field).toBe(field);
    }
    const other = await signUpStaff(t.app);
    const foreign = await erpCustomer(other, 'C-9');
    const response = await staff.client.put('/api/v1/invoices/by-external-id/BAD', noItem({ customer_external_id: undefined, customer_id: foreign }));
    expect(response.json().error.details[0]).toMatchObject({ field: 'customer_id', code: 'unknown_reference' });

    expect((await staff.client.put('/api/v1/invoices/by-external-id/A', noItem({ number: 'N-1' }))).statusCode).toBe(201);
    const taken = await staff.client.put('/api/v1/invoices/by-external-id/B', noItem({ number: 'N-1' }));
    expect(taken.statusCode).toBe(409);
    expect(taken.json().error.details[0]).toMatchObject({ field: 'number', code: 'taken' });
    expect(await t.ctx.db.selectFrom('documents').select('id').where('organization_id', '=', staff.organization.id).execute()).toHaveLength(1);
  });

  it('makes one invoice of identical PUTs sent at once, and of PUTs racing for one number one wins', async ({ t, staff }) => {
    await erpCustomer(staff);
    const put = { ...body(), lines: [{ name: 'Widget', quantity: 1, rate_minor: 100 }], status: 'sent', email_customer: false };
    const answers = await Promise.all(Array.from({ length: 5 }, () => staff.client.put('/api/v1/invoices/by-external-id/RACE', put)));
    expect(answers.map((answer) => answer.statusCode).sort()).toEqual([200, 200, 200, 200, 201]);
    expect(new Set(answers.map((answer) => answer.json().id)).size).toBe(1);
    const numbered = await Promise.all(['R-1', 'R-2', 'R-3'].map((externalId) => staff.client.put(`/api/v1/invoices/by-external-id/${externalId}`, { ...put, number: 'SHARED-1' })));
    expect(numbered.map((answer) => answer.statusCode).sort()).toEqual([201, 409, 409]);
    expect(await t.ctx.db.selectFrom('documents').select('id').where('number', '=', 'SHARED-1').execute()).toHaveLength(1);
  });

  it('runs in a batch after the customer and item it names, all or nothing, and a replay writes nothing', async ({ t, staff }) => {
    const operations = [
      { method: 'PUT', path: '/customers/by-external-id/C-1', body: { display_name: 'Acme', currency: 'EUR' } },
      { method: 'PUT', path: '/items/by-external-id/I-1', body: { name: 'Widget', rate_minor: 1_250, currency: 'EUR' } },
      { method: 'PUT', path: '/invoices/by-external-id/INV-1', body: { ...body(), status: 'sent', email_customer: false } },
      { method: 'PUT', path: '/credit-notes/by-external-id/CN-1', body: { customer_external_id: 'C-1', number: 'CN-77', lines: [{ item_external_id: 'I-1', name: 'Return', quantity: 1, rate_minor: 1_250 }], status: 'sent' } },
    ];
    const first = await staff.client.post('/api/v1/batch', { operations });
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json().results.map((result: { status: number }) => result.status)).toEqual([201, 201, 201, 201]);
    expect(first.json().results[3].body).toMatchObject({ kind: 'credit_note', number: 'CN-77', status: 'open' });
    const replay = await staff.client.post('/api/v1/batch', { operations });
    expect(replay.json().results.map((result: { status: number }) => result.status)).toEqual([200, 200, 200, 200]);
    expect(replay.json().results[2].body.version).toBe(first.json().results[2].body.version);

    const bad = [
      { method: 'PUT', path: '/invoices/by-external-id/INV-2', body: { ...body(), number: 'ERP-2' } },
      { method: 'PUT', path: '/invoices/by-external-id/INV-3', body: { ...body(), number: 'ERP-3', lines: [{ item_external_id: 'I-404', name: 'x', quantity: 1, rate_minor: 1 }] } },
    ];
    const failed = await staff.client.post('/api/v1/batch', { operations: bad });
    expect(failed.statusCode).toBe(400);
    expect(failed.json().error.details[0].field).toBe('operations.1.body.lines.0.item_external_id');
    expect(await t.ctx.db.selectFrom('documents').select('number').where('organization_id', '=', staff.organization.id).where('kind', '=', 'invoice').execute()).toEqual([{ number: 'ERP-1001' }]);
  });
});
