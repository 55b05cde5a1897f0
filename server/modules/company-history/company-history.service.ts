import type { AppContext } from '../../context.ts';
import type { Db } from '../../db/database.ts';
import type { Page } from '../../db/keyset.ts';
import type { StaffPrincipal } from '../../http/auth.ts';
import { notFound } from '../../lib/app-error.ts';
import { isoNow } from '../../lib/clock.ts';
import { newId } from '../../lib/ids.ts';
import { diffDetails, type DetailDiff, type DetailSnapshot } from './company-history.ts';
import { customerExists, findStaffName, insertCompanyDetailChange, listCompanyDetailChangePage, type CompanyDetailChangeRow } from './company-history.repository.ts';

/** Who changed a customer's details: a contact in the portal, a staff member in the console, or an API key. */
export type CompanyChangeActor =
  | { type: 'contact'; contactPersonId: string | null; name: string }
  | { type: 'staff'; staffUserId: string; name: string }
  | { type: 'api'; name: string };

/** The actor of a staff request: the staff member signed in, or the API key. */
export async function staffChangeActor(db: Db, staff: Pick<StaffPrincipal, 'staffUserId' | 'via'>): Promise<CompanyChangeActor> {
  if (staff.via === 'api_key' || !staff.staffUserId) return { type: 'api', name: 'API' };
  return { type: 'staff', staffUserId: staff.staffUserId, name: (await findStaffName(db, staff.staffUserId)) ?? 'Staff' };
}

export interface CompanyChange {
  organizationId: string;
  customerId: string;
  actor: CompanyChangeActor;
  /** The details before the change (at least the fields of `after`). */
  before: DetailSnapshot;
  /** The details the change set (fields left out were not touched). */
  after: DetailSnapshot;
}

/**
 * Records what a change did to a customer's details, in the caller's transaction: one history row with
 * only the changed fields, before and after. Answers that difference, or null (and records nothing) when
 * nothing changed.
 */
export async function recordCompanyChange(ctx: AppContext, db: Db, change: CompanyChange): Promise<DetailDiff | null> {
  const diff = diffDetails(change.before, change.after);
  if (!diff) return null;
  const { actor } = change;
  await insertCompanyDetailChange(db, {
    id: newId(),
    organization_id: change.organizationId,
    customer_id: change.customerId,
    actor_type: actor.type,
    contact_person_id: actor.type === 'contact' ? actor.contactPersonId : null,
    staff_user_id: actor.type === 'staff' ? actor.staffUserId : null,
    actor_name: actor.name,
    before: JSON.stringify(diff.before),
    after: JSON.stringify(diff.after),
    created_at: isoNow(ctx.clock),
  });
  return diff;
}

/** The customer's history, newest first; another organization's customer is a 404. */
export async function listCompanyHistory(
  ctx: AppContext,
  organizationId: string,
  customerId: string,
  paging: { limit: number; cursor?: string | undefined },
): Promise<Page<CompanyDetailChangeRow>> {
  if (!(await customerExists(ctx.db, organizationId, customerId))) throw notFound('Customer');
  return listCompanyDetailChangePage(ctx.db, organizationId, customerId, paging);
}
