import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible } from './axe.ts';
import { startHarness, type Harness } from './harness.ts';
import { daysFromToday, download, getDocument, pdfText, seedBillingHistory, sendDocument, usd, type StaffDocument } from './portal-billing-helpers.ts';
import { acceptInvitation, linkFromMail, portalUrl, signIn, StaffApi, uniqueEmail } from './portal-helpers.ts';

const password = 'correct-horse-battery-staple';

/**
 * The billing journey of a contact: dashboard figures, unpaid invoices, an invoice viewed, its PDF and a
 * conversation with staff, estimates accepted and declined, last month's statement; axe on every page.
 * Each test has its own organization and customer history, so no test sees what another one did.
 */
describe('billing documents in the portal', () => {
  let h: Harness;

  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => {
    await h?.close();
  });

  /** A new organization with a light brand colour (the hard case for contrast), through the API. */
  async function organization(): Promise<StaffApi> {
    const staff = await StaffApi.signUp(h.baseUrl, `Billing Journey ${Date.now()}`);
    await staff.updateSettings({ brand_color: '#ffd84d', email_customers_on_staff_comment: false });
    return staff;
  }

  /**
   * The scene of one test: its own organization and customer Analytical Engines with the billing history
   * of seedBillingHistory, whose contact Ada Lovelace accepted the invitation; `signedIn` opens her portal.
   */
  async function scene() {
    const staff = await organization();
    const email = uniqueEmail('ada');
    const { id: customerId } = await staff.createInvitedCustomer({ name: 'Analytical Engines', email, firstName: 'Ada', lastName: 'Lovelace' });
    const { docs, paymentId } = await seedBillingHistory(staff, customerId);
    const page = await h.newPage();
    await acceptInvitation(page, await linkFromMail(h, email, 'invite'), password);
    await page.close();
    const signedIn = async (options: { viewport?: { width: number; height: number } } = {}): Promise<Page> => {
      const contact = await h.newPage(options);
      await signIn(contact, h, staff.slug, email, password);
      await contact.getByRole('heading', { level: 1, name: 'Welcome, Ada Lovelace' }).waitFor();
      return contact;
    };
    return { staff, customerId, docs, paymentId, signedIn };
  }

  const row = (page: Page, number: string) => page.getByRole('row').filter({ has: page.getByRole('link', { name: number, exact: true }) });

  it('shows the figures, links the estimates to review, filters unpaid invoices and searches by number', async () => {
    const { staff, customerId, docs, signedIn } = await scene();
    const page = await signedIn();

    // The outstanding total is the sum of the open invoices' balances, as staff see them.
    const invoices = await staff.call<{ data: StaffDocument[] }>('GET', `/invoices?customer_id=${customerId}&limit=100`);
    const open = invoices.data.filter((doc) => doc.balance_minor > 0);
    const outstanding = open.reduce((sum, doc) => sum + doc.balance_minor, 0);
    expect(outstanding).toBe(20_900 + 10_000 + 4_500);
    const tile = page.getByTestId('tile-outstanding');
    await tile.getByText(usd(outstanding)).waitFor();
    await tile.getByRole('link', { name: '3 invoices' }).waitFor();
    await page.getByTestId('tile-overdue').getByText(usd(10_000)).waitFor();
    await page.getByTestId('tile-retainers').getByText(usd(5_000)).waitFor();
    await page.getByTestId('tile-credits').getByText(usd(1_000)).waitFor();
    await page.getByTestId('tile-last-payment').getByText(usd(20_000)).waitFor();
    await expectAccessible(page, 'dashboard with figures');
    await page.getByRole('link', { name: '2 estimates to review' }).click();
    await page.getByRole('heading', { level: 1, name: 'Estimates' }).waitFor();
    expect(new URL(page.url()).search).toBe('?filter=awaiting');
    await row(page, docs.estimateA.number).waitFor();

    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Invoices', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Invoices' }).waitFor();
    await row(page, docs.paid.number).waitFor();
    await page.getByRole('navigation', { name: 'Show' }).getByRole('link', { name: 'Unpaid' }).click();
    await page.waitForURL(/\?filter=unpaid$/);
    await row(page, docs.overdue.number).getByText('Overdue').waitFor();
    await row(page, docs.partial.number).getByText('Partially paid').waitFor();
    await row(page, docs.credited.number).waitFor();
    expect(await row(page, docs.paid.number).count()).toBe(0);
    await expectAccessible(page, 'unpaid invoices');

    // Search by number narrows the list; the address keeps it.
    await page.getByRole('searchbox', { name: 'Search by number' }).fill(docs.overdue.number);
    await page.waitForURL(/search=/);
    await row(page, docs.overdue.number).waitFor();
    // The list re-renders as the search settles: count once it has.
    await expect.poll(() => page.getByRole('row').count(), { timeout: 15_000 }).toBe(2);
  });

  it('marks an invoice viewed when the contact opens it, and gives its PDF', async () => {
    const { staff, docs, signedIn } = await scene();
    const page = await signedIn();
    const invoice = docs.partial;
    expect((await getDocument(staff, 'invoices', invoice.id)).viewed_at).toBeNull();
    await page.goto(portalUrl(h, staff.slug, '/invoices?filter=unpaid'));
    await page.getByRole('link', { name: invoice.number, exact: true }).click();
    await page.getByRole('heading', { level: 1, name: `Invoice ${invoice.number}` }).waitFor();
    await page.getByRole('cell', { name: 'VAT (10%)' }).waitFor();
    await page.getByText(`−${usd(500)}`).first().waitFor();
    await page.getByText('Second line of notes.').waitFor();
    const balance = page.locator('.p-totals__row--strong').filter({ hasText: 'Balance due' });
    expect(await balance.textContent()).toContain(usd(20_900));
    const viewed = await getDocument(staff, 'invoices', invoice.id);
    expect(viewed.viewed_at).not.toBeNull();
    expect(viewed.viewed_by?.name).toBe('Ada Lovelace');

    const pdf = await download(page, () => page.getByRole('link', { name: 'Download PDF' }).click());
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(await pdfText(pdf)).toContain(invoice.number);
    const response = await page.request.get(portalUrl(h, staff.slug, `/api/invoices/${invoice.id}/pdf`));
    expect(response.headers()['content-type']).toBe('application/pdf');
  });

  it('carries the conversation with staff on an invoice: markup stays text, internal comments stay hidden, a disputed line joins the thread', async () => {
    const { staff, docs, signedIn } = await scene();
    const page = await signedIn();
    const invoice = docs.partial;
    await page.goto(portalUrl(h, staff.slug, `/invoices/${invoice.id}`));
    await page.getByRole('heading', { level: 1, name: `Invoice ${invoice.number}` }).waitFor();

    // Markup in a comment stays text.
    const question = 'Could you split the <b>hosting</b> line? <script>window.hacked = 1</script>';
    await page.getByRole('textbox', { name: 'Add a comment' }).fill(question);
    await page.getByRole('button', { name: 'Post comment' }).click();
    await page.getByText(question).waitFor();
    expect(await page.evaluate(() => (window as unknown as { hacked?: number }).hacked)).toBeUndefined();
    expect(await page.locator('.p-comment b').count()).toBe(0);
    await expectAccessible(page, 'invoice detail with a comment');

    await staff.call('POST', `/invoices/${invoice.id}/comments`, { body: 'Internal: check the hosting contract.', display_in_portal: false });
    await staff.call('POST', `/invoices/${invoice.id}/comments`, { body: 'Yes, we will send a revised invoice tomorrow.', display_in_portal: true });
    await page.reload();
    await page.getByText('Yes, we will send a revised invoice tomorrow.').waitFor();
    expect(await page.getByText('Internal: check the hosting contract.').count()).toBe(0);

    // A dispute on one line goes into the thread.
    await page.getByRole('button', { name: 'Dispute' }).click();
    const dialog = page.getByRole('dialog', { name: `Dispute invoice ${invoice.number}` });
    await dialog.getByRole('combobox', { name: 'What do you dispute?' }).selectOption({ label: 'Setup' });
    await dialog.getByRole('button', { name: 'Send dispute' }).click();
    await dialog.getByText('This field is required.').waitFor();
    await expectAccessible(page, 'dispute dialog');
    await dialog.getByRole('textbox', { name: 'Reason' }).fill('Setup was already paid last year.');
    await dialog.getByRole('button', { name: 'Send dispute' }).click();
    await page.getByText('Your dispute has been sent.').waitFor();
    await page.getByText('Line: Setup').waitFor();
  });

  it('accepts one estimate and declines another with a reason; a stale page says why it can no longer answer', async () => {
    const { staff, docs, signedIn } = await scene();
    const page = await signedIn();
    const stale = await signedIn();
    const [first, second] = [docs.estimateA, docs.estimateB];
    await stale.goto(portalUrl(h, staff.slug, `/estimates/${second.id}`));
    await stale.getByRole('button', { name: 'Accept' }).waitFor();

    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Estimates', exact: true }).click();
    await page.getByRole('navigation', { name: 'Show' }).getByRole('link', { name: 'Awaiting approval' }).click();
    await page.getByRole('link', { name: first.number, exact: true }).click();
    await page.getByRole('heading', { level: 1, name: `Estimate ${first.number}` }).waitFor();
    await page.getByRole('button', { name: 'Accept' }).click();
    const accept = page.getByRole('dialog', { name: `Accept estimate ${first.number}` });
    expect(await accept.getByRole('textbox', { name: 'Your name' }).inputValue()).toBe('Ada Lovelace');
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('autocomplete'))).toBe('name');
    await expectAccessible(page, 'accept dialog');
    await accept.getByRole('textbox', { name: 'Your name' }).fill('Ada King');
    await accept.getByRole('button', { name: 'Accept estimate' }).click();
    await page.getByText('You accepted the estimate.').waitFor();
    await page.getByText('Ada King', { exact: false }).first().waitFor();
    expect(await page.getByRole('button', { name: 'Accept' }).count()).toBe(0);
    expect((await getDocument(staff, 'estimates', first.id)).status).toBe('accepted');
    await expectAccessible(page, 'accepted estimate');

    await page.goto(portalUrl(h, staff.slug, `/estimates/${second.id}`));
    await page.getByRole('button', { name: 'Decline' }).click();
    const decline = page.getByRole('dialog', { name: `Decline estimate ${second.number}` });
    await decline.getByRole('textbox', { name: 'Reason for declining' }).fill('We found a cheaper offer.');
    await decline.getByRole('button', { name: 'Decline estimate' }).click();
    await page.getByText('You declined the estimate.').waitFor();
    await page.getByRole('listitem').filter({ hasText: 'We found a cheaper offer.' }).first().waitFor();
    const declined = await getDocument(staff, 'estimates', second.id);
    expect(declined.status).toBe('declined');
    expect(declined.decline_reason).toBe('We found a cheaper offer.');

    // The other tab still offers Accept: the server refuses (409) and the page says why.
    await stale.getByRole('button', { name: 'Accept' }).click();
    const staleDialog = stale.getByRole('dialog', { name: `Accept estimate ${second.number}` });
    await staleDialog.getByRole('button', { name: 'Accept estimate' }).click();
    await staleDialog.getByText('This estimate has already been declined, so it can no longer be accepted.').waitFor();
    await staleDialog.getByRole('button', { name: 'Cancel' }).click();
    await stale.locator('.p-document__status').getByText('Declined').waitFor();
    expect(await stale.getByRole('button', { name: 'Accept' }).count()).toBe(0);
    // Focus lands on the explanation, not on the body, once the buttons are gone.
    expect(await stale.evaluate(() => document.activeElement?.textContent)).toContain('already been declined');
  });

  it("downloads last month's statement", async () => {
    const { staff, customerId, docs, signedIn } = await scene();
    const page = await signedIn();
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Statement' }).click();
    await page.getByRole('heading', { level: 1, name: 'Statement of accounts' }).waitFor();
    await page.getByRole('combobox', { name: 'Period' }).selectOption('last_month');
    await page.waitForURL(/period=last_month/);
    const expected = await staff.call<{ closing_balance_minor: number; entries: unknown[] }>('GET', `/customers/${customerId}/statement?period=last_month`);
    await page.getByTestId('closing-balance').getByText(usd(expected.closing_balance_minor)).waitFor();
    await row(page, docs.overdue.number).waitFor();
    await expectAccessible(page, 'statement');

    const pdf = await download(page, () => page.getByRole('link', { name: 'Download PDF' }).click());
    const text = await pdfText(pdf);
    for (const doc of [docs.paid, docs.partial, docs.overdue, docs.credited]) expect(text).toContain(doc.number);
  });

  it('passes axe on every billing page, on a desktop and on a phone', async () => {
    const { staff, docs, paymentId, signedIn } = await scene();
    const page = await signedIn();
    const pages: [string, string, string][] = [
      ['retainer invoices', '/retainer-invoices', 'Retainer invoices'],
      ['retainer invoice', `/retainer-invoices/${docs.retainer.id}`, `Retainer invoice ${docs.retainer.number}`],
      ['credit notes', '/credit-notes', 'Credit notes'],
      ['credit note', `/credit-notes/${docs.credit.id}`, `Credit note ${docs.credit.number}`],
      ['payments', '/payments', 'Payments'],
      ['payment', `/payments/${paymentId}`, 'Payment '],
      ['estimates', '/estimates', 'Estimates'],
      ['paid invoices (empty search)', '/invoices?filter=paid&search=NOPE', 'Invoices'],
    ];
    for (const [what, path, heading] of pages) {
      await page.goto(portalUrl(h, staff.slug, path));
      await page.getByRole('heading', { level: 1, name: heading }).waitFor();
      await page.locator('.ui-spinner').waitFor({ state: 'detached' });
      await expectAccessible(page, what);
    }
    await page.getByText('Nothing matches “NOPE”.').waitFor();

    const phone = await signedIn({ viewport: { width: 375, height: 740 } });
    await expectAccessible(phone, 'dashboard on a phone');
    const phonePages: [string, string, string][] = [
      ['invoices on a phone', '/invoices', 'Invoices'],
      ['invoice on a phone', `/invoices/${docs.partial.id}`, `Invoice ${docs.partial.number}`],
      ['estimate on a phone', `/estimates/${docs.estimateA.id}`, `Estimate ${docs.estimateA.number}`],
      ['payments on a phone', '/payments', 'Payments'],
      ['statement on a phone', '/statement?period=last_month', 'Statement of accounts'],
    ];
    for (const [what, path, heading] of phonePages) {
      await phone.goto(portalUrl(h, staff.slug, path));
      await phone.getByRole('heading', { level: 1, name: heading }).waitFor();
      await phone.locator('.ui-spinner').waitFor({ state: 'detached' });
      await expectAccessible(phone, what);
    }
    // Rows are cards on a phone: a cell shows its column's name.
    await phone.goto(portalUrl(h, staff.slug, '/invoices'));
    const cell = phone.getByRole('cell').first();
    const label = await cell.evaluate((el) => getComputedStyle(el, '::before').content);
    expect(label).toBe('"Date"');
  });
  it('hides what a contact may not do: answering estimates without the role, documents without view_documents', async () => {
    const staff = await organization();
    const other = uniqueEmail('charles');
    const customer = await staff.createInvitedCustomer({ name: 'Difference Engines', email: other, firstName: 'Charles', lastName: 'Babbage' });
    const estimate = await sendDocument(staff, 'estimates', customer.id, { expiry_date: daysFromToday(30), lines: [{ name: 'Gears', quantity: 3, rate_minor: 1_000 }] });
    await staff.call('PATCH', `/contact-persons/${customer.contactId}`, { permissions: ['view_documents'] });
    const page = await h.newPage();
    await acceptInvitation(page, await linkFromMail(h, other, 'invite'), password);
    await page.goto(portalUrl(h, staff.slug, `/estimates/${estimate.id}`));
    await page.getByText('Someone at your company with permission to approve estimates').waitFor();
    expect(await page.getByRole('button', { name: 'Accept' }).count()).toBe(0);

    // Lists come 25 at a time; "Load more" brings the rest.
    for (let n = 1; n <= 26; n += 1) await sendDocument(staff, 'invoices', customer.id, { lines: [{ name: `Cog ${n}`, quantity: 1, rate_minor: 100 * n }] });
    await page.goto(portalUrl(h, staff.slug, '/invoices'));
    await page.getByText('25 shown').waitFor();
    await page.getByRole('button', { name: 'Load more' }).click();
    await page.getByText('26 shown').waitFor();
    await expect.poll(() => page.getByRole('row').count(), { timeout: 15_000 }).toBe(27);
    expect(await page.getByRole('button', { name: 'Load more' }).count()).toBe(0);

    await staff.call('PATCH', `/contact-persons/${customer.contactId}`, { permissions: [] });
    await page.goto(portalUrl(h, staff.slug, '/'));
    await page.getByRole('heading', { level: 1, name: 'Welcome, Charles Babbage' }).waitFor();
    const nav = page.getByRole('navigation', { name: 'Main' });
    await nav.getByRole('link', { name: 'Company details' }).waitFor();
    expect(await nav.getByRole('link', { name: 'Invoices', exact: true }).count()).toBe(0);
    expect(await nav.getByRole('link', { name: 'Statement' }).count()).toBe(0);
    expect(await page.getByTestId('tile-outstanding').count()).toBe(0);
  });
});
