/**
 * The demo's portal activity over the last four months, so that the portal activities report, its chart
 * and the activity list have something to show on first start: each account's contact signing in every few
 * days, the first views of the documents the business sent (marking them Viewed, with the view log), the
 * portal payments, estimate decisions, orders, statement downloads, time approvals and queries, and the
 * reviews the customers' contacts left. Every activity is written with `insertActivity`, which keeps
 * the report's daily rollup (activity_daily_counts) in step, and its message is checked against the
 * catalogue (contract/messages) as the services' are. No notifications: the demo's bell starts quiet.
 *
 * Deterministic (a fixed pseudo-random sequence), and one transaction of a few hundred statements.
 */
import type { Insertable } from 'kysely';
import { addDays, todayIn } from '../../contract/calendar.ts';
import { documentSegments } from '../../contract/documents.ts';
import { assertEventMessage, type EventMessage } from '../../contract/messages/message-codes.ts';
import type { AppContext } from '../context.ts';
import type { ActivitiesTable, Db } from '../db/database.ts';
import { newId } from '../lib/ids.ts';
import { insertActivity } from '../modules/activity/activity.repository.ts';
import { startOfDayUtc } from '../modules/review/review.ts';

/** How far back the history reaches: the last 120 days, today included. */
export const demoActivityDays = 120;

export interface DemoAccount {
  customerId: string;
  customerName: string;
  contactPersonId: string;
  contactName: string;
  /** About how many days pass between two sign-ins; null: none (whose first sign-in is still to come). */
  signInEvery: number | null;
}

interface Activity {
  at: string;
  customerId: string | null;
  contactPersonId: string | null;
  actorName: string;
  module: string;
  action: string;
  message: EventMessage;
  details?: Record<string, unknown>;
}

