import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible } from './axe.ts';
import { startHarness, type Harness } from './harness.ts';
import { pdfText, sendDocument } from './portal-billing-helpers.ts';
import { uniqueEmail } from './portal-helpers.ts';
import { accessibleOnDesktopAndPhone, portalContactScene } from './portal-project-helpers.ts';

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => {
  await harness?.close();
});

async function openFromNav(page: Page, link: string, heading: string): Promise<void> {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: link, exact: true }).click();
  await page.getByRole('heading', { level: 1, name: heading }).waitFor();
}

/** The texts a field's aria-describedby points at (its hint and its error). */
async function descriptionOf(page: Page, field: Locator): Promise<string> {
  const ids = ((await field.getAttribute('aria-describedby')) ?? '').split(/\s+/).filter(Boolean);
  const texts = await Promise.all(ids.map((id) => page.locator(`[id="${id}"]`).textContent()));
  return texts.join(' ');
}

/**
 * Forwards through the dialog: a bad address is refused at the field, a good one sends the PDF with the
 * message to the recipient. Returns the mail the recipient got.
 */
async function forwardWithTheDialog(page: Page, dialogName: string, what: string) {
  await page.getByRole('button', { name: 'Forward' }).click();
  const dialog = page.getByRole('dialog', { name: dialogName });
  const email = dialog.getByRole('textbox', { name: /^Email address/ });
  await email.fill('not-an-address');
  await dialog.getByRole('button', { name: 'Send' }).click();
  await dialog.getByText('Enter a valid email address').waitFor();
  expect(await email.getAttribute('aria-invalid')).toBe('true');
  expect(await descriptionOf(page, email)).toContain('Enter a valid email address');
  await accessibleOnDesktopAndPhone(page, `${what} forward dialog with an invalid address`);
  const recipient = uniqueEmail('colleague');
  await email.fill(recipient);
  await dialog.getByRole('textbox', { name: /^Message/ }).fill(`Here is the ${what} we talked about.`);
  await dialog.getByRole('button', { name: 'Send' }).click();
  await dialog.waitFor({ state: 'detached' });
  await page.getByText(`Sent to ${recipient}.`).waitFor();
  await accessibleOnDesktopAndPhone(page, `${what} after forwarding`);
  const mail = await harness.waitForMail(recipient);
  expect(mail.text).toContain(`Here is the ${what} we talked about.`);
  expect(mail.attachments.map((attachment) => attachment.contentType)).toEqual(['application/pdf']);
  expect(mail.attachments[0]?.content.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  return mail;
}

describe('reviews and forwarding in the portal', () => {
  it('leaves one review per period, replaced by the review itself, and shows the business’s reply', async () => {
    const { staff, contact: page } = await portalContactScene(harness, { settings: { allow_reviews: true, review_period: 'quarter' } });
    await openFromNav(page, 'Reviews', 'Reviews');
    const form = page.getByRole('form', { name: 'Rate us' });
    await page.getByText('You have not written a review yet.').waitFor();
    await accessibleOnDesktopAndPhone(page, 'reviews page with the form');

    // No stars: the rating group says so.
    await form.getByRole('textbox', { name: /^Your review/ }).fill('Friendly and on time.');
    await form.getByRole('button', { name: 'Send review' }).click();
    await form.getByText('Choose 1 to 5 stars').waitFor();
    await expectAccessible(page, 'review form without a rating');
    await form.getByRole('radio', { name: '4 stars' }).check();
    await form.getByRole('button', { name: 'Send review' }).click();

    // Sent: the form gives way to a thank-you until the next quarter, also after a reload.
    await page.getByText(/^Thank you for your review\. You can review us again from /).waitFor();
    const yours = page.getByRole('region', { name: 'Your reviews' });
    await yours.getByRole('listitem').filter({ hasText: '4 stars' }).filter({ hasText: 'Friendly and on time.' }).waitFor();
    expect(await page.getByRole('form', { name: 'Rate us' }).count()).toBe(0);
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Reviews' }).waitFor();
    await yours.getByText('Friendly and on time.').waitFor();
    expect(await page.getByRole('form', { name: 'Rate us' }).count()).toBe(0);
    await page.getByText(/^Thank you for your review\./).waitFor();

    // Staff reply; the contact sees it under the review.
    const reviews = await staff.call<{ data: { id: string }[] }>('GET', '/reviews');
    expect(reviews.data).toHaveLength(1);
    await staff.call('POST', `/reviews/${reviews.data[0]?.id ?? ''}/reply`, { reply: 'Thank you, Paula, see you next quarter.' });
    await page.reload();
    await yours.getByText('Thank you, Paula, see you next quarter.').waitFor();
    await accessibleOnDesktopAndPhone(page, 'reviews page with a review and its reply');
    await page.close();
  });

  it('forwards an estimate and the statement; a bad address is refused at the field', async () => {
    const { staff, customerId, contact: page } = await portalContactScene(harness, { settings: { allow_forwarding: true } });
    const estimate = await sendDocument(staff, 'estimates', customerId, { lines: [{ name: 'Audit', quantity: 2, rate_minor: 45_000 }] });
    const invoice = await sendDocument(staff, 'invoices', customerId, { lines: [{ name: 'Retainer', quantity: 1, rate_minor: 30_000 }] });

    await openFromNav(page, 'Estimates', 'Estimates');
    await page.getByRole('link', { name: estimate.number }).first().click();
    await page.getByRole('heading', { level: 1, name: `Estimate ${estimate.number}` }).waitFor();
    const estimateMail = await forwardWithTheDialog(page, `Forward Estimate ${estimate.number}`, 'estimate');
    expect(estimateMail.attachments[0]?.filename).toBe(`${estimate.number}.pdf`);
    expect(await pdfText(estimateMail.attachments[0]?.content ?? Buffer.alloc(0))).toContain(estimate.number);

    await openFromNav(page, 'Statement', 'Statement of accounts');
    await page.getByRole('main').getByText(invoice.number).first().waitFor();
    const statementMail = await forwardWithTheDialog(page, 'Forward the statement', 'statement');
    expect(statementMail.attachments[0]?.filename).toMatch(/\.pdf$/);
    expect(await pdfText(statementMail.attachments[0]?.content ?? Buffer.alloc(0))).toContain(invoice.number);

    // Where the business doesn't allow forwarding (or reviews), the portal offers neither.
    await staff.call('PATCH', '/portal/settings', { allow_forwarding: false });
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Statement of accounts' }).waitFor();
    await page.getByRole('main').getByText(invoice.number).first().waitFor();
    expect(await page.getByRole('button', { name: 'Forward' }).count()).toBe(0);
    expect(await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Reviews', exact: true }).count()).toBe(0);
    await page.close();
  });
});
