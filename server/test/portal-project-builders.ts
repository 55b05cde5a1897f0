import { randomBytes } from 'node:crypto';
import type { ContactPermission } from '../../contract/portal.ts';
import type { ProjectsTable, TimeEntryStatus } from '../db/project-tables.ts';
import { newId } from '../lib/ids.ts';
import type { SignedUpStaff } from './builders.ts';
import { portalCustomer, setPermissions, type PortalCustomer } from './portal-document-builders.ts';
import { setPortalSettings } from './portal-order-builders.ts';
import type { TestApp } from './test-app.ts';

/**
 * Projects and time written straight into the tables (the staff API is another module's), for the
 * portal's project tests.
 */

export interface ProjectContact extends PortalCustomer {
  /** Portal path of a project: `${api}/projects/${id}`. */
  project(id: string): string;
}

/** Shows projects (and, unless told otherwise, lets customers approve time) in the organization's portal. */
export async function showProjects(staff: SignedUpStaff, options: { approval?: boolean; emailOnStaffComment?: boolean } = {}): Promise<void> {
  await setPortalSettings(staff, {
    show_projects: true,
    allow_time_entry_approval: options.approval ?? true,
    ...(options.emailOnStaffComment !== undefined ? { email_customers_on_staff_comment: options.emailOnStaffComment } : {}),
  });
}

/** A signed-in contact of a new customer, with these permissions (every one by default). */
export async function projectContact(t: TestApp, staff: SignedUpStaff, permissions?: ContactPermission[]): Promise<ProjectContact> {
  const contact = await portalCustomer(t, staff);
  if (permissions) await setPermissions(staff, contact.contactId, permissions);
  return { ...contact, project: (id) => `${contact.api}/projects/${id}` };
}

export async function setTimeZone(t: TestApp, organizationId: string, timeZone: string): Promise<void> {
  await t.ctx.db.updateTable('organizations').set({ time_zone: timeZone }).where('id', '=', organizationId).execute();
}

export interface SeededProject {
  project: ProjectsTable;
  taskIds: { design: string; build: string; internal: string };
}

/** A project of the customer with a billable Design and Build task and a non-billable Internal one; the owner on staff. */
export async function seedProject(
  t: TestApp,
  staff: SignedUpStaff,
  customerId: string,
  options: Partial<Pick<ProjectsTable, 'name' | 'billing_method' | 'hourly_rate_minor' | 'budget_type' | 'budget_minutes' | 'budget_minor' | 'status'>> = {},
): Promise<SeededProject> {
  const now = new Date().toISOString();
  const project: ProjectsTable = {
    id: newId(),
    organization_id: staff.organization.id,
    customer_id: customerId,
    name: options.name ?? `Project ${randomBytes(3).toString('hex')}`,
    code: null,
    description: 'Relaunch of the website',
    status: options.status ?? 'active',
    billing_method: options.billing_method ?? 'project_hours',
    currency: 'EUR',
    hourly_rate_minor: options.hourly_rate_minor ?? 6000,
    fixed_price_minor: null,
    fixed_price_invoice_id: null,
    budget_type: options.budget_type ?? 'hours',
    budget_minutes: options.budget_minutes ?? 6000,
    budget_minor: options.budget_minor ?? null,
    version: 1,
    created_at: now,
    updated_at: now,
  };
  await t.ctx.db.insertInto('projects').values(project).execute();
  await t.ctx.db.insertInto('project_staff').values({ project_id: project.id, staff_user_id: staff.user.id, organization_id: staff.organization.id, hourly_rate_minor: 9000, created_at: now }).execute();
  const task = (name: string, billable: number, rate: number | null) => ({
    id: newId(),
    organization_id: staff.organization.id,
    project_id: project.id,
    name,
    description: null,
    billable,
    hourly_rate_minor: rate,
    budget_minutes: null,
    archived_at: null,
    created_at: now,
    updated_at: now,
  });
  const tasks = [task('Design', 1, 7000), task('Build', 1, 5000), task('Internal', 0, null)];
  await t.ctx.db.insertInto('project_tasks').values(tasks).execute();
  return { project, taskIds: { design: tasks[0]!.id, build: tasks[1]!.id, internal: tasks[2]!.id } };
}

/** A time entry of the project by the organization's owner. */
export async function seedEntry(
  t: TestApp,
  seeded: SeededProject,
  options: { taskId?: string; work_date: string; minutes?: number; status?: TimeEntryStatus; billable?: number; notes?: string | null; staffUserId?: string; invoiceId?: string },
): Promise<string> {
  const now = new Date().toISOString();
  const id = newId();
  const status = options.status ?? 'awaiting_approval';
  const invoiceId = options.invoiceId ?? null;
  if (status === 'billed' && !invoiceId) throw new Error('a billed entry needs its invoice');
  const staffUserId = options.staffUserId ?? (await t.ctx.db.selectFrom('project_staff').select('staff_user_id').where('project_id', '=', seeded.project.id).executeTakeFirstOrThrow()).staff_user_id;
  await t.ctx.db
    .insertInto('time_entries')
    .values({
      id,
      organization_id: seeded.project.organization_id,
      customer_id: seeded.project.customer_id,
      project_id: seeded.project.id,
      task_id: options.taskId ?? seeded.taskIds.design,
      staff_user_id: staffUserId,
      work_date: options.work_date,
      duration_minutes: options.minutes ?? 60,
      notes: options.notes === undefined ? 'Worked on it' : options.notes,
      billable: options.billable ?? 1,
      status,
      invoice_id: invoiceId,
      submitted_at: status === 'unbilled' ? null : now,
      approved_at: null,
      approved_by_contact_id: null,
      queried_at: null,
      billed_at: status === 'billed' ? now : null,
      version: 1,
      created_at: now,
      updated_at: now,
    })
    .execute();
  return id;
}

export async function entryStatuses(t: TestApp, ids: readonly string[]): Promise<Record<string, string>> {
  if (ids.length === 0) return {};
  const rows = await t.ctx.db.selectFrom('time_entries').select(['id', 'status']).where('id', 'in', [...ids]).execute();
  return Object.fromEntries(rows.map((row) => [row.id, row.status]));
}

export async function entryEvents(t: TestApp, ids: readonly string[]) {
  if (ids.length === 0) return [];
  return t.ctx.db.selectFrom('time_entry_events').select(['time_entry_id', 'type', 'actor_type', 'comment']).where('time_entry_id', 'in', [...ids]).execute();
}
