import { type Kysely } from 'kysely';

/*
 * Portal sessions opened from the business's own app (server/modules/single-sign-on): the single-use URL is a
 * portal token of kind `portal_session` (hashed, five minutes, used once), and the portal session it starts
 * keeps the app's return URL, so the portal can offer "back to {business}" for as long as it lasts.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('sessions').addColumn('return_url', 'text').execute();
}
