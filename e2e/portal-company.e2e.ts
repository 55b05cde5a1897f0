import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible } from './axe.ts';
import { startHarness, type Harness } from './harness.ts';
import { acceptInvitation, linkFromMail, portalUrl, signedUpStaffPage, signIn, uniqueEmail } from './portal-helpers.ts';

const password = 'correct-horse-battery-staple';

/**
 * Company details from the portal: on a phone, a contact adds the company's tax number and a second
 * shipping address; staff see both changes, before and after, in the customer's company details history.
 */
describe('company details in the portal', () => {
  let h: Harness;

  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => {
    await h?.close();
  });

  it('lets a contact change the tax number and add a shipping address, and shows staff the history', async () => {
    const staff = await signedUpStaffPage(h, `Company Journey ${Date.now()}`);
    const email = uniqueEmail('grace');
    const { id: customerId } = await staff.call<{ id: string }>('POST', '/customers', {
      display_name: 'Hopper Systems',
      company_name: 'Hopper Systems',
      portal_language: 'en',
      billing_address: { street: '1 Harbour Way', city: 'Leeds' },
      allow_portal_access: true,
      contact_persons: [{ first_name: 'Grace', last_name: 'Hopper', email, is_primary: true }],
    });
    await staff.call('POST', `/customers/${customerId}/shipping-addresses`, { label: 'Head office', address: '1 Harbour Way\nLeeds' });

    const page = await h.newPage();
    await acceptInvitation(page, await linkFromMail(h, email, 'invite'), password);
    await page.close();
    const contact = await h.newPage({ viewport: { width: 390, height: 844 } });
    await signIn(contact, h, staff.slug, email, password);
    await contact.goto(portalUrl(h, staff.slug, '/company'));
    await contact.getByRole('heading', { level: 1, name: 'Company details' }).waitFor();
    const addresses = contact.getByRole('region', { name: 'Shipping addresses' });
    await addresses.getByText('Head office').waitFor();
    await expectAccessible(contact, 'company page on a phone');

    // The tax number, through the company form.
    const form = contact.getByRole('form', { name: 'Edit company details' });
    await form.getByRole('textbox', { name: /^Tax number/ }).fill('GB 987 654 321');
    await form.getByRole('button', { name: 'Save' }).click();
    await contact.getByText('Your company details are saved. The business has been notified.').waitFor();
    await contact.getByRole('definition').filter({ hasText: 'GB 987 654 321' }).waitFor();

    // A second shipping address, made the default.
    await addresses.getByRole('button', { name: 'Add address' }).click();
    const dialog = contact.getByRole('dialog', { name: 'Add a shipping address' });
    await dialog.getByRole('textbox', { name: /^Name/ }).fill('Leeds warehouse');
    await dialog.getByRole('textbox', { name: /^Address/ }).fill('Unit 4, Dock Road\nLS1 4AB Leeds');
    await dialog.getByRole('checkbox', { name: 'Use as the default address' }).check();
    await expectAccessible(contact, 'add shipping address dialog');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await contact.getByText('Leeds warehouse is saved. The business has been notified.').waitFor();
    const items = addresses.getByRole('listitem');
    await items.first().filter({ hasText: 'Leeds warehouse' }).filter({ hasText: 'Default' }).waitFor();
    expect(await items.count()).toBe(2);
    await addresses.getByRole('button', { name: 'Make Head office the default' }).waitFor();
    await expectAccessible(contact, 'company page with two shipping addresses');

    // Staff: the customer page shows the tax number and every change, before and after.
    await staff.page.goto(`/admin/customers/${customerId}`);
    const history = staff.page.getByRole('region', { name: 'Company details history' });
    await history.getByText('Grace Hopper (portal)').first().waitFor();
    const entries = history.getByRole('listitem');
    await entries.first().filter({ hasText: 'Saved shipping address' }).filter({ hasText: 'Leeds warehouse: Unit 4, Dock Road, LS1 4AB Leeds' }).waitFor();
    await entries.first().filter({ hasText: 'Default shipping address' }).filter({ hasText: 'Head office' }).waitFor();
    await entries.nth(1).filter({ hasText: 'Tax number' }).filter({ hasText: 'GB 987 654 321' }).waitFor();
    // The oldest entry: staff adding the first address, named as its author.
    await entries.nth(2).filter({ hasText: 'Head office' }).filter({ hasText: 'Olivia Owner' }).waitFor();
    expect(await entries.count()).toBe(3);
    await staff.page.getByRole('region', { name: 'Details', exact: true }).getByText('GB 987 654 321').waitFor();
    await expectAccessible(staff.page, 'customer page with the company details history');
  });
});
