import type { AppContext, RequestMeta } from '../../context.ts';
import type { Db, OrganizationRow } from '../../db/database.ts';
import { presentPage, type Page } from '../../db/keyset.ts';
import { enqueueEmail } from '../../email/outbox.ts';
import type { ContactPrincipal, StaffPrincipal } from '../../http/auth.ts';
import { addDays } from '../../../contract/calendar.ts';
import { AppError, notFound } from '../../lib/app-error.ts';
import { isoNow } from '../../lib/clock.ts';
import { newId } from '../../lib/ids.ts';
import { recordPortalEvent } from '../activity/activity.service.ts';
import { todayOfOrganization } from '../organization/organization-today.ts';
import { findOrganization, getOrganization } from '../organization/organization.service.ts';
import { parsePortalSettings } from '../organization/organization.ts';
import { personName, resolveLanguage } from '../portal-auth/portal-auth.ts';
import { contactActorName } from '../portal-access/contact-actor.service.ts';
import { nextReviewPeriodStart, reviewPeriodKey, startOfDayUtc, summarizeRatings, type RatingSummary } from './review.ts';
import { renderReviewReplyEmail } from './review-email.ts';
import * as repo from './review.repository.ts';
import type { ListReviewsQuery, NewReviewBody, PortalReviewResponse, PortalReviewsResponse, ReviewResponse, ReviewSummaryQuery } from './review.schemas.ts';
import { portalBaseUrl } from '../custom-domain/custom-domain.ts';

/** With reviews switched off, the portal's review pages do not exist (404), whoever asks. */
export function assertReviewsAllowed(organization: OrganizationRow): void {
  if (!parsePortalSettings(organization.portal_settings).allow_reviews) throw notFound('Page');
}

function reviewerOf(contact: ContactPrincipal): { customerId: string; contactPersonId: string } {
  if (!contact.customerId || !contact.contactPersonId) throw new AppError('FORBIDDEN', 'Choose an account first');
  return { customerId: contact.customerId, contactPersonId: contact.contactPersonId };
}

function presentPortalReview(row: repo.ReviewView): PortalReviewResponse {
  return { id: row.id, rating: row.rating, body: row.body, period_key: row.period_key, reply: row.reply, replied_at: row.replied_at, created_at: row.created_at };
}

export function presentReview(row: repo.ReviewView): ReviewResponse {
  return {
    ...presentPortalReview(row),
    customer: { id: row.customer_id, display_name: row.customer_name },
    contact: { id: row.contact_person_id, name: `${row.contact_first_name} ${row.contact_last_name}`.trim(), email: row.contact_email },
    replied_by: row.replied_by_staff_id ? { id: row.replied_by_staff_id, name: row.replied_by_name ?? '' } : null,
  };
}

/** The period this organization is in today, by its review_period setting and its calendar. */
function currentPeriod(ctx: AppContext, organization: OrganizationRow) {
  const period = parsePortalSettings(organization.portal_settings).review_period;
  const today = todayOfOrganization(organization, ctx.clock.now());
  return { period, key: reviewPeriodKey(period, today), nextStarts: nextReviewPeriodStart(period, today) };
}

/** The contact's reviews with the business's replies, and whether it may review in this period. */
export async function getPortalReviews(ctx: AppContext, organization: OrganizationRow, contact: ContactPrincipal): Promise<PortalReviewsResponse> {
  assertReviewsAllowed(organization);
  const reviewer = reviewerOf(contact);
  const { period, key, nextStarts } = currentPeriod(ctx, organization);
  const reviews = (await repo.listReviewsOfContact(ctx.db, organization.id, reviewer.contactPersonId)).map(presentPortalReview);
  const current = reviews.find((review) => review.period_key === key) ?? null;
  return { can_review: current === null, period, period_key: key, next_period_starts: nextStarts, current, data: reviews };
}

/**
 * A contact reviews the business, once per review period: the unique index on (contact, period) makes a
 * second review of the period, also one sent at the same moment, a 409. Staff are notified.
 */
