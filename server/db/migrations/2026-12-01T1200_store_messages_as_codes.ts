import type { Kysely } from 'kysely';

/**
 * Stored messages become codes with parameters, rendered in each reader's language: activities (and so
 * the notifications that point at them) and system entries of comment threads get a message code and its
 * JSON parameters; earlier rows keep their text and render from what they recorded. Staff get a language.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('activities').addColumn('message_code', 'text').execute();
  await db.schema.alterTable('activities').addColumn('message_params', 'text').execute();
  await db.schema.alterTable('document_comments').addColumn('message_code', 'text').execute();
  await db.schema.alterTable('document_comments').addColumn('message_params', 'text').execute();
  await db.schema.alterTable('staff_users').addColumn('language', 'text', (c) => c.notNull().defaultTo('en')).execute();
}
