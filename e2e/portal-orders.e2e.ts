import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible } from './axe.ts';
import { startHarness, type Harness } from './harness.ts';
import { usd } from './portal-billing-helpers.ts';
import { acceptInvitation, linkFromMail, portalUrl, signedUpStaffPage, signIn, uniqueEmail } from './portal-helpers.ts';

const password = 'correct-horse-battery-staple';

/**
 * Ordering in the portal: a contact finds an item at its price list's price, puts it in the cart while
 * staff commit stock of it to another customer (the open page shows the drop at once), places the order,
 * sees it shipped with a tracking link once staff approve, pack and ship it in the console, and orders it again.
 */
describe('ordering in the portal', () => {
  let h: Harness;

  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => {
    await h?.close();
  });

  it('orders from the catalogue at the customer’s own price with live stock, follows the shipment and reorders', async () => {
    const staff = await signedUpStaffPage(h, `Ordering Journey ${Date.now()}`);
    const item = await staff.call<{ id: string }>('POST', '/items', {
      name: 'Brass hinge',
      sku: 'HNG-01',
      unit: 'pcs',
      rate_minor: 1_500,
      currency: 'USD',
      category: 'Hardware',
      sellable_in_portal: true,
      track_stock: true,
    });
    await staff.call('POST', `/items/${item.id}/stock-adjustments`, { kind: 'receipt', quantity: 10 });
    const trade = await staff.call<{ id: string }>('POST', '/price-lists', {
      name: 'Trade',
      currency: 'USD',
      kind: 'per_item',
      rates: [
        { item_id: item.id, min_quantity: 0, rate_minor: 1_200 },
        { item_id: item.id, min_quantity: 5, rate_minor: 1_000 },
      ],
    });
    const email = uniqueEmail('ada');
    const { id: customerId } = await staff.call<{ id: string }>('POST', '/customers', {
      display_name: 'Analytical Engines',
      portal_language: 'en',
      allow_portal_access: true,
      contact_persons: [{ first_name: 'Ada', last_name: 'Lovelace', email, is_primary: true }],
    });
    await staff.call('PUT', `/customers/${customerId}/price-list`, { price_list_id: trade.id });
    const other = await staff.call<{ id: string }>('POST', '/customers', { display_name: 'Difference Engines', currency: 'USD' });

    const page = await h.newPage();
    await acceptInvitation(page, await linkFromMail(h, email, 'invite'), password);
    await page.close();
    const contact = await h.newPage();
    await signIn(contact, h, staff.slug, email, password);
    await contact.getByRole('heading', { level: 1, name: 'Welcome, Ada Lovelace' }).waitFor();

    // The catalogue: the price list's price, not the base rate; its quantity break; the stock.
    const nav = contact.getByRole('navigation', { name: 'Main' });
    await nav.getByRole('link', { name: 'Catalogue' }).click();
    await contact.getByRole('heading', { level: 1, name: 'Catalogue' }).waitFor();
    await contact.getByRole('searchbox', { name: 'Search by name or SKU' }).fill('hinge');
    await contact.waitForURL(/search=hinge/);
    const card = contact.getByRole('listitem').filter({ has: contact.getByRole('heading', { level: 2, name: 'Brass hinge' }) });
    await card.getByText(usd(1_200), { exact: true }).waitFor();
    expect(await card.getByText(usd(1_500)).count()).toBe(0);
    await card.getByText(`From 5: ${usd(1_000)}`).waitFor();
    await card.getByText('10 pcs available').waitFor();
    await contact.getByText('Stock updates live.').waitFor();
    await expectAccessible(contact, 'catalogue');
    await card.getByRole('textbox', { name: 'Quantity Brass hinge' }).fill('2');
    await card.getByRole('button', { name: 'Add to cart Brass hinge' }).click();
    await card.getByText('Added. 2 in your cart.').waitFor();
    // The navigation's badge counts the cart's lines.
    await nav.getByTestId('cart-count').filter({ hasText: '1' }).waitFor();

    // Staff promise seven to another customer: the open page shows what is left, without a reload.
    await staff.call('POST', '/sales-orders', { customer_id: other.id, status: 'confirmed', lines: [{ item_id: item.id, quantity: 7 }] });
    await card.getByText('3 pcs available').waitFor();

    await nav.getByRole('link', { name: /^Cart/ }).click();
    await contact.getByRole('heading', { level: 1, name: 'Cart' }).waitFor();
    await contact.getByTestId('cart-subtotal').filter({ hasText: usd(2_400) }).waitFor();
    await contact.getByTestId(`cart-stock-${item.id}`).getByText('3 pcs available').waitFor();
    await expectAccessible(contact, 'cart');
    await contact.getByRole('textbox', { name: 'Your PO number (optional)' }).fill('PO-1842');
    await contact.getByRole('button', { name: 'Place order' }).click();
    const placed = contact.getByText(/^Thank you! Order SO-\d+ is placed; the business will confirm it shortly\.$/);
    await placed.waitFor();
    const number = /SO-\d+/.exec((await placed.textContent()) ?? '')?.[0] ?? '';
    const orderId = new URL(contact.url()).pathname.split('/').pop() ?? '';
    await contact.getByText('Awaiting confirmation').first().waitFor();

    // Staff approve, pack and ship it in the console.
    const console = staff.page;
    await console.goto(`${h.baseUrl}/admin/sales-orders/${orderId}`);
    await console.getByRole('heading', { level: 1, name: new RegExp(number) }).waitFor();
    await console.getByRole('button', { name: 'Approve', exact: true }).click();
    await console.getByRole('dialog', { name: `Approve ${number}?` }).getByRole('button', { name: 'Approve', exact: true }).click();
    await console.getByRole('button', { name: 'Create package' }).click();
    const packing = console.getByRole('dialog', { name: `Create a package for ${number}` });
    await packing.getByRole('textbox', { name: 'Quantity of Brass hinge' }).fill('2');
    await packing.getByRole('button', { name: 'Create package' }).click();
    await packing.waitFor({ state: 'detached' });
    await console.getByRole('button', { name: /^Ship/ }).first().click();
    const shipping = console.getByRole('dialog', { name: /^Ship PKG-/ });
    await shipping.getByRole('combobox', { name: 'Carrier' }).selectOption('ups');
    await shipping.getByRole('textbox', { name: 'Tracking number' }).fill('1Z999AA10123456784');
    await shipping.getByRole('button', { name: 'Ship', exact: true }).click();
    await shipping.waitFor({ state: 'detached' });

    await contact.reload();
    await contact.getByRole('heading', { level: 1, name: `Order ${number}` }).waitFor();
    await contact.locator('.p-document__status').getByText('Shipped').waitFor();
    const track = contact.getByRole('link', { name: 'Track 1Z999AA10123456784 (opens in a new tab)' });
    expect(await track.getAttribute('href')).toContain('1Z999AA10123456784');
    await expectAccessible(contact, 'order detail');

    await nav.getByRole('link', { name: 'Orders' }).click();
    await contact.getByRole('link', { name: number, exact: true }).waitFor();
    await expectAccessible(contact, 'orders list');
    await nav.getByRole('link', { name: 'Shipments' }).click();
    await contact.getByRole('heading', { level: 1, name: 'Shipments' }).waitFor();
    await contact.getByRole('link', { name: 'Track 1Z999AA10123456784 (opens in a new tab)' }).waitFor();
    await expectAccessible(contact, 'shipments');

    // Ordering again: the cart is filled, with one left in stock of the two ordered before.
    await contact.goto(portalUrl(h, staff.slug, `/orders/${orderId}`));
    await contact.getByRole('button', { name: 'Order again' }).click();
    await contact.getByRole('heading', { level: 1, name: 'Cart' }).waitFor();
    await contact.getByText(`The items of order ${number} are in your cart, with these differences:`).waitFor();
    await contact.getByText('only 1 available, quantity reduced.', { exact: false }).waitFor();
    await contact.getByRole('rowheader', { name: /^Brass hinge/ }).waitFor();
    expect(await contact.getByRole('textbox', { name: 'Quantity of Brass hinge' }).inputValue()).toBe('1');
  });
});
