import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from './harness.ts';
import { acceptInvitation, linkFromMail, signedUpStaffPage, uniqueEmail, type StaffPage } from './portal-helpers.ts';

const password = 'radium-and-polonium-1898';
const banner = 'Welcome to the Curie Labs portal: your invoices will appear here.';

/**
 * The main journey, all through the two web apps: staff set up the portal and invite a
 * customer's contact, who gets in, finds the portal in German, and is shut out when staff disable it.
 * Each step is a test of its own that sets the scene through the API, so one failing step hides no other.
 */
describe('a contact is invited, gets in, and loses access', () => {
  let h: Harness;

  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => {
    await h?.close();
  });

  /** Curie Labs with its customer Sorbonne Physics, whose contact Marie Curie accepted the invitation. */
  async function signedInContact(): Promise<{ staff: StaffPage; customerId: string; contactEmail: string; contact: Page }> {
    const staff = await signedUpStaffPage(h, 'Curie Labs', 'Pierre Curie');
    await staff.call('PATCH', '/portal/settings', { banner_message: banner });
    const contactEmail = uniqueEmail('marie');
    const customer = await staff.call<{ id: string }>('POST', '/customers', {
      display_name: 'Sorbonne Physics',
      allow_portal_access: true,
      contact_persons: [{ first_name: 'Marie', last_name: 'Curie', email: contactEmail, is_primary: true }],
    });
    const contact = await h.newPage();
    await acceptInvitation(contact, await linkFromMail(h, contactEmail, 'invite'), password);
    return { staff, customerId: customer.id, contactEmail, contact };
  }

  /** German from My account: the interface switches at once. */
  async function switchToGerman(contact: Page): Promise<void> {
    await contact.getByRole('button', { name: 'Account menu for Marie Curie' }).click();
    await contact.getByRole('link', { name: 'My account' }).click();
    await contact.getByRole('combobox', { name: 'Language' }).selectOption('de');
    await contact.getByRole('heading', { level: 1, name: 'Mein Konto' }).waitFor();
    await contact.getByText('Sprache gespeichert.').waitFor();
  }

  it('lets staff sign up in the console and write the banner message', async () => {
    const staff = await h.newPage();
    await staff.goto('/admin/signup');
    await staff.getByLabel('Organization name').fill('Curie Labs');
    await staff.getByLabel('Your name').fill('Pierre Curie');
    await staff.getByLabel('Email').fill(uniqueEmail('owner'));
    await staff.getByLabel(/^Password/).fill('staff-password-2026');
    await staff.getByRole('button', { name: 'Create organization' }).click();
    await staff.waitForURL('**/admin/customers');

    await staff.goto('/admin/settings/portal');
    await staff.getByRole('region', { name: 'Banner message' }).getByRole('textbox', { name: 'Message' }).fill(banner);
    await staff.getByRole('button', { name: 'Save settings' }).click();
    await staff.getByText('Settings saved.').waitFor();
  });

  it('invites the contact of a customer created with portal access, who sets a password and sees the dashboard and banner', async () => {
    const staff = await signedUpStaffPage(h, 'Curie Labs', 'Pierre Curie');
    await staff.call('PATCH', '/portal/settings', { banner_message: banner });
    const contactEmail = uniqueEmail('marie');

    // A customer with portal access: its primary contact is invited.
    await staff.page.goto('/admin/customers/new');
    await staff.page.getByLabel(/^Display name/).fill('Sorbonne Physics');
    const contactRow = staff.page.getByRole('group', { name: 'Contact person 1' });
    await contactRow.getByLabel(/^First name/).fill('Marie');
    await contactRow.getByLabel('Last name').fill('Curie');
    await contactRow.getByLabel('Email').fill(contactEmail);
    await staff.page.getByLabel('Allow portal access').check();
    await staff.page.getByRole('button', { name: 'Create customer' }).click();
    await staff.page.getByRole('heading', { level: 1, name: 'Sorbonne Physics' }).waitFor();

    // The invitation arrives over SMTP; the contact sets a password and sees the dashboard and banner.
    const link = await linkFromMail(h, contactEmail, 'invite');
    const contact = await h.newPage();
    await contact.goto(link);
    await contact.getByRole('heading', { name: 'Set your password' }).waitFor();
    expect(await contact.getByText(contactEmail).isVisible()).toBe(true);
    await contact.getByLabel('New password').fill(password);
    await contact.getByLabel('Confirm password').fill(password);
    await contact.getByRole('button', { name: 'Set password and sign in' }).click();
    await contact.getByRole('heading', { level: 1, name: 'Welcome, Marie Curie' }).waitFor();
    await contact.getByText(banner).waitFor();
    expect(await contact.getByRole('banner').getByText('Curie Labs').isVisible()).toBe(true);
    await contact.getByRole('button', { name: 'Dismiss message' }).click();
    expect(await contact.getByText(banner).count()).toBe(0);
  });

  it('signs the contact out and in again', async () => {
    const { contactEmail, contact } = await signedInContact();
    await contact.getByRole('heading', { level: 1, name: 'Welcome, Marie Curie' }).waitFor();
    await contact.getByRole('button', { name: 'Account menu for Marie Curie' }).click();
    await contact.getByRole('button', { name: 'Sign out' }).click();
    await contact.getByText('You have signed out.').waitFor();
    await contact.getByLabel('Email').fill(contactEmail);
    await contact.getByLabel('Password').fill(password);
    await contact.getByRole('button', { name: 'Sign in' }).click();
    await contact.getByRole('heading', { level: 1, name: 'Welcome, Marie Curie' }).waitFor();
  });

  it('switches the contact to German from My account at once, and it stays German after a reload', async () => {
    const { contact } = await signedInContact();
    await switchToGerman(contact);
    await contact.reload();
    await contact.getByRole('heading', { level: 1, name: 'Mein Konto' }).waitFor();
    expect(await contact.getByRole('link', { name: 'Übersicht' }).isVisible()).toBe(true);
    expect(await contact.locator('html').getAttribute('lang')).toBe('de');
  });

  it('sends a contact whose access staff take away to the sign-in page at the next click, still in German', async () => {
    const { staff, customerId, contactEmail, contact } = await signedInContact();
    await switchToGerman(contact);

    // Staff take the contact's access away (Configure portal → untick).
    await staff.page.goto(`/admin/customers/${customerId}`);
    await staff.page.getByRole('heading', { level: 1, name: 'Sorbonne Physics' }).waitFor();
    await staff.page.getByRole('button', { name: 'Configure portal' }).click();
    await staff.page.getByRole('checkbox', { name: new RegExp(`Marie Curie · ${contactEmail.replace(/[.+]/g, '\\$&')}`) }).uncheck();
    await staff.page.getByRole('button', { name: 'Save access' }).click();
    await staff.page.getByText('Access removed').waitFor();

    // The contact's next click lands on the sign-in page, still in German.
    await contact.getByRole('link', { name: 'Übersicht' }).click();
    await contact.waitForURL(/\/login\?next=/);
    await contact.getByRole('heading', { level: 1, name: 'Bei Curie Labs anmelden' }).waitFor();
    await contact.getByText('Bitte melden Sie sich an, um fortzufahren.').waitFor();
  });
});
