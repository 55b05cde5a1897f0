import type { AppContext } from '../../context.ts';
import type { SubscriptionsTable } from '../../db/subscription-tables.ts';
import { AppError, validationError } from '../../lib/app-error.ts';
import { isoNow } from '../../lib/clock.ts';
import { recordSubscriptionEvent } from './subscription-history.ts';
import { getSubscription } from './subscription.service.ts';
import type { SubscriptionActor } from './subscription.ts';
import * as repo from './subscription.repository.ts';

/**
 * Attaches a saved method of the customer as the one renewals charge, when the subscription has none
 * yet (a hosted page's card, once kept): a conditional update on the version, with an event. A method
 * attached meanwhile by another request is kept and answered; any other lost race is a 409.
 */
export async function attachFirstPaymentMethod(ctx: AppContext, sub: SubscriptionsTable, paymentMethodId: string, actor: SubscriptionActor): Promise<SubscriptionsTable> {
  if (sub.payment_method_id) return sub;
  const now = isoNow(ctx.clock);
  const attached = await ctx.db.transaction().execute(async (trx) => {
    const method = await repo.findPaymentMethod(trx, sub.customer_id, paymentMethodId);
    if (!method) throw validationError('payment_method_id', 'unknown_reference', 'is not a saved payment method of this customer');
    if (!(await repo.updateSubscriptionAt(trx, sub.id, sub.version, { payment_method_id: method.id, updated_at: now }))) return false;
    await recordSubscriptionEvent(trx, sub, 'payment_method_changed', actor, { payment_method_id: method.id, brand: method.brand, last4: method.last4 }, now);
    return true;
  });
  const fresh = await getSubscription(ctx.db, sub.organization_id, sub.id);
  if (!attached && !fresh.payment_method_id) throw new AppError('STATE_CONFLICT', 'The subscription changed meanwhile; try again');
  return fresh;
}