/** A small fixed pseudo-random sequence (mulberry32): the same demo on every start. */
function sequence(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

export async function seedDemoActivity(ctx: AppContext, organizationId: string, accounts: DemoAccount[]): Promise<void> {
  const organization = await ctx.db.selectFrom('organizations').select(['time_zone']).where('id', '=', organizationId).executeTakeFirstOrThrow();
  const timeZone = organization.time_zone;
  const now = ctx.clock.now();
  const today = todayIn(timeZone, now);
  const first = addDays(today, -(demoActivityDays - 1));
  const random = sequence(20_261_204);
  /** That day in the organization's zone at a working hour (9:00 to 17:59); never later than a minute ago. */
  const during = (day: string, hour = 9 + Math.floor(random() * 9)): string => {
    const at = new Date(startOfDayUtc(day, timeZone)).getTime() + hour * 3_600_000 + Math.floor(random() * 60) * 60_000;
    return new Date(Math.min(at, now.getTime() - 60_000)).toISOString();
  };
  const inPeriod = (day: string) => day >= first && day <= today;
  const activities: Activity[] = [];
  const byCustomer = new Map(accounts.map((account) => [account.customerId, account]));
  const customerIds = accounts.map((account) => account.customerId);

  // Sign-ins, every few days, more often in the last weeks.
  for (const account of accounts) {
    const every = account.signInEvery;
    if (every === null) continue;
    const message = (): EventMessage => ({ code: 'portal.signed_in', params: { actor: account.contactName, customer: account.customerName } });
    for (let day = first; day <= today; ) {
      activities.push({ at: during(day), customerId: account.customerId, contactPersonId: account.contactPersonId, actorName: account.contactName, module: 'portal', action: 'signin', message: message() });
      const recent = day >= addDays(today, -30);
      day = addDays(day, 1 + Math.floor(random() * (recent ? every / 2 + 1 : every + 1)));
    }
  }

  // The first view of each document the business sent, a day or two after it was issued.
  const documents = await ctx.db
    .selectFrom('documents')
    .select(['id', 'kind', 'number', 'status', 'issue_date', 'customer_id', 'accepted_at', 'declined_at', 'decline_reason'])
    .where('organization_id', '=', organizationId)
    .where('customer_id', 'in', customerIds)
    .where('status', 'not in', ['draft', 'void'])
    .where('viewed_at', 'is', null)
    .orderBy('issue_date')
    .execute();
  const views: { documentId: string; contactPersonId: string; contactName: string; at: string }[] = [];
  for (const document of documents) {
    const account = byCustomer.get(document.customer_id);
    if (!account) continue;
    const day = addDays(document.issue_date, Math.floor(random() * 3));
    if (!inPeriod(day)) continue;
    const at = during(day);
    views.push({ documentId: document.id, contactPersonId: account.contactPersonId, contactName: account.contactName, at });
    const base = { customerId: account.customerId, contactPersonId: account.contactPersonId, actorName: account.contactName, module: documentSegments[document.kind] };
    activities.push({
      ...base,
      at,
      action: 'document_viewed',
      message: { code: 'document.viewed', params: { actor: account.contactName, customer: account.customerName, kind: document.kind, number: document.number } },
      details: { document_id: document.id, number: document.number, kind: document.kind },
    });
    // Estimates the contact decided on, a little after reading them.
    if (document.kind === 'estimate' && (document.accepted_at || document.declined_at)) {
      const decided = during(addDays(day, 1 + Math.floor(random() * 3)));
      if (document.accepted_at) {
        activities.push({ ...base, at: decided, action: 'estimate_accepted', message: { code: 'estimate.accepted', params: { actor: account.contactName, customer: account.customerName, number: document.number } } });
      } else {
        activities.push({
          ...base,
          at: decided,
          action: 'estimate_declined',
          message: { code: 'estimate.declined', params: { actor: account.contactName, customer: account.customerName, number: document.number, reason: document.decline_reason } },
        });
      }
    }
  }

  // Payments made in the portal: the demo's bank transfers (an online bank payment, as the portal takes them).
  const payments = await ctx.db
    .selectFrom('payments')
    .select(['id', 'number', 'customer_id', 'amount_minor', 'currency', 'paid_on'])
    .where('organization_id', '=', organizationId)
    .where('customer_id', 'in', customerIds)
    .where('method', '=', 'bank_transfer')
    .execute();
  const portalPayments: { id: string; contactPersonId: string }[] = [];
  for (const payment of payments) {
    const account = byCustomer.get(payment.customer_id);
    if (!account || !inPeriod(payment.paid_on)) continue;
    const paid = await ctx.db
      .selectFrom('payment_allocations')
      .innerJoin('documents', 'documents.id', 'payment_allocations.document_id')
      .select('documents.number')
      .where('payment_allocations.payment_id', '=', payment.id)
      .orderBy('documents.number')
      .execute();
    portalPayments.push({ id: payment.id, contactPersonId: account.contactPersonId });
    activities.push({
      at: during(payment.paid_on),
      customerId: account.customerId,
      contactPersonId: account.contactPersonId,
      actorName: account.contactName,
      module: 'payments',
      action: 'payment_received',
      message: {
        code: 'payment.received',
        params: { actor: account.contactName, customer: account.customerName, number: payment.number, documents: paid.map((row) => row.number), amount: { amount_minor: Number(payment.amount_minor), currency: payment.currency } },
      },
      details: { payment_id: payment.id, number: payment.number },
    });
  }

  // Orders placed in the portal.
  const orders = await ctx.db
    .selectFrom('sales_orders')
    .leftJoin('contact_persons', 'contact_persons.id', 'sales_orders.placed_by_contact_id')
    .select(['sales_orders.id', 'sales_orders.number', 'sales_orders.customer_id', 'sales_orders.order_date', 'sales_orders.total_minor', 'sales_orders.currency', 'sales_orders.placed_by_contact_id', 'contact_persons.first_name', 'contact_persons.last_name'])
    .where('sales_orders.organization_id', '=', organizationId)
    .where('sales_orders.placed_via', '=', 'portal')
    .where('sales_orders.customer_id', 'in', customerIds)
    .execute();
  for (const order of orders) {
    const account = byCustomer.get(order.customer_id);
    if (!account || !inPeriod(order.order_date)) continue;
    // Whoever placed it.
    const actor = order.first_name !== null ? `${order.first_name} ${order.last_name ?? ''}`.trim() : account.contactName;
    activities.push({
      at: during(order.order_date),
      customerId: account.customerId,
      contactPersonId: order.placed_by_contact_id ?? account.contactPersonId,
      actorName: actor,
      module: 'sales_orders',
      action: 'order_placed',
      message: {
        code: 'sales_order.placed',
        params: { actor, customer: account.customerName, number: order.number, amount: { amount_minor: Number(order.total_minor), currency: order.currency }, awaiting_approval: true },
      },
      details: { sales_order_id: order.id, number: order.number },
    });
  }

  // Last month's statement, downloaded early in each month by the first account.
  const statementAccount = accounts[0];
  if (statementAccount) {
    for (let month = first.slice(0, 7); `${month}-01` <= today; month = addDays(`${month}-01`, 32).slice(0, 7)) {
      const day = addDays(`${month}-01`, 1 + Math.floor(random() * 4));
      if (!inPeriod(day)) continue;
      const from = addDays(`${month}-01`, -1).slice(0, 7) + '-01';
      const to = addDays(`${month}-01`, -1);
      activities.push({
        at: during(day),
        customerId: statementAccount.customerId,
        contactPersonId: statementAccount.contactPersonId,
        actorName: statementAccount.contactName,
        module: 'statement',
        action: 'statement_downloaded',
        message: { code: 'statement.downloaded', params: { actor: statementAccount.contactName, customer: statementAccount.customerName, from, to } },
      });
    }
  }

  // Time approved or queried in the portal, a day or two after the last day worked of each batch.
  const decisions = await ctx.db
    .selectFrom('time_entry_events')
    .innerJoin('time_entries', 'time_entries.id', 'time_entry_events.time_entry_id')
    .innerJoin('projects', 'projects.id', 'time_entries.project_id')
    .innerJoin('project_tasks', 'project_tasks.id', 'time_entries.task_id')
    .select([
      'time_entry_events.actor_name',
      'time_entry_events.type',
      'time_entry_events.contact_person_id',
      'time_entry_events.comment',
      'time_entry_events.created_at',
      'time_entries.customer_id',
      'time_entries.work_date',
      'time_entries.duration_minutes',
      'projects.name as project_name',
      'project_tasks.name as task_name',
    ])
    .where('time_entry_events.organization_id', '=', organizationId)
    .where('time_entry_events.actor_type', '=', 'contact')
    .where('time_entry_events.type', 'in', ['approved', 'queried'])
    .orderBy('time_entries.work_date')
    .execute();
  // By the contact who decided (the time entry's events say who).
  const approvals = new Map<string, { account: DemoAccount; contactPersonId: string | null; actor: string; project: string; count: number; minutes: number; lastDay: string }>();
  for (const decision of decisions) {
    const account = byCustomer.get(decision.customer_id);
    if (!account) continue;
    if (decision.type === 'queried') {
      const day = addDays(decision.work_date, 1);
      if (!inPeriod(day)) continue;
      activities.push({
        at: during(day),
        customerId: account.customerId,
        contactPersonId: decision.contact_person_id,
        actorName: decision.actor_name,
        module: 'project',
        action: 'time_queried',
        message: { code: 'project.time_queried', params: { actor: decision.actor_name, customer: account.customerName, project: decision.project_name, task: decision.task_name, work_date: decision.work_date, comment: decision.comment } },
      });
      continue;
    }
    // One approval per project and batch (the seed approves each batch at once).
    const key = `${decision.customer_id}\u0000${decision.project_name}\u0000${decision.contact_person_id ?? ''}\u0000${decision.created_at}`;
    const batch = approvals.get(key) ?? { account, contactPersonId: decision.contact_person_id, actor: decision.actor_name, project: decision.project_name, count: 0, minutes: 0, lastDay: decision.work_date };
    batch.count += 1;
    batch.minutes += Number(decision.duration_minutes);
    if (decision.work_date > batch.lastDay) batch.lastDay = decision.work_date;
    approvals.set(key, batch);
  }
  for (const batch of approvals.values()) {
    const day = addDays(batch.lastDay, 1 + Math.floor(random() * 2));
    if (!inPeriod(day)) continue;
    activities.push({
      at: during(day),
      customerId: batch.account.customerId,
      contactPersonId: batch.contactPersonId,
      actorName: batch.actor,
      module: 'project',
      action: 'time_approved',
      message: { code: 'project.time_approved', params: { actor: batch.actor, customer: batch.account.customerName, project: batch.project, count: batch.count, minutes: batch.minutes, week_start: null } },
    });
  }

  // The reviews the demo's customers left, when they left them.
  const reviews = await ctx.db
    .selectFrom('reviews')
    .innerJoin('customers', 'customers.id', 'reviews.customer_id')
    .innerJoin('contact_persons', 'contact_persons.id', 'reviews.contact_person_id')
    .select(['reviews.id', 'reviews.customer_id', 'reviews.contact_person_id', 'reviews.rating', 'reviews.body', 'reviews.created_at', 'customers.display_name', 'contact_persons.first_name', 'contact_persons.last_name'])
    .where('reviews.organization_id', '=', organizationId)
    .execute();
  for (const review of reviews) {
    if (!inPeriod(todayIn(timeZone, new Date(review.created_at)))) continue;
    const actor = `${review.first_name} ${review.last_name ?? ''}`.trim();
    activities.push({
      at: review.created_at,
      customerId: review.customer_id,
      contactPersonId: review.contact_person_id,
      actorName: actor,
      module: 'reviews',
      action: 'review_submitted',
      message: { code: 'review.submitted', params: { actor, customer: review.display_name, rating: review.rating, body: review.body } },
      details: { review_id: review.id },
    });
  }

  activities.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
  await ctx.db.transaction().execute(async (trx) => {
    for (const activity of activities) await insertActivity(trx, activityRow(organizationId, activity), { timeZone, day: todayIn(timeZone, new Date(activity.at)) });
    await recordViews(trx, views);
    for (const payment of portalPayments) {
      await trx.updateTable('payments').set({ contact_person_id: payment.contactPersonId }).where('id', '=', payment.id).execute();
    }
    for (const account of accounts) {
      const last = activities.filter((activity) => activity.action === 'signin' && activity.contactPersonId === account.contactPersonId).at(-1);
      if (!last) continue;
      const contact = await trx.selectFrom('contact_persons').select('email').where('id', '=', account.contactPersonId).executeTakeFirst();
      if (contact?.email) await trx.updateTable('portal_identities').set({ last_sign_in_at: last.at }).where('organization_id', '=', organizationId).where('email', '=', contact.email).execute();
    }
  });
}

function activityRow(organizationId: string, activity: Activity): Insertable<ActivitiesTable> {
  const message = assertEventMessage(activity.message);
  return {
    id: newId(),
    organization_id: organizationId,
    customer_id: activity.customerId,
    contact_person_id: activity.contactPersonId,
    actor_name: activity.actorName,
    module: activity.module,
    action: activity.action,
    details: activity.details ? JSON.stringify(activity.details) : null,
    message_code: message.code,
    message_params: JSON.stringify(message.params),
    ip: '203.0.113.24',
    user_agent: 'portico-seed',
    created_at: activity.at,
  };
}

/** The view log and the Viewed flag of the documents first viewed above. */
async function recordViews(trx: Db, views: { documentId: string; contactPersonId: string; contactName: string; at: string }[]): Promise<void> {
  for (const view of views) {
    await trx.insertInto('document_views').values({ id: newId(), document_id: view.documentId, contact_person_id: view.contactPersonId, contact_name: view.contactName, ip: '203.0.113.24', user_agent: 'portico-seed', viewed_at: view.at }).execute();
    await trx.updateTable('documents').set({ viewed_at: view.at, viewed_by_contact_id: view.contactPersonId }).where('id', '=', view.documentId).where('viewed_at', 'is', null).execute();
  }
}
