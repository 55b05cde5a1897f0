import type { AppContext } from '../context.ts';
import type { Db, OutboxEmailRow } from '../db/database.ts';
import { isoIn, isoNow } from '../lib/clock.ts';
import { newId } from '../lib/ids.ts';
import { findDueEmails, findEmailBranding, insertOutboxAttachment, insertOutboxEmail, listAttachments, lockEmails, updateHeldEmail } from './outbox.repository.ts';
import { applyEmailBranding, type RenderedEmail } from './render.ts';
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
  const { html, text } = await branded(db, mail);
  await insertOutboxEmail(db, {
    id,
    organization_id: mail.organizationId,
    kind: mail.kind,
    to_address: mail.to,
    subject: mail.subject,
    html,
    text,
    status: ctx.mailTransport ? 'pending' : 'kept',
    attempts: 0,
    next_attempt_at: now,
    locked_until: null,
    last_error: null,
    created_at: now,
    sent_at: null,
  });
  for (const [position, attachment] of (mail.attachments ?? []).entries()) {
    await insertOutboxAttachment(db, { id: newId(), email_id: id, position, filename: attachment.filename, content_type: attachment.contentType, content_base64: attachment.content.toString('base64') });
  }
  return id;
}

/** Mails to the organization's own staff (notifications, digests, alerts); every other kind goes to customers. */
export function isStaffEmailKind(kind: string): boolean {
  return kind.startsWith('staff_notification:') || kind.startsWith('activity_digest:') || kind === 'webhook_endpoint_disabled';
}

/** A customer-facing mail with the organization's email header and footer (portal settings). */
async function branded(db: Db, mail: RenderedEmail & { kind: string; organizationId: string | null }): Promise<RenderedEmail> {
  if (!mail.organizationId || isStaffEmailKind(mail.kind)) return mail;
  const branding = await findEmailBranding(db, mail.organizationId);
  return branding ? applyEmailBranding(mail, branding) : mail;
}

/** Seconds to wait after the n-th failed attempt: 30 s, 1 min, 2 min … capped at one hour. */
export function retryDelaySeconds(attempts: number): number {
  return Math.min(30 * 2 ** Math.max(0, attempts - 1), 3600);
}

/** How long a claim holds a mail; a worker that died mid-way lets go of its mail after this. */
const HOLD_SECONDS = 120;

/**
 * Claims due mail so that no other instance sends it: on PostgreSQL with FOR UPDATE SKIP LOCKED,
 * on SQLite the write transaction itself is exclusive. Answers the rows and the hold's end.
 */
async function claimDueEmails(ctx: AppContext, batchSize: number): Promise<{ rows: OutboxEmailRow[]; heldUntil: string }> {
  const now = isoNow(ctx.clock);
  const heldUntil = isoIn(ctx.clock, HOLD_SECONDS);
  return ctx.db.transaction().execute(async (trx) => {
    const rows = await findDueEmails(trx, ctx.dialect, now, batchSize);
    await lockEmails(
      trx,
      rows.map((row) => row.id),
      heldUntil,
    );
    return { rows, heldUntil };
  });
}

export async function attachmentsOf(ctx: AppContext, emailId: string): Promise<MailAttachment[]> {
  const rows = await listAttachments(ctx.db, emailId);
  return rows.map((row) => ({ filename: row.filename, contentType: row.content_type, content: Buffer.from(row.content_base64, 'base64') }));
}

export interface DrainResult {
  sent: number;
  failed: number;
}

/** How many mails of a batch are in flight at once: a pooled SMTP transport keeps as many connections open. */
export const SEND_CONCURRENCY = 5;

/** Sends what is due; a failure schedules a retry with back-off, and gives up after MAX_EMAIL_ATTEMPTS. */
export async function drainOutbox(ctx: AppContext, batchSize = 50, concurrency = SEND_CONCURRENCY): Promise<DrainResult> {
  const transport = ctx.mailTransport;
  const result = { sent: 0, failed: 0 };
  if (!transport) return result;
  for (;;) {
    const { rows: batch, heldUntil: batchHold } = await claimDueEmails(ctx, batchSize);
    if (batch.length === 0) return result;
    const sendOne = async (mail: OutboxEmailRow) => {
      // A slow relay can keep a batch busy past its hold, and then another instance may claim the rest.
      // So each mail's hold is renewed just before it is sent, and only if it is still this worker's:
      // a mail another worker took over is left to it. From here one send has the whole hold.
      const heldUntil = isoIn(ctx.clock, HOLD_SECONDS);
      if (!(await updateHeldEmail(ctx.db, mail.id, batchHold, { locked_until: heldUntil }))) return;
      try {
        const attachments = await attachmentsOf(ctx, mail.id);
        await transport.send({ from: ctx.config.mailFrom, to: mail.to_address, subject: mail.subject, html: mail.html, text: mail.text, attachments });
        await updateHeldEmail(ctx.db, mail.id, heldUntil, { status: 'sent', sent_at: isoNow(ctx.clock), attempts: mail.attempts + 1, locked_until: null, last_error: null });
        result.sent++;
      } catch (error) {
        const attempts = mail.attempts + 1;
        const message = error instanceof Error ? error.message : String(error);
        // Conditional too: a mail another worker sent meanwhile is not put back to pending.
        await updateHeldEmail(ctx.db, mail.id, heldUntil, {
          status: attempts >= MAX_EMAIL_ATTEMPTS ? 'failed' : 'pending',
          attempts,
          next_attempt_at: isoIn(ctx.clock, retryDelaySeconds(attempts)),
          locked_until: null,
          last_error: message.slice(0, 500),
        });
        ctx.logger.warn({ emailId: mail.id, attempts }, 'email delivery failed; will retry');
        result.failed++;
      }
    };
    // A few recipients at a time, so one mail's SMTP round trip no longer waits for another's; each
    // recipient's mails one after the other, in the order they were queued (an invitation before the
    // invoice mail queued after it).
    const byRecipient = new Map<string, OutboxEmailRow[]>();
    for (const mail of batch) {
      const key = mail.to_address.toLowerCase();
      const queue = byRecipient.get(key);
      if (queue) queue.push(mail);
      else byRecipient.set(key, [mail]);
    }
    const queues = [...byRecipient.values()];
    let next = 0;
    await Promise.all(
      Array.from({ length: Math.min(concurrency, queues.length) }, async () => {
        while (next < queues.length) for (const mail of queues[next++]!) await sendOne(mail);
      }),
    );
    if (result.failed > 0) return result;
  }
}
