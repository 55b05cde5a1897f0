/**
 * What follows a payment (docs/payments.md, "After a payment"), written in the caller's transaction —
 * the one that records the payment, its failure or its refund — so that each exists exactly when the
 * change commits: the contact's email (the receipt with its PDF), the activity with staff notified in
 * the app and by email per the organization's settings, and the integration event in `outbox_events`.
 */
import type { EventMessage } from '../../../contract/messages/message-codes.ts';
import type { Language } from '../../../contract/portal.ts';
import type { AppContext } from '../../context.ts';
import type { PaymentsTable } from '../../db/billing-tables.ts';
import type { Db, OrganizationRow } from '../../db/database.ts';
import { enqueueEmail } from '../../email/outbox.ts';
import { renderPaymentFailedEmail, renderReceiptEmail, renderRefundEmail } from '../../email/payment-emails.ts';
import type { RenderedEmail } from '../../email/render.ts';
import { isoNow } from '../../lib/clock.ts';
import { newId } from '../../lib/ids.ts';
import { recordPortalEvent, type PortalEvent } from '../activity/activity.service.ts';
import { customerName } from '../customer/customer.service.ts';
import { receiptPdfFileIn } from '../document-pdf/document-pdf.service.ts';
import { findOrganization, findStaffUser } from '../organization/organization.service.ts';
import { parsePortalSettings } from '../organization/organization.ts';
import { personName, resolveLanguage } from '../portal-auth/portal-auth.ts';
import { integrationEvent, type IntegrationEventData, type IntegrationEventType, type PaymentEventPayment } from './integration-events.ts';
import { emitWebhookEvent } from '../outgoing-webhook/outgoing-webhook.service.ts';
import { isWebhookEventType } from '../outgoing-webhook/outgoing-webhook.ts';
import * as repo from './payment-followup.repository.ts';
import { portalBaseUrl } from '../custom-domain/custom-domain.ts';

export type PaymentSource = 'portal' | 'pay_link' | 'api';

export interface PaymentSucceededInput {
  organizationId: string;
  paymentId: string;
  contactPersonId: string | null;
  source: PaymentSource;
}

export interface PaymentFailedInput {
  organizationId: string;
  attemptId: string;
  customerId: string;
  contactPersonId: string | null;
  amountMinor: number;
  currency: string;
  failureCode: string | null;
  failureMessage: string | null;
  documentNumbers: string[];
}

export interface RefundIssuedInput {
  organizationId: string;
  refundId: string;
}

/** Events Portico writes itself: no request's address or browser. */
const noRequest = { ip: null, userAgent: null };

async function organizationOf(db: Db, organizationId: string): Promise<OrganizationRow> {
  const organization = await findOrganization(db, organizationId);
  if (!organization) throw new Error(`organization ${organizationId} not found`);
  return organization;
}

/** The contact named (when it is the customer's and has an email), else the customer's primary contact with an email. */
async function recipientOf(db: Db, organizationId: string, customerId: string, contactPersonId: string | null): Promise<repo.PaymentRecipient | undefined> {
  const named = contactPersonId ? await repo.findNamedRecipient(db, organizationId, customerId, contactPersonId) : undefined;
  return named ?? (await repo.findPrimaryRecipient(db, organizationId, customerId));
}

const languageOf = (recipient: repo.PaymentRecipient): Language => resolveLanguage(recipient.own_language, recipient.customer_language);

function senderOf(organization: OrganizationRow): { organizationName: string; brandColor: string } {
  const settings = parsePortalSettings(organization.portal_settings);
  return { organizationName: settings.portal_name || organization.name, brandColor: organization.brand_color };
}

const portalBase = (ctx: AppContext, organization: OrganizationRow) => `${portalBaseUrl(ctx.config.publicUrl, organization)}`;

async function mail(ctx: AppContext, db: Db, organization: OrganizationRow, to: string, kind: string, rendered: RenderedEmail, attachments?: { filename: string; contentType: string; content: Buffer }[]) {
  await enqueueEmail(ctx, db, { ...rendered, to, kind, organizationId: organization.id, ...(attachments ? { attachments } : {}) });
}

/** An integration event in `outbox_events`, in the caller's transaction (other modules' events too: subscriptions). */
export async function recordIntegrationEvent<T extends IntegrationEventType>(ctx: AppContext, db: Db, organizationId: string, type: T, data: IntegrationEventData<T>): Promise<void> {
  await recordEvent(ctx, db, organizationId, type, data);
}

