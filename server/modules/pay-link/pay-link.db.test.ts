import { expect } from 'vitest';
import type { Db } from '../../db/database.ts';
import { createCustomerWithContact, signUpStaff } from '../../test/builders.ts';
import { createDocument, createInvoice } from '../../test/billing-builders.ts';
import { recordTestPayment } from '../../test/billing-payment-builders.ts';
import { describeOnEachDialect } from '../../test/fixture.ts';
import { TestClient } from '../../test/http-client.ts';
import { acceptedContact } from '../../test/portal-builders.ts';
import { setPermissions } from '../../test/portal-document-builders.ts';
import type { TestApp } from '../../test/test-app.ts';
import { payLinkFor, verifyPayLink } from './pay-link.service.ts';

async function mailsTo(db: Db, to: string, kind: string) {
  return db.selectFrom('outbox_emails').selectAll().where('to_address', '=', to.toLowerCase()).where('kind', '=', kind).orderBy('created_at').orderBy('id').execute();
}

/** The token of the pay link in a mail's text, or undefined. */
function payToken(text: string, slug: string): string | undefined {
  return text.match(new RegExp(`http://portico\\.test/portal/${slug}/pay/([A-Za-z0-9_-]+)`))?.[1];
}

const tokenOf = (url: string) => url.slice(url.lastIndexOf('/') + 1);

async function rejection(promise: Promise<unknown>): Promise<string | undefined> {
  try {
    await promise;
    return undefined;
  } catch (error) {
    return (error as { code?: string }).code;
  }
}

async function openInvoice(t: TestApp, staff: Awaited<ReturnType<typeof signUpStaff>>, options: { dueDate?: string; issueDate?: string } = {}) {
  const contact = await acceptedContact(t, staff);
  await setCustomerCurrency(staff, contact.customerId);
  const invoice = await createInvoice(staff, contact.customerId, { lines: [{ name: 'Work', quantity: 1, rate_minor: 12_000 }], issueDate: options.issueDate ?? '2026-11-25', dueDate: options.dueDate ?? '2026-12-25' });
  return { contact, invoice };
}

async function setCustomerCurrency(staff: Awaited<ReturnType<typeof signUpStaff>>, customerId: string): Promise<void> {
  const response = await staff.client.patch(`/api/v1/customers/${customerId}`, { currency: 'EUR' });
  if (response.statusCode !== 200) throw new Error(response.body);
}

