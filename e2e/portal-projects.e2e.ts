import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible } from './axe.ts';
import { startHarness, type Harness } from './harness.ts';
import { accessibleOnDesktopAndPhone, addDays, logEntry, portalProjectScene, submitForApproval } from './portal-project-helpers.ts';

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => {
  await harness?.close();
});

async function openTab(page: Page, name: string): Promise<void> {
  await page.getByRole('tab', { name }).click();
  await page.getByRole('tabpanel', { name }).waitFor();
}

/** Staff comment on the project in the console's Comments tab, shown in the portal or kept as a note. */
async function staffComment(page: Page, projectId: string, projectName: string, body: string, displayInPortal: boolean): Promise<void> {
  await page.goto(`/admin/projects/${projectId}?tab=comments`);
  await page.getByRole('heading', { level: 1, name: projectName }).waitFor();
  const panel = page.getByRole('region', { name: 'Comments' });
  await panel.getByRole('textbox', { name: /^Your comment/ }).fill(body);
  await panel.getByRole('checkbox', { name: 'Display in portal' }).setChecked(displayInPortal);
  await panel.getByRole('button', { name: 'Post comment' }).click();
  await page.getByText(displayInPortal ? 'Comment posted and shown in the portal' : 'Internal note posted').first().waitFor();
  await panel.getByRole('listitem').filter({ hasText: body }).filter({ hasText: displayInPortal ? 'Shown in portal' : 'Staff only' }).waitFor();
}

/**
 * A project in the portal: tasks with their time, the timesheet (filtered, downloaded, approved by the
 * week, one entry queried) and the comments a contact and staff exchange; a contact without the
 * approve-estimates role sees the timesheet without any approval.
 */
