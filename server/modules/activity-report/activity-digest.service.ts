/**
 * The staff activity digest: a staff member who chose `daily` or `weekly` is emailed, once per day or
 * week of the organization's calendar, the portal activity of the period just ended (counts per module
 * and action, the most active customers), in their own language, through the outbox. Nothing is sent for
 * a period without activity. Each period is claimed by a conditional update of
 * `activity_digest_sent_until` (from what was read to the period's end) in the transaction that queues the
 * mail, so two instances running the task at once send one mail.
 */
import type { AppContext } from '../../context.ts';
import { enqueueEmail } from '../../email/outbox.ts';
import { asLanguage } from '../../lib/accept-language.ts';
import { isoNow } from '../../lib/clock.ts';
import { AppError, notFound } from '../../lib/app-error.ts';
import { findOrganization } from '../organization/organization.service.ts';
import { renderActivityDigestEmail } from './activity-digest-email.ts';
import { duePeriod, lastCompletePeriod, type ActivityDigestPreference, type DigestPeriod } from './activity-report.ts';
import * as repo from './activity-report.repository.ts';
import { portalActivityReport } from './activity-report.service.ts';

const HOUR_MS = 3_600_000;
/** How many customers the digest names. */
const DIGEST_CUSTOMERS = 5;

export interface DigestPreference {
  activity_digest: ActivityDigestPreference;
  /** The end of the last period sent (or skipped as already covered); null before the first. */
  sent_until: string | null;
}

function asPreference(value: string): ActivityDigestPreference {
  return value === 'daily' || value === 'weekly' ? value : 'off';
}

export async function getDigestPreference(ctx: AppContext, staffUserId: string): Promise<DigestPreference> {
  const row = await repo.findDigestPreference(ctx.db, staffUserId);
  if (!row) throw notFound('Staff user');
  return { activity_digest: asPreference(row.activity_digest), sent_until: row.activity_digest_sent_until };
}

/**
 * Changes the staff member's own digest. Turning it on (or switching between daily and weekly) starts
 * from now: the first digest covers the first period that ends after the change.
 */
export async function setDigestPreference(ctx: AppContext, staff: { organizationId: string; staffUserId: string }, preference: ActivityDigestPreference): Promise<DigestPreference> {
  const current = await getDigestPreference(ctx, staff.staffUserId);
  if (current.activity_digest === preference) return current;
  const organization = await findOrganization(ctx.db, staff.organizationId);
  if (!organization) throw new AppError('UNAUTHENTICATED', 'Sign in to continue');
  const sentUntil = preference === 'off' ? null : lastCompletePeriod(preference, organization.time_zone, ctx.clock.now()).end;
  await repo.updateDigestPreference(ctx.db, staff.staffUserId, preference, sentUntil, isoNow(ctx.clock));
  return { activity_digest: preference, sent_until: sentUntil };
}

type Candidate = Awaited<ReturnType<typeof repo.listDigestCandidates>>[number];

/** Sends one staff member's digest for `period` if this caller claims it; answers whether a mail was queued. */
export async function sendDigest(ctx: AppContext, candidate: Candidate, period: DigestPeriod): Promise<boolean> {
  const preference = candidate.activity_digest === 'weekly' ? 'weekly' : 'daily';
  const report = await portalActivityReport(ctx, { id: candidate.organization_id, time_zone: candidate.time_zone }, { from: period.from, to: period.to, interval: 'day' });
  return ctx.db.transaction().execute(async (trx) => {
    const claimed = await repo.claimDigestPeriod(trx, candidate.id, preference, candidate.activity_digest_sent_until, period.end);
    if (!claimed || report.total === 0) return false;
    const language = asLanguage(candidate.language) ?? 'en';
    const query = new URLSearchParams({ from: period.from, to: period.to });
    const mail = renderActivityDigestEmail({
      language,
      organizationName: candidate.organization_name,
      brandColor: candidate.brand_color,
      preference,
      from: period.from,
      to: period.to,
      total: report.total,
      rows: report.rows,
      customers: report.customers.slice(0, DIGEST_CUSTOMERS),
      reportUrl: `${ctx.config.publicUrl}/admin/reports/portal-activities?${query.toString()}`,
    });
    await enqueueEmail(ctx, trx, { ...mail, to: candidate.email, kind: `activity_digest:${preference}`, organizationId: candidate.organization_id });
    return true;
  });
}

/** The periodic task: every digest that is due is sent once. Answers how many mails were queued. */
export async function runActivityDigests(ctx: AppContext, options: { limit?: number } = {}): Promise<{ sent: number }> {
  const limit = options.limit ?? 100;
  const now = ctx.clock.now();
  // A period ends at least 23 hours (a day shortened by daylight saving) after the one before it.
  const dailyBefore = new Date(now.getTime() - 23 * HOUR_MS).toISOString();
  const weeklyBefore = new Date(now.getTime() - (7 * 24 - 1) * HOUR_MS).toISOString();
  let sent = 0;
  let afterId = '';
  for (;;) {
    const candidates = await repo.listDigestCandidates(ctx.db, dailyBefore, weeklyBefore, limit, afterId);
    for (const candidate of candidates) {
      const period = duePeriod(asPreference(candidate.activity_digest), candidate.activity_digest_sent_until, candidate.time_zone, now);
      if (!period) continue;
      try {
        if (await sendDigest(ctx, candidate, period)) sent++;
      } catch (error) {
        ctx.logger.error({ err: error, staffUserId: candidate.id }, 'sending an activity digest failed; it is tried again on the next run');
      }
    }
    if (candidates.length < limit) break;
    afterId = candidates.at(-1)!.id;
  }
  return { sent };
}
