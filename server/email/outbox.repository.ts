import { sql, type Insertable, type Selectable, type Updateable } from 'kysely';
import { z } from 'zod';
import type { Dialect } from '../db/create-db.ts';
import type { Db, OutboxEmailAttachmentsTable, OutboxEmailRow, OutboxEmailsTable } from '../db/database.ts';
import type { EmailBranding } from './render.ts';

export async function insertOutboxEmail(db: Db, row: Insertable<OutboxEmailsTable>): Promise<void> {
  await db.insertInto('outbox_emails').values(row).execute();
}

export async function insertOutboxAttachment(db: Db, row: Insertable<OutboxEmailAttachmentsTable>): Promise<void> {
  await db.insertInto('outbox_email_attachments').values(row).execute();
}

/**
 * Pending mail that is due and not held by another worker, oldest first. On PostgreSQL the rows are locked
 * (FOR UPDATE SKIP LOCKED), so that several instances never pick the same mail.
 */
export async function findDueEmails(db: Db, dialect: Dialect, now: string, limit: number): Promise<OutboxEmailRow[]> {
  let query = db
    .selectFrom('outbox_emails')
    .selectAll()
    .where('status', '=', 'pending')
    .where('next_attempt_at', '<=', now)
    .where((eb) => eb.or([eb('locked_until', 'is', null), eb('locked_until', '<', now)]))
    .orderBy('next_attempt_at')
    // Ids are time-ordered: mails queued at the same moment go in the order they were queued.
    .orderBy('id')
    .limit(limit);
  if (dialect === 'postgres') query = query.modifyEnd(sql`for update skip locked`);
  return query.execute();
}

export async function lockEmails(db: Db, ids: string[], until: string): Promise<void> {
  if (ids.length === 0) return;
  await db.updateTable('outbox_emails').set({ locked_until: until }).where('id', 'in', ids).execute();
}

/**
 * Changes a mail this worker holds: still pending and held until `heldUntil`, the hold it took. Answers
 * false when the hold is gone (another worker claimed the mail after it lapsed, or it was sent).
 */
export async function updateHeldEmail(db: Db, id: string, heldUntil: string, changes: Updateable<OutboxEmailsTable>): Promise<boolean> {
  const result = await db
    .updateTable('outbox_emails')
    .set(changes)
    .where('id', '=', id)
    .where('status', '=', 'pending')
    .where('locked_until', '=', heldUntil)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

export async function listAttachments(db: Db, emailId: string): Promise<Selectable<OutboxEmailAttachmentsTable>[]> {
  return db.selectFrom('outbox_email_attachments').selectAll().where('email_id', '=', emailId).orderBy('position').execute();
}

/**
 * The email header and footer of the organization's portal settings (the `portal_settings` JSON column,
 * whose schema is the organization module's): read here so that mail stays apart from the modules.
 */
const emailBrandingSettings = z.object({ email_header_text: z.string().catch(''), email_footer_text: z.string().catch('') });

export async function findEmailBranding(db: Db, organizationId: string): Promise<EmailBranding | undefined> {
  const row = await db.selectFrom('organizations').select('portal_settings').where('id', '=', organizationId).executeTakeFirst();
  if (!row) return undefined;
  const settings = emailBrandingSettings.parse(JSON.parse(row.portal_settings));
  return { headerText: settings.email_header_text, footerText: settings.email_footer_text };
}
