import type { Db } from '../../db/database.ts';
import type { SubscriptionsTable } from '../../db/subscription-tables.ts';
import { notFound } from '../../lib/app-error.ts';
import { newId } from '../../lib/ids.ts';
import type { SubscriptionActor } from './subscription.ts';
import * as repo from './subscription.repository.ts';

/** One entry of the subscription's history, in the caller's transaction. Answers its id. */
export async function recordSubscriptionEvent(db: Db, sub: Pick<SubscriptionsTable, 'id' | 'organization_id'>, kind: string, actor: SubscriptionActor, details: Record<string, unknown>, now: string): Promise<string> {
  const id = newId();
  await repo.insertEvent(db, {
    id,
    organization_id: sub.organization_id,
    subscription_id: sub.id,
    kind,
    actor_type: actor.type,
    actor_id: actor.id,
    details: JSON.stringify({ ...details, actor_name: actor.name }),
    created_at: now,
  });
  return id;
}

/** The invoice as subscription integration events carry it. */
export async function invoiceEventData(db: Db, documentId: string, billingKey: string, start: string | null, end: string | null) {
  const document = await repo.findDocumentRow(db, documentId);
  if (!document) throw notFound('Invoice');
  return { id: document.id, number: document.number, billing_key: billingKey, period_start: start, period_end: end, amount_minor: Number(document.total_minor), currency: document.currency };
}