export async function submitReview(ctx: AppContext, organization: OrganizationRow, contact: ContactPrincipal, input: NewReviewBody, meta: RequestMeta): Promise<PortalReviewResponse> {
  assertReviewsAllowed(organization);
  const reviewer = reviewerOf(contact);
  const { key } = currentPeriod(ctx, organization);
  const alreadyReviewed = () => new AppError('CONFLICT', 'You have already reviewed us in this period; thank you!');
  try {
    return await ctx.db.transaction().execute(async (trx) => {
      const now = isoNow(ctx.clock);
      const id = newId();
      await repo.insertReview(trx, {
        id,
        organization_id: organization.id,
        customer_id: reviewer.customerId,
        contact_person_id: reviewer.contactPersonId,
        rating: input.rating,
        body: input.body,
        period_key: key,
        reply: null,
        replied_at: null,
        replied_by_staff_id: null,
        created_at: now,
        updated_at: now,
      });
      const actorName = await contactActorName(trx, reviewer.contactPersonId);
      const customer = contact.account?.customer_name ?? '';
      await recordPortalEvent(
        ctx,
        trx,
        organization,
        {
          type: 'portal.review_submitted',
          module: 'reviews',
          action: 'review_submitted',
          customerId: reviewer.customerId,
          contactPersonId: reviewer.contactPersonId,
          actorName,
          message: { code: 'review.submitted', params: { actor: actorName, customer, rating: input.rating, body: input.body } },
          link: `/admin/reviews?review=${id}`,
          details: { review_id: id, rating: input.rating, period_key: key },
        },
        meta,
      );
      const created = await repo.findReview(trx, organization.id, id);
      if (!created) throw notFound('Review');
      return presentPortalReview(created);
    });
  } catch (error) {
    if (repo.isUniqueViolation(error)) throw alreadyReviewed();
    throw error;
  }
}

/** Calendar dates of the organization → the UTC range of created_at they cover. */
async function createdRange(ctx: AppContext, organizationId: string, query: { from?: string | undefined; to?: string | undefined }) {
  if (!query.from && !query.to) return {};
  const organization = await getOrganization(ctx, organizationId);
  return {
    from: query.from ? startOfDayUtc(query.from, organization.time_zone) : undefined,
    until: query.to ? startOfDayUtc(addDays(query.to, 1), organization.time_zone) : undefined,
  };
}

export async function listReviews(ctx: AppContext, organizationId: string, query: ListReviewsQuery): Promise<Page<ReviewResponse>> {
  const page = await repo.listReviewPage(ctx.db, organizationId, {
    rating: query.rating,
    replied: query.replied === undefined ? undefined : query.replied === 'true',
    customerId: query.customer_id,
    ...(await createdRange(ctx, organizationId, query)),
    limit: query.limit,
    cursor: query.cursor,
  });
  return presentPage(page, (rows) => rows.map(presentReview));
}

export async function summarizeReviews(ctx: AppContext, organizationId: string, query: ReviewSummaryQuery): Promise<RatingSummary> {
  return summarizeRatings(await repo.countRatings(ctx.db, organizationId, { customerId: query.customer_id, ...(await createdRange(ctx, organizationId, query)) }));
}

/** Mails the reviewer the reply, in their language (their own, else their customer's), with a link to their reviews. */
async function mailReply(ctx: AppContext, db: Db, organization: OrganizationRow, review: repo.ReviewView, reply: string): Promise<void> {
  const reviewer = await repo.findReviewer(db, review.contact_person_id);
  if (!reviewer?.email) return;
  const mail = renderReviewReplyEmail({
    language: resolveLanguage(reviewer.own_language, reviewer.portal_language),
    organizationName: organization.name,
    brandColor: organization.brand_color,
    recipientName: personName(reviewer) || null,
    rating: review.rating,
    review: review.body,
    reply,
    reviewsUrl: `${portalBaseUrl(ctx.config.publicUrl, organization)}/reviews`,
  });
  await enqueueEmail(ctx, db, { ...mail, to: reviewer.email, kind: 'review_reply', organizationId: organization.id });
}

/** Staff reply to a review (a later reply replaces the earlier one); the reviewer is emailed and sees it in the portal. */
export async function replyToReview(ctx: AppContext, staff: StaffPrincipal, id: string, reply: string): Promise<ReviewResponse> {
  return ctx.db.transaction().execute(async (trx) => {
    const review = await repo.findReview(trx, staff.organizationId, id);
    if (!review) throw notFound('Review');
    const organization = await findOrganization(trx, staff.organizationId);
    if (!organization) throw notFound('Review');
    await repo.updateReviewReply(trx, staff.organizationId, id, { reply, replied_at: isoNow(ctx.clock), replied_by_staff_id: staff.staffUserId });
    await mailReply(ctx, trx, organization, review, reply);
    const updated = await repo.findReview(trx, staff.organizationId, id);
    if (!updated) throw notFound('Review');
    return presentReview(updated);
  });
}