describe('projects in the portal', () => {
  it('shows tasks, timesheets and comments; a contact with the role approves a week and queries an entry; without it no approval', async () => {
    const scene = await portalProjectScene(harness);
    const { staff, contact: page, projectId, tasks } = scene;
    const week = scene.thisWeekStart;
    const lastWeek = addDays(week, -7);

    // One hour billed before approval was on; then time of last week and this week sent for approval, and one entry not sent.
    await staff.call('PATCH', '/portal/settings', { allow_time_entry_approval: false });
    await logEntry(staff, projectId, tasks.design, addDays(week, -14), 60, 'Kick-off');
    await staff.call('POST', `/projects/${projectId}/invoice`, { group_by: 'task' });
    await staff.call('PATCH', '/portal/settings', { allow_time_entry_approval: true });
    const wireframes = await logEntry(staff, projectId, tasks.design, lastWeek, 90, 'Wireframes');
    const api = await logEntry(staff, projectId, tasks.build, addDays(lastWeek, 1), 45, 'API endpoints');
    const deploy = await logEntry(staff, projectId, tasks.build, week, 30, 'Deploy to staging');
    await logEntry(staff, projectId, tasks.design, week, 15, 'Review notes');
    await submitForApproval(staff, [wireframes, api, deploy]);

    // The list and the project's Tasks tab: logged, billed and unbilled per task.
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Projects', exact: true }).click();
    const projects = page.getByRole('table', { name: 'Projects' });
    await projects.getByRole('row', { name: new RegExp(`${scene.projectName} Active 4:00 of 10:00 h 4:00 3`) }).waitFor();
    await accessibleOnDesktopAndPhone(page, 'portal projects list');
    await projects.getByRole('link', { name: scene.projectName }).click();
    await page.getByRole('heading', { level: 1, name: scene.projectName }).waitFor();
    await page.getByText('4:00 h logged: 1:00 h billed, 3:00 h not yet billed').waitFor();
    await page.getByText('4:00 of 10:00 h').waitFor();
    const taskTable = page.getByRole('table', { name: 'Tasks' });
    await taskTable.getByRole('row', { name: 'Design 2:45 1:00 1:45' }).waitFor();
    await taskTable.getByRole('row', { name: 'Build 1:15 0:00 1:15' }).waitFor();
    await accessibleOnDesktopAndPhone(page, 'portal project, Tasks tab');

    // Timesheets: every billable entry; filtered by status; the CSV of the filtered rows.
    // The tabs work from the keyboard: only the selected one is in the Tab order, the arrow keys move on.
    await page.getByRole('tab', { name: 'Tasks' }).focus();
    await page.keyboard.press('ArrowRight');
    await page.getByRole('tabpanel', { name: 'Timesheets' }).waitFor();
    expect(await page.getByRole('tab', { name: 'Timesheets' }).evaluate((tab) => tab === document.activeElement)).toBe(true);
    const sheet = page.getByRole('table', { name: 'Timesheets' });
    await sheet.getByRole('row', { name: /Kick-off/ }).getByText('Billed').waitFor();
    expect(await sheet.locator('tbody tr').count()).toBe(5);
    await sheet.getByRole('row', { name: /Review notes/ }).getByText('Not submitted').waitFor();
    await page.getByRole('combobox', { name: 'Status' }).selectOption('awaiting_approval');
    await expect.poll(() => sheet.locator('tbody tr').count()).toBe(3);
    expect(await sheet.getByRole('row', { name: /Kick-off|Review notes/ }).count()).toBe(0);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Download CSV' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^timesheet-Intranet-[0-9a-f]+\.csv$/);
    const csv = readFileSync(await download.path(), 'utf8').trim().split(/\r?\n/);
    expect(csv).toHaveLength(4);
    expect(csv.slice(1).every((line) => line.includes('awaiting_approval') || /awaiting approval/i.test(line))).toBe(true);
    expect(csv.some((line) => line.includes('Wireframes'))).toBe(true);
    await accessibleOnDesktopAndPhone(page, 'portal project, Timesheets tab filtered');

    // Approve last week: its two entries; this week's one stays awaiting.
    const approval = page.getByRole('group', { name: 'Approve time' });
    await approval.getByRole('textbox', { name: /^Week/ }).fill(lastWeek);
    await approval.getByText(`Monday ${lastWeek} to Sunday ${addDays(lastWeek, 6)}`).waitFor();
    await approval.getByRole('button', { name: 'Approve this week' }).click();
    await approval.getByText('2 entries approved').waitFor();
    await expect.poll(() => sheet.locator('tbody tr').count()).toBe(1);
    await page.getByRole('combobox', { name: 'Status' }).selectOption('');
    await sheet.getByRole('row', { name: /Wireframes/ }).getByText('Approved').waitFor();
    await sheet.getByRole('row', { name: /API endpoints/ }).getByText('Approved').waitFor();

    // Query this week's entry with a comment.
    await sheet.getByRole('row', { name: /Deploy to staging/ }).getByRole('button', { name: 'Query' }).click();
    const query = page.getByRole('dialog', { name: `Query Build on ${week}` });
    await query.getByRole('textbox', { name: /^Comment/ }).fill('Staging was down that day, was this half hour spent?');
    await expectAccessible(page, 'query dialog');
    await query.getByRole('button', { name: 'Send query' }).click();
    await query.waitFor({ state: 'detached' });
    const queried = sheet.getByRole('row', { name: /Deploy to staging/ });
    await queried.getByText('Queried').waitFor();
    await queried.getByText('Staging was down that day, was this half hour spent?').waitFor();
    expect(await queried.getByRole('button', { name: 'Query' }).count()).toBe(0);
    await accessibleOnDesktopAndPhone(page, 'portal project, Timesheets tab after approval');

    // Comments: the contact posts one; staff answer in the portal and keep a note to themselves.
    await openTab(page, 'Comments');
    await page.getByText('No comments yet. Ask a question or leave a note for the business.').waitFor();
    await page.getByRole('textbox', { name: /^Add a comment/ }).fill('Can we have a second staging site?');
    await page.getByRole('button', { name: 'Post comment' }).click();
    const thread = page.getByRole('tabpanel', { name: 'Comments' }).getByRole('listitem');
    await thread.filter({ hasText: 'Can we have a second staging site?' }).filter({ hasText: scene.contactName }).waitFor();
    await staffComment(staff.page, projectId, scene.projectName, 'Yes, we will set it up on Friday.', true);
    await staff.page.getByRole('region', { name: 'Comments' }).getByRole('listitem').filter({ hasText: 'Can we have a second staging site?' }).waitFor();
    await staffComment(staff.page, projectId, scene.projectName, 'Internal: check the hosting budget first.', false);
    await harness.waitForMail(scene.contactEmail, (mail) => mail.text.includes(`commented on project ${scene.projectName}`));
    await page.reload();
    await page.getByRole('heading', { level: 1, name: scene.projectName }).waitFor();
    await openTab(page, 'Comments');
    await thread.filter({ hasText: 'Yes, we will set it up on Friday.' }).waitFor();
    expect(await thread.count()).toBe(2);
    expect(await page.getByText('Internal: check the hosting budget first.').count()).toBe(0);
    await accessibleOnDesktopAndPhone(page, 'portal project, Comments tab');

    // Staff answer the query, so an entry awaits approval again; a contact without the role sees no approval.
    await staff.call('POST', `/time-entries/${deploy}/answer`, { comment: 'Yes: the deploy scripts were written that day.' });
    await staff.call('PATCH', `/contact-persons/${scene.contactId}`, { permissions: ['view_documents', 'pay', 'place_orders', 'manage_company'] });
    await page.reload();
    await page.getByRole('heading', { level: 1, name: scene.projectName }).waitFor();
    await openTab(page, 'Timesheets');
    await sheet.getByRole('row', { name: /Deploy to staging/ }).getByText('Awaiting approval').waitFor();
    expect(await page.getByRole('group', { name: 'Approve time' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: /^Approve/ }).count()).toBe(0);
    expect(await sheet.getByRole('button', { name: 'Query' }).count()).toBe(0);
    expect(await sheet.getByRole('checkbox').count()).toBe(0);
    await accessibleOnDesktopAndPhone(page, 'portal project, Timesheets tab without approval');
    await page.close();
  });
});
