import { randomBytes } from 'node:crypto';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible } from './axe.ts';
import { startHarness, type Harness } from './harness.ts';
import { signedUpStaffPage } from './portal-helpers.ts';

const unique = () => randomBytes(4).toString('hex');
/** A 1×1 PNG. */
const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => {
  await harness?.close();
});

/** Waits until nothing on the page says it is loading. */
async function settled(page: Page): Promise<void> {
  await page.getByRole('status').filter({ hasText: /Loading/ }).first().waitFor({ state: 'detached' });
}

/** Nothing on the page is wider than a phone's screen. */
async function fitsPhone(page: Page, path: string, heading: string | RegExp): Promise<void> {
  await page.goto(path);
  await page.getByRole('heading', { level: 1, name: heading }).waitFor();
  await settled(page);
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width, `${path} is ${width}px wide`).toBeLessThanOrEqual(390);
}

describe('the console’s catalogue', () => {
  it('lets staff create a price list with a break, assign it, adjust stock and upload a picture — accessible and fitting a phone', async () => {
    const staff = await signedUpStaffPage(harness, `Acme ${unique()}`);
    const page = staff.page;
    const customer = await staff.call<{ id: string }>('POST', '/customers', { display_name: 'Globex Ltd', currency: 'USD' });
    const item = await staff.call<{ id: string }>('POST', '/items', { name: 'Blue mug', sku: 'MUG-1', rate_minor: 1250, currency: 'USD', category: 'Mugs', sellable_in_portal: true, track_stock: true });

    // A price list with a quantity break.
    await page.goto('/admin/price-lists');
    await page.getByRole('heading', { level: 1, name: 'Price lists' }).waitFor();
    await settled(page);
    await expectAccessible(page, 'price lists (empty)');
    await page.getByRole('link', { name: 'New price list' }).first().click();
    await page.getByLabel('Name').fill('Wholesale');
    await page.getByLabel('Currency').selectOption('USD');
    await page.getByRole('button', { name: 'Add rate' }).click();
    const first = page.getByRole('group', { name: 'Rate 1' });
    await first.getByLabel('Item').selectOption(item.id);
    await first.getByLabel('Rate (USD)').fill('11.00');
    await page.getByRole('button', { name: 'Add a break for the same item' }).click();
    const second = page.getByRole('group', { name: 'Rate 2' });
    await second.getByLabel('From quantity').fill('10');
    await second.getByLabel('Rate (USD)').fill('9.50');
    await expectAccessible(page, 'new price list form');
    await page.getByRole('button', { name: 'Create price list' }).click();
    await page.getByRole('heading', { level: 1, name: 'Wholesale' }).waitFor();
    await page.getByText('Wholesale saved').waitFor();
    const priceListUrl = new URL(page.url()).pathname;

    // Assigned to the customer, with a shipping address.
    await page.goto(`/admin/customers/${customer.id}`);
    await page.getByRole('heading', { level: 1, name: 'Globex Ltd' }).waitFor();
    const priceCard = page.getByRole('region', { name: 'Price list' });
    await priceCard.getByLabel('Price list').selectOption({ label: 'Wholesale · USD' });
    await priceCard.getByRole('button', { name: 'Save' }).click();
    await page.getByText('Price list Wholesale assigned').waitFor();
    const addresses = page.getByRole('region', { name: 'Shipping addresses' });
    await addresses.getByRole('button', { name: 'Add address' }).click();
    const dialog = page.getByRole('dialog', { name: 'Add a shipping address' });
    await dialog.getByLabel('Label').fill('Warehouse Leeds');
    await dialog.getByRole('textbox', { name: /^Address/ }).fill('1 Dock St\nLeeds LS1 4AA');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await addresses.getByRole('row', { name: /Warehouse Leeds/ }).waitFor();
    await settled(page);
    await expectAccessible(page, 'customer with price list and shipping address');

    // The preview names the list and the break for that customer.
    await page.goto(priceListUrl);
    const preview = page.getByRole('region', { name: 'Price preview' });
    await preview.getByLabel('Find a customer').fill('Globex');
    await preview.getByRole('combobox', { name: /^Customer/ }).selectOption({ label: 'Globex Ltd · USD' });
    await preview.getByLabel('Item').selectOption(item.id);
    await preview.getByRole('textbox', { name: 'Quantity' }).fill('12');
    await preview.getByText('From 10').waitFor();
    expect(await preview.textContent()).toContain('$9.50');
    await expectAccessible(page, 'price list with its preview');

    // Stock: a receipt, then a removal larger than what is there is refused clearly.
    await page.goto('/admin/items');
    await page.getByRole('row', { name: /Blue mug/ }).waitFor();
    await expectAccessible(page, 'items');
    await page.getByRole('link', { name: 'Blue mug' }).click();
    await page.getByRole('heading', { level: 1, name: /Blue mug/ }).waitFor();
    await page.getByRole('button', { name: 'Adjust stock' }).click();
    const adjust = page.getByRole('dialog', { name: 'Adjust the stock of Blue mug' });
    await adjust.getByLabel('Quantity').fill('20');
    await adjust.getByLabel('Reason').fill('Delivery 4711');
    await adjust.getByRole('button', { name: 'Record' }).click();
    await page.getByText('Stock of Blue mug updated').waitFor();
    const stock = page.getByRole('region', { name: 'Stock' });
    await stock.getByRole('row', { name: /Main warehouse/ }).getByRole('cell', { name: '20' }).first().waitFor();
    await page.getByRole('region', { name: 'Stock movements' }).getByText('Delivery 4711').waitFor();

    await page.getByRole('button', { name: 'Adjust stock' }).click();
    await adjust.getByLabel('Kind').selectOption('adjustment');
    await adjust.getByLabel('Change').selectOption('remove');
    await adjust.getByLabel('Quantity').fill('25');
    await adjust.getByLabel('Reason').fill('Stock count');
    await adjust.getByRole('button', { name: 'Record' }).click();
    await adjust.getByText(/Not enough on hand to take that much: 20 can be taken/).waitFor();
    await expectAccessible(page, 'stock adjustment refused');
    await adjust.getByRole('button', { name: 'Cancel' }).click();

    // A picture.
    const pictures = page.getByRole('region', { name: 'Pictures' });
    await pictures.getByLabel('Picture file').setInputFiles({ name: 'mug.png', mimeType: 'image/png', buffer: png });
    await pictures.getByLabel('Description').fill('Blue ceramic mug');
    await pictures.getByRole('button', { name: 'Upload picture' }).click();
    const picture = pictures.getByRole('img', { name: 'Blue ceramic mug' });
    await picture.waitFor();
    await expect.poll(() => picture.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBe(1);
    await expectAccessible(page, 'item with stock and a picture');

    // Warehouses.
    await page.goto('/admin/settings/warehouses');
    await page.getByRole('row', { name: /Main warehouse/ }).waitFor();
    await page.getByRole('button', { name: 'Add warehouse' }).click();
    const warehouse = page.getByRole('dialog', { name: 'Add a warehouse' });
    await warehouse.getByLabel('Name').fill('Leeds');
    await warehouse.getByRole('button', { name: 'Save' }).click();
    await page.getByRole('button', { name: 'Make Leeds the default' }).click();
    await page.getByText('Leeds is now the default warehouse').waitFor();
    await expectAccessible(page, 'warehouses');

    // On a phone every new page fits the screen.
    await page.setViewportSize({ width: 390, height: 844 });
    await fitsPhone(page, '/admin/items', 'Items');
    await fitsPhone(page, `/admin/items/${item.id}`, /Blue mug/);
    await fitsPhone(page, '/admin/price-lists', 'Price lists');
    await fitsPhone(page, priceListUrl, 'Wholesale');
    await fitsPhone(page, '/admin/price-lists/new', 'New price list');
    await fitsPhone(page, `/admin/customers/${customer.id}`, 'Globex Ltd');
    await fitsPhone(page, '/admin/settings/warehouses', 'Warehouses');
    await expectAccessible(page, 'warehouses on a phone');
  });
});
