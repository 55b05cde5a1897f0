import { randomBytes } from 'node:crypto';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible } from './axe.ts';
import { startHarness, type Harness } from './harness.ts';
import { signedUpStaffPage } from './portal-helpers.ts';

const unique = () => randomBytes(4).toString('hex');

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => {
  await harness?.close();
});

/** Waits until no spinner of the page is loading, then runs axe. */
async function settledAndAccessible(page: Page, what: string): Promise<void> {
  await page.getByRole('status').filter({ hasText: /Loading/ }).first().waitFor({ state: 'detached' });
  await expectAccessible(page, what);
}

async function pickCustomer(page: Page, name: string): Promise<void> {
  await page.getByLabel('Find a customer').fill(name);
  const select = page.getByRole('combobox', { name: 'Customer', exact: true });
  await select.locator('option', { hasText: name }).waitFor({ state: 'attached' });
  await select.selectOption({ label: `${name} · EUR` });
}

/** Logs time through the project page's "Log time" dialog. */
async function logTime(page: Page, project: string, task: string, duration: string, notes: string): Promise<void> {
  await page.getByRole('button', { name: 'Log time', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: `Log time on ${project}` });
  await dialog.getByRole('combobox', { name: /^Task/ }).selectOption({ label: task });
  await dialog.getByRole('textbox', { name: /^Time/ }).fill(duration);
  await dialog.getByRole('textbox', { name: /^Notes/ }).fill(notes);
  await dialog.getByRole('button', { name: 'Log time' }).click();
  await page.getByText(`${duration} logged on ${task}.`).first().waitFor();
  await dialog.waitFor({ state: 'detached' });
}

/**
 * Projects in the console: staff create a project in the form, add tasks, log time in the entry form
 * and with the header timer, see the hours used against the budget, and bill the time into a draft
 * invoice whose lines and total are those of the preview.
 */
