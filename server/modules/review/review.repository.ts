import { sql } from 'kysely';
import type { ReviewsTable } from '../../db/project-tables.ts';
import type { Db } from '../../db/database.ts';
import { idKeyset, selectPage, type Page } from '../../db/keyset.ts';

function selectReviews(db: Db) {
  return db
    .selectFrom('reviews')
    .innerJoin('customers', 'customers.id', 'reviews.customer_id')
    .innerJoin('contact_persons', 'contact_persons.id', 'reviews.contact_person_id')
    .leftJoin('staff_users', 'staff_users.id', 'reviews.replied_by_staff_id')
    .select([
      'reviews.id',
      'reviews.organization_id',
      'reviews.customer_id',
      'customers.display_name as customer_name',
      'reviews.contact_person_id',
      'contact_persons.first_name as contact_first_name',
      'contact_persons.last_name as contact_last_name',
      'contact_persons.email as contact_email',
      'reviews.rating',
      'reviews.body',
      'reviews.period_key',
      'reviews.reply',
      'reviews.replied_at',
      'reviews.replied_by_staff_id',
      'staff_users.name as replied_by_name',
      'reviews.created_at',
    ]);
}
export type ReviewView = Awaited<ReturnType<ReturnType<typeof selectReviews>['execute']>>[number];

export interface ReviewFilters {
  rating?: number | undefined;
  replied?: boolean | undefined;
  customerId?: string | undefined;
  /** UTC moments bounding created_at: [from, until). */
  from?: string | undefined;
  until?: string | undefined;
}

/** Inserts the review; the unique index (contact, period) refuses a second one of the period. */
export async function insertReview(db: Db, row: ReviewsTable): Promise<void> {
  await db.insertInto('reviews').values(row).execute();
}

/** Whether the database refused a row for a unique index (PostgreSQL 23505, SQLite's UNIQUE constraint). */
export function isUniqueViolation(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  const message = (error as { message?: unknown } | null)?.message;
  return code === '23505' || code === 'SQLITE_CONSTRAINT_UNIQUE' || (typeof message === 'string' && message.includes('UNIQUE constraint failed'));
}

export async function findReview(db: Db, organizationId: string, id: string): Promise<ReviewView | undefined> {
  return selectReviews(db).where('reviews.organization_id', '=', organizationId).where('reviews.id', '=', id).executeTakeFirst();
}

/** A contact's reviews, newest first. */
export async function listReviewsOfContact(db: Db, organizationId: string, contactPersonId: string): Promise<ReviewView[]> {
  return selectReviews(db)
    .where('reviews.organization_id', '=', organizationId)
    .where('reviews.contact_person_id', '=', contactPersonId)
    .orderBy('reviews.created_at', 'desc')
    .orderBy('reviews.id', 'desc')
    .limit(100)
    .execute();
}

const reviewList = idKeyset<ReviewView>('reviews', 'reviews.id', (review) => review.id);

/** One page of the organization's reviews, newest first. */
export async function listReviewPage(db: Db, organizationId: string, filters: ReviewFilters & { limit: number; cursor?: string | undefined }): Promise<Page<ReviewView>> {
  let query = selectReviews(db).where('reviews.organization_id', '=', organizationId);
  if (filters.rating !== undefined) query = query.where('reviews.rating', '=', filters.rating);
  if (filters.replied === true) query = query.where('reviews.reply', 'is not', null);
  if (filters.replied === false) query = query.where('reviews.reply', 'is', null);
  if (filters.customerId) query = query.where('reviews.customer_id', '=', filters.customerId);
  if (filters.from) query = query.where('reviews.created_at', '>=', filters.from);
  if (filters.until) query = query.where('reviews.created_at', '<', filters.until);
  return selectPage(query, reviewList, { sort: '-id', limit: filters.limit, cursor: filters.cursor });
}

/** How many reviews have each rating. */
export async function countRatings(db: Db, organizationId: string, filters: Omit<ReviewFilters, 'rating' | 'replied'>): Promise<{ rating: number; count: number }[]> {
  let query = db
    .selectFrom('reviews')
    .select(['rating', sql<number>`count(*)`.as('count')])
    .where('organization_id', '=', organizationId)
    .groupBy('rating');
  if (filters.customerId) query = query.where('customer_id', '=', filters.customerId);
  if (filters.from) query = query.where('created_at', '>=', filters.from);
  if (filters.until) query = query.where('created_at', '<', filters.until);
  const rows = await query.execute();
  return rows.map((row) => ({ rating: Number(row.rating), count: Number(row.count) }));
}

/** Sets the staff reply (a later reply replaces it); answers whether the review was there. */
export async function updateReviewReply(db: Db, organizationId: string, id: string, reply: { reply: string; replied_at: string; replied_by_staff_id: string | null }): Promise<boolean> {
  const updated = await db
    .updateTable('reviews')
    .set({ ...reply, updated_at: reply.replied_at })
    .where('organization_id', '=', organizationId)
    .where('id', '=', id)
    .executeTakeFirst();
  return Number(updated.numUpdatedRows) === 1;
}

/** The reviewer's address and languages, to mail them the reply. */
export async function findReviewer(db: Db, contactPersonId: string) {
  return db
    .selectFrom('contact_persons')
    .innerJoin('customers', 'customers.id', 'contact_persons.customer_id')
    .leftJoin('portal_identities', (join) =>
      join.onRef('portal_identities.email', '=', 'contact_persons.email').onRef('portal_identities.organization_id', '=', 'contact_persons.organization_id'),
    )
    .select(['contact_persons.id', 'contact_persons.first_name', 'contact_persons.last_name', 'contact_persons.email', 'customers.portal_language', 'portal_identities.language as own_language'])
    .where('contact_persons.id', '=', contactPersonId)
    .executeTakeFirst();
}
