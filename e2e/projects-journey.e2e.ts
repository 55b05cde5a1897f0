import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible } from './axe.ts';
import { startHarness, type Harness } from './harness.ts';
import { plainSpaces } from '../server/test/pdf-text.ts';
import { pdfText as pdfTextOf } from './portal-billing-helpers.ts';
import { uniqueEmail } from './portal-helpers.ts';
import { addDays, logEntry, openPortalProject, portalProjectScene } from './portal-project-helpers.ts';

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => {
  await harness?.close();
});

/**
 * Time from the log to the customer's inbox and back: a contact approves a week and queries an entry,
 * staff answer the query in the console, the contact approves the answered entry, staff bill the time and
 * send the invoice, the contact forwards it to a colleague and reviews the business, and staff find all of
 * it in the portal activities report.
 */
describe('projects journey', () => {
  it('approve, query, answer, approve, bill, forward the invoice, review, and the activities report', async () => {
    const scene = await portalProjectScene(harness, { settings: { allow_reviews: true, allow_forwarding: true } });
    const { staff, contact, projectId, projectName, tasks } = scene;
    const admin = staff.page;
    const lastWeek = addDays(scene.thisWeekStart, -7);
    const apiDay = addDays(lastWeek, 2);
    await logEntry(staff, projectId, tasks.design, lastWeek, 60, 'Wireframes');
    await logEntry(staff, projectId, tasks.build, apiDay, 30, 'API endpoints');

    // Staff send last week's time to the customer from the console.
    await admin.goto(`/admin/projects/${projectId}?tab=time`);
    await admin.getByRole('heading', { level: 1, name: projectName }).waitFor();
    const entries = admin.getByRole('table', { name: 'Time entries' });
    await entries.getByRole('row', { name: /API endpoints/ }).waitFor();
    await entries.getByRole('checkbox', { name: 'Select all entries shown' }).check();
    const selection = admin.getByRole('region', { name: 'Selected entries' });
    await selection.getByText('2 can be sent for approval').waitFor();
    await selection.getByRole('button', { name: 'Send for approval' }).click();
    await admin.getByText('2 entries sent to the customer for approval.').waitFor();
    await expect.poll(() => entries.getByRole('row', { name: /Awaiting approval/ }).count()).toBe(2);
    await harness.waitForMail(scene.contactEmail, (mail) => mail.text.includes(`of project ${projectName} for your approval`));

    // The contact queries one entry of last week, then approves the week: the queried entry stays out.
    await openPortalProject(contact, projectName);
    await contact.getByRole('tab', { name: 'Timesheets' }).click();
    const sheet = contact.getByRole('table', { name: 'Timesheets' });
    await sheet.getByRole('row', { name: /API endpoints/ }).getByRole('button', { name: 'Query' }).click();
    const queryDialog = contact.getByRole('dialog', { name: `Query Build on ${apiDay}` });
    await queryDialog.getByRole('textbox', { name: /^Comment/ }).fill('Half an hour seems long for two endpoints.');
    await queryDialog.getByRole('button', { name: 'Send query' }).click();
    await sheet.getByRole('row', { name: /API endpoints/ }).getByText('Queried').waitFor();
    const approval = contact.getByRole('group', { name: 'Approve time' });
    await approval.getByRole('textbox', { name: /^Week/ }).fill(lastWeek);
    await approval.getByRole('button', { name: 'Approve this week' }).click();
    await approval.getByText('1 entry approved').waitFor();
    await sheet.getByRole('row', { name: /Wireframes/ }).getByText('Approved').waitFor();
    await sheet.getByRole('row', { name: /API endpoints/ }).getByText('Queried').waitFor();
    await harness.waitForMail(staff.email, (mail) => mail.text.includes(`queried the time on Build`));

    // Staff see the query in the console and answer it, shortening the entry: it awaits approval again.
    await admin.goto('/admin/projects');
    await admin.getByRole('table', { name: 'Projects' }).getByRole('row', { name: new RegExp(projectName) }).getByText('1 queried').waitFor();
    await admin.getByRole('link', { name: projectName }).click();
    await admin.getByRole('heading', { level: 1, name: projectName }).waitFor();
    await admin.getByRole('tab', { name: 'Time entries' }).click();
    const queriedRow = entries.getByRole('row', { name: /API endpoints/ });
    await queriedRow.getByText(`Queried by ${scene.contactName}:`).waitFor();
    await queriedRow.getByText('Half an hour seems long for two endpoints.').waitFor();
    await queriedRow.getByRole('button', { name: 'Answer' }).click();
    const answer = admin.getByRole('dialog', { name: '0:30 on Build' });
    await answer.getByRole('list', { name: 'History' }).getByText('Half an hour seems long for two endpoints.').waitFor();
    await answer.getByRole('textbox', { name: /^Your answer/ }).fill('You are right: 20 minutes, corrected.');
    await answer.getByRole('textbox', { name: /^Time/ }).fill('0:20');
    await expectAccessible(admin, 'answer query dialog');
    await answer.getByRole('button', { name: 'Send answer' }).click();
    await admin.getByText("Answer sent; the entry awaits the customer's approval again.").waitFor();
    await entries.getByRole('row', { name: /API endpoints/ }).getByText('Awaiting approval').waitFor();
    await entries.getByRole('row', { name: /API endpoints/ }).getByRole('cell', { name: '0:20' }).waitFor();
    await harness.waitForMail(scene.contactEmail, (mail) => mail.text.includes('answered your query about the time on Build'));

    // Until the customer approves it, the answered entry is not billed: the preview names it as skipped.
    await admin.getByRole('button', { name: 'Bill time' }).click();
    const early = admin.getByRole('dialog', { name: `Bill time of ${projectName}` });
    await expect.poll(() => early.getByTestId('bill-total').textContent()).toBe('€90.00');
    await early.getByText("Not billed: 1 awaiting the customer's approval, 0 queried by the customer.").waitFor();
    await early.getByRole('button', { name: 'Cancel' }).click();
    await early.waitFor({ state: 'detached' });

    // The contact approves the answered entry.
    await contact.reload();
    await contact.getByRole('heading', { level: 1, name: projectName }).waitFor();
    await contact.getByRole('tab', { name: 'Timesheets' }).click();
    const answered = sheet.getByRole('row', { name: /API endpoints/ });
    await answered.getByText('Awaiting approval').waitFor();
    await answered.getByRole('cell', { name: '0:20' }).waitFor();
    await answered.getByRole('checkbox', { name: `Select Build on ${apiDay}` }).check();
    await approval.getByRole('button', { name: 'Approve selected (1)' }).click();
    await approval.getByText('1 entry approved').waitFor();
    await answered.getByText('Approved').waitFor();

    // Staff bill the approved time (1:00 of Design, 0:20 of Build at €90.00) and send the invoice.
    await admin.reload();
    await admin.getByRole('heading', { level: 1, name: projectName }).waitFor();
    await admin.getByRole('button', { name: 'Bill time' }).click();
    const bill = admin.getByRole('dialog', { name: `Bill time of ${projectName}` });
    await expect.poll(() => bill.getByTestId('bill-total').textContent()).toBe('€119.97');
    expect(await bill.getByText(/^Not billed:/).count()).toBe(0);
    await bill.getByRole('button', { name: 'Create draft invoice' }).click();
    const openInvoice = bill.getByRole('link', { name: /^Open invoice INV-/ });
    const invoiceNumber = ((await openInvoice.textContent()) ?? '').replace('Open invoice ', '');
    await openInvoice.click();
    await admin.getByRole('heading', { level: 1, name: `Invoice ${invoiceNumber}` }).waitFor();
    expect(await admin.getByTestId('document-total').textContent()).toBe('€119.97');
    await admin.getByRole('button', { name: 'Send', exact: true }).click();
    await admin.getByRole('dialog', { name: `Send ${invoiceNumber}?` }).getByRole('button', { name: 'Send' }).click();
    await admin.getByText('Sent', { exact: true }).first().waitFor();
    await harness.waitForMail(scene.contactEmail, (mail) => mail.subject.includes(invoiceNumber) || mail.text.includes(invoiceNumber));

    // The contact forwards the invoice to a colleague, who gets the PDF.
    await contact.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Invoices', exact: true }).click();
    await contact.getByRole('heading', { level: 1, name: 'Invoices' }).waitFor();
    await contact.getByRole('link', { name: invoiceNumber }).first().click();
    await contact.getByRole('heading', { level: 1, name: `Invoice ${invoiceNumber}` }).waitFor();
    await contact.getByRole('button', { name: 'Forward' }).click();
    const forward = contact.getByRole('dialog', { name: `Forward Invoice ${invoiceNumber}` });
    const colleague = uniqueEmail('accounts');
    await forward.getByRole('textbox', { name: /^Email address/ }).fill(colleague);
    await forward.getByRole('textbox', { name: /^Recipient’s name/ }).fill('Alex Accounts');
    await forward.getByRole('textbox', { name: /^Message/ }).fill('Please pay this one by Friday.');
    await forward.getByRole('button', { name: 'Send' }).click();
    await contact.getByText(`Sent to ${colleague}.`).waitFor();
    const forwarded = await harness.waitForMail(colleague);
    expect(forwarded.text).toContain('Please pay this one by Friday.');
    const [pdf] = forwarded.attachments;
    expect(forwarded.attachments).toHaveLength(1);
    expect(pdf?.filename).toBe(`${invoiceNumber}.pdf`);
    expect(pdf?.contentType).toBe('application/pdf');
    const pdfText = plainSpaces(await pdfTextOf(pdf?.content ?? Buffer.alloc(0)));
    expect(pdfText).toContain(invoiceNumber);
    expect(pdfText).toContain('€119.97');

    // The contact reviews the business.
    await contact.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Reviews', exact: true }).click();
    await contact.getByRole('heading', { level: 1, name: 'Reviews' }).waitFor();
    const reviewForm = contact.getByRole('form', { name: 'Rate us' });
    await reviewForm.getByRole('radio', { name: '5 stars' }).check();
    await reviewForm.getByRole('textbox', { name: /^Your review/ }).fill('Clear timesheets and quick answers.');
    await reviewForm.getByRole('button', { name: 'Send review' }).click();
    await contact.getByText(/^Thank you for your review\./).waitFor();
    await contact.getByRole('region', { name: 'Your reviews' }).getByText('Clear timesheets and quick answers.').waitFor();

    // Staff find the approvals, the query, the forwarding and the review in the portal activities report.
    await admin.goto('/admin/reports/portal-activities');
    await admin.getByRole('heading', { level: 1, name: 'Portal activities report' }).waitFor();
    const table = admin.getByRole('table', { name: 'By module and action' });
    await table.getByRole('row', { name: 'Projects Time approved 2' }).waitFor();
    await table.getByRole('row', { name: 'Projects Time queried 1' }).waitFor();
    await table.getByRole('row', { name: 'Invoices Document forwarded 1' }).waitFor();
    await table.getByRole('row', { name: 'Reviews Review submitted 1' }).waitFor();
    await expectAccessible(admin, 'portal activities report with project, forwarding and review activity');
    await admin.getByRole('combobox', { name: 'Module' }).selectOption({ label: 'Reviews' });
    await admin.getByRole('button', { name: 'Apply' }).click();
    await admin.waitForURL(/module=reviews/);
    await expect.poll(() => table.getByRole('row').count()).toBe(2);
    await table.getByRole('row', { name: 'Reviews Review submitted 1' }).waitFor();
    await contact.close();
    await admin.close();
  });
});
