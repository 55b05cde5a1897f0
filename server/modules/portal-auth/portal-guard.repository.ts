import type { Db, OrganizationRow, PortalIdentityRow, SessionRow } from '../../db/database.ts';
import { preparedQuery } from '../../db/prepared.ts';
import type { AccountRow } from './portal-auth.repository.ts';

const sessionColumns = ['id', 'token_hash', 'kind', 'organization_id', 'staff_user_id', 'identity_id', 'contact_person_id', 'pending_two_factor', 'ip', 'user_agent', 'created_at', 'last_seen_at', 'expires_at', 'return_url'] as const;
const identityColumns = ['id', 'organization_id', 'email', 'password_hash', 'language', 'totp_secret', 'totp_enabled_at', 'password_changed_at', 'last_sign_in_at', 'created_at', 'updated_at'] as const;
const contactColumns = ['id', 'organization_id', 'customer_id', 'first_name', 'last_name', 'email', 'phone', 'is_primary', 'portal_enabled', 'permissions', 'invited_at', 'accepted_at', 'disabled_at', 'created_at', 'updated_at'] as const;

/** What a portal request needs before its handler runs, read together. */
export interface PortalRequestRows {
  organization: OrganizationRow;
  /** The contact session of the token in this organization, whatever its age (the caller checks the timeouts). */
  session: SessionRow | undefined;
  /** The session's person, when it still exists. */
  identity: PortalIdentityRow | undefined;
  /** The session's account, when the person still has portal access to it. */
  account: AccountRow | undefined;
}

function pick<T>(row: Record<string, unknown>, prefix: string, columns: readonly string[]): T | undefined {
  if (row[`${prefix}id`] === null || row[`${prefix}id`] === undefined) return undefined;
  return Object.fromEntries(columns.map((column) => [column, row[`${prefix}${column}`]])) as T;
}

/**
 * The portal of a slug (current or earlier) with, for a session token's hash, the session, its person and
 * its live account, in ONE query: the portal guard runs before every portal request, and four round trips
 * there cost more than most handlers. A hash that matches nothing (no cookie) still finds the portal.
 */
const portalRequestQuery = preparedQuery((db, param) =>
  db
    .selectFrom('organization_slugs')
    .innerJoin('organizations', 'organizations.id', 'organization_slugs.organization_id')
    .leftJoin('sessions', (join) =>
      join.on('sessions.token_hash', '=', param<string>('tokenHash')).onRef('sessions.organization_id', '=', 'organizations.id').on('sessions.kind', '=', 'contact'),
    )
    .leftJoin('portal_identities', (join) =>
      join.onRef('portal_identities.id', '=', 'sessions.identity_id').onRef('portal_identities.organization_id', '=', 'organizations.id'),
    )
    .leftJoin('contact_persons', (join) =>
      join
        .onRef('contact_persons.id', '=', 'sessions.contact_person_id')
        .onRef('contact_persons.organization_id', '=', 'organizations.id')
        .onRef('contact_persons.email', '=', 'portal_identities.email')
        .on('contact_persons.portal_enabled', '=', 1)
        .on('contact_persons.disabled_at', 'is', null),
    )
    .leftJoin('customers', 'customers.id', 'contact_persons.customer_id')
    .selectAll('organizations')
    .select(sessionColumns.map((column) => `sessions.${column} as session__${column}` as const))
    .select(identityColumns.map((column) => `portal_identities.${column} as identity__${column}` as const))
    .select(contactColumns.map((column) => `contact_persons.${column} as contact__${column}` as const))
    .select(['customers.display_name as contact__customer_name', 'customers.currency as contact__customer_currency', 'customers.portal_language as contact__customer_language'])
    .where('organization_slugs.slug', '=', param<string>('slug')),
);

export async function findPortalRequest(db: Db, slug: string, tokenHash: string): Promise<PortalRequestRows | undefined> {
  const [row] = await portalRequestQuery(db, { slug: slug.toLowerCase(), tokenHash });
  if (!row) return undefined;
  const record = row as unknown as Record<string, unknown>;
  const organization = Object.fromEntries(Object.entries(record).filter(([key]) => !key.includes('__'))) as unknown as OrganizationRow;
  return {
    organization,
    session: pick<SessionRow>(record, 'session__', sessionColumns),
    identity: pick<PortalIdentityRow>(record, 'identity__', identityColumns),
    account: pick<AccountRow>(record, 'contact__', [...contactColumns, 'customer_name', 'customer_currency', 'customer_language']),
  };
}
