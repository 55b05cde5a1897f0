import type { AppContext } from '../context.ts';
import { addDays, todayIn } from '../../contract/calendar.ts';
import { contactPermissions } from '../../contract/portal.ts';
import { isoNow } from '../lib/clock.ts';
import { newId } from '../lib/ids.ts';
import { insertActivity } from '../modules/activity/activity.repository.ts';
import { organizationToday } from '../modules/organization/organization-today.ts';
import { reviewPeriodKey, startOfDayUtc } from '../modules/review/review.ts';

interface Actor {
  organizationId: string;
  staffUserId: string | null;
}

interface DemoReview {
  customerId: string;
  daysAgo: number;
  rating: number;
  body: string;
  reply?: string;
}

/**
 * Reviews for the demo (allow_reviews is on, one review per quarter): several customers' contacts, with
 * and without replies. Ada (Globex Corporation, the demo sign-in) reviewed in earlier quarters only, so
 * she can leave this quarter's review herself. And an invoice Ada forwarded to Globex's accounts team,
 * who became a contact person without portal access.
 */
export async function seedDemoReviews(
  ctx: AppContext,
  actor: Actor,
  customers: { globex: string; globexEurope: string; initech: string; mueller: string; yamada: string; dupont: string },
): Promise<void> {
  const organization = await ctx.db.selectFrom('organizations').select(['time_zone']).where('id', '=', actor.organizationId).executeTakeFirstOrThrow();
  const today = await organizationToday(ctx, actor.organizationId);
  const reviews: DemoReview[] = [
    { customerId: customers.globex, daysAgo: 200, rating: 4, body: 'Reliable deliveries and clear invoices. The portal saves us a lot of emails.', reply: 'Thank you, Ada! We are glad the portal helps your team.' },
    { customerId: customers.globex, daysAgo: 110, rating: 5, body: 'Paper arrived a day early, and the toner order was exactly right.', reply: 'Thanks for the kind words — see you next quarter.' },
    { customerId: customers.globexEurope, daysAgo: 3, rating: 5, body: 'Invoices in euros with VAT shown properly: exactly what our accountants need.' },
    { customerId: customers.initech, daysAgo: 9, rating: 3, body: 'Good prices, but one pallet was delivered to the wrong dock.', reply: 'Sorry about that, Peter. We have added the dock number to your shipping address.' },
    { customerId: customers.mueller, daysAgo: 12, rating: 5, body: 'Schnelle Lieferung und freundlicher Kontakt. Gerne wieder!', reply: 'Vielen Dank, Herr Müller!' },
    { customerId: customers.yamada, daysAgo: 20, rating: 4, body: '対応が早く、請求書も分かりやすいです。' },
    { customerId: customers.dupont, daysAgo: 1, rating: 2, body: 'La commande est arrivée incomplète ; nous attendons toujours deux cartons.' },
  ];
  for (const review of reviews) {
    const contact = await ctx.db.selectFrom('contact_persons').select('id').where('customer_id', '=', review.customerId).orderBy('is_primary', 'desc').orderBy('created_at').executeTakeFirstOrThrow();
    const day = addDays(today, -review.daysAgo);
    // Mid-morning of that day in the organization's zone.
    const at = new Date(new Date(startOfDayUtc(day, organization.time_zone)).getTime() + 10 * 3600 * 1000).toISOString();
    const repliedAt = review.reply ? new Date(new Date(at).getTime() + 26 * 3600 * 1000).toISOString() : null;
    await ctx.db
      .insertInto('reviews')
      .values({
        id: newId(),
        organization_id: actor.organizationId,
        customer_id: review.customerId,
        contact_person_id: contact.id,
        rating: review.rating,
        body: review.body,
        period_key: reviewPeriodKey('quarter', day),
        reply: review.reply ?? null,
        replied_at: repliedAt,
        replied_by_staff_id: review.reply ? actor.staffUserId : null,
        created_at: at,
        updated_at: repliedAt ?? at,
      })
      .onConflict((oc) => oc.columns(['contact_person_id', 'period_key']).doNothing())
      .execute();
  }

  const ada = await ctx.db.selectFrom('contact_persons').select(['id', 'first_name', 'last_name']).where('customer_id', '=', customers.globex).where('is_primary', '=', 1).executeTakeFirstOrThrow();
  const invoice = await ctx.db
    .selectFrom('documents')
    .select(['id', 'number'])
    .where('customer_id', '=', customers.globex)
    .where('kind', '=', 'invoice')
    .where('status', 'in', ['sent', 'partially_paid'])
    .orderBy('issue_date', 'desc')
    .executeTakeFirst();
  if (!invoice) return;
  const now = isoNow(ctx.clock);
  const recipientId = newId();
  const recipientEmail = 'accounts@globex.example';
  await ctx.db
    .insertInto('contact_persons')
    .values({
      id: recipientId,
      organization_id: actor.organizationId,
      customer_id: customers.globex,
      first_name: 'Globex',
      last_name: 'Accounts',
      email: recipientEmail,
      phone: null,
      is_primary: 0,
      portal_enabled: 0,
      permissions: JSON.stringify(contactPermissions),
      invited_at: null,
      accepted_at: null,
      disabled_at: null,
      created_at: now,
      updated_at: now,
    })
    .execute();
  const forwardId = newId();
  const message = 'Please schedule this one with the next payment run.';
  await ctx.db
    .insertInto('document_forwards')
    .values({
      id: forwardId,
      organization_id: actor.organizationId,
      customer_id: customers.globex,
      contact_person_id: ada.id,
      subject_type: 'invoice',
      subject_id: invoice.id,
      recipient_email: recipientEmail,
      recipient_contact_person_id: recipientId,
      message,
      details: null,
      created_at: now,
    })
    .execute();
  const actorName = `${ada.first_name} ${ada.last_name}`.trim();
  // Through insertActivity, so that the activities report's daily rollup counts it too.
  await insertActivity(
    ctx.db,
    {
      id: newId(),
      organization_id: actor.organizationId,
      customer_id: customers.globex,
      contact_person_id: ada.id,
      actor_name: actorName,
      module: 'invoices',
      action: 'document_forwarded',
      details: JSON.stringify({ forward_id: forwardId, subject_type: 'invoice', subject_id: invoice.id, number: invoice.number, recipient_email: recipientEmail, recipient_contact_person_id: recipientId, recipient_created: true }),
      message_code: 'document.forwarded',
      message_params: JSON.stringify({ actor: actorName, customer: 'Globex Corporation', kind: 'invoice', number: invoice.number, recipient: recipientEmail }),
      ip: null,
      user_agent: 'portico-seed',
      created_at: now,
    },
    { timeZone: organization.time_zone, day: todayIn(organization.time_zone, new Date(now)) },
  );
}
