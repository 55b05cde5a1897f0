import type { Db } from '../../db/database.ts';

export interface PortalHostRow {
  id: string;
  slug: string;
  custom_domain: string | null;
}

/** Every verified custom domain with its organization's current slug: the routing table by Host. */
export async function listVerifiedCustomDomains(db: Db): Promise<PortalHostRow[]> {
  return db
    .selectFrom('organizations')
    .select(['id', 'slug', 'custom_domain'])
    .where('custom_domain', 'is not', null)
    .where('custom_domain_verified_at', 'is not', null)
    .execute();
}

/**
 * Sets (or clears) the domain and its token; verification starts over. The unique index refuses a domain
 * another organization holds, also when two claim it at once.
 */
export async function setCustomDomain(db: Db, organizationId: string, domain: string | null, token: string | null, now: string): Promise<void> {
  await db
    .updateTable('organizations')
    .set({
      custom_domain: domain,
      custom_domain_token: token,
      custom_domain_verified_at: null,
      custom_domain_checked_at: null,
      custom_domain_failure: null,
      updated_at: now,
    })
    .where('id', '=', organizationId)
    .execute();
}

/**
 * Records a verification's outcome, only while the domain is still the one that was checked (a change
 * made meanwhile wins). Answers whether it was recorded.
 */
export async function recordVerification(
  db: Db,
  organizationId: string,
  domain: string,
  outcome: { verifiedAt: string | null; failure: string | null; checkedAt: string },
): Promise<boolean> {
  const result = await db
    .updateTable('organizations')
    .set({ custom_domain_verified_at: outcome.verifiedAt, custom_domain_failure: outcome.failure, custom_domain_checked_at: outcome.checkedAt })
    .where('id', '=', organizationId)
    .where('custom_domain', '=', domain)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

/** Whether the database refused a row for a unique index (PostgreSQL 23505, SQLite's UNIQUE constraint). */
export function isUniqueViolation(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  const message = (error as { message?: unknown } | null)?.message;
  return code === '23505' || code === 'SQLITE_CONSTRAINT_UNIQUE' || (typeof message === 'string' && message.includes('UNIQUE constraint failed'));
}
