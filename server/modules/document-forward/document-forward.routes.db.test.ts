import { expect } from 'vitest';
import type { OutgoingMail } from '../../email/transport.ts';
import { signUpStaff, type SignedUpStaff } from '../../test/builders.ts';
import { describeOnEachDialect } from '../../test/fixture.ts';
import { notificationTypes, portalCustomer, setPermissions, type PortalCustomer } from '../../test/portal-document-builders.ts';
import { orderingContact, sellableItem } from '../../test/portal-order-builders.ts';
import type { TestApp } from '../../test/test-app.ts';
import { forwardRateLimit } from './document-forward.ts';

async function forwardingContact(t: TestApp, staff: SignedUpStaff, options: { language?: string } = {}): Promise<PortalCustomer> {
  return portalCustomer(t, staff, options);
}

async function mailTo(t: TestApp, to: string): Promise<OutgoingMail | undefined> {
  return (await t.deliverMail()).filter((mail) => mail.to === to).at(-1);
}

async function contactsOf(staff: SignedUpStaff, customerId: string) {
  return (await staff.client.get(`/api/v1/customers/${customerId}`)).json<{ contact_persons: { id: string; email: string | null; first_name: string; last_name: string; portal: { enabled: boolean; status: string } }[] }>().contact_persons;
}

const recipientOf = (tag: string) => `${tag}-${Math.random().toString(36).slice(2, 8)}@forwarded.test`;

