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

/** The page is no wider than the window: nothing scrolls sideways on a phone. */
async function expectNoHorizontalOverflow(page: Page, what: string, width: number): Promise<void> {
  const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(scrollWidth, `${what} is ${scrollWidth}px wide on a ${width}px screen`).toBeLessThanOrEqual(width);
}

/** The order's status as its heading's badge shows it. */
const orderStatus = (page: Page) => page.locator('.admin-doc-subtitle .ui-badge');

async function shipPackage(page: Page, number: string, carrier: string, trackingNumber: string): Promise<void> {
  await page.getByRole('button', { name: `Ship ${number}` }).click();
  const dialog = page.getByRole('dialog', { name: `Ship ${number}` });
  await dialog.getByRole('combobox', { name: 'Carrier' }).locator('option', { hasText: carrier }).waitFor({ state: 'attached' });
  await dialog.getByRole('combobox', { name: 'Carrier' }).selectOption({ label: carrier });
  await dialog.getByLabel('Tracking number').fill(trackingNumber);
  await dialog.getByRole('button', { name: 'Ship', exact: true }).click();
  await dialog.waitFor({ state: 'detached' });
}

describe('sales orders in the back office', () => {
  it('takes an order from draft to shipped in two packages with tracking links, and invoices it', async () => {
    const staff = await signedUpStaffPage(harness, `Orders ${unique()}`);
    const { page } = staff;
    const customerName = `Umbrella ${unique()}`;
    await staff.call('POST', '/customers', { display_name: customerName, currency: 'EUR' });
    await staff.call('POST', '/items', { name: 'Widget', sku: 'W-1', unit: 'pcs', rate_minor: 1_000, currency: 'EUR' });
    const nav = page.getByRole('navigation', { name: 'Main' });

    await page.goto('/admin/customers');
    await nav.getByRole('link', { name: 'Sales orders', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Sales orders' }).waitFor();
    await page.getByText('No sales orders yet').waitFor();
    await settledAndAccessible(page, 'sales orders (empty)');

    // A new order: the customer, 5 widgets at the customer's price.
    await page.getByRole('link', { name: 'New sales order' }).first().click();
    await page.getByRole('heading', { level: 1, name: 'New sales order' }).waitFor();
    await page.getByLabel('Find a customer').fill(customerName);
    const customerSelect = page.getByRole('combobox', { name: 'Customer', exact: true });
    await customerSelect.locator('option', { hasText: customerName }).waitFor({ state: 'attached' });
    await customerSelect.selectOption({ label: `${customerName} · EUR` });
    const line = page.getByRole('group', { name: 'Line 1' });
    await line.getByLabel('Item').selectOption({ label: 'Widget (W-1)' });
    await line.getByLabel('Quantity').fill('5');
    // The customer has no price list: the item's base rate is its price.
    await line.getByText('Base price').waitFor();
    expect(await line.getByLabel('Rate (EUR)').inputValue()).toBe('10.00');
    await page.getByLabel('PO number').fill('PO-4711');
    await expect.poll(() => page.getByRole('region', { name: 'Totals' }).getByTestId('document-total').textContent()).toBe('€50.00');
    await settledAndAccessible(page, 'new sales order');
    await page.getByRole('button', { name: 'Save as draft' }).click();
    const heading = page.getByRole('heading', { level: 1, name: /^Sales order SO-/ });
    await heading.waitFor();
    const orderNumber = ((await heading.textContent()) ?? '').replace('Sales order ', '');
    const orderId = new URL(page.url()).pathname.split('/').pop() ?? '';
    expect(await page.getByTestId('order-total').textContent()).toBe('€50.00');
    await expect.poll(() => orderStatus(page).textContent()).toBe('Draft');
    await settledAndAccessible(page, 'draft sales order');

    // Confirm it.
    await page.getByRole('button', { name: 'Confirm order' }).click();
    await page.getByRole('dialog', { name: `Confirm ${orderNumber}?` }).getByRole('button', { name: 'Confirm order' }).click();
    await expect.poll(() => orderStatus(page).textContent()).toBe('Confirmed');

    // A first package of 2, shipped with DHL: the tracking number links to DHL's page.
    await page.getByRole('button', { name: 'Create package' }).click();
    const packDialog = page.getByRole('dialog', { name: `Create a package for ${orderNumber}` });
    const quantity = packDialog.getByLabel('Quantity of Widget');
    expect(await quantity.inputValue()).toBe('5');
    await quantity.fill('2');
    await expectAccessible(page, 'create package dialog');
    await packDialog.getByRole('button', { name: 'Create package' }).click();
    await packDialog.waitFor({ state: 'detached' });
    const firstPackage = page.getByRole('listitem').filter({ has: page.getByRole('heading', { level: 3, name: /^PKG-/ }) }).first();
    const firstNumber = ((await firstPackage.getByRole('heading', { level: 3 }).textContent()) ?? '').trim();
    await page.getByRole('button', { name: `Ship ${firstNumber}` }).click();
    await expectAccessible(page, 'ship dialog');
    await page.getByRole('dialog', { name: `Ship ${firstNumber}` }).getByRole('button', { name: 'Cancel' }).click();
    await shipPackage(page, firstNumber, 'DHL', 'JD0001');
    const dhlLink = page.getByRole('link', { name: /JD0001/ });
    await dhlLink.waitFor();
    expect(await dhlLink.getAttribute('href')).toContain('JD0001');
    expect(new URL((await dhlLink.getAttribute('href')) ?? '').protocol).toBe('https:');
    await expect.poll(() => orderStatus(page).textContent()).toBe('Partially shipped');
    await settledAndAccessible(page, 'partially shipped order');

    // The rest in a second package (its default), shipped with UPS: the order is shipped.
    await page.getByRole('button', { name: 'Create package' }).click();
    const secondDialog = page.getByRole('dialog', { name: `Create a package for ${orderNumber}` });
    expect(await secondDialog.getByLabel('Quantity of Widget').inputValue()).toBe('3');
    await secondDialog.getByRole('button', { name: 'Create package' }).click();
    await secondDialog.waitFor({ state: 'detached' });
    const secondNumber = await page.evaluate((first) => [...document.querySelectorAll('.admin-package__number')].map((h) => h.textContent?.trim() ?? '').find((n) => n !== first) ?? '', firstNumber);
    await shipPackage(page, secondNumber, 'UPS', '1Z999AA10123456784');
    await page.getByRole('link', { name: /1Z999AA10123456784/ }).waitFor();
    await expect.poll(() => orderStatus(page).textContent()).toBe('Shipped');
    expect(await page.getByRole('row', { name: /Widget/ }).getByTestId('qty-shipped').textContent()).toBe('5');

    // Invoice what shipped: the invoice is linked from the order.
    await page.getByRole('button', { name: 'Convert to invoice' }).click();
    const convertDialog = page.getByRole('dialog', { name: `Invoice ${orderNumber}` });
    await expectAccessible(page, 'convert dialog');
    await convertDialog.getByRole('button', { name: 'Convert to invoice' }).click();
    const invoiceLink = page.getByRole('link', { name: /^Open INV-/ });
    await invoiceLink.waitFor();
    expect(await page.getByRole('row', { name: /Widget/ }).getByTestId('qty-invoiced').textContent()).toBe('5');
    await settledAndAccessible(page, 'shipped and invoiced order');
    await invoiceLink.click();
    await page.getByRole('heading', { level: 1, name: /^Invoice INV-/ }).waitFor();
    expect(await page.getByTestId('document-total').textContent()).toBe('€50.00');

    // The order in the list's Shipped tab, the packages on the Shipments page, the carriers' settings.
    await nav.getByRole('link', { name: 'Sales orders', exact: true }).click();
    await page.getByRole('tab', { name: 'Shipped', exact: true }).click();
    await page.getByRole('tabpanel').getByRole('link', { name: orderNumber }).waitFor();
    await settledAndAccessible(page, 'sales orders (shipped)');
    await nav.getByRole('link', { name: 'Shipments', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Shipments' }).waitFor();
    await page.getByRole('link', { name: /JD0001/ }).waitFor();
    await settledAndAccessible(page, 'shipments');
    await nav.getByRole('link', { name: 'Carriers', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Carriers' }).waitFor();
    await page.getByRole('row', { name: /DHL/ }).waitFor();
    await settledAndAccessible(page, 'carriers');

    // On a phone every page fits the screen.
    await page.setViewportSize({ width: 390, height: 844 });
    for (const [path, what] of [
      ['/admin/sales-orders', 'sales orders'],
      [`/admin/sales-orders/${orderId}`, 'sales order'],
      ['/admin/sales-orders/new', 'new sales order'],
      ['/admin/shipments', 'shipments'],
      ['/admin/settings/carriers', 'carriers'],
    ] as const) {
      await page.goto(path);
      await page.getByRole('heading', { level: 1 }).waitFor();
      await page.getByRole('status').filter({ hasText: /Loading/ }).first().waitFor({ state: 'detached' });
      await expectNoHorizontalOverflow(page, what, 390);
    }
    await expectAccessible(page, 'carriers on a phone');
  });
});

