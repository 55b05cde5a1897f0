import type { AppContext } from '../../context.ts';
import type { StaffPrincipal } from '../../http/auth.ts';
import type { SubscriptionActor } from '../subscription/subscription.service.ts';
import * as repo from './subscription-action.repository.ts';

/** Who on staff acts, for the subscription's history: the staff member by name, or the API key. */
export async function staffActorOf(ctx: AppContext, staff: StaffPrincipal): Promise<SubscriptionActor> {
  if (staff.via === 'api_key' || !staff.staffUserId) return { type: 'api', id: null, name: 'API' };
  return { type: 'staff', id: staff.staffUserId, name: (await repo.staffUserName(ctx.db, staff.organizationId, staff.staffUserId)) ?? 'Staff' };
}