describe('projects in the console', () => {
  it('creates a project with tasks, logs time (form and timer), and bills it into a draft invoice per entry', async () => {
    const staff = await signedUpStaffPage(harness, `Projects ${unique()}`);
    const { page } = staff;
    const customerName = `Globex ${unique()}`;
    await staff.call('POST', '/customers', { display_name: customerName, currency: 'EUR' });
    const projectName = `Website relaunch ${unique()}`;

    await page.goto('/admin/customers');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Projects', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Projects' }).waitFor();
    await page.getByText('No projects yet').waitFor();
    await settledAndAccessible(page, 'projects (empty)');

    // The form: customer, name, project hours at 90.00, a budget of 10 hours, and two tasks.
    await page.getByRole('link', { name: 'New project' }).first().click();
    await page.getByRole('heading', { level: 1, name: 'New project' }).waitFor();
    await pickCustomer(page, customerName);
    await page.getByRole('textbox', { name: /^Name/ }).fill(projectName);
    await page.getByRole('combobox', { name: 'Billing method' }).selectOption('project_hours');
    await page.getByRole('textbox', { name: /^Hourly rate \(EUR\)/ }).fill('90.00');
    await page.getByRole('combobox', { name: 'Budget', exact: true }).selectOption('hours');
    await page.getByRole('textbox', { name: /^Budget \(hours\)/ }).first().fill('10');
    // A new project starts with one empty task.
    await page.getByRole('group', { name: 'Task 1' }).getByRole('textbox', { name: /^Task/ }).fill('Design');
    await page.getByRole('button', { name: 'Add task' }).click();
    await page.getByRole('group', { name: 'Task 2' }).getByRole('textbox', { name: /^Task/ }).fill('Build');
    await settledAndAccessible(page, 'new project form');
    await page.getByRole('button', { name: 'Create project' }).click();
    await page.getByRole('heading', { level: 1, name: projectName }).waitFor();
    await page.getByText(`Project ${projectName} created.`).waitFor();
    const projectPath = new URL(page.url()).pathname;
    const facts = page.getByRole('region', { name: 'Details' });
    await facts.getByText('Project hours · €90.00 per hour').waitFor();
    await facts.getByText('0:00 of 10:00 (0 %)').waitFor();

    // A third task, from the Tasks tab.
    const tasks = page.getByRole('table', { name: 'Tasks' });
    await tasks.getByRole('row', { name: /Design/ }).waitFor();
    await page.getByRole('tabpanel').getByRole('button', { name: 'Add task' }).click();
    const taskDialog = page.getByRole('dialog', { name: 'Add task' });
    await taskDialog.getByRole('textbox', { name: /^Task/ }).fill('Testing');
    await taskDialog.getByRole('button', { name: 'Add task' }).click();
    await page.getByText('Task Testing added.').waitFor();
    await tasks.getByRole('row', { name: /Testing/ }).waitFor();
    expect(await tasks.getByRole('row').count()).toBe(4);

    // Time through the entry form.
    await logTime(page, projectName, 'Design', '1:30', 'Wireframes');
    await logTime(page, projectName, 'Build', '0:10', 'Repository set-up');
    await tasks.getByRole('row', { name: /Design/ }).getByRole('cell', { name: '1:30' }).first().waitFor();

    // The header timer: start on Build, ten minutes pass, stop and log.
    const timerButton = page.getByRole('button', { name: 'Timer', exact: true });
    await timerButton.click();
    await page.getByRole('heading', { name: 'Start a timer' }).waitFor();
    const timerPanel = page.locator('#admin-timer-panel');
    const projectSelect = timerPanel.getByRole('combobox', { name: /^Project/ });
    await projectSelect.locator('option', { hasText: projectName }).waitFor({ state: 'attached' });
    await projectSelect.selectOption({ label: `${projectName} · ${customerName}` });
    const taskSelect = timerPanel.getByRole('combobox', { name: /^Task/ });
    await taskSelect.locator('option', { hasText: 'Build' }).waitFor({ state: 'attached' });
    await expect.poll(() => taskSelect.inputValue()).not.toBe('');
    await taskSelect.selectOption({ label: 'Build' });
    await timerPanel.getByRole('textbox', { name: /^Notes/ }).fill('Deploy pipeline');
    await expectAccessible(page, 'timer panel');
    await timerPanel.getByRole('button', { name: 'Start timer' }).click();
    await page.getByText('Timer started.').waitFor();
    const running = page.getByRole('button', { name: new RegExp(`^Timer running: .* on Build \\(${projectName}\\)$`) });
    await running.waitFor();
    // Whole minutes, rounded up: nine minutes and the few seconds of the test make ten.
    harness.clock.advance(9 * 60);
    await running.click();
    await page.getByRole('heading', { name: 'Timer running' }).waitFor();
    await timerPanel.getByRole('button', { name: 'Stop and log' }).click();
    await timerButton.waitFor();
    await tasks.getByRole('row', { name: /Build/ }).getByRole('cell', { name: '0:20' }).first().waitFor();

    // Hours used against the budget: 1:50 of 10:00.
    await facts.getByText('1:50 of 10:00 (18 %)').waitFor();
    await facts.getByText('1:50 logged · 0:00 billed · 1:50 unbilled').waitFor();
    await settledAndAccessible(page, 'project detail');

    const time = page.getByRole('table', { name: 'Time entries' });
    await page.getByRole('tab', { name: 'Time entries' }).click();
    await time.getByRole('row', { name: /Deploy pipeline/ }).waitFor();
    expect(await time.getByRole('row', { name: /Unbilled/ }).count()).toBe(3);
    await settledAndAccessible(page, 'project time entries');

    // Bill: per task 135.00 + 29.97 (20 minutes are 0.333 h); per entry 135.00 + 15.03 + 15.03.
    await page.getByRole('button', { name: 'Bill time' }).click();
    const bill = page.getByRole('dialog', { name: `Bill time of ${projectName}` });
    const preview = bill.getByRole('table', { name: 'Preview' });
    await preview.getByRole('row', { name: /Build/ }).waitFor();
    await expect.poll(() => bill.getByTestId('bill-total').textContent()).toBe('€164.97');
    expect(await preview.locator('tbody tr').count()).toBe(2);
    await preview.getByRole('row', { name: /Build.*0\.333.*€29\.97/ }).waitFor();
    await expectAccessible(page, 'bill time dialog, lines per task');
    await bill.getByRole('combobox', { name: 'Invoice lines' }).selectOption('entry');
    await expect.poll(() => bill.getByTestId('bill-total').textContent()).toBe('€165.06');
    expect(await preview.locator('tbody tr').count()).toBe(3);
    await preview.getByRole('row', { name: /Deploy pipeline/ }).getByText('€15.03').waitFor();
    await expectAccessible(page, 'bill time dialog, lines per entry');
    await bill.getByRole('button', { name: 'Create draft invoice' }).click();
    await bill.getByText(/^3 entries billed on draft invoice INV-\d+\.$/).waitFor();
    const openInvoice = bill.getByRole('link', { name: /^Open invoice INV-/ });
    const invoiceNumber = ((await openInvoice.textContent()) ?? '').replace('Open invoice ', '');
    await openInvoice.click();

    // The draft invoice: one line per entry, the preview's total.
    await page.getByRole('heading', { level: 1, name: `Invoice ${invoiceNumber}` }).waitFor();
    await page.getByText('Draft', { exact: true }).first().waitFor();
    const lines = page.getByRole('region', { name: 'Lines' });
    expect(await lines.locator('tbody tr').count()).toBe(3);
    await lines.getByRole('row', { name: /Design.*Wireframes/ }).getByText('€135.00').first().waitFor();
    await lines.getByRole('row', { name: /Build.*Repository set-up/ }).getByText('€15.03').first().waitFor();
    await lines.getByRole('row', { name: /Build.*Deploy pipeline/ }).getByText('€15.03').first().waitFor();
    expect(await page.getByTestId('document-total').textContent()).toBe('€165.06');

    // Back on the project: the entries are billed on that invoice, nothing is unbilled.
    await page.goBack();
    await page.getByRole('heading', { level: 1, name: projectName }).waitFor();
    await page.getByRole('tab', { name: 'Time entries' }).click();
    await expect.poll(() => time.getByRole('row', { name: new RegExp(`Billed.*${invoiceNumber}`) }).count()).toBe(3);
    expect(await time.getByRole('button', { name: 'Edit' }).count()).toBe(0);
    await facts.getByText('1:50 logged · 1:50 billed · 0:00 unbilled').waitFor();

    // Deleting the draft makes the time billable again.
    await time.getByRole('link', { name: invoiceNumber }).first().click();
    await page.getByRole('heading', { level: 1, name: `Invoice ${invoiceNumber}` }).waitFor();
    await page.getByRole('button', { name: 'Delete draft' }).click();
    await page.getByRole('dialog', { name: `Delete draft ${invoiceNumber}?` }).getByRole('button', { name: 'Delete draft' }).click();
    await page.getByRole('heading', { level: 1, name: 'Invoices' }).waitFor();
    await page.goto(`${projectPath}?tab=time`);
    await page.getByRole('heading', { level: 1, name: projectName }).waitFor();
    await expect.poll(() => time.getByRole('row', { name: /Unbilled/ }).count()).toBe(3);
    await facts.getByText('1:50 logged · 0:00 billed · 1:50 unbilled').waitFor();

    // The list: the project with its budget; then both pages on a phone.
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Projects', exact: true }).click();
    const list = page.getByRole('table', { name: 'Projects' });
    await list.getByRole('row', { name: new RegExp(projectName) }).getByText('1:50 of 10:00 (18 %)').waitFor();
    await settledAndAccessible(page, 'projects list');
    await page.setViewportSize({ width: 390, height: 844 });
    await list.getByRole('link', { name: projectName }).waitFor();
    await settledAndAccessible(page, 'projects list on a phone');
    await list.getByRole('link', { name: projectName }).click();
    await page.getByRole('heading', { level: 1, name: projectName }).waitFor();
    await page.getByRole('table', { name: 'Tasks' }).getByRole('row', { name: /Design/ }).waitFor();
    await settledAndAccessible(page, 'project detail on a phone');
    await page.close();
  });
});
