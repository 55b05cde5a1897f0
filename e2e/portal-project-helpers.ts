import { randomBytes } from 'node:crypto';
import type { Page } from 'playwright-core';
import { expectAccessible } from './axe.ts';
import type { Harness } from './harness.ts';
import { acceptInvitation, linkFromMail, portalUrl, signedUpStaffPage, signIn, uniqueEmail, type StaffPage } from './portal-helpers.ts';

export const contactPassword = 'correct-horse-battery-staple';
export const phone = { width: 390, height: 844 };
const unique = () => randomBytes(4).toString('hex');

/** A YYYY-MM-DD day moved by whole days. */
export function addDays(day: string, days: number): string {
  const at = new Date(`${day}T00:00:00Z`);
  at.setUTCDate(at.getUTCDate() + days);
  return at.toISOString().slice(0, 10);
}

export interface PortalContactScene {
  staff: StaffPage;
  customerId: string;
  customerName: string;
  contactId: string;
  contactEmail: string;
  /** "Paula Portal": the contact's name as the portal and the console show it. */
  contactName: string;
  /** The contact, signed in to the portal. */
  contact: Page;
}

/** A new organization with these portal settings and a customer in euros whose contact has accepted the invitation and is signed in. */
export async function portalContactScene(h: Harness, options: { settings?: Record<string, unknown>; viewport?: { width: number; height: number } } = {}): Promise<PortalContactScene> {
  const staff = await signedUpStaffPage(h, `Portal ${unique()}`);
  if (options.settings) await staff.call('PATCH', '/portal/settings', options.settings);
  const contactEmail = uniqueEmail('paula');
  const customerName = `Initech ${unique()}`;
  const customer = await staff.call<{ id: string; contact_persons: { id: string }[] }>('POST', '/customers', {
    display_name: customerName,
    currency: 'EUR',
    portal_language: 'en',
    allow_portal_access: true,
    contact_persons: [{ first_name: 'Paula', last_name: 'Portal', email: contactEmail, is_primary: true }],
  });
  const invite = await h.newPage();
  await acceptInvitation(invite, await linkFromMail(h, contactEmail, 'invite'), contactPassword);
  await invite.close();
  const contact = await h.newPage({ viewport: options.viewport });
  await signIn(contact, h, staff.slug, contactEmail, contactPassword);
  await contact.getByRole('heading', { level: 1, name: /^Welcome, / }).waitFor();
  return { staff, customerId: customer.id, customerName, contactId: customer.contact_persons[0]?.id ?? '', contactEmail, contactName: 'Paula Portal', contact };
}

export interface PortalProjectScene extends PortalContactScene {
  projectId: string;
  projectName: string;
  tasks: { design: string; build: string };
  /** The Monday of the organization's current week, as the portal answers it. */
  thisWeekStart: string;
}

/**
 * A portal contact scene showing projects (customers approve time unless told otherwise), and a project
 * of the customer billed by project hours at €90.00 with the tasks Design and Build and a budget of 10 hours.
 */
export async function portalProjectScene(h: Harness, options: { approval?: boolean; settings?: Record<string, unknown>; viewport?: { width: number; height: number } } = {}): Promise<PortalProjectScene> {
  const scene = await portalContactScene(h, { viewport: options.viewport, settings: { show_projects: true, allow_time_entry_approval: options.approval ?? true, ...options.settings } });
  const projectName = `Intranet ${unique()}`;
  const project = await scene.staff.call<{ id: string; tasks: { id: string; name: string }[] }>('POST', '/projects', {
    customer_id: scene.customerId,
    name: projectName,
    billing_method: 'project_hours',
    hourly_rate_minor: 9000,
    budget_type: 'hours',
    budget_minutes: 600,
    tasks: [{ name: 'Design' }, { name: 'Build' }],
  });
  const taskId = (name: string) => project.tasks.find((task) => task.name === name)?.id ?? '';
  const answer = await scene.contact.request.get(portalUrl(h, scene.staff.slug, `/api/projects/${project.id}`));
  if (!answer.ok()) throw new Error(`portal project: ${answer.status()} ${await answer.text()}`);
  const { this_week_start: thisWeekStart } = (await answer.json()) as { this_week_start: string };
  return { ...scene, projectId: project.id, projectName, tasks: { design: taskId('Design'), build: taskId('Build') }, thisWeekStart };
}

/** Staff log time through the API (the owner's own time); returns the entry's id. */
export async function logEntry(staff: StaffPage, projectId: string, taskId: string, workDate: string, minutes: number, notes: string): Promise<string> {
  const entry = await staff.call<{ id: string }>('POST', '/time-entries', { project_id: projectId, task_id: taskId, work_date: workDate, duration_minutes: minutes, notes });
  return entry.id;
}

export async function submitForApproval(staff: StaffPage, entryIds: string[]): Promise<void> {
  await staff.call('POST', '/time-entries/submit', { entry_ids: entryIds });
}

/** Opens a project from the portal's Projects page. */
export async function openPortalProject(page: Page, projectName: string): Promise<void> {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Projects', exact: true }).click();
  await page.getByRole('heading', { level: 1, name: 'Projects' }).waitFor();
  await page.getByRole('table', { name: 'Projects' }).getByRole('link', { name: projectName }).click();
  await page.getByRole('heading', { level: 1, name: projectName }).waitFor();
}

/** Waits until nothing on the page is loading, then runs axe on the desktop and on a phone. */
export async function accessibleOnDesktopAndPhone(page: Page, what: string): Promise<void> {
  await page.locator('[aria-busy="true"]').first().waitFor({ state: 'detached' });
  await expectAccessible(page, what);
  const desktop = page.viewportSize() ?? { width: 1280, height: 900 };
  await page.setViewportSize(phone);
  await expectAccessible(page, `${what} on a phone`);
  await page.setViewportSize(desktop);
}