describeOnEachDialect('forwarding documents from the portal', { startAt: '2026-11-25T10:00:00.000Z' }, (it) => {
  it('mails an invoice’s PDF to a new contact person without portal access, and tells staff', async ({ t, staff }) => {
    const contact = await forwardingContact(t, staff, { language: 'de' });
    const invoice = await contact.doc({ kind: 'invoice', status: 'sent', total: 12_345 });
    const email = recipientOf('accounts');
    const response = await contact.client.post(`${contact.api}/invoices/${invoice.id}/forward`, { email: email.toUpperCase(), name: 'Ada Lovelace', message: 'Bitte bis Freitag bezahlen' });
    expect(response.statusCode, response.body).toBe(201);
    const forward = response.json();
    expect(forward).toMatchObject({ subject_type: 'invoice', subject_id: invoice.id, recipient: { email, name: 'Ada Lovelace', created: true }, message: 'Bitte bis Freitag bezahlen' });

    const contacts = await contactsOf(staff, contact.customerId);
    const added = contacts.find((row) => row.id === forward.recipient.contact_person_id);
    expect(added).toMatchObject({ email, first_name: 'Ada', last_name: 'Lovelace', portal: { enabled: false, status: 'not_invited' } });

    const mail = await mailTo(t, email);
    expect(mail?.subject).toBe(`Casey Contact hat Ihnen die Rechnung ${invoice.number} von ${staff.organization.name} weitergeleitet`);
    expect(mail?.text).toContain('Bitte bis Freitag bezahlen');
    expect(mail?.attachments).toHaveLength(1);
    expect(mail?.attachments?.[0]).toMatchObject({ filename: `${invoice.number}.pdf`, contentType: 'application/pdf' });
    expect(mail?.attachments?.[0]?.content.subarray(0, 5).toString('latin1')).toBe('%PDF-');

    expect(await notificationTypes(staff)).toContain('portal.document_forwarded');
    const notification = (await staff.client.get('/api/v1/notifications')).json().data[0];
    expect(notification).toMatchObject({ message_code: 'document.forwarded', message_params: { kind: 'invoice', number: invoice.number, recipient: email } });
    const row = await t.ctx.db.selectFrom('document_forwards').selectAll().where('id', '=', forward.id).executeTakeFirstOrThrow();
    expect(row).toMatchObject({ customer_id: contact.customerId, contact_person_id: contact.contactId, subject_type: 'invoice', recipient_email: email, recipient_contact_person_id: added?.id });
  });

  it('matches an existing contact person of the customer by address, whatever its case', async ({ t, staff }) => {
    const contact = await forwardingContact(t, staff);
    const estimate = await contact.doc({ kind: 'estimate', status: 'sent' });
    const email = recipientOf('buyer');
    const existing = (await staff.client.post(`/api/v1/customers/${contact.customerId}/contact-persons`, { first_name: 'Bo', last_name: 'Buyer', email })).json();
    const response = await contact.client.post(`${contact.api}/estimates/${estimate.id}/forward`, { email: email.replace('buyer', 'BUYER') });
    expect(response.statusCode, response.body).toBe(201);
    expect(response.json().recipient).toMatchObject({ contact_person_id: existing.id, created: false, name: 'Bo Buyer' });
    expect((await contactsOf(staff, contact.customerId)).filter((row) => row.email === email)).toHaveLength(1);
    expect((await mailTo(t, email))?.attachments?.[0]?.content.subarray(0, 4).toString('latin1')).toBe('%PDF');
  });

  it('forwards retainer invoices, credit notes, orders and the statement with their PDFs', async ({ t, staff }) => {
    const contact = await forwardingContact(t, staff);
    const retainer = await contact.doc({ kind: 'retainer_invoice', status: 'sent' });
    const credit = await contact.doc({ kind: 'credit_note', status: 'open' });
    for (const [path, id, number] of [['retainer-invoices', retainer.id, retainer.number], ['credit-notes', credit.id, credit.number]] as const) {
      const email = recipientOf(path);
      const response = await contact.client.post(`${contact.api}/${path}/${id}/forward`, { email });
      expect(response.statusCode, response.body).toBe(201);
      const mail = await mailTo(t, email);
      expect(mail?.subject).toContain(number);
      expect(mail?.attachments?.[0]?.content.subarray(0, 4).toString('latin1')).toBe('%PDF');
    }

    const email = recipientOf('statement');
    const statement = await contact.client.post(`${contact.api}/statement/forward`, { period: 'custom', from: '2026-10-01', to: '2026-10-31', email });
    expect(statement.statusCode, statement.body).toBe(201);
    expect(statement.json()).toMatchObject({ subject_type: 'statement', subject_id: null });
    const mail = await mailTo(t, email);
    expect(mail?.subject).toContain('October 1, 2026 – October 31, 2026');
    expect(mail?.attachments?.[0]?.filename).toMatch(/^statement-.*-2026-10-01-2026-10-31\.pdf$/);
    expect(mail?.attachments?.[0]?.content.subarray(0, 4).toString('latin1')).toBe('%PDF');
    const bad = await contact.client.post(`${contact.api}/statement/forward`, { period: 'custom', from: '2026-10-01', email });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.details[0].field).toBe('to');
  });

  it('forwards an order of the customer', async ({ t, staff }) => {
    const c = await orderingContact(t, staff);
    const item = await sellableItem(t, staff, { currency: c.currency, rate_minor: 1250, track_stock: 0 });
    const order = (await c.order({ lines: [{ item_id: item.id, quantity: 2 }] })).json();
    const email = recipientOf('order');
    const response = await c.client.post(`${c.api}/orders/${order.id}/forward`, { email, message: 'Our order' });
    expect(response.statusCode, response.body).toBe(201);
    expect(response.json()).toMatchObject({ subject_type: 'sales_order', subject_id: order.id });
    const mail = await mailTo(t, email);
    expect(mail?.subject).toContain(order.number);
    expect(mail?.attachments?.[0]?.content.subarray(0, 4).toString('latin1')).toBe('%PDF');
    const other = await orderingContact(t, staff);
    expect((await other.client.post(`${other.api}/orders/${order.id}/forward`, { email })).statusCode).toBe(404);
  });

  it('refuses an address that is not one, naming email', async ({ t, staff }) => {
    const contact = await forwardingContact(t, staff);
    const invoice = await contact.doc({ kind: 'invoice', status: 'sent' });
    for (const email of ['not-an-address', '', 'a@', undefined]) {
      const response = await contact.client.post(`${contact.api}/invoices/${invoice.id}/forward`, email === undefined ? {} : { email });
      expect(response.statusCode, String(email)).toBe(400);
      expect(response.json().error.details[0].field).toBe('email');
    }
    const long = await contact.client.post(`${contact.api}/invoices/${invoice.id}/forward`, { email: recipientOf('x'), message: 'x'.repeat(1001) });
    expect(long.statusCode).toBe(400);
    expect(long.json().error.details[0].field).toBe('message');
  });

  it('answers 404 for another customer’s document, a draft, and another organization’s document', async ({ t, staff }) => {
    const contact = await forwardingContact(t, staff);
    const other = await forwardingContact(t, staff);
    const theirs = await other.doc({ kind: 'invoice', status: 'sent' });
    const draft = await contact.doc({ kind: 'invoice', status: 'draft' });
    const email = recipientOf('nosy');
    expect((await contact.client.post(`${contact.api}/invoices/${theirs.id}/forward`, { email })).statusCode).toBe(404);
    expect((await contact.client.post(`${contact.api}/invoices/${draft.id}/forward`, { email })).statusCode).toBe(404);
    const mine = await contact.doc({ kind: 'invoice', status: 'sent' });
    expect((await contact.client.post(`${contact.api}/estimates/${mine.id}/forward`, { email })).statusCode).toBe(404);
    const elsewhere = await signUpStaff(t.app);
    expect((await contact.client.post(`/portal/${elsewhere.organization.slug}/api/invoices/${mine.id}/forward`, { email })).statusCode).toBe(401);
    expect((await contactsOf(staff, contact.customerId)).some((row) => row.email === email)).toBe(false);
    expect(await t.ctx.db.selectFrom('document_forwards').select('id').where('customer_id', '=', contact.customerId).execute()).toEqual([]);
  });

  it('needs the view-documents role', async ({ t, staff }) => {
    const contact = await forwardingContact(t, staff);
    const invoice = await contact.doc({ kind: 'invoice', status: 'sent' });
    await setPermissions(staff, contact.contactId, ['pay']);
    expect((await contact.client.post(`${contact.api}/invoices/${invoice.id}/forward`, { email: recipientOf('r') })).statusCode).toBe(403);
  });

  it('does not exist while the portal does not allow forwarding', async ({ t, staff }) => {
    const contact = await forwardingContact(t, staff);
    const invoice = await contact.doc({ kind: 'invoice', status: 'sent' });
    expect((await staff.client.patch('/api/v1/portal/settings', { allow_forwarding: false })).statusCode).toBe(200);
    const email = recipientOf('off');
    expect((await contact.client.post(`${contact.api}/invoices/${invoice.id}/forward`, { email })).statusCode).toBe(404);
    expect((await contact.client.post(`${contact.api}/statement/forward`, { email })).statusCode).toBe(404);
    expect((await contactsOf(staff, contact.customerId)).some((row) => row.email === email)).toBe(false);
  });

  it('limits how many documents one contact forwards, answering 429', async ({ t, staff }) => {
    const contact = await forwardingContact(t, staff);
    const invoice = await contact.doc({ kind: 'invoice', status: 'sent' });
    const email = recipientOf('many');
    for (let n = 0; n < forwardRateLimit.limit; n++) {
      expect((await contact.client.post(`${contact.api}/invoices/${invoice.id}/forward`, { email })).statusCode).toBe(201);
    }
    const refused = await contact.client.post(`${contact.api}/invoices/${invoice.id}/forward`, { email });
    expect(refused.statusCode).toBe(429);
    expect(refused.json().error.code).toBe('RATE_LIMITED');
    expect(refused.headers['retry-after']).toBeDefined();
    // Another contact of the same customer has its own allowance.
    const colleague = await forwardingContact(t, staff);
    const theirs = await colleague.doc({ kind: 'invoice', status: 'sent' });
    expect((await colleague.client.post(`${colleague.api}/invoices/${theirs.id}/forward`, { email })).statusCode).toBe(201);
    t.clock.advance(forwardRateLimit.windowSeconds + 1);
  });
});