describeOnEachDialect('pay links', { startAt: '2026-11-25T10:00:00.000Z' }, (it) => {
  it('issues a link to the portal’s pay page that verifies to its invoice and contact, as often as it is opened', async ({ t, staff }) => {
    const { contact, invoice } = await openInvoice(t, staff);
    const url = await payLinkFor(t.ctx, { organizationId: staff.organization.id, documentId: invoice.id, contactPersonId: contact.contactId });
    expect(url).toMatch(new RegExp(`^http://portico\\.test/portal/${staff.organization.slug}/pay/[A-Za-z0-9_-]{100,}$`));
    const expected = { documentId: invoice.id, contactPersonId: contact.contactId };
    expect(await verifyPayLink(t.ctx, staff.organization.id, tokenOf(url))).toEqual(expected);
    // Never used up: a mail scanner opening it first changes nothing.
    expect(await verifyPayLink(t.ctx, staff.organization.id, tokenOf(url))).toEqual(expected);
  });

  it('refuses a tampered link, another organization’s, and one for a contact who is gone or of another customer', async ({ t, staff }) => {
    const { contact, invoice } = await openInvoice(t, staff);
    const token = tokenOf(await payLinkFor(t.ctx, { organizationId: staff.organization.id, documentId: invoice.id, contactPersonId: contact.contactId }));
    const tampered = token.slice(0, 20) + (token[20] === 'x' ? 'y' : 'x') + token.slice(21);
    expect(await rejection(verifyPayLink(t.ctx, staff.organization.id, tampered))).toBe('TOKEN_INVALID');
    expect(await rejection(verifyPayLink(t.ctx, staff.organization.id, 'garbage'))).toBe('TOKEN_INVALID');
    const other = await signUpStaff(t.app);
    expect(await rejection(verifyPayLink(t.ctx, other.organization.id, token))).toBe('TOKEN_INVALID');

    const gone = await payLinkFor(t.ctx, { organizationId: staff.organization.id, documentId: invoice.id, contactPersonId: '01936a4e-0000-7000-8000-0000000000ff' });
    expect(await rejection(verifyPayLink(t.ctx, staff.organization.id, tokenOf(gone)))).toBe('TOKEN_INVALID');
    const stranger = await createCustomerWithContact(staff, { portal: true });
    const foreign = await payLinkFor(t.ctx, { organizationId: staff.organization.id, documentId: invoice.id, contactPersonId: stranger.contactId });
    expect(await rejection(verifyPayLink(t.ctx, staff.organization.id, tokenOf(foreign)))).toBe('TOKEN_INVALID');
  });

  it('refuses the link once the contact’s portal access is disabled', async ({ t, staff }) => {
    const { contact, invoice } = await openInvoice(t, staff);
    const token = tokenOf(await payLinkFor(t.ctx, { organizationId: staff.organization.id, documentId: invoice.id, contactPersonId: contact.contactId }));
    await t.ctx.db.updateTable('contact_persons').set({ portal_enabled: 0, disabled_at: '2026-11-25T11:00:00.000Z' }).where('id', '=', contact.contactId).execute();
    expect(await rejection(verifyPayLink(t.ctx, staff.organization.id, token))).toBe('TOKEN_INVALID');
  });

  it('expires 60 days after the due date when that is later than 60 days after issue', async ({ t, staff, clock }) => {
    const { contact, invoice } = await openInvoice(t, staff, { dueDate: '2026-12-25' });
    const token = tokenOf(await payLinkFor(t.ctx, { organizationId: staff.organization.id, documentId: invoice.id, contactPersonId: contact.contactId }));
    clock.set('2027-02-23T23:59:00.000Z');
    expect((await verifyPayLink(t.ctx, staff.organization.id, token)).documentId).toBe(invoice.id);
    clock.set('2027-02-24T00:00:00.000Z');
    expect(await rejection(verifyPayLink(t.ctx, staff.organization.id, token))).toBe('TOKEN_EXPIRED');
    // A tampered expired link is invalid, not expired.
    expect(await rejection(verifyPayLink(t.ctx, staff.organization.id, `${token.slice(0, -3)}AAA`))).toBe('TOKEN_INVALID');
  });

  it('expires 60 days after issue for an invoice long past due', async ({ t, staff, clock }) => {
    const { contact, invoice } = await openInvoice(t, staff, { issueDate: '2026-09-01', dueDate: '2026-09-15' });
    const token = tokenOf(await payLinkFor(t.ctx, { organizationId: staff.organization.id, documentId: invoice.id, contactPersonId: contact.contactId }));
    clock.set('2027-01-24T09:59:00.000Z');
    expect((await verifyPayLink(t.ctx, staff.organization.id, token)).documentId).toBe(invoice.id);
    clock.set('2027-01-24T10:00:00.000Z');
    expect(await rejection(verifyPayLink(t.ctx, staff.organization.id, token))).toBe('TOKEN_EXPIRED');
  });

  it('puts a Pay now link beside the portal link in the invoice email, opening that invoice', async ({ t, staff }) => {
    const { contact, invoice } = await openInvoice(t, staff);
    const [mail] = await mailsTo(t.ctx.db, contact.email, 'document_sent:invoice');
    expect(mail!.html).toContain('>Pay now</a>');
    expect(mail!.html).toContain('>View in the portal</a>');
    const token = payToken(mail!.text, staff.organization.slug);
    expect(token).toBeDefined();
    expect(mail!.html).toContain(`/pay/${token}`);
    expect(await verifyPayLink(t.ctx, staff.organization.id, token!)).toEqual({ documentId: invoice.id, contactPersonId: contact.contactId });
    // The mail as delivered carries the same link.
    const delivered = (await t.deliverMail()).filter((sent) => sent.to === contact.email && sent.subject === mail!.subject);
    expect(payToken(delivered.at(-1)!.text, staff.organization.slug)).toBe(token);
  });

  it('puts a pay link in retainer invoice emails, and none in estimates or for contacts who may not pay', async ({ t, staff }) => {
    const contact = await acceptedContact(t, staff);
    const retainer = await createDocument(staff, 'retainer-invoices', contact.customerId, { lines: [{ name: 'Deposit', quantity: 1, rate_minor: 5_000 }] });
    const [retainerMail] = await mailsTo(t.ctx.db, contact.email, 'document_sent:retainer_invoice');
    expect((await verifyPayLink(t.ctx, staff.organization.id, payToken(retainerMail!.text, staff.organization.slug)!)).documentId).toBe(retainer.id);
    await createDocument(staff, 'estimates', contact.customerId);
    const [estimateMail] = await mailsTo(t.ctx.db, contact.email, 'document_sent:estimate');
    expect(payToken(estimateMail!.text, staff.organization.slug)).toBeUndefined();
    expect(estimateMail!.html).not.toContain('Pay now');

    await setPermissions(staff, contact.contactId, ['view_documents']);
    await createInvoice(staff, contact.customerId);
    const [invoiceMail] = await mailsTo(t.ctx.db, contact.email, 'document_sent:invoice');
    expect(payToken(invoiceMail!.text, staff.organization.slug)).toBeUndefined();
    expect(invoiceMail!.html).toContain('View in the portal');
  });

  it('writes the Pay now button in the customer’s language', async ({ t, staff }) => {
    const contact = await acceptedContact(t, staff, { language: 'ja' });
    await createInvoice(staff, contact.customerId);
    const [mail] = await mailsTo(t.ctx.db, contact.email, 'document_sent:invoice');
    expect(mail!.html).toContain('>今すぐ支払う</a>');
    expect(payToken(mail!.text, staff.organization.slug)).toBeDefined();
  });
});

