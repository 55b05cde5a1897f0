import { expect } from 'vitest';
import { formatMoney } from '../../../contract/money.ts';
import type { Db } from '../../db/database.ts';
import { attachmentsOf } from '../../email/outbox.ts';
import { createCustomerWithContact, signUpStaff, type SignedUpStaff } from '../../test/builders.ts';
import { describeOnEachDialect } from '../../test/fixture.ts';
import { insertOnlinePayment, insertRefund } from '../../test/online-payment-builders.ts';
import { extractPdfText, plainSpaces } from '../../test/pdf-text.ts';
import { insertDocument, notificationTypes, portalCustomer } from '../../test/portal-document-builders.ts';
import type { TestApp } from '../../test/test-app.ts';
import { INTEGRATION_API_VERSION } from './integration-events.ts';
import { recordPaymentFailed, recordPaymentSucceeded, recordRefundIssued } from './payment-followup.service.ts';

async function mailsTo(db: Db, to: string) {
  return db.selectFrom('outbox_emails').selectAll().where('to_address', '=', to.toLowerCase()).orderBy('created_at').orderBy('id').execute();
}

async function outboxEvents(db: Db, organizationId: string) {
  const rows = await db.selectFrom('outbox_events').selectAll().where('organization_id', '=', organizationId).orderBy('id').execute();
  return rows.map((row) => ({ ...row, payload: JSON.parse(row.payload) as { id: string; type: string; api_version: string; data: Record<string, unknown> } }));
}

/** A signed-in contact of a new customer with one open invoice of €120.00, paid in full online. */
async function paidInvoice(t: TestApp, staff: SignedUpStaff, options: { language?: string } = {}) {
  const contact = await portalCustomer(t, staff, options);
  const invoice = await contact.doc({ currency: 'EUR', total: 12_000, number: `INV-${Math.random().toString(36).slice(2, 8).toUpperCase()}` });
  const payment = await insertOnlinePayment(t.ctx.db, {
    organizationId: staff.organization.id,
    customerId: contact.customerId,
    contactPersonId: contact.contactId,
    currency: 'EUR',
    allocations: [{ documentId: invoice.id, amountMinor: 12_000 }],
  });
  return { contact, invoice, payment };
}

const succeeded = (t: TestApp, input: Parameters<typeof recordPaymentSucceeded>[2]) => t.ctx.db.transaction().execute((trx) => recordPaymentSucceeded(t.ctx, trx, input));

