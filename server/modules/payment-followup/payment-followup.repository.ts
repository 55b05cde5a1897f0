import type { Insertable } from 'kysely';
import type { OutboxEventsTable, PaymentsTable, RefundsTable } from '../../db/billing-tables.ts';
import type { Db } from '../../db/database.ts';

/** A payment of the organization, or undefined. */
export async function findPayment(db: Db, organizationId: string, paymentId: string): Promise<PaymentsTable | undefined> {
  return db.selectFrom('payments').selectAll().where('organization_id', '=', organizationId).where('id', '=', paymentId).executeTakeFirst();
}

export async function findRefund(db: Db, organizationId: string, refundId: string): Promise<RefundsTable | undefined> {
  return db.selectFrom('refunds').selectAll().where('organization_id', '=', organizationId).where('id', '=', refundId).executeTakeFirst();
}

/** What a payment paid, document by document (oldest first). */
export async function listPaidDocuments(db: Db, paymentId: string) {
  return db
    .selectFrom('payment_allocations')
    .innerJoin('documents', 'documents.id', 'payment_allocations.document_id')
    .select(['documents.id as document_id', 'documents.kind', 'documents.number', 'payment_allocations.amount_minor'])
    .where('payment_allocations.payment_id', '=', paymentId)
    .orderBy('documents.issue_date')
    .orderBy('documents.number')
    .execute();
}

/** What a refund gave back, document by document. */
export async function listRefundedDocuments(db: Db, refundId: string) {
  return db
    .selectFrom('refund_allocations')
    .innerJoin('documents', 'documents.id', 'refund_allocations.document_id')
    .select(['documents.id as document_id', 'documents.number', 'refund_allocations.amount_minor'])
    .where('refund_allocations.refund_id', '=', refundId)
    .orderBy('documents.issue_date')
    .orderBy('documents.number')
    .execute();
}

const recipientColumns = [
  'contact_persons.id',
  'contact_persons.first_name',
  'contact_persons.last_name',
  'contact_persons.email',
  'customers.portal_language as customer_language',
  'portal_identities.language as own_language',
] as const;

function recipients(db: Db, organizationId: string, customerId: string) {
  return db
    .selectFrom('contact_persons')
    .innerJoin('customers', 'customers.id', 'contact_persons.customer_id')
    .leftJoin('portal_identities', (join) =>
      join.onRef('portal_identities.organization_id', '=', 'contact_persons.organization_id').onRef('portal_identities.email', '=', 'contact_persons.email'),
    )
    .select(recipientColumns)
    .where('contact_persons.organization_id', '=', organizationId)
    .where('contact_persons.customer_id', '=', customerId)
    .where('contact_persons.email', 'is not', null);
}

export type PaymentRecipient = NonNullable<Awaited<ReturnType<typeof findNamedRecipient>>>;

/** One contact of the customer with an email, with the languages its mail is written in. */
export async function findNamedRecipient(db: Db, organizationId: string, customerId: string, contactPersonId: string) {
  return recipients(db, organizationId, customerId).where('contact_persons.id', '=', contactPersonId).executeTakeFirst();
}

/** The customer's primary contact, when it has an email. */
export async function findPrimaryRecipient(db: Db, organizationId: string, customerId: string): Promise<PaymentRecipient | undefined> {
  return recipients(db, organizationId, customerId).where('contact_persons.is_primary', '=', 1).orderBy('contact_persons.created_at').executeTakeFirst();
}

export async function insertOutboxEvent(db: Db, row: Insertable<OutboxEventsTable>): Promise<void> {
  await db.insertInto('outbox_events').values(row).execute();
}

/** Where the payment's attempt came from (portal, pay_link, api), or undefined for an offline payment. */
export async function findAttemptSource(db: Db, attemptId: string): Promise<string | undefined> {
  const row = await db.selectFrom('payment_attempts').select('source').where('id', '=', attemptId).executeTakeFirst();
  return row?.source;
}
