import { todayIn } from '../../../contract/calendar.ts';
import type { AppContext } from '../../context.ts';
import type { Db, OrganizationRow } from '../../db/database.ts';
import { findOrganizationTimeZone } from './organization.repository.ts';

/**
 * The organization's "today" as YYYY-MM-DD: the date on its own calendar (its `time_zone`), which is
 * what decides whether an invoice is overdue, an estimate expired, and which month "this month" is.
 * Every use-case that needs today calls one of these, never the UTC date of the clock.
 */
export async function organizationToday(ctx: Pick<AppContext, 'db' | 'clock'>, organizationId: string, db: Db = ctx.db): Promise<string> {
  return todayIn(await findOrganizationTimeZone(db, organizationId), ctx.clock.now());
}

/** The same at a given instant, for code handed `now` rather than the clock. */
export async function organizationDateAt(db: Db, organizationId: string, at: Date): Promise<string> {
  return todayIn(await findOrganizationTimeZone(db, organizationId), at);
}

/** The same when the organization's row is at hand (the portal's resolved organization). */
export function todayOfOrganization(organization: Pick<OrganizationRow, 'time_zone'>, at: Date): string {
  return todayIn(organization.time_zone, at);
}
