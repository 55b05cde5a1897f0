import { randomBytes } from 'node:crypto';
import type { Db } from '../db/database.ts';
import { newId } from '../lib/ids.ts';

/**
 * An online payment as the online-payment module records it, straight into the tables: its attempt
 * (succeeded), the payment naming the gateway and the paying contact, its allocations, and each
 * document's paid amount and balance brought up to date.
 */
export async function insertOnlinePayment(
  db: Db,
  seed: {
    organizationId: string;
    customerId: string;
    contactPersonId: string | null;
    currency: string;
    source?: 'portal' | 'pay_link' | 'api';
    method?: 'card' | 'bank_account';
    paidOn?: string;
    allocations: { documentId: string; amountMinor: number }[];
  },
): Promise<{ id: string; number: string; attemptId: string; amountMinor: number }> {
  const id = newId();
  const attemptId = newId();
  const number = `PAY-${randomBytes(3).toString('hex').toUpperCase()}`;
  const amountMinor = seed.allocations.reduce((sum, allocation) => sum + allocation.amountMinor, 0);
  const at = new Date().toISOString();
  const method = seed.method ?? 'card';
  await db
    .insertInto('payment_attempts')
    .values({
      id: attemptId,
      organization_id: seed.organizationId,
      customer_id: seed.customerId,
      contact_person_id: seed.contactPersonId,
      source: seed.source ?? 'portal',
      status: 'succeeded',
      currency: seed.currency,
      amount_minor: amountMinor,
      plan: JSON.stringify({ allocations: seed.allocations }),
      method_type: method,
      payment_method_id: null,
      save_method: 0,
      gateway: 'test',
      gateway_payment_id: `tp_${randomBytes(6).toString('hex')}`,
      failure_code: null,
      failure_message: null,
      next_action: null,
      payment_id: id,
      created_at: at,
      updated_at: at,
      expires_at: at,
      completed_at: at,
    })
    .execute();
  await db
    .insertInto('payments')
    .values({
      id,
      organization_id: seed.organizationId,
      customer_id: seed.customerId,
      number,
      currency: seed.currency,
      amount_minor: amountMinor,
      method,
      status: 'completed',
      reference: null,
      notes: null,
      paid_on: seed.paidOn ?? at.slice(0, 10),
      gateway: 'test',
      gateway_payment_id: `tp_${randomBytes(6).toString('hex')}`,
      attempt_id: attemptId,
      payment_method_id: null,
      contact_person_id: seed.contactPersonId,
      refunded_minor: 0,
      created_by: null,
      created_at: at,
      updated_at: at,
    })
    .execute();
  for (const allocation of seed.allocations) {
    await db.insertInto('payment_allocations').values({ id: newId(), payment_id: id, document_id: allocation.documentId, amount_minor: allocation.amountMinor, created_at: at }).execute();
    const document = await db.selectFrom('documents').select(['paid_minor', 'balance_minor']).where('id', '=', allocation.documentId).executeTakeFirstOrThrow();
    const balance = Number(document.balance_minor) - allocation.amountMinor;
    await db
      .updateTable('documents')
      .set({ paid_minor: Number(document.paid_minor) + allocation.amountMinor, balance_minor: balance, status: balance === 0 ? 'paid' : 'partially_paid' })
      .where('id', '=', allocation.documentId)
      .execute();
  }
  return { id, number, attemptId, amountMinor };
}

/** A succeeded refund of part of a payment, with what it gave back to each document. */
export async function insertRefund(
  db: Db,
  seed: { organizationId: string; paymentId: string; currency: string; createdBy?: string | null; allocations: { documentId: string; amountMinor: number }[] },
): Promise<{ id: string; amountMinor: number }> {
  const id = newId();
  const amountMinor = seed.allocations.reduce((sum, allocation) => sum + allocation.amountMinor, 0);
  const at = new Date().toISOString();
  await db
    .insertInto('refunds')
    .values({
      id,
      organization_id: seed.organizationId,
      payment_id: seed.paymentId,
      currency: seed.currency,
      amount_minor: amountMinor,
      status: 'succeeded',
      reason: 'requested_by_customer',
      gateway_refund_id: `tr_${randomBytes(6).toString('hex')}`,
      failure_message: null,
      created_by: seed.createdBy ?? null,
      created_at: at,
      completed_at: at,
    })
    .execute();
  for (const allocation of seed.allocations) {
    await db.insertInto('refund_allocations').values({ id: newId(), refund_id: id, document_id: allocation.documentId, amount_minor: allocation.amountMinor, created_at: at }).execute();
  }
  await db.updateTable('payments').set({ refunded_minor: amountMinor }).where('id', '=', seed.paymentId).execute();
  return { id, amountMinor };
}