describeOnEachDialect('after a payment', (it) => {
  it('mails the paying contact the receipt in their language, with the receipt PDF naming the payment and amount', async ({ t, staff }) => {
    const { contact, invoice, payment } = await paidInvoice(t, staff, { language: 'de' });
    await succeeded(t, { organizationId: staff.organization.id, paymentId: payment.id, contactPersonId: contact.contactId, source: 'portal' });
    const [mail] = (await mailsTo(t.ctx.db, contact.email)).filter((row) => row.kind === 'payment_receipt');
    expect(mail).toBeDefined();
    expect(mail!.subject).toBe(`Zahlungsbestätigung ${payment.number} für Ihre Zahlung an ${staff.organization.name}`);
    expect(plainSpaces(mail!.text)).toContain(plainSpaces(formatMoney(12_000, 'EUR', 'de')));
    expect(mail!.text).toContain(invoice.number);
    expect(mail!.text).toContain(`/portal/${staff.organization.slug}/payments/${payment.id}`);
    const attachments = await attachmentsOf(t.ctx, mail!.id);
    expect(attachments.map((attachment) => [attachment.filename, attachment.contentType])).toEqual([[`${payment.number}.pdf`, 'application/pdf']]);
    const text = plainSpaces((await extractPdfText(attachments[0]!.content)).join('\n'));
    expect(text).toContain(payment.number);
    expect(text).toContain(plainSpaces(formatMoney(12_000, 'EUR', 'de')));
    expect(text).toContain(invoice.number);
  });

  it('notifies every staff member in the app, and by email while the portal settings ask for it', async ({ t, staff }) => {
    const { contact, invoice, payment } = await paidInvoice(t, staff);
    await succeeded(t, { organizationId: staff.organization.id, paymentId: payment.id, contactPersonId: contact.contactId, source: 'pay_link' });
    expect(await notificationTypes(staff)).toContain('portal.payment_received');
    const notifications = (await staff.client.get('/api/v1/notifications?limit=10')).json<{ data: { event_type: string; message: string; link: string | null }[] }>().data;
    const notice = notifications.find((row) => row.event_type === 'portal.payment_received');
    const customer = await customerNameOf(t, contact.customerId);
    expect(notice?.message).toBe(`Casey Contact (${customer}) paid €120.00 for ${invoice.number} (${payment.number})`);
    expect(notice?.link).toBe(`/admin/payments/${payment.id}`);
    const staffMails = (await mailsTo(t.ctx.db, staff.user.email)).filter((row) => row.kind === 'staff_notification:portal.payment_received');
    expect(staffMails).toHaveLength(1);
    expect(staffMails[0]!.subject).toContain(invoice.number);

    const off = await staff.client.patch('/api/v1/portal/settings', { staff_email_events: { 'portal.payment_received': false } });
    expect(off.statusCode).toBe(200);
    const second = await paidInvoice(t, staff);
    await succeeded(t, { organizationId: staff.organization.id, paymentId: second.payment.id, contactPersonId: second.contact.contactId, source: 'portal' });
    expect((await mailsTo(t.ctx.db, staff.user.email)).filter((row) => row.kind === 'staff_notification:portal.payment_received')).toHaveLength(1);
    expect((await notificationTypes(staff)).filter((type) => type === 'portal.payment_received')).toHaveLength(2);
  });

  it('shows the payment in the portal’s recent activity once, and on the staff activity page', async ({ t, staff }) => {
    const { contact, invoice, payment } = await paidInvoice(t, staff);
    await succeeded(t, { organizationId: staff.organization.id, paymentId: payment.id, contactPersonId: contact.contactId, source: 'portal' });
    const dashboard = await contact.client.get(`${contact.api}/dashboard`);
    expect(dashboard.statusCode).toBe(200);
    const recent = dashboard.json<{ recent_activity: { message: string; message_code: string | null; action: string }[] }>().recent_activity;
    const paid = recent.filter((row) => row.message_code === 'payment.received');
    expect(paid.map((row) => row.message)).toEqual([`Casey Contact paid €120.00 for ${invoice.number} (${payment.number})`]);
    // The online payment is told by its own activity, not a second time as "recorded".
    expect(recent.filter((row) => row.message_code === 'payment.recorded')).toEqual([]);
    const activities = await staff.client.get(`/api/v1/activities?customer_id=${contact.customerId}`);
    expect(activities.json<{ data: { action: string; message_code: string | null }[] }>().data.map((row) => [row.action, row.message_code])).toContainEqual(['payment_received', 'payment.received']);
  });

  it('records payment.succeeded in the outbox with a versioned payload of the payment', async ({ t, staff }) => {
    const { contact, invoice, payment } = await paidInvoice(t, staff);
    await succeeded(t, { organizationId: staff.organization.id, paymentId: payment.id, contactPersonId: contact.contactId, source: 'portal' });
    const [event] = await outboxEvents(t.ctx.db, staff.organization.id);
    expect(event).toMatchObject({ type: 'payment.succeeded', published_at: null });
    expect(event!.payload).toMatchObject({
      id: event!.id,
      type: 'payment.succeeded',
      api_version: INTEGRATION_API_VERSION,
      data: {
        payment: {
          id: payment.id,
          number: payment.number,
          customer_id: contact.customerId,
          contact_person_id: contact.contactId,
          source: 'portal',
          amount_minor: 12_000,
          currency: 'EUR',
          gateway: 'test',
          allocations: [{ document_id: invoice.id, number: invoice.number, amount_minor: 12_000 }],
        },
      },
    });
    expect(INTEGRATION_API_VERSION).toBe('2026-12-01');
  });

  it('mails an API payment’s receipt to the customer’s primary contact with an email, named after the customer', async ({ t, staff }) => {
    const customer = await createCustomerWithContact(staff, { language: 'fr', name: 'Globex SA' });
    const invoice = await insertDocument(t.ctx.db, { organizationId: staff.organization.id, customerId: customer.customerId, currency: 'EUR', total: 5_000 });
    const payment = await insertOnlinePayment(t.ctx.db, {
      organizationId: staff.organization.id,
      customerId: customer.customerId,
      contactPersonId: null,
      currency: 'EUR',
      source: 'api',
      allocations: [{ documentId: invoice.id, amountMinor: 5_000 }],
    });
    await succeeded(t, { organizationId: staff.organization.id, paymentId: payment.id, contactPersonId: null, source: 'api' });
    const [mail] = (await mailsTo(t.ctx.db, customer.email!)).filter((row) => row.kind === 'payment_receipt');
    expect(mail!.subject).toBe(`Reçu ${payment.number} de votre paiement à ${staff.organization.name}`);
    const activities = (await staff.client.get(`/api/v1/activities?customer_id=${customer.customerId}`)).json<{ data: { actor_name: string; message: string }[] }>().data;
    expect(activities[0]).toMatchObject({ actor_name: 'Globex SA', message: `Globex SA paid €50.00 for ${invoice.number} (${payment.number})` });
  });

  it('tells the contact a failed bank payment reopened the balance, notifies staff and records payment.failed', async ({ t, staff }) => {
    const contact = await portalCustomer(t, staff);
    const attemptId = '01900000-0000-7000-8000-000000000001';
    await t.ctx.db.transaction().execute((trx) =>
      recordPaymentFailed(t.ctx, trx, {
        organizationId: staff.organization.id,
        attemptId,
        customerId: contact.customerId,
        contactPersonId: contact.contactId,
        amountMinor: 7_500,
        currency: 'USD',
        failureCode: 'account_closed',
        failureMessage: 'The bank account is closed',
        documentNumbers: ['INV-000007'],
      }),
    );
    const [mail] = (await mailsTo(t.ctx.db, contact.email)).filter((row) => row.kind === 'payment_failed');
    expect(mail!.subject).toBe(`Your bank payment to ${staff.organization.name} failed`);
    expect(mail!.text).toContain('the balance is open again');
    expect(mail!.text).toContain('$75.00');
    expect(mail!.text).toContain('INV-000007');
    expect(mail!.text).toContain('The bank account is closed');
    expect(await notificationTypes(staff)).toContain('portal.payment_failed');
    const dashboard = (await contact.client.get(`${contact.api}/dashboard`)).json<{ recent_activity: { message_code: string | null; message: string }[] }>();
    expect(dashboard.recent_activity.find((row) => row.message_code === 'payment.failed')?.message).toBe(
      'The bank payment of $75.00 by Casey Contact for INV-000007 failed: The bank account is closed; the balance is open again',
    );
    const [event] = await outboxEvents(t.ctx.db, staff.organization.id);
    expect(event!.payload).toMatchObject({
      type: 'payment.failed',
      api_version: '2026-12-01',
      data: { payment_attempt: { id: attemptId, customer_id: contact.customerId, amount_minor: 7_500, currency: 'USD', failure_code: 'account_closed', document_numbers: ['INV-000007'] } },
    });
  });

  it('tells the paying contact about a refund, shows it as activity and records payment.refunded', async ({ t, staff }) => {
    const { contact, invoice, payment } = await paidInvoice(t, staff);
    const refund = await insertRefund(t.ctx.db, { organizationId: staff.organization.id, paymentId: payment.id, currency: 'EUR', createdBy: staff.user.id, allocations: [{ documentId: invoice.id, amountMinor: 6_000 }] });
    await t.ctx.db.transaction().execute((trx) => recordRefundIssued(t.ctx, trx, { organizationId: staff.organization.id, refundId: refund.id }));
    const [mail] = (await mailsTo(t.ctx.db, contact.email)).filter((row) => row.kind === 'payment_refund');
    expect(mail!.subject).toBe(`${staff.organization.name} refunded €60.00`);
    expect(mail!.text).toContain(payment.number);
    const dashboard = (await contact.client.get(`${contact.api}/dashboard`)).json<{ recent_activity: { message_code: string | null; message: string }[] }>();
    expect(dashboard.recent_activity.find((row) => row.message_code === 'payment.refunded')?.message).toBe(`${staff.organization.name} refunded €60.00 of your payment ${payment.number}`);
    expect(await notificationTypes(staff)).toContain('portal.refund_issued');
    const [event] = await outboxEvents(t.ctx.db, staff.organization.id);
    expect(event!.payload).toMatchObject({
      type: 'payment.refunded',
      api_version: '2026-12-01',
      data: {
        refund: { id: refund.id, payment_id: payment.id, amount_minor: 6_000, currency: 'EUR', allocations: [{ document_id: invoice.id, amount_minor: 6_000 }] },
        payment: { id: payment.id, source: 'portal', refunded_minor: 6_000 },
      },
    });
  });

  it('writes nothing when the payment is not the organization’s', async ({ t, staff }) => {
    const { payment } = await paidInvoice(t, staff);
    const other = await signUpStaff(t.app);
    await expect(succeeded(t, { organizationId: other.organization.id, paymentId: payment.id, contactPersonId: null, source: 'api' })).rejects.toThrow(/not found/);
    expect(await outboxEvents(t.ctx.db, other.organization.id)).toEqual([]);
  });
});

async function customerNameOf(t: TestApp, customerId: string): Promise<string> {
  const row = await t.ctx.db.selectFrom('customers').select('display_name').where('id', '=', customerId).executeTakeFirstOrThrow();
  return row.display_name;
}
