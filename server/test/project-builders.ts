import type { Db } from '../db/database.ts';
import { newId } from '../lib/ids.ts';
import type { SignedUpStaff } from './builders.ts';
import { createBillingCustomer } from './billing-payment-builders.ts';

export interface TestProject {
  id: string;
  version: number;
  currency: string;
  customer: { id: string; display_name: string };
  tasks: { id: string; name: string }[];
  staff: { staff_user_id: string; hourly_rate_minor: number | null }[];
}

/** A project of `customerId` (a new EUR customer when left out), project hours at 100.00 / h with tasks Design and Build unless `body` says otherwise. */
export async function createTestProject(staff: SignedUpStaff, body: Record<string, unknown> = {}, customerId?: string): Promise<TestProject> {
  const customer = customerId ?? (await createBillingCustomer(staff, { portal: false })).id;
  const response = await staff.client.post('/api/v1/projects', {
    customer_id: customer,
    name: 'Website relaunch',
    billing_method: 'project_hours',
    hourly_rate_minor: 10_000,
    tasks: [{ name: 'Design' }, { name: 'Build' }],
    ...body,
  });
  if (response.statusCode !== 201) throw new Error(`project creation failed: ${response.body}`);
  return response.json<TestProject>();
}

export function taskId(project: TestProject, name: string): string {
  const task = project.tasks.find((candidate) => candidate.name === name);
  if (!task) throw new Error(`no task ${name}`);
  return task.id;
}

export interface TestEntry {
  id: string;
  status: string;
  version: number;
  duration_minutes: number;
}

/** Logs `minutes` on the task (by name or id) of the project. */
export async function logTime(staff: SignedUpStaff, project: TestProject, task: string, minutes: number, extra: Record<string, unknown> = {}): Promise<TestEntry> {
  const id = project.tasks.find((candidate) => candidate.name === task)?.id ?? task;
  const response = await staff.client.post('/api/v1/time-entries', { project_id: project.id, task_id: id, work_date: '2026-12-01', duration_minutes: minutes, ...extra });
  if (response.statusCode !== 201) throw new Error(`logging time failed: ${response.body}`);
  return response.json<TestEntry>();
}

/** Another staff member of the organization (inserted directly, never signed in). */
export async function addStaffMember(db: Db, staff: SignedUpStaff, name: string): Promise<string> {
  const id = newId();
  const now = new Date().toISOString();
  await db
    .insertInto('staff_users')
    .values({ id, organization_id: staff.organization.id, email: `${id}@example.test`, name, role: 'staff', password_hash: 'x', language: 'en', disabled_at: null, created_at: now, updated_at: now, activity_digest: 'off', activity_digest_sent_until: null })
    .execute();
  return id;
}
