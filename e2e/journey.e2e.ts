import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from './harness.ts';
import { linkFromMail, uniqueEmail } from './portal-helpers.ts';

/**
 * The main journey, all through the two web apps: staff set up the portal and invite a
 * customer's contact, who gets in, finds the portal in German, and is shut out when staff disable it.
 */
describe('a contact is invited, gets in, and loses access', () => {
  let h: Harness;

  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => {
    await h?.close();
  });

  it('goes from staff sign-up to a disabled contact landing on sign-in', async () => {
    const staffEmail = uniqueEmail('owner');
    const contactEmail = uniqueEmail('marie');
    const password = 'radium-and-polonium-1898';
    const banner = 'Welcome to the Curie Labs portal: your invoices will appear here.';

    // Staff sign up and write the banner message.
    const staff = await h.newPage();
    await staff.goto('/admin/signup');
    await staff.getByLabel('Organization name').fill('Curie Labs');
    await staff.getByLabel('Your name').fill('Pierre Curie');
    await staff.getByLabel('Email').fill(staffEmail);
    await staff.getByLabel(/^Password/).fill('staff-password-2026');
    await staff.getByRole('button', { name: 'Create organization' }).click();
    await staff.waitForURL('**/admin/customers');

    await staff.goto('/admin/settings/portal');
    await staff.getByRole('region', { name: 'Banner message' }).getByRole('textbox', { name: 'Message' }).fill(banner);
    await staff.getByRole('button', { name: 'Save settings' }).click();
    await staff.getByText('Settings saved.').waitFor();

    // A customer with portal access: its primary contact is invited.
    await staff.goto('/admin/customers/new');
    await staff.getByLabel(/^Display name/).fill('Sorbonne Physics');
    const contactRow = staff.getByRole('group', { name: 'Contact person 1' });
    await contactRow.getByLabel(/^First name/).fill('Marie');
    await contactRow.getByLabel('Last name').fill('Curie');
    await contactRow.getByLabel('Email').fill(contactEmail);
    await staff.getByLabel('Allow portal access').check();
    await staff.getByRole('button', { name: 'Create customer' }).click();
    await staff.getByRole('heading', { level: 1, name: 'Sorbonne Physics' }).waitFor();

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

    // Sign out and in again.
    await contact.getByRole('button', { name: 'Account menu for Marie Curie' }).click();
    await contact.getByRole('button', { name: 'Sign out' }).click();
    await contact.getByText('You have signed out.').waitFor();
    await contact.getByLabel('Email').fill(contactEmail);
    await contact.getByLabel('Password').fill(password);
    await contact.getByRole('button', { name: 'Sign in' }).click();
    await contact.getByRole('heading', { level: 1, name: 'Welcome, Marie Curie' }).waitFor();

    // German from My account: the interface switches at once and stays German after a reload.
    await contact.getByRole('button', { name: 'Account menu for Marie Curie' }).click();
    await contact.getByRole('link', { name: 'My account' }).click();
    await contact.getByRole('combobox', { name: 'Language' }).selectOption('de');
    await contact.getByRole('heading', { level: 1, name: 'Mein Konto' }).waitFor();
    await contact.getByText('Sprache gespeichert.').waitFor();
    await contact.reload();
    await contact.getByRole('heading', { level: 1, name: 'Mein Konto' }).waitFor();
    expect(await contact.getByRole('link', { name: 'Übersicht' }).isVisible()).toBe(true);
    expect(await contact.locator('html').getAttribute('lang')).toBe('de');

    // Staff take the contact's access away (Configure portal → untick).
    await staff.getByRole('button', { name: 'Configure portal' }).click();
    await staff.getByRole('checkbox', { name: new RegExp(`Marie Curie · ${contactEmail.replace(/[.+]/g, '\\$&')}`) }).uncheck();
    await staff.getByRole('button', { name: 'Save access' }).click();
    await staff.getByText('Access removed').waitFor();

    // The contact's next click lands on the sign-in page, still in German.
    await contact.getByRole('link', { name: 'Übersicht' }).click();
    await contact.waitForURL(/\/login\?next=/);
    await contact.getByRole('heading', { level: 1, name: 'Bei Curie Labs anmelden' }).waitFor();
    await contact.getByText('Bitte melden Sie sich an, um fortzufahren.').waitFor();
  });
});