async function recordEvent<T extends IntegrationEventType>(ctx: AppContext, db: Db, organizationId: string, type: T, data: IntegrationEventData<T>): Promise<void> {
  const id = newId();
  const now = isoNow(ctx.clock);
  await repo.insertOutboxEvent(db, { id, organization_id: organizationId, type, payload: JSON.stringify(integrationEvent(id, type, now, data)), created_at: now, published_at: null });
  // The same objects go to the organization's webhook endpoints that want the type, in this transaction.
  if (isWebhookEventType(type)) await emitWebhookEvent(ctx, db, organizationId, type, data);
}

function paymentPayload(payment: PaymentsTable, source: PaymentSource | null, allocations: Awaited<ReturnType<typeof repo.listPaidDocuments>>): PaymentEventPayment {
  return {
    id: payment.id,
    number: payment.number,
    customer_id: payment.customer_id,
    contact_person_id: payment.contact_person_id,
    source,
    amount_minor: Number(payment.amount_minor),
    currency: payment.currency,
    method: payment.method,
    status: payment.status,
    paid_on: payment.paid_on,
    gateway: payment.gateway,
    gateway_payment_id: payment.gateway_payment_id,
    refunded_minor: Number(payment.refunded_minor),
    allocations: allocations.map((row) => ({ document_id: row.document_id, number: row.number, amount_minor: Number(row.amount_minor) })),
    created_at: payment.created_at,
  };
}

const asSource = (value: string | undefined): PaymentSource | null => (value === 'portal' || value === 'pay_link' || value === 'api' ? value : null);

async function portalEvent(ctx: AppContext, db: Db, organization: OrganizationRow, event: PortalEvent): Promise<void> {
  await recordPortalEvent(ctx, db, organization, event, noRequest);
}

/**
 * A payment succeeded (card, or a bank payment that settled): the receipt with its PDF to the paying
 * contact (an API payment's: the customer's primary contact with an email) in that contact's language,
 * the activity "X paid INV-… €120.00" for the portal and the staff, staff notified, and
 * `payment.succeeded` in the outbox. Call it in the transaction that records the payment.
 */
export async function recordPaymentSucceeded(ctx: AppContext, trx: Db, input: PaymentSucceededInput): Promise<void> {
  const organization = await organizationOf(trx, input.organizationId);
  const payment = await repo.findPayment(trx, input.organizationId, input.paymentId);
  if (!payment) throw new Error(`payment ${input.paymentId} not found`);
  const [paid, customer, recipient] = await Promise.all([
    repo.listPaidDocuments(trx, payment.id),
    customerName(trx, payment.customer_id),
    recipientOf(trx, input.organizationId, payment.customer_id, input.contactPersonId ?? payment.contact_person_id),
  ]);
  const documents = paid.map((row) => row.number);
  const amount = { amount_minor: Number(payment.amount_minor), currency: payment.currency };

  if (recipient?.email) {
    const receipt = await receiptPdfFileIn(ctx, trx, { organizationId: input.organizationId }, payment.id);
    const rendered = renderReceiptEmail({
      language: languageOf(recipient),
      ...senderOf(organization),
      currency: payment.currency,
      amountMinor: amount.amount_minor,
      number: payment.number,
      paidOn: payment.paid_on,
      documentNumbers: documents,
      url: `${portalBase(ctx, organization)}/payments/${payment.id}`,
    });
    await mail(ctx, trx, organization, recipient.email, 'payment_receipt', rendered, [{ filename: receipt.filename, contentType: 'application/pdf', content: receipt.pdf }]);
  }

  // Who paid: the contact who paid, else (an integration's payment) the customer itself.
  const payer = input.contactPersonId && recipient && recipient.id === input.contactPersonId ? personName(recipient) : customer;
  const message: EventMessage = { code: 'payment.received', params: { actor: payer, customer, number: payment.number, documents, amount } };
  await portalEvent(ctx, trx, organization, {
    type: 'portal.payment_received',
    module: 'payments',
    action: 'payment_received',
    customerId: payment.customer_id,
    contactPersonId: input.contactPersonId,
    actorName: payer,
    message,
    link: `/admin/payments/${payment.id}`,
    details: { payment_id: payment.id, number: payment.number, source: input.source },
  });
  await recordEvent(ctx, trx, input.organizationId, 'payment.succeeded', { payment: paymentPayload(payment, input.source, paid) });
}

/**
 * A bank payment that was pending failed at the bank: the contact learns that the balance is open
 * again, staff are notified, and `payment.failed` goes to the outbox. Call it in the transaction that
 * releases what the attempt held.
 */
