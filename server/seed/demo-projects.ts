import { addDays } from '../../contract/calendar.ts';
import type { AppContext } from '../context.ts';
import type { StaffPrincipal } from '../http/auth.ts';
import { isoNow } from '../lib/clock.ts';
import { newId } from '../lib/ids.ts';
import { updatePortalSettings } from '../modules/organization/organization.service.ts';
import { organizationToday } from '../modules/organization/organization-today.ts';
import { billProject } from '../modules/project/project-billing.service.ts';
import { createProject } from '../modules/project/project.service.ts';
import { answerQuery, submitEntries } from '../modules/time-entry/time-entry-approval.service.ts';
import { createTimeEntry } from '../modules/time-entry/time-entry.service.ts';

interface Actor {
  organizationId: string;
  staffUserId: string | null;
}

/**
 * Demo projects (docs/projects.md): one of each billing method for customers with portal contacts, with
 * time in every state — billed on invoices, approved, awaiting approval, queried with the contact's
 * comment, answered by staff, unbilled — and a support budget nearly used up. Customers approve time.
 */
export async function seedDemoProjects(ctx: AppContext, actor: Actor, customers: { usd: string; usdContactId: string; usdContactName: string; eur: string; eurContactId: string; other: string }): Promise<void> {
  const staff: StaffPrincipal = { organizationId: actor.organizationId, staffUserId: actor.staffUserId, role: 'owner', via: 'session', sessionId: null, sessionToken: null, scopes: [], language: 'en' };
  const orgId = actor.organizationId;
  const today = await organizationToday(ctx, orgId);
  const day = (offset: number) => addDays(today, offset);
  await updatePortalSettings(ctx, orgId, { show_projects: true, allow_time_entry_approval: true });

  const log = async (projectId: string, taskId: string, offset: number, minutes: number, notes: string, billable = true) =>
    (await createTimeEntry(ctx, staff, { project_id: projectId, task_id: taskId, work_date: day(offset), duration_minutes: minutes, notes, billable })).id;
  const task = (project: { tasks: { id: string; name: string }[] }, name: string) => project.tasks.find((candidate) => candidate.name === name)!.id;

  /** What a contact does in the portal, as it is recorded: approval, or a query with a comment. */
  const byContact = async (ids: string[], contactId: string, contactName: string, type: 'approved' | 'queried', comment: string | null = null) => {
    const now = isoNow(ctx.clock);
    await ctx.db
      .updateTable('time_entries')
      .set(type === 'approved' ? { status: 'approved', approved_at: now, approved_by_contact_id: contactId, updated_at: now } : { status: 'queried', queried_at: now, updated_at: now })
      .where('id', 'in', ids)
      .execute();
    await ctx.db
      .insertInto('time_entry_events')
      .values(ids.map((id) => ({ id: newId(), organization_id: orgId, time_entry_id: id, type, actor_type: 'contact' as const, staff_user_id: null, contact_person_id: contactId, actor_name: contactName, comment, created_at: now })))
      .execute();
  };

  // Task hours for Globex: design and development at their own rates, project management not billed.
  const app = await createProject(ctx, orgId, {
    customer_id: customers.usd,
    name: 'Warehouse app',
    code: 'GLX-APP',
    description: 'A mobile app for Globex’s warehouse staff: picking lists, scanning and stock counts.',
    billing_method: 'task_hours',
    budget_type: 'hours',
    budget_minutes: 120 * 60,
    tasks: [
      { name: 'Design', hourly_rate_minor: 12_000 },
      { name: 'Development', hourly_rate_minor: 15_000 },
      { name: 'Project management', billable: false, hourly_rate_minor: 0 },
    ],
  });
  const billedOnInvoice = [
    await log(app.id, task(app, 'Design'), -40, 240, 'Workshop with the warehouse team'),
    await log(app.id, task(app, 'Design'), -39, 180, 'Wireframes of the picking list'),
    await log(app.id, task(app, 'Development'), -35, 420, 'Barcode scanning'),
  ];
  await log(app.id, task(app, 'Project management'), -38, 60, 'Weekly call', true);
  await submitEntries(ctx, staff, billedOnInvoice);
  await byContact(billedOnInvoice, customers.usdContactId, customers.usdContactName, 'approved');
  await billProject(ctx, staff, app.id, { group_by: 'task', entry_ids: billedOnInvoice });

  const approved = [await log(app.id, task(app, 'Development'), -12, 300, 'Offline sync'), await log(app.id, task(app, 'Design'), -11, 90, 'Stock count screens')];
  const awaiting = [await log(app.id, task(app, 'Development'), -5, 360, 'Push notifications'), await log(app.id, task(app, 'Development'), -4, 240, 'Beta build for testers')];
  const queried = await log(app.id, task(app, 'Development'), -6, 480, 'Performance work on large warehouses');
  const answered = await log(app.id, task(app, 'Design'), -7, 150, 'Icon set');
  await submitEntries(ctx, staff, [...approved, ...awaiting, queried, answered]);
  await byContact(approved, customers.usdContactId, customers.usdContactName, 'approved');
  await byContact([queried], customers.usdContactId, customers.usdContactName, 'queried', 'Eight hours on performance in one day? Please tell us what this covered.');
  await byContact([answered], customers.usdContactId, customers.usdContactName, 'queried', 'Was the icon set not part of the design package?');
  await answerQuery(ctx, staff, answered, { comment: 'The package had 12 icons; these are the 20 extra ones you asked for on the call. We shortened it to two hours.', duration_minutes: 120 });
  await log(app.id, task(app, 'Development'), -1, 210, 'Bug fixes from the beta');
  await log(app.id, task(app, 'Design'), 0, 45, 'Splash screen');

  // Project hours for Globex: a support retainer with an hours budget that is nearly used up.
  const support = await createProject(ctx, orgId, {
    customer_id: customers.usd,
    name: 'Support 2026',
    code: 'GLX-SUP',
    billing_method: 'project_hours',
    hourly_rate_minor: 9_500,
    budget_type: 'hours',
    budget_minutes: 40 * 60,
    tasks: [{ name: 'Support requests' }, { name: 'Server updates' }],
  });
  const supportBilled: string[] = [];
  for (let week = 0; week < 8; week += 1) {
    supportBilled.push(await log(support.id, task(support, week % 2 ? 'Server updates' : 'Support requests'), -60 + week * 7, 240, week % 2 ? 'Monthly patches' : 'Tickets of the week'));
  }
  await submitEntries(ctx, staff, supportBilled);
  await byContact(supportBilled, customers.usdContactId, customers.usdContactName, 'approved');
  await billProject(ctx, staff, support.id, { group_by: 'entry', entry_ids: supportBilled });
  const supportRecent = [await log(support.id, task(support, 'Support requests'), -3, 300, 'Printer driver rollout'), await log(support.id, task(support, 'Support requests'), -2, 150, 'New starters’ laptops')];
  await submitEntries(ctx, staff, supportRecent);

  // A fixed price for Globex Europe: invoiced once, the time on it for the record.
  const erp = await createProject(ctx, orgId, {
    customer_id: customers.eur,
    name: 'ERP integration',
    code: 'GLX-EU-ERP',
    billing_method: 'fixed_price',
    fixed_price_minor: 1_200_000,
    budget_type: 'amount',
    budget_minor: 1_200_000,
    hourly_rate_minor: 11_000,
    tasks: [{ name: 'Analysis' }, { name: 'Interfaces' }],
  });
  const erpTime = [await log(erp.id, task(erp, 'Analysis'), -30, 360, 'Data mapping'), await log(erp.id, task(erp, 'Interfaces'), -25, 480, 'Order import')];
  await submitEntries(ctx, staff, erpTime);
  await byContact(erpTime, customers.eurContactId, 'Ada Lovelace', 'approved');
  await billProject(ctx, staff, erp.id, { group_by: 'task' });
  await log(erp.id, task(erp, 'Interfaces'), -2, 240, 'Invoice export');

  // Staff hours for Initech: each person's rate.
  if (actor.staffUserId) {
    const audit = await createProject(ctx, orgId, {
      customer_id: customers.other,
      name: 'Security audit',
      billing_method: 'staff_hours',
      budget_type: 'none',
      staff: [{ staff_user_id: actor.staffUserId, hourly_rate_minor: 18_000 }],
      tasks: [{ name: 'Review' }, { name: 'Report' }],
    });
    await log(audit.id, task(audit, 'Review'), -9, 300, 'Firewall rules');
    await log(audit.id, task(audit, 'Report'), -8, 120, 'Findings draft');
  }
}