describeOnEachDialect('invoice reminders', { startAt: '2026-11-25T10:00:00.000Z' }, (it) => {
  it('emails the invoice’s contacts a reminder with its balance and the pay link', async ({ t, staff }) => {
    const { contact, invoice } = await openInvoice(t, staff);
    const response = await staff.client.post(`/api/v1/invoices/${invoice.id}/remind`);
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ document_id: invoice.id, number: invoice.number, overdue: false, recipients: [{ contact_person_id: contact.contactId, email: contact.email, pay_link: true }] });
    const [mail] = await mailsTo(t.ctx.db, contact.email, 'invoice_reminder');
    expect(mail!.subject).toBe(`Reminder: invoice ${invoice.number} from ${staff.organization.name}`);
    expect(mail!.text).toContain('Balance due: €120.00');
    expect(mail!.text).toContain('December 25, 2026');
    expect(await verifyPayLink(t.ctx, staff.organization.id, payToken(mail!.text, staff.organization.slug)!)).toEqual({ documentId: invoice.id, contactPersonId: contact.contactId });
  });

  it('reminds of an open retainer invoice too, linking its own portal page', async ({ t, staff }) => {
    const contact = await acceptedContact(t, staff);
    const retainer = await createDocument(staff, 'retainer-invoices', contact.customerId, { issueDate: '2026-11-20', lines: [{ name: 'Deposit', quantity: 1, rate_minor: 30_000 }] });
    const response = await staff.client.post(`/api/v1/retainer-invoices/${retainer.id}/remind`);
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ document_id: retainer.id, recipients: [{ contact_person_id: contact.contactId, pay_link: true }] });
    const [mail] = await mailsTo(t.ctx.db, contact.email, 'invoice_reminder');
    expect(mail!.text).toContain(`/retainer-invoices/${retainer.id}`);
    expect((await staff.client.post(`/api/v1/invoices/${retainer.id}/remind`)).statusCode).toBe(404);
  });

  it('reminds of overdue and partially paid invoices, saying so and showing what is left', async ({ t, staff }) => {
    const { contact, invoice } = await openInvoice(t, staff, { issueDate: '2026-10-01', dueDate: '2026-11-01' });
    await recordTestPayment(staff, { customer_id: contact.customerId, amount_minor: 2_000, currency: 'EUR', allocations: [{ document_id: invoice.id, amount_minor: 2_000 }] });
    const response = await staff.client.post(`/api/v1/invoices/${invoice.id}/remind`);
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ overdue: true });
    const [mail] = await mailsTo(t.ctx.db, contact.email, 'invoice_reminder');
    expect(mail!.subject).toBe(`Overdue: invoice ${invoice.number} from ${staff.organization.name}`);
    expect(mail!.text).toContain('Balance due: €100.00');
    expect(payToken(mail!.text, staff.organization.slug)).toBeDefined();
  });

  it('refuses drafts, paid and void invoices with 409 and mails nobody', async ({ t, staff }) => {
    const contact = await acceptedContact(t, staff);
    await setCustomerCurrency(staff, contact.customerId);
    const draft = await createInvoice(staff, contact.customerId, { draft: true });
    const paid = await createInvoice(staff, contact.customerId);
    await recordTestPayment(staff, { customer_id: contact.customerId, amount_minor: paid.total_minor, currency: 'EUR', allocations: [{ document_id: paid.id, amount_minor: paid.total_minor }] });
    const voided = await createInvoice(staff, contact.customerId);
    expect((await staff.client.post(`/api/v1/invoices/${voided.id}/void`)).statusCode).toBe(200);
    for (const id of [draft.id, paid.id, voided.id]) {
      const response = await staff.client.post(`/api/v1/invoices/${id}/remind`);
      expect(response.statusCode).toBe(409);
      expect(response.json().error.code).toBe('STATE_CONFLICT');
    }
    expect(await mailsTo(t.ctx.db, contact.email, 'invoice_reminder')).toEqual([]);
  });

  it('answers 409 when no contact can be reminded', async ({ staff }) => {
    const customer = await createCustomerWithContact(staff, { portal: false });
    const invoice = await createInvoice(staff, customer.customerId);
    const response = await staff.client.post(`/api/v1/invoices/${invoice.id}/remind`);
    expect(response.statusCode).toBe(409);
    expect(response.json().error.code).toBe('CONFLICT');
  });

  it('answers 404 for another organization’s invoice, an estimate or an unknown id, and 401 without a session', async ({ t, staff }) => {
    const { invoice } = await openInvoice(t, staff);
    const other = await signUpStaff(t.app);
    expect((await other.client.post(`/api/v1/invoices/${invoice.id}/remind`)).statusCode).toBe(404);
    const contact = await acceptedContact(t, staff);
    const estimate = await createDocument(staff, 'estimates', contact.customerId);
    expect((await staff.client.post(`/api/v1/invoices/${estimate.id}/remind`)).statusCode).toBe(404);
    expect((await staff.client.post('/api/v1/invoices/01936a4e-0000-7000-8000-0000000000ff/remind')).statusCode).toBe(404);
    expect((await staff.client.post(`/api/v1/invoices/${'x'.repeat(65)}/remind`)).statusCode).toBe(400);
    const anonymous = new TestClient(t.app, '10.9.9.9');
    expect((await anonymous.post(`/api/v1/invoices/${invoice.id}/remind`)).statusCode).toBe(401);
  });
});
