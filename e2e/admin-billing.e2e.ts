import { randomBytes } from 'node:crypto';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible } from './axe.ts';
import { linkIn, startHarness, type Harness } from './harness.ts';
import { sendDocument } from './portal-billing-helpers.ts';
import { signedUpStaffPage, type StaffPage } from './portal-helpers.ts';

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

/** A new organization whose owner is signed in, with a customer billed in euros whose contact is invited. */
async function billingScene(): Promise<{ staff: StaffPage; page: Page; nav: Locator; customerId: string; customerName: string; contactEmail: string }> {
  const staff = await signedUpStaffPage(harness, `Billing ${unique()}`);
  const contactEmail = `carla-${unique()}@example.test`;
  const customerName = `Umbrella ${unique()}`;
  const customer = await staff.call<{ id: string }>('POST', '/customers', {
    display_name: customerName,
    currency: 'EUR',
    allow_portal_access: true,
    contact_persons: [{ first_name: 'Carla', last_name: 'Contact', email: contactEmail, is_primary: true }],
  });
  await staff.page.goto('/admin/customers');
  await staff.page.getByRole('heading', { level: 1, name: 'Customers' }).waitFor();
  return { staff, page: staff.page, nav: staff.page.getByRole('navigation', { name: 'Main' }), customerId: customer.id, customerName, contactEmail };
}

/** VAT at 19 % and the item "Consulting hour" (CH-1) at €120.00 an hour with that tax. */
async function consultingHour(staff: StaffPage): Promise<void> {
  const vat = await staff.call<{ id: string }>('POST', '/taxes', { name: 'VAT', rate_percent: 19 });
  await staff.call('POST', '/items', { name: 'Consulting hour', sku: 'CH-1', unit: 'hours', rate_minor: 12_000, currency: 'EUR', tax_id: vat.id });
}

/**
 * The invoice the line editor builds, sent through the API: 1.5 consulting hours with VAT (€214.20) and
 * travel of €33.33 less 10 % (€30.00), €244.20 in all.
 */
