import type { Insertable, Updateable } from 'kysely';
import type { Db, OrganizationRow, OrganizationsTable, StaffUserRow, StaffUsersTable } from '../../db/database.ts';
import { defineKeyset, selectPage, type Page } from '../../db/keyset.ts';

/** By current or former slug: a former one still finds the portal (pages redirect to the current one). */
export async function findOrganizationBySlug(db: Db, slug: string): Promise<OrganizationRow | undefined> {
  return db
    .selectFrom('organization_slugs')
    .innerJoin('organizations', 'organizations.id', 'organization_slugs.organization_id')
    .selectAll('organizations')
    .where('organization_slugs.slug', '=', slug.toLowerCase())
    .executeTakeFirst();
}

export async function findOrganizationById(db: Db, id: string): Promise<OrganizationRow | undefined> {
  return db.selectFrom('organizations').selectAll().where('id', '=', id).executeTakeFirst();
}

/** The organization's time zone (an IANA name); UTC for an id that names none. */
export async function findOrganizationTimeZone(db: Db, id: string): Promise<string> {
  const row = await db.selectFrom('organizations').select('time_zone').where('id', '=', id).executeTakeFirst();
  return row?.time_zone ?? 'UTC';
}

export async function isSlugTaken(db: Db, slug: string): Promise<boolean> {
  const row = await db.selectFrom('organization_slugs').select('slug').where('slug', '=', slug).executeTakeFirst();
  return row !== undefined;
}

export async function insertOrganization(db: Db, row: Insertable<OrganizationsTable>): Promise<void> {
  await db.insertInto('organizations').values(row).execute();
  await db.insertInto('organization_slugs').values({ slug: row.slug, organization_id: row.id, created_at: row.created_at }).execute();
}

export async function updateOrganization(db: Db, id: string, changes: Updateable<OrganizationsTable>): Promise<void> {
  await db.updateTable('organizations').set(changes).where('id', '=', id).execute();
}

export async function insertSlug(db: Db, slug: string, organizationId: string, at: string): Promise<void> {
  await db.insertInto('organization_slugs').values({ slug, organization_id: organizationId, created_at: at }).execute();
}

export async function insertStaffUser(db: Db, row: Insertable<StaffUsersTable>): Promise<void> {
  await db.insertInto('staff_users').values(row).execute();
}

export async function findStaffUserByEmail(db: Db, email: string): Promise<StaffUserRow | undefined> {
  return db.selectFrom('staff_users').selectAll().where('email', '=', email.toLowerCase()).executeTakeFirst();
}

export async function findStaffUserById(db: Db, id: string): Promise<StaffUserRow | undefined> {
  return db.selectFrom('staff_users').selectAll().where('id', '=', id).executeTakeFirst();
}

const staffUserList = defineKeyset<StaffUserRow>()({
  list: 'staff-users',
  id: { column: 'id', of: (user) => user.id },
  keys: { created_at: { column: 'created_at', type: 'string', of: (user) => user.created_at } },
});

/** One page of the organization's staff (disabled ones included), in the order they joined. */
export async function listStaffUserPage(db: Db, organizationId: string, options: { limit: number; cursor?: string | undefined }): Promise<Page<StaffUserRow>> {
  const query = db.selectFrom('staff_users').selectAll().where('organization_id', '=', organizationId);
  return selectPage(query, staffUserList, { sort: 'created_at', limit: options.limit, cursor: options.cursor });
}

export async function listActiveStaff(db: Db, organizationId: string): Promise<StaffUserRow[]> {
  return db
    .selectFrom('staff_users')
    .selectAll()
    .where('organization_id', '=', organizationId)
    .where('disabled_at', 'is', null)
    .orderBy('created_at')
    .execute();
}
