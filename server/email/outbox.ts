import { sql } from 'kysely';
import type { AppContext } from '../context.ts';
import type { Db, OutboxEmailRow } from '../db/database.ts';
import { isoIn, isoNow } from '../lib/clock.ts';
import { newId } from '../lib/ids.ts';
import type { RenderedEmail } from './render.ts';
import type { MailAttachment } from './transport.ts';

export const MAX_EMAIL_ATTEMPTS = 10;

/**
 * Queues a mail in the caller's transaction: it exists exactly when the change that caused it commits.
 * Without SMTP it is kept for the outbox page instead of being sent.
 */
export async function enqueueEmail(
  ctx: AppContext,
  db: Db,
  mail: RenderedEmail & { to: string; kind: string; organizationId: string | null; attachments?: MailAttachment[] },
): Promise<string> {
  const id = newId();
  const now = isoNow(ctx.clock);
  await db
    .insertInto('outbox_emails')
    .values({
      id,
      organization_id: mail.organizationId,
      kind: mail.kind,
      to_address: mail.to,
      subject: mail.subject,
      html: mail.html,
      text: mail.text,
      status: ctx.mailTransport ? 'pending' : 'kept',
      attempts: 0,
      next_attempt_at: now,
      locked_until: null,
      last_error: null,
      created_at: now,
      sent_at: null,
    })
    .execute();
  for (const [position, attachment] of (mail.attachments ?? []).entries()) {
    await db
      .insertInto('outbox_email_attachments')
      .values({ id: newId(), email_id: id, position, filename: attachment.filename, content_type: attachment.contentType, content_base64: attachment.content.toString('base64') })
      .execute();
  }
  return id;
}

/** Seconds to wait after the n-th failed attempt: 30 s, 1 min, 2 min … capped at one hour. */
export function retryDelaySeconds(attempts: number): number {
  return Math.min(30 * 2 ** Math.max(0, attempts - 1), 3600);
}

/**
 * Claims due mail so that no other instance sends it: on PostgreSQL with FOR UPDATE SKIP LOCKED,
 * on SQLite the write transaction itself is exclusive.
 */
async function claimDueEmails(ctx: AppContext, batchSize: number): Promise<OutboxEmailRow[]> {
  const now = isoNow(ctx.clock);
  return ctx.db.transaction().execute(async (trx) => {
    let query = trx
      .selectFrom('outbox_emails')
      .selectAll()
      .where('status', '=', 'pending')
      .where('next_attempt_at', '<=', now)
      .where((eb) => eb.or([eb('locked_until', 'is', null), eb('locked_until', '<', now)]))
      .orderBy('next_attempt_at')
      .limit(batchSize);
    if (ctx.dialect === 'postgres') query = query.modifyEnd(sql`for update skip locked`);
    const rows = await query.execute();
    if (rows.length > 0) {
      await trx
        .updateTable('outbox_emails')
        .set({ locked_until: isoIn(ctx.clock, 120) })
        .where(
          'id',
          'in',
          rows.map((row) => row.id),
        )
        .execute();
    }
    return rows;
  });
}

export async function attachmentsOf(ctx: AppContext, emailId: string): Promise<MailAttachment[]> {
  const rows = await ctx.db.selectFrom('outbox_email_attachments').selectAll().where('email_id', '=', emailId).orderBy('position').execute();
  return rows.map((row) => ({ filename: row.filename, contentType: row.content_type, content: Buffer.from(row.content_base64, 'base64') }));
}

export interface DrainResult {
  sent: number;
  failed: number;
}

/** Sends what is due; a failure schedules a retry with back-off, and gives up after MAX_EMAIL_ATTEMPTS. */
export async function drainOutbox(ctx: AppContext, batchSize = 20): Promise<DrainResult> {
  const transport = ctx.mailTransport;
  const result = { sent: 0, failed: 0 };
  if (!transport) return result;
  for (;;) {
    const batch = await claimDueEmails(ctx, batchSize);
    if (batch.length === 0) return result;
    for (const mail of batch) {
      try {
        const attachments = await attachmentsOf(ctx, mail.id);
        await transport.send({ from: ctx.config.mailFrom, to: mail.to_address, subject: mail.subject, html: mail.html, text: mail.text, attachments });
        await ctx.db
          .updateTable('outbox_emails')
          .set({ status: 'sent', sent_at: isoNow(ctx.clock), attempts: mail.attempts + 1, locked_until: null, last_error: null })
          .where('id', '=', mail.id)
          .execute();
        result.sent++;
      } catch (error) {
        const attempts = mail.attempts + 1;
        const message = error instanceof Error ? error.message : String(error);
        await ctx.db
          .updateTable('outbox_emails')
          .set({
            status: attempts >= MAX_EMAIL_ATTEMPTS ? 'failed' : 'pending',
            attempts,
            next_attempt_at: isoIn(ctx.clock, retryDelaySeconds(attempts)),
            locked_until: null,
            last_error: message.slice(0, 500),
          })
          .where('id', '=', mail.id)
          .execute();
        ctx.logger.warn({ emailId: mail.id, attempts }, 'email delivery failed; will retry');
        result.failed++;
      }
    }
    if (result.failed > 0) return result;
  }
}
