import { randomBytes } from 'node:crypto';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible } from './axe.ts';
import { linkIn, startHarness, type Harness } from './harness.ts';
import { signedUpStaffPage } from './portal-helpers.ts';

const password = 'correct horse battery staple';
const unique = () => randomBytes(4).toString('hex');

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => {
  await harness?.close();
});

/** Staff API calls with the page's own session, for setting the scene quickly. */
async function staffCall<T>(page: Page, method: 'GET' | 'POST' | 'PATCH', path: string, body?: unknown): Promise<T> {
  const session = await page.request.get('/api/v1/session');
  const { csrf_token: csrf } = (await session.json()) as { csrf_token: string };
  const answer = await page.request.fetch(`/api/v1${path}`, { method, headers: { 'x-csrf-token': csrf }, ...(body === undefined ? {} : { data: body }) });
  if (!answer.ok()) throw new Error(`${method} ${path}: ${answer.status()} ${await answer.text()}`);
  return (await answer.json()) as T;
}

async function portalContact(email: string) {
  const link = linkIn(await harness.waitForMail(email), harness.baseUrl);
  const [, , slug, , token] = new URL(link).pathname.split('/');
  const accepted = await fetch(`${harness.baseUrl}/portal/${slug}/api/invitations/${token}/accept`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ password }) });
  const cookie = accepted.headers.getSetCookie().find((c) => c.startsWith('portico_portal='))?.split(';')[0] ?? '';
  const { csrf_token: csrf } = (await accepted.json()) as { csrf_token: string };
  return async (method: string, path: string, body?: unknown) => {
    const response = await fetch(`${harness.baseUrl}/portal/${slug}/api${path}`, {
      method,
      headers: { cookie, 'x-csrf-token': csrf, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
  };
}

interface Doc {
  id: string;
  number: string;
}

/** A new organization whose owner is signed in, its customer Initrode billed in euros, and a sent invoice of €200.00. */
async function scene(): Promise<{ page: Page; customerId: string; email: string; invoice: Doc }> {
  const { page } = await signedUpStaffPage(harness, `Cycles ${unique()}`);
  await page.goto('/admin/customers');
  await page.getByRole('heading', { level: 1, name: 'Customers' }).waitFor();
  const email = `dora-${unique()}@example.test`;
  const customer = await staffCall<{ id: string }>(page, 'POST', '/customers', {
    display_name: 'Initrode',
    currency: 'EUR',
    allow_portal_access: true,
    contact_persons: [{ first_name: 'Dora', last_name: 'Doe', email, is_primary: true }],
  });
  const invoice = await staffCall<Doc>(page, 'POST', '/invoices', { customer_id: customer.id, lines: [line] });
  await staffCall(page, 'POST', `/invoices/${invoice.id}/send`);
  return { page, customerId: customer.id, email, invoice };
}

const line = { name: 'Support plan', quantity: 1, rate_minor: 20000 };

/** Each life cycle is a test of its own with its own organization, so one failure hides no other. */
describe('billing life cycles in the console', () => {
  it('applies a credit note made and sent in the console to an invoice', async () => {
    const { page, customerId, invoice } = await scene();
    // A credit note made in the console, sent, then applied to the invoice.
    await page.goto(`/admin/credit-notes/new?customer=${customerId}`);
    await page.getByRole('heading', { level: 1, name: 'New credit note' }).waitFor();
    const creditLine = page.getByRole('group', { name: 'Line 1' });
    await creditLine.getByLabel('Name').fill('Goodwill');
    await creditLine.getByLabel('Rate (EUR)').fill('50');
    await page.getByRole('button', { name: 'Save as draft' }).click();
    await page.getByRole('heading', { level: 1, name: /^Credit note CN-/ }).waitFor();
    await page.getByRole('button', { name: 'Send', exact: true }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Send' }).click();
    await page.getByRole('button', { name: 'Apply to invoices' }).click();
    const apply = page.getByRole('dialog', { name: /^Apply CN-/ });
    await expect.poll(() => apply.getByLabel(`Amount applied to ${invoice.number}`).inputValue()).toBe('50.00');
    await expectAccessible(page, 'apply credit dialog');
    await apply.getByRole('button', { name: 'Apply to invoices' }).click();
    await page.getByText('Closed', { exact: true }).first().waitFor();
    await page.goto(`/admin/invoices/${invoice.id}`);
    await page.getByText('Partially paid', { exact: true }).first().waitFor();
    expect(await page.getByTestId('document-balance').textContent()).toBe('€150.00');

  });

  it('refuses payment allocations that do not add up to the amount or exceed the balance', async () => {
    const { page, customerId, invoice } = await scene();
    // €50.00 of credit applied, so €150.00 is open.
    const credit = await staffCall<Doc>(page, 'POST', '/credit-notes', { customer_id: customerId, lines: [{ name: 'Goodwill', quantity: 1, rate_minor: 5000 }] });
    await staffCall(page, 'POST', `/credit-notes/${credit.id}/send`);
    await staffCall(page, 'POST', `/credit-notes/${credit.id}/apply`, { applications: [{ invoice_id: invoice.id, amount_minor: 5000 }] });
    await page.goto(`/admin/invoices/${invoice.id}`);
    await page.getByText('Partially paid', { exact: true }).first().waitFor();
    // Payment allocations must add up to the amount.
    await page.getByRole('link', { name: 'Record payment' }).click();
    await page.getByLabel('Amount (EUR)').fill('500');
    await expect.poll(() => page.getByLabel(`Amount applied to ${invoice.number}`).inputValue()).toBe('150.00');
    await page.getByRole('button', { name: 'Record payment' }).click();
    await page.getByText("The amounts applied must add up to the payment's amount.").waitFor();
    await page.getByLabel(`Amount applied to ${invoice.number}`).fill('200');
    await page.getByText('More than the balance').waitFor();
    await expectAccessible(page, 'record payment with errors');

  });

  it('converts an estimate accepted in the portal into a draft invoice, which is deleted again', async () => {
    const { page, customerId, email } = await scene();
    const contact = await portalContact(email);
    // An estimate accepted in the portal becomes a draft invoice, which is deleted again.
    const estimate = await staffCall<Doc>(page, 'POST', '/estimates', { customer_id: customerId, lines: [line] });
    await staffCall(page, 'POST', `/estimates/${estimate.id}/send`);
    await contact('POST', `/estimates/${estimate.id}/accept`, { name: 'Dora Doe' });
    await page.goto(`/admin/estimates/${estimate.id}`);
    await page.getByText('Accepted', { exact: true }).first().waitFor();
    await page.getByRole('button', { name: 'Convert to invoice' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Convert to invoice' }).click();
    await page.getByRole('heading', { level: 1, name: /^Invoice INV-/ }).waitFor();
    await page.getByRole('button', { name: 'Delete draft' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Delete draft' }).click();
    await page.getByRole('heading', { level: 1, name: 'Invoices' }).waitFor();

  });

  it('marks an estimate accepted by phone on the customer’s behalf', async () => {
    const { page, customerId } = await scene();
    // An estimate accepted by phone: marked accepted in the console, on the customer's behalf.
    const phoned = await staffCall<Doc>(page, 'POST', '/estimates', { customer_id: customerId, lines: [line] });
    await staffCall(page, 'POST', `/estimates/${phoned.id}/send`);
    await page.goto(`/admin/estimates/${phoned.id}`);
    await page.getByRole('heading', { level: 1, name: `Estimate ${phoned.number}` }).waitFor();
    await page.getByRole('button', { name: 'Mark as accepted' }).click();
    const mark = page.getByRole('dialog', { name: `Mark ${phoned.number} as accepted?` });
    await mark.getByLabel('Accepted by (optional)').fill('Dora, by phone');
    await expectAccessible(page, 'mark estimate accepted dialog');
    await mark.getByRole('button', { name: 'Mark as accepted' }).click();
    await page.getByText(`${phoned.number} marked as accepted`).waitFor();
    await page.getByText('Olivia Owner, on the customer’s behalf').waitFor();
    await page.getByText('Marked as accepted on the customer’s behalf by Olivia Owner; accepted by Dora, by phone').waitFor();
    await page.locator('dd', { hasText: 'by Dora, by phone' }).waitFor();
    expect(await page.getByRole('button', { name: 'Mark as accepted' }).count()).toBe(0);
    expect(await page.locator('.admin-doc-actions').getByRole('link', { name: 'Edit' }).count()).toBe(0);
    await page.getByRole('button', { name: 'Convert to invoice' }).waitFor();

  });

  it('resets Viewed and then voids the invoice', async () => {
    const { page, customerId, email } = await scene();
    const contact = await portalContact(email);
    // Viewed, reset; then the invoice is voided.
    const second = await staffCall<Doc>(page, 'POST', '/invoices', { customer_id: customerId, lines: [line] });
    await staffCall(page, 'POST', `/invoices/${second.id}/send`);
    await contact('GET', `/invoices/${second.id}`);
    await page.goto(`/admin/invoices/${second.id}`);
    await page.getByText('Viewed', { exact: true }).first().waitFor();
    await page.getByRole('row', { name: /Dora Doe/ }).waitFor();
    await page.getByRole('button', { name: 'Reset viewed' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Reset viewed' }).click();
    await page.getByText('Not viewed by the customer yet.').waitFor();
    // Changed elsewhere after the page showed it: the void is refused and the page shows the change.
    await staffCall(page, 'PATCH', `/invoices/${second.id}`, { reference: 'Changed elsewhere' });
    await page.getByRole('button', { name: 'Void' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Void' }).click();
    await page.getByText('Someone changed this document since you opened it, so nothing was done.', { exact: false }).waitFor();
    await page.locator('dd', { hasText: 'Changed elsewhere' }).waitFor();
    expect((await staffCall<{ status: string }>(page, 'GET', `/invoices/${second.id}`)).status).toBe('sent');
    await page.getByRole('button', { name: 'Void' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Void' }).click();
    await page.getByText('Void', { exact: true }).first().waitFor();

  });

  it('edits a draft: the new quantity changes its total', async () => {
    const { page, customerId } = await scene();
    // A draft edited: the new quantity changes its total.
    const draft = await staffCall<Doc>(page, 'POST', '/invoices', { customer_id: customerId, lines: [line] });
    await page.goto(`/admin/invoices/${draft.id}/edit`);
    await page.getByRole('heading', { level: 1, name: `Edit invoice ${draft.number}` }).waitFor();
    await page.getByRole('group', { name: 'Line 1' }).getByLabel('Quantity').fill('2.125');
    await expect.poll(() => page.getByRole('region', { name: 'Totals' }).getByTestId('document-total').textContent()).toBe('€425.00');
    await expectAccessible(page, 'edit invoice');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await page.getByRole('heading', { level: 1, name: `Invoice ${draft.number}` }).waitFor();
    expect(await page.getByTestId('document-total').textContent()).toBe('€425.00');

  });

  it('refuses an edit page opened before someone else’s change instead of saving over it', async () => {
    const { page, customerId } = await scene();
    const draft = await staffCall<Doc>(page, 'POST', '/invoices', { customer_id: customerId, lines: [{ ...line, quantity: 2.125 }] });
    // An edit page opened before someone else's change is refused, not saved over it.
    await page.goto(`/admin/invoices/${draft.id}/edit`);
    await page.getByRole('heading', { level: 1, name: `Edit invoice ${draft.number}` }).waitFor();
    await staffCall(page, 'PATCH', `/invoices/${draft.id}`, { notes: 'Changed in another tab' });
    await page.getByRole('group', { name: 'Line 1' }).getByLabel('Quantity').fill('3');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await page.getByText('Someone changed this document since you opened it, so your changes were not saved.', { exact: false }).waitFor();
    const kept = await staffCall<{ total_minor: number; notes: string }>(page, 'GET', `/invoices/${draft.id}`);
    expect(kept).toMatchObject({ total_minor: 42_500, notes: 'Changed in another tab' });
    await page.getByRole('button', { name: 'Load the latest version' }).click();
    expect(await page.getByLabel('Notes').inputValue()).toBe('Changed in another tab');

  });

  it('reads in German when the console is in German', async () => {
    const { page, customerId } = await scene();
    const draft = await staffCall<Doc>(page, 'POST', '/invoices', { customer_id: customerId, lines: [line] });
    // The console in German: the same pages read in German.
    await page.goto(`/admin/invoices?lang=de`);
    await page.getByRole('heading', { level: 1, name: 'Rechnungen' }).waitFor();
    await page.getByRole('link', { name: draft.number }).waitFor();
    await expectAccessible(page, 'invoices in German');
  });
});