export async function recordPaymentFailed(ctx: AppContext, trx: Db, input: PaymentFailedInput): Promise<void> {
  const organization = await organizationOf(trx, input.organizationId);
  const [customer, recipient] = await Promise.all([customerName(trx, input.customerId), recipientOf(trx, input.organizationId, input.customerId, input.contactPersonId)]);
  const amount = { amount_minor: input.amountMinor, currency: input.currency };
  const reason = input.failureMessage ?? input.failureCode;
  if (recipient?.email) {
    const rendered = renderPaymentFailedEmail({
      language: languageOf(recipient),
      ...senderOf(organization),
      currency: input.currency,
      amountMinor: input.amountMinor,
      documentNumbers: input.documentNumbers,
      reason,
      payUrl: `${portalBase(ctx, organization)}/invoices`,
      url: `${portalBase(ctx, organization)}/payments`,
    });
    await mail(ctx, trx, organization, recipient.email, 'payment_failed', rendered);
  }
  const payer = input.contactPersonId && recipient && recipient.id === input.contactPersonId ? personName(recipient) : customer;
  await portalEvent(ctx, trx, organization, {
    type: 'portal.payment_failed',
    module: 'payments',
    action: 'payment_failed',
    customerId: input.customerId,
    contactPersonId: input.contactPersonId,
    actorName: payer,
    message: { code: 'payment.failed', params: { actor: payer, customer, documents: input.documentNumbers, amount, reason } },
    link: `/admin/customers/${input.customerId}`,
    details: { attempt_id: input.attemptId, failure_code: input.failureCode },
  });
  await recordEvent(ctx, trx, input.organizationId, 'payment.failed', {
    payment_attempt: {
      id: input.attemptId,
      customer_id: input.customerId,
      contact_person_id: input.contactPersonId,
      amount_minor: input.amountMinor,
      currency: input.currency,
      failure_code: input.failureCode,
      failure_message: input.failureMessage,
      document_numbers: input.documentNumbers,
    },
  });
}

/**
 * A refund was issued: the paying contact (else the primary contact) is told, the activity shows it
 * in the portal and to staff, and `payment.refunded` goes to the outbox. Call it in the transaction
 * that records the refund.
 */
export async function recordRefundIssued(ctx: AppContext, trx: Db, input: RefundIssuedInput): Promise<void> {
  const organization = await organizationOf(trx, input.organizationId);
  const refund = await repo.findRefund(trx, input.organizationId, input.refundId);
  if (!refund) throw new Error(`refund ${input.refundId} not found`);
  const payment = await repo.findPayment(trx, input.organizationId, refund.payment_id);
  if (!payment) throw new Error(`payment ${refund.payment_id} not found`);
  const [paid, refunded, customer, recipient, source, staffMember] = await Promise.all([
    repo.listPaidDocuments(trx, payment.id),
    repo.listRefundedDocuments(trx, refund.id),
    customerName(trx, payment.customer_id),
    recipientOf(trx, input.organizationId, payment.customer_id, payment.contact_person_id),
    payment.attempt_id ? repo.findAttemptSource(trx, payment.attempt_id) : Promise.resolve(undefined),
    refund.created_by ? findStaffUser(trx, refund.created_by) : Promise.resolve(undefined),
  ]);
  const sender = senderOf(organization);
  const amount = { amount_minor: Number(refund.amount_minor), currency: refund.currency };
  const documents = (refunded.length > 0 ? refunded : paid).map((row) => row.number);
  if (recipient?.email) {
    const rendered = renderRefundEmail({
      language: languageOf(recipient),
      ...sender,
      currency: refund.currency,
      amountMinor: amount.amount_minor,
      number: payment.number,
      documentNumbers: documents,
      url: `${portalBase(ctx, organization)}/payments/${payment.id}`,
    });
    await mail(ctx, trx, organization, recipient.email, 'payment_refund', rendered);
  }
  await portalEvent(ctx, trx, organization, {
    type: 'portal.refund_issued',
    module: 'payments',
    action: 'refund_issued',
    customerId: payment.customer_id,
    contactPersonId: null,
    // The business refunds; the staff member who did it is in the details.
    actorName: sender.organizationName,
    message: { code: 'payment.refunded', params: { business: sender.organizationName, customer, number: payment.number, amount } },
    link: `/admin/payments/${payment.id}`,
    details: { payment_id: payment.id, refund_id: refund.id, staff_user_id: staffMember?.id ?? null },
  });
  await recordEvent(ctx, trx, input.organizationId, 'payment.refunded', {
    refund: {
      id: refund.id,
      payment_id: payment.id,
      amount_minor: amount.amount_minor,
      currency: refund.currency,
      status: refund.status,
      reason: refund.reason,
      gateway_refund_id: refund.gateway_refund_id,
      allocations: refunded.map((row) => ({ document_id: row.document_id, number: row.number, amount_minor: Number(row.amount_minor) })),
      created_at: refund.created_at,
    },
    payment: paymentPayload(payment, asSource(source), paid),
  });
}
