import type { AppContext } from '../../context.ts';
import type { SubscriptionsTable } from '../../db/subscription-tables.ts';
import { AppError, fieldIssue, notFound } from '../../lib/app-error.ts';
import { findOrganizationDocument } from '../document/document-lookup.service.ts';
import { getPlan } from '../plan/plan.service.ts';
import type { SubscriptionActor } from './subscription.ts';
import * as repo from './subscription.repository.ts';
import { createSubscription } from './subscription.service.ts';

export interface SubscriptionFromEstimateInput {
  organizationId: string;
  estimateId: string;
  planId: string;
  quantity: number;
  startDate?: string | undefined;
  paymentMethodId?: string | null | undefined;
  autoCollect?: boolean | undefined;
}

/** 409 CONFLICT naming the subscription already made from the estimate. */
function madeAlready(existing: Pick<SubscriptionsTable, 'id' | 'number'>, estimateNumber: string): AppError {
  return new AppError('CONFLICT', `Subscription ${existing.number} was already made from estimate ${estimateNumber}`, { subscription_id: existing.id, subscription_number: existing.number });
}

/**
 * Subscribes the customer of an accepted estimate to a plan in the estimate's currency (source
 * `estimate`, the estimate as its source document). An estimate makes at most one subscription: a second
 * conversion, also one racing the first, is refused by the unique index on `source_document_id` and
 * answered 409 naming the subscription the first one made. The estimate itself is left as it is.
 */
export async function createSubscriptionFromEstimate(ctx: AppContext, input: SubscriptionFromEstimateInput, actor: SubscriptionActor): Promise<SubscriptionsTable> {
  const estimate = await findOrganizationDocument(ctx.db, input.organizationId, 'estimate', input.estimateId);
  if (!estimate) throw notFound('Estimate');
  if (estimate.status !== 'accepted') {
    throw new AppError('STATE_CONFLICT', `Only an accepted estimate can start a subscription; this one is ${estimate.status}`, { status: estimate.status, action: 'subscribe' });
  }
  const plan = await getPlan(ctx.db, input.organizationId, input.planId);
  if (plan.currency !== estimate.currency) {
    throw new AppError('CURRENCY_MISMATCH', `plan_id: the plan is in ${plan.currency}, not the estimate's ${estimate.currency}`, [
      fieldIssue('plan_id', 'invalid_value', `is a plan in ${plan.currency}, not ${estimate.currency}`, { currency: plan.currency, expected: estimate.currency }),
    ]);
  }
  const existing = await repo.findSubscriptionBySourceDocument(ctx.db, input.organizationId, estimate.id);
  if (existing) throw madeAlready(existing, estimate.number);
  try {
    return await createSubscription(
      ctx,
      {
        organizationId: input.organizationId,
        customerId: estimate.customer_id,
        planId: plan.id,
        quantity: input.quantity,
        addons: [],
        startDate: input.startDate,
        paymentMethodId: input.paymentMethodId,
        autoCollect: input.autoCollect,
        source: 'estimate',
        sourceDocumentId: estimate.id,
        sourceDocumentNumber: estimate.number,
      },
      actor,
    );
  } catch (error) {
    // A concurrent conversion committed first; its transaction is over, so the row can be named.
    if (error instanceof AppError && error.code === 'CONFLICT') {
      const winner = await repo.findSubscriptionBySourceDocument(ctx.db, input.organizationId, estimate.id);
      if (winner) throw madeAlready(winner, estimate.number);
    }
    throw error;
  }
}
