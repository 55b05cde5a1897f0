import { randomBytes } from 'node:crypto';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible } from './axe.ts';
import { linkIn, startHarness, type Harness } from './harness.ts';

const password = 'correct horse battery staple';
const unique = () => randomBytes(4).toString('hex');

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => {
  await harness?.close();
});

/** A contact signed in to the portal API (cookie + CSRF), for what customers do in the scene. */
interface PortalContact {
  call<T>(method: string, path: string, body?: unknown): Promise<T>;
}

async function acceptInvitationAsContact(email: string): Promise<PortalContact> {
  const link = linkIn(await harness.waitForMail(email), harness.baseUrl);
  const [, , slug, , token] = new URL(link).pathname.split('/');
  const accepted = await fetch(`${harness.baseUrl}/portal/${slug}/api/invitations/${token}/accept`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ password }),
  });
  expect(accepted.status).toBe(200);
  const cookie = accepted.headers.getSetCookie().find((c) => c.startsWith('portico_portal='))?.split(';')[0] ?? '';
  const { csrf_token: csrf } = (await accepted.json()) as { csrf_token: string };
  return {
    async call<T>(method: string, path: string, body?: unknown) {
      const response = await fetch(`${harness.baseUrl}/portal/${slug}/api${path}`, {
        method,
        headers: { cookie, 'x-csrf-token': csrf, accept: 'application/json', ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      const text = await response.text();
      if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${text}`);
      return (text ? JSON.parse(text) : undefined) as T;
    },
  };
}

async function signUp(page: Page, organization: string): Promise<void> {
  await page.goto('/admin/signup');
  await page.getByLabel('Organization name').fill(organization);
  await page.getByLabel('Your name').fill('Olivia Owner');
  await page.getByLabel('Email').fill(`billing-owner-${unique()}@example.test`);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Create organization' }).click();
  await page.getByRole('heading', { level: 1, name: 'Customers' }).waitFor();
}

async function createCustomer(page: Page, name: string, email: string): Promise<string> {
  const session = await page.request.get('/api/v1/session');
  const { csrf_token: csrf } = (await session.json()) as { csrf_token: string };
  const answer = await page.request.post('/api/v1/customers', {
    headers: { 'x-csrf-token': csrf },
    data: { display_name: name, currency: 'EUR', allow_portal_access: true, contact_persons: [{ first_name: 'Carla', last_name: 'Contact', email, is_primary: true }] },
  });
  expect(answer.status()).toBe(201);
  return ((await answer.json()) as { id: string }).id;
}

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

describe('billing back office', () => {
  it('runs taxes, items, an invoice with a payment, an estimate, the statement, comments and a dispute', async () => {
    const page = await harness.newPage();
    const nav = page.getByRole('navigation', { name: 'Main' });
    await signUp(page, `Billing ${unique()}`);
    const contactEmail = `carla-${unique()}@example.test`;
    const customerName = `Umbrella ${unique()}`;
    const customerId = await createCustomer(page, customerName, contactEmail);
    const contact = await acceptInvitationAsContact(contactEmail);

    // Settings: a tax of 19 %, and the number series.
    await nav.getByRole('link', { name: 'Taxes', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Taxes' }).waitFor();
    await settledAndAccessible(page, 'taxes (empty)');
    await page.getByRole('button', { name: 'Add tax' }).click();
    const taxDialog = page.getByRole('dialog', { name: 'Add a tax' });
    await taxDialog.getByLabel('Name').fill('VAT');
    await taxDialog.getByLabel('Rate (%)').fill('19');
    await expectAccessible(page, 'add tax dialog');
    await taxDialog.getByRole('button', { name: 'Save' }).click();
    await page.getByRole('row', { name: /VAT/ }).getByText('19%').waitFor();
    await expectAccessible(page, 'taxes');
    await nav.getByRole('link', { name: 'Number series', exact: true }).click();
    await page.getByRole('heading', { name: 'Invoices', level: 2, exact: true }).waitFor();
    await page.getByText('INV-000001', { exact: true }).waitFor();
    await expectAccessible(page, 'number series');

    // Items: one with a rate and the default tax.
    await nav.getByRole('link', { name: 'Items', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Items' }).waitFor();
    await settledAndAccessible(page, 'items (empty)');
    await page.getByRole('button', { name: 'Add item' }).first().click();
    const itemDialog = page.getByRole('dialog', { name: 'Add an item' });
    await itemDialog.getByLabel('Name').fill('Consulting hour');
    await itemDialog.getByLabel('SKU').fill('CH-1');
    await itemDialog.getByLabel('Currency').selectOption('EUR');
    await itemDialog.getByLabel('Rate (EUR)').fill('120.00');
    await itemDialog.getByLabel('Unit').fill('hours');
    await itemDialog.getByLabel('Default tax').selectOption({ label: 'VAT' });
    await expectAccessible(page, 'add item dialog');
    await itemDialog.getByRole('button', { name: 'Save' }).click();
    await page.getByRole('row', { name: /Consulting hour/ }).getByText('€120.00').waitFor();
    await expectAccessible(page, 'items');

    // An invoice through the line editor: the live total equals the server's.
    await nav.getByRole('link', { name: 'Invoices', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Invoices' }).waitFor();
    await settledAndAccessible(page, 'invoices (empty)');
    await page.getByRole('link', { name: 'New invoice' }).first().click();
    await page.getByRole('heading', { level: 1, name: 'New invoice' }).waitFor();
    await pickCustomer(page, customerName);
    const line1 = page.getByRole('group', { name: 'Line 1' });
    await line1.getByLabel('Item').selectOption({ label: 'Consulting hour (CH-1)' });
    expect(await line1.getByLabel('Rate (EUR)').inputValue()).toBe('120.00');
    await line1.getByLabel('Quantity').fill('1.5');
    await page.getByRole('button', { name: 'Add line' }).click();
    const line2 = page.getByRole('group', { name: 'Line 2' });
    await line2.getByLabel('Name').fill('Travel');
    await line2.getByLabel('Rate (EUR)').fill('33.33');
    await line2.getByLabel('Discount', { exact: true }).selectOption('percent');
    await line2.getByLabel('Discount (%)').fill('10');
    // 1.5 × 120.00 = 180.00 + 19 % = 214.20; 33.33 − 10 % (3.33) = 30.00; total 244.20.
    const preview = page.getByRole('region', { name: 'Totals' }).getByTestId('document-total');
    await expect.poll(() => preview.textContent()).toBe('€244.20');
    await expectAccessible(page, 'new invoice');
    await page.getByRole('button', { name: 'Save as draft' }).click();
    const invoiceHeading = page.getByRole('heading', { level: 1, name: /^Invoice INV-/ });
    await invoiceHeading.waitFor();
    const invoiceNumber = ((await invoiceHeading.textContent()) ?? '').replace('Invoice ', '');
    const invoiceId = new URL(page.url()).pathname.split('/').pop() ?? '';
    expect(await page.getByTestId('document-total').textContent()).toBe('€244.20');
    await settledAndAccessible(page, 'invoice draft');

    // Send: the contact is emailed over SMTP.
    await page.getByRole('button', { name: 'Send', exact: true }).click();
    await page.getByRole('dialog', { name: `Send ${invoiceNumber}?` }).getByRole('button', { name: 'Send' }).click();
    await page.getByText('Sent', { exact: true }).first().waitFor();
    await harness.waitForMail(contactEmail, (mail) => mail.subject.includes(invoiceNumber) || mail.text.includes(invoiceNumber));

    // A partial payment of 100.00, applied to the invoice by default.
    await page.getByRole('link', { name: 'Record payment' }).click();
    await page.getByRole('heading', { level: 1, name: 'Record a payment' }).waitFor();
    await page.getByLabel('Amount (EUR)').fill('100');
    await expect.poll(() => page.getByLabel(`Amount applied to ${invoiceNumber}`).inputValue()).toBe('100.00');
    await page.getByLabel('Method').selectOption('cheque');
    await page.getByLabel('Reference').fill('CHQ-42');
    await settledAndAccessible(page, 'record payment');
    await page.getByRole('button', { name: 'Record payment' }).click();
    await page.getByRole('heading', { level: 1, name: /^Payment / }).waitFor();
    await expectAccessible(page, 'payment detail');
    await page.getByRole('link', { name: invoiceNumber }).click();
    await invoiceHeading.waitFor();
    await page.getByText('Partially paid', { exact: true }).first().waitFor();
    expect(await page.getByTestId('document-balance').textContent()).toBe('€144.20');
    await nav.getByRole('link', { name: 'Payments', exact: true }).click();
    await page.getByRole('row', { name: /CHQ-42/ }).waitFor();
    await expectAccessible(page, 'payments');

    // An estimate, created and sent.
    await nav.getByRole('link', { name: 'Estimates', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Estimates' }).waitFor();
    await settledAndAccessible(page, 'estimates (empty)');
    await page.getByRole('link', { name: 'New estimate' }).first().click();
    await pickCustomer(page, customerName);
    const estimateLine = page.getByRole('group', { name: 'Line 1' });
    await estimateLine.getByLabel('Item').selectOption({ label: 'Consulting hour (CH-1)' });
    await estimateLine.getByLabel('Quantity').fill('10');
    await expect.poll(() => page.getByRole('region', { name: 'Totals' }).getByTestId('document-total').textContent()).toBe('€1,428.00');
    await page.getByRole('button', { name: 'Save as draft' }).click();
    const estimateHeading = page.getByRole('heading', { level: 1, name: /^Estimate EST-/ });
    await estimateHeading.waitFor();
    const estimateNumber = ((await estimateHeading.textContent()) ?? '').replace('Estimate ', '');
    await page.getByRole('button', { name: 'Send', exact: true }).click();
    await page.getByRole('dialog', { name: `Send ${estimateNumber}?` }).getByRole('button', { name: 'Send' }).click();
    await page.getByText('Sent', { exact: true }).first().waitFor();
    await harness.waitForMail(contactEmail, (mail) => mail.subject.includes(estimateNumber) || mail.text.includes(estimateNumber));
    await settledAndAccessible(page, 'estimate detail');

    // The customer opens the invoice, comments (markup stays text) and disputes a line, in the portal.
    const portalInvoice = await contact.call<{ lines: { id: string }[] }>('GET', `/invoices/${invoiceId}`);
    await contact.call('POST', `/invoices/${invoiceId}/comments`, { body: 'Can you split <b>travel</b> out?' });
    await contact.call('POST', `/invoices/${invoiceId}/disputes`, { reason: 'Travel was agreed as free', line_id: portalInvoice.lines[1]?.id });

    await page.goto(`/admin/invoices/${invoiceId}`);
    await page.getByText(/^Viewed .* by Carla Contact$/).waitFor();
    await page.getByText('Can you split <b>travel</b> out?').waitFor();
    await page.getByRole('row', { name: /Carla Contact/ }).first().waitFor();
    await page.getByLabel('Your comment').fill('Yes, a separate invoice follows.');
    await page.getByLabel('Display in portal').check();
    await page.getByRole('button', { name: 'Post comment' }).click();
    await page.getByText('Comment posted and shown in the portal').waitFor();
    await settledAndAccessible(page, 'invoice with views, comments and a dispute');
    const thread = await contact.call<{ data: { body: string }[] }>('GET', `/invoices/${invoiceId}/comments`);
    expect(thread.data.map((comment) => comment.body)).toContain('Yes, a separate invoice follows.');

    // The dispute is resolved from the Disputes page (the nav shows the open count).
    await nav.getByRole('link', { name: /^Disputes/ }).click();
    await page.getByRole('heading', { level: 1, name: 'Disputes' }).waitFor();
    await settledAndAccessible(page, 'disputes');
    await page.getByRole('button', { name: `Resolve the dispute on ${invoiceNumber}` }).click();
    const resolveDialog = page.getByRole('dialog', { name: `Resolve the dispute on ${invoiceNumber}` });
    await resolveDialog.getByLabel('Resolution').fill('Travel removed on the next invoice.');
    await expectAccessible(page, 'resolve dispute dialog');
    await resolveDialog.getByRole('button', { name: 'Resolve' }).click();
    await page.getByText('No open disputes').waitFor();
    const afterResolve = await contact.call<{ data: { body: string }[] }>('GET', `/invoices/${invoiceId}/comments`);
    expect(afterResolve.data.some((comment) => comment.body.includes('Travel removed on the next invoice.'))).toBe(true);

    // The customer's overview: documents tabs and this month's statement, its PDF and email.
    await page.goto(`/admin/customers/${customerId}`);
    await page.getByRole('heading', { level: 1, name: customerName }).waitFor();
    await page.getByRole('tab', { name: 'Invoices', exact: true }).waitFor();
    await page.getByRole('tabpanel').getByRole('link', { name: invoiceNumber }).waitFor();
    await page.getByRole('tab', { name: 'Estimates' }).click();
    await page.getByRole('tabpanel').getByRole('link', { name: estimateNumber }).waitFor();
    await expect.poll(() => page.getByTestId('statement-closing').textContent()).toBe('€144.20');
    await settledAndAccessible(page, 'customer overview with statement');
    const pdfHref = await page.getByRole('link', { name: /Download PDF/ }).getAttribute('href');
    const pdf = await page.request.get(pdfHref ?? '');
    expect(pdf.status()).toBe(200);
    expect(pdf.headers()['content-type']).toContain('application/pdf');
    await page.getByRole('button', { name: 'Email statement' }).click();
    await page.getByText("Statement sent to the customer's contacts").waitFor();
    await harness.waitForMail(contactEmail, (mail) => /statement/i.test(mail.subject));

    // The remaining lists, on a phone too.
    for (const [link, heading] of [
      ['Retainer invoices', 'Retainer invoices'],
      ['Credit notes', 'Credit notes'],
    ] as const) {
      await nav.getByRole('link', { name: link, exact: true }).click();
      await page.getByRole('heading', { level: 1, name: heading }).waitFor();
      await settledAndAccessible(page, heading);
    }
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`/admin/invoices/${invoiceId}`);
    await invoiceHeading.waitFor();
    await settledAndAccessible(page, 'invoice on a phone');
    await page.goto('/admin/invoices/new');
    await page.getByRole('group', { name: 'Line 1' }).waitFor();
    await settledAndAccessible(page, 'new invoice on a phone');
  });
});