async function sentInvoice(staff: StaffPage, customerId: string): Promise<{ id: string; number: string }> {
  const vat = await staff.call<{ id: string }>('POST', '/taxes', { name: 'VAT', rate_percent: 19 });
  const lines = [
    { name: 'Consulting hour', quantity: 1.5, rate_minor: 12_000, tax_id: vat.id },
    { name: 'Travel', quantity: 1, rate_minor: 3_333, discount: { type: 'percent' as const, percent: 10 } },
  ];
  const invoice = await sendDocument(staff, 'invoices', customerId, { lines });
  expect(invoice.total_minor).toBe(24_420);
  return invoice;
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

/**
 * The back office, one page at a time. Each test sets its own scene through the API (a new organization,
 * its customer, the documents it needs), so one failing page hides no other.
 */
describe('billing back office', () => {
  it('adds a tax and shows the number series', async () => {
    const { page, nav } = await billingScene();
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
  });

  it('adds an item with a rate and the default tax', async () => {
    const { staff, page, nav } = await billingScene();
    await staff.call('POST', '/taxes', { name: 'VAT', rate_percent: 19 });
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
  });

  it('builds an invoice in the line editor whose live total equals the server’s, and sends it to the contact over SMTP', async () => {
    const { staff, page, nav, customerName, contactEmail } = await billingScene();
    await consultingHour(staff);
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
    expect(await page.getByTestId('document-total').textContent()).toBe('€244.20');
    await settledAndAccessible(page, 'invoice draft');

    // Send: the contact is emailed over SMTP.
    await page.getByRole('button', { name: 'Send', exact: true }).click();
    await page.getByRole('dialog', { name: `Send ${invoiceNumber}?` }).getByRole('button', { name: 'Send' }).click();
    await page.getByText('Sent', { exact: true }).first().waitFor();
    await harness.waitForMail(contactEmail, (mail) => mail.subject.includes(invoiceNumber) || mail.text.includes(invoiceNumber));
  });

  it('records a partial payment, applied to the invoice by default', async () => {
    const { staff, page, nav, customerId } = await billingScene();
    const invoice = await sentInvoice(staff, customerId);
    await page.goto(`/admin/invoices/${invoice.id}`);
    const invoiceHeading = page.getByRole('heading', { level: 1, name: /^Invoice INV-/ });
    await invoiceHeading.waitFor();
    await page.getByRole('link', { name: 'Record payment' }).click();
    await page.getByRole('heading', { level: 1, name: 'Record a payment' }).waitFor();
    await page.getByLabel('Amount (EUR)').fill('100');
    await expect.poll(() => page.getByLabel(`Amount applied to ${invoice.number}`).inputValue()).toBe('100.00');
    await page.getByLabel('Method').selectOption('cheque');
    await page.getByLabel('Reference').fill('CHQ-42');
    await settledAndAccessible(page, 'record payment');
    await page.getByRole('button', { name: 'Record payment' }).click();
    await page.getByRole('heading', { level: 1, name: /^Payment / }).waitFor();
    await expectAccessible(page, 'payment detail');
    await page.getByRole('link', { name: invoice.number }).click();
    await invoiceHeading.waitFor();
    await page.getByText('Partially paid', { exact: true }).first().waitFor();
    expect(await page.getByTestId('document-balance').textContent()).toBe('€144.20');
    await nav.getByRole('link', { name: 'Payments', exact: true }).click();
    await page.getByRole('row', { name: /CHQ-42/ }).waitFor();
    await expectAccessible(page, 'payments');
  });

  it('creates an estimate from an item and sends it', async () => {
    const { staff, page, nav, customerName, contactEmail } = await billingScene();
    await consultingHour(staff);
    await nav.getByRole('link', { name: 'Estimates', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Estimates' }).waitFor();
    await settledAndAccessible(page, 'estimates (empty)');
    await page.getByRole('link', { name: 'New estimate' }).first().click();
    await page.getByRole('heading', { level: 1, name: 'New estimate' }).waitFor();
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
  });

  it('shows who viewed the invoice, the customer’s comment as text and the dispute, and posts a reply shown in the portal', async () => {
    const { staff, page, customerId, contactEmail } = await billingScene();
    const contact = await acceptInvitationAsContact(contactEmail);
    const invoice = await sentInvoice(staff, customerId);
    const invoiceId = invoice.id;

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
  });

  it('resolves a dispute from the Disputes page, and the customer reads the resolution', async () => {
    const { staff, page, nav, customerId, contactEmail } = await billingScene();
    const contact = await acceptInvitationAsContact(contactEmail);
    const invoice = await sentInvoice(staff, customerId);
    const portalInvoice = await contact.call<{ lines: { id: string }[] }>('GET', `/invoices/${invoice.id}`);
    await contact.call('POST', `/invoices/${invoice.id}/disputes`, { reason: 'Travel was agreed as free', line_id: portalInvoice.lines[1]?.id });

    // The nav shows the open count.
    await page.reload();
    await nav.getByRole('link', { name: /^Disputes/ }).click();
    await page.getByRole('heading', { level: 1, name: 'Disputes' }).waitFor();
    await settledAndAccessible(page, 'disputes');
    await page.getByRole('button', { name: `Resolve the dispute on ${invoice.number}` }).click();
    const resolveDialog = page.getByRole('dialog', { name: `Resolve the dispute on ${invoice.number}` });
    await resolveDialog.getByLabel('Resolution').fill('Travel removed on the next invoice.');
    await expectAccessible(page, 'resolve dispute dialog');
    await resolveDialog.getByRole('button', { name: 'Resolve' }).click();
    await page.getByText('No open disputes').waitFor();
    const afterResolve = await contact.call<{ data: { body: string }[] }>('GET', `/invoices/${invoice.id}/comments`);
    expect(afterResolve.data.some((comment) => comment.body.includes('Travel removed on the next invoice.'))).toBe(true);
  });

  it('shows the customer’s documents and this month’s statement, with its PDF and email', async () => {
    const { staff, page, customerId, customerName, contactEmail } = await billingScene();
    const invoice = await sentInvoice(staff, customerId);
    await staff.call('POST', '/payments', { customer_id: customerId, amount_minor: 10_000, currency: 'EUR', method: 'cheque', reference: 'CHQ-42' });
    const estimate = await sendDocument(staff, 'estimates', customerId, { lines: [{ name: 'Consulting hour', quantity: 10, rate_minor: 12_000 }] });

    await page.goto(`/admin/customers/${customerId}`);
    await page.getByRole('heading', { level: 1, name: customerName }).waitFor();
    await page.getByRole('tab', { name: 'Invoices', exact: true }).waitFor();
    await page.getByRole('tabpanel').getByRole('link', { name: invoice.number }).waitFor();
    await page.getByRole('tab', { name: 'Estimates' }).click();
    await page.getByRole('tabpanel').getByRole('link', { name: estimate.number }).waitFor();
    await expect.poll(() => page.getByTestId('statement-closing').textContent()).toBe('€144.20');
    await settledAndAccessible(page, 'customer overview with statement');
    const pdfHref = await page.getByRole('link', { name: /Download PDF/ }).getAttribute('href');
    const pdf = await page.request.get(pdfHref ?? '');
    expect(pdf.status()).toBe(200);
    expect(pdf.headers()['content-type']).toContain('application/pdf');
    await page.getByRole('button', { name: 'Email statement' }).click();
    await page.getByText("Statement sent to the customer's contacts").waitFor();
    await harness.waitForMail(contactEmail, (mail) => /statement/i.test(mail.subject));
  });

  it('passes axe on the remaining lists, and on an invoice and the line editor on a phone', async () => {
    const { staff, page, nav, customerId } = await billingScene();
    const invoice = await sentInvoice(staff, customerId);
    for (const [link, heading] of [
      ['Retainer invoices', 'Retainer invoices'],
      ['Credit notes', 'Credit notes'],
    ] as const) {
      await nav.getByRole('link', { name: link, exact: true }).click();
      await page.getByRole('heading', { level: 1, name: heading }).waitFor();
      await settledAndAccessible(page, heading);
    }
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`/admin/invoices/${invoice.id}`);
    await page.getByRole('heading', { level: 1, name: /^Invoice INV-/ }).waitFor();
    await settledAndAccessible(page, 'invoice on a phone');
    await page.goto('/admin/invoices/new');
    await page.getByRole('group', { name: 'Line 1' }).waitFor();
    await settledAndAccessible(page, 'new invoice on a phone');
  });
});
