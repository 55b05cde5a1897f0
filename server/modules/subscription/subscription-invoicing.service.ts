import { periodEnd, periodStart } from '../../../contract/subscription-billing.ts';
import type { AppContext } from '../../context.ts';
import type { Db } from '../../db/database.ts';
import type { SubscriptionsTable } from '../../db/subscription-tables.ts';
import { isoNow } from '../../lib/clock.ts';
import { sendDocumentWithin } from '../document/document-lifecycle.service.ts';
import { createInvoiceFromLines, type SettledLine } from '../document/invoice-from-lines.service.ts';
import type { BillingFacts } from './subscription-catalogue.ts';
import { linesCarryCoupon, periodLines } from './subscription.ts';
import * as repo from './subscription.repository.ts';

export interface SubscriptionInvoiceInput {
  /** `period:<index>`, `change:<event id>`, … unique per subscription: the key is invoiced once. */
  billingKey: string;
  periodIndex: number | null;
  periodStart: string | null;
  periodEnd: string | null;
  lines: SettledLine[];
}

let savepoints = 0;

/**
 * Issues the invoice for one billing key inside `trx`: a sent invoice with exactly these lines (emailed
 * to the customer's contacts when `trx` commits), tied to the subscription by the key. When the key was
 * invoiced already the existing invoice is answered (`created: false`) and nothing is made.
 *
 * Why it holds under concurrency: the key's row (primary key subscription + key) is inserted in the
 * same transaction as the invoice, with ON CONFLICT DO NOTHING. On PostgreSQL a second transaction
 * inserting the same key waits for the first one to end; if the first committed, the insert does nothing,
 * and everything this call made is rolled back to a savepoint taken before the invoice (its number, lines
 * and mail included), so the answer is the first transaction's invoice. SQLite runs one writer at a time.
 */
export async function issueSubscriptionInvoice(ctx: AppContext, trx: Db, sub: SubscriptionsTable, invoice: SubscriptionInvoiceInput): Promise<{ documentId: string; created: boolean }> {
  const existing = await repo.findInvoiceKey(trx, sub.id, invoice.billingKey);
  if (existing) return { documentId: existing.document_id, created: false };
  const savepoint = `subscription_invoice_${++savepoints}`;
  await repo.savepoint(trx, savepoint);
  const document = await createInvoiceFromLines(ctx, trx, {
    organizationId: sub.organization_id,
    customerId: sub.customer_id,
    currency: sub.currency,
    salesOrderId: null,
    staffUserId: null,
    reference: sub.number,
    notes: null,
    lines: invoice.lines,
  });
  await sendDocumentWithin(ctx, trx, sub.organization_id, 'invoice', document.id);
  const claimed = await repo.insertInvoiceKey(trx, {
    subscription_id: sub.id,
    billing_key: invoice.billingKey,
    document_id: document.id,
    period_index: invoice.periodIndex,
    period_start: invoice.periodStart,
    period_end: invoice.periodEnd,
    created_at: isoNow(ctx.clock),
  });
  if (!claimed) {
    await repo.rollbackToSavepoint(trx, savepoint);
    const winner = await repo.findInvoiceKey(trx, sub.id, invoice.billingKey);
    if (!winner) throw new Error(`billing key ${invoice.billingKey} of ${sub.id} conflicted but cannot be read`);
    return { documentId: winner.document_id, created: false };
  }
  await repo.releaseSavepoint(trx, savepoint);
  return { documentId: document.id, created: true };
}

export const periodKey = (index: number) => `period:${index}`;

export interface BilledPeriod {
  index: number;
  start: string;
  end: string;
  documentId: string;
  created: boolean;
  /** Whether the coupon discounted this invoice (one more of its periods used). */
  couponUsed: boolean;
}

/**
 * Invoices period `index` of the subscription as it is now (the plan, add-ons and coupon of `facts`),
 * under the key `period:<index>`, and marks the one-off add-ons it carried as invoiced. The caller
 * advances `billed_through_index` and `coupon_periods_used` in the same transaction.
 */
export async function billPeriod(ctx: AppContext, trx: Db, sub: SubscriptionsTable, facts: BillingFacts, index: number, lines = periodLines(sub, facts.plan, facts.addons, facts.coupon, index, facts.taxes)): Promise<BilledPeriod> {
  const start = periodStart(sub.anchor_date, sub.interval, sub.interval_count, index);
  const end = periodEnd(sub.anchor_date, sub.interval, sub.interval_count, index);
  const issued = await issueSubscriptionInvoice(ctx, trx, sub, { billingKey: periodKey(index), periodIndex: index, periodStart: start, periodEnd: end, lines });
  if (issued.created) {
    const oneOffs = facts.addons.filter((entry) => entry.addon.kind === 'one_off' && entry.subscriptionAddon.billed_document_id === null);
    await repo.markAddonsBilled(trx, oneOffs.map((entry) => entry.subscriptionAddonId), issued.documentId);
    for (const entry of oneOffs) entry.subscriptionAddon.billed_document_id = issued.documentId;
  }
  return { index, start, end, documentId: issued.documentId, created: issued.created, couponUsed: issued.created && linesCarryCoupon(lines) };
}
