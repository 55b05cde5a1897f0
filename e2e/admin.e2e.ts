import { randomBytes } from 'node:crypto';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible } from './axe.ts';
import { linkIn, startHarness, type Harness } from './harness.ts';
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

/** Signs a new organization up through the console's own sign-up page. */
async function signUp(page: Page, organization: string, email: string): Promise<void> {
  await page.goto('/admin');
  await page.waitForURL(/\/admin\/signin/);
  await page.getByRole('link', { name: 'Create an organization' }).click();
  await page.getByLabel('Organization name').fill(organization);
  await page.getByLabel('Your name').fill('Olivia Owner');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Create organization' }).click();
  await page.getByRole('heading', { level: 1, name: 'Customers' }).waitFor();
}

/** Creates customers through the API with the page's own staff session and CSRF token. */
async function createCustomersViaApi(page: Page, count: number, prefix: string): Promise<void> {
  const session = await page.request.get('/api/v1/session');
  const { csrf_token: csrf } = (await session.json()) as { csrf_token: string };
  for (let start = 0; start < count; start += 10) {
    await Promise.all(
      Array.from({ length: Math.min(10, count - start) }, async (_, offset) => {
        const n = start + offset + 1;
        const answer = await page.request.post('/api/v1/customers', {
          headers: { 'x-csrf-token': csrf },
          data: {
            display_name: `${prefix} ${String(n).padStart(3, '0')}`,
            contact_persons: [{ first_name: 'Bulk', last_name: `Contact ${n}`, email: `bulk-${prefix}-${n}@example.test`, is_primary: true }],
          },
        });
        if (answer.status() !== 201) throw new Error(`customer ${n}: ${answer.status()} ${await answer.text()}`);
      }),
    );
  }
}

/**
 * Through the API: a new organization whose owner is signed in, a German-speaking colleague, and the
 * customer Globex Ltd whose contact Hank Scorpio accepted the invitation (as the portal page would).
 */
async function acceptedScene(): Promise<{ staff: StaffPage; colleagueEmail: string }> {
  const staff = await signedUpStaffPage(harness, `Acme ${unique()}`);
  const colleagueEmail = `greta-${unique()}@example.test`;
  await staff.call('POST', '/staff-users', { name: 'Greta Kollegin', email: colleagueEmail, role: 'staff', password, language: 'de' });
  const contactEmail = `hank-${unique()}@example.test`;
  await staff.call('POST', '/customers', {
    display_name: 'Globex Ltd',
    company_name: 'Globex Limited',
    portal_language: 'de',
    allow_portal_access: true,
    contact_persons: [{ first_name: 'Hank', last_name: 'Scorpio', email: contactEmail, is_primary: true }],
  });
  const [, , slug, , token] = new URL(linkIn(await harness.waitForMail(contactEmail), harness.baseUrl)).pathname.split('/');
  const accepted = await fetch(`${harness.baseUrl}/portal/${slug}/api/invitations/${token}/accept`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ password }),
  });
  expect(accepted.status).toBe(200);
  return { staff, colleagueEmail };
}

describe('admin console', () => {
  it('lets staff sign up, create a customer with portal access, and the invitation arrives over SMTP', async () => {
    const page = await harness.newPage();
    const organization = `Acme ${unique()}`;
    await signUp(page, organization, `owner-${unique()}@example.test`);

    await page.getByRole('link', { name: 'New customer' }).first().click();
    await page.getByRole('heading', { level: 1, name: 'New customer' }).waitFor();
    await page.getByLabel('Display name').fill('Globex Ltd');
    await page.getByLabel('Company name').fill('Globex Limited');
    await page.getByLabel('Portal language').selectOption('de');
    const contact = page.getByRole('group', { name: 'Contact person 1' });
    const contactEmail = `hank-${unique()}@example.test`;
    await contact.getByLabel('First name').fill('Hank');
    await contact.getByLabel('Last name').fill('Scorpio');
    await contact.getByLabel('Email').fill(contactEmail);
    await page.getByLabel('Allow portal access').check();
    await page.getByRole('button', { name: 'Create customer' }).click();

    await page.getByRole('heading', { level: 1, name: 'Globex Ltd' }).waitFor();
    const row = page.getByRole('row', { name: /Hank Scorpio/ });
    await row.getByText('Invited', { exact: true }).waitFor();
    expect(await row.textContent()).toContain(contactEmail);

    const mail = await harness.waitForMail(contactEmail);
    expect(mail.subject).toContain(organization);
    const link = linkIn(mail, harness.baseUrl);
    expect(link).toMatch(new RegExp(`/portal/[a-z0-9-]+/invite/[A-Za-z0-9_-]{20,}\\?lang=de$`));

    // The link is listed under Portal links as active.
    await page.getByRole('link', { name: 'Portal links' }).click();
    await page.getByRole('row', { name: /Hank Scorpio/ }).getByText('Active').waitFor();
  });

  it('shows a contact’s acceptance in the bell, the customer overview and Activity', async () => {
    const { staff } = await acceptedScene();
    const page = staff.page;
    await page.goto('/admin/customers');
    const bell = page.getByRole('button', { name: 'Notifications, 1 unread' });
    await bell.click();
    await page.getByRole('button', { name: 'Hank Scorpio (Globex Ltd) accepted the portal invitation' }).waitFor();
    await page.getByRole('button', { name: 'Mark read' }).click();
    await page.getByRole('button', { name: 'Notifications', exact: true }).waitFor();
    await page.keyboard.press('Escape');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Activity' }).click();
    await page.getByRole('row', { name: /accepted the portal invitation/ }).getByRole('link', { name: 'Globex Ltd' }).click();
    await page.getByRole('row', { name: /Hank Scorpio/ }).getByText('Accepted', { exact: true }).waitFor();
  });

  it('shows a German-speaking colleague the console and her bell in German on an English browser, and keeps her switch to English', async () => {
    const { colleagueEmail } = await acceptedScene();
    const colleague = await harness.newPage();
    await colleague.goto('/admin');
    await colleague.waitForURL(/\/admin\/signin/);
    await colleague.getByLabel('Email').fill(colleagueEmail);
    await colleague.getByLabel('Password').fill(password);
    await colleague.getByRole('button', { name: 'Sign in' }).click();
    await colleague.getByRole('heading', { level: 1, name: 'Kunden' }).waitFor();
    expect(await colleague.locator('html').getAttribute('lang')).toBe('de');
    await colleague.getByRole('button', { name: 'Benachrichtigungen, 1 ungelesen' }).click();
    await colleague.getByRole('button', { name: 'Hank Scorpio (Globex Ltd) hat die Einladung zum Portal angenommen' }).waitFor();
    // Her switch to English is saved for her: the next page load stays English.
    await colleague.getByRole('button', { name: 'Greta Kollegin' }).click();
    await colleague.getByLabel('Sprache').selectOption('en');
    await colleague.getByRole('button', { name: 'Notifications, 1 unread' }).waitFor();
    await expect.poll(async () => ((await (await colleague.request.get('/api/v1/me')).json()) as { language: string }).language).toBe('en');
  });

  it('bulk-enables 150 customers with a progress bar and shows the outcomes', async () => {
    const page = await harness.newPage();
    await signUp(page, `Bulk ${unique()}`, `bulk-owner-${unique()}@example.test`);
    const prefix = `Bulk${unique()}`;
    await createCustomersViaApi(page, 150, prefix);

    await page.reload();
    await page.getByRole('cell', { name: `${prefix} 001` }).or(page.getByRole('link', { name: `${prefix} 001` })).first().waitFor();
    await page.getByRole('button', { name: 'Select all customers' }).click();
    await page.getByText('150 customers selected').waitFor();
    await page.getByRole('button', { name: 'Enable portal' }).click();

    // The job's progress answers wait until the bar has been read: on a busy machine the job may
    // finish between two polls, and the bar must still have been there for the person watching it.
    let releaseProgress!: () => void;
    const progressRead = new Promise<void>((resolve) => {
      releaseProgress = resolve;
    });
    await page.route('**/api/v1/jobs/*', async (route) => {
      await progressRead;
      await route.continue();
    });

    const dialog = page.getByRole('dialog', { name: 'Enable portal access' });
    await dialog.getByRole('button', { name: 'Enable for 150 customers' }).click();
    const progress = dialog.getByRole('progressbar', { name: 'Enabling portal access' });
    await progress.waitFor({ timeout: 30_000 }).catch(async (error: unknown) => {
      throw new Error(`${String(error)}\nDialog: ${await dialog.textContent()}`);
    });
    expect(Number(await progress.getAttribute('max'))).toBe(150);
    releaseProgress();
    await dialog.getByText('Finished: 150 customers processed.').waitFor({ timeout: 60_000 });
    const summary = dialog.getByRole('list', { name: 'Outcomes' });
    expect((await summary.textContent())?.replace(/\s+/g, ' ')).toContain('Invited 150');
    await expectAccessible(page, 'bulk enable results');

    // Every invitation goes out through the outbox and the SMTP server.
    await harness.waitForMail(`bulk-${prefix}-1@example.test`);
    await harness.waitForMail(`bulk-${prefix}-150@example.test`, undefined, 90_000);
  });

  it('passes axe on sign-in, sign-up, the customer pages and their dialogs', async () => {
    const page = await harness.newPage();
    await page.goto('/admin/signin');
    await page.getByRole('heading', { name: 'Sign in to Portico' }).waitFor();
    await expectAccessible(page, 'sign in');
    await page.goto('/admin/signup');
    await page.getByRole('heading', { name: 'Create your organization' }).waitFor();
    await expectAccessible(page, 'sign up');

    const email = `axe-owner-${unique()}@example.test`;
    await signUp(page, `Axe ${unique()}`, email);
    await expectAccessible(page, 'customers (empty)');

    await page.getByRole('link', { name: 'New customer' }).first().click();
    await page.getByRole('heading', { level: 1, name: 'New customer' }).waitFor();
    await expectAccessible(page, 'new customer');
    await page.getByLabel('Display name').fill('Initech');
    const contact = page.getByRole('group', { name: 'Contact person 1' });
    await contact.getByLabel('First name').fill('Peter');
    await contact.getByLabel('Email').fill(`peter-${unique()}@example.test`);
    await page.getByRole('button', { name: 'Add contact person' }).click();
    await page.getByRole('group', { name: 'Contact person 2' }).getByLabel('First name').fill('Milton');
    await page.getByLabel('Allow portal access').check();
    await page.getByRole('button', { name: 'Create customer' }).click();
    await page.getByRole('heading', { level: 1, name: 'Initech' }).waitFor();
    await expectAccessible(page, 'customer overview');

    // Configure portal: Milton has no email and is refused.
    await page.getByRole('button', { name: 'Configure portal' }).click();
    const configure = page.getByRole('dialog', { name: /Portal access for Initech/ });
    await expectAccessible(page, 'configure portal dialog');
    await configure.getByLabel(/^Milton/).check();
    await configure.getByRole('button', { name: 'Save access' }).click();
    await configure.getByText('Refused').waitFor();
    await configure.getByRole('button', { name: 'Done' }).click();

    await page.getByRole('button', { name: 'Permissions of Peter' }).click();
    const permissions = page.getByRole('dialog', { name: 'Permissions of Peter' });
    await expectAccessible(page, 'permissions dialog');
    await permissions.getByLabel('Pay', { exact: true }).uncheck();
    await permissions.getByRole('button', { name: 'Save' }).click();
    await page.getByText('Permissions of Peter saved.').waitFor();

    const nav = page.getByRole('navigation', { name: 'Main' });
    await nav.getByRole('link', { name: 'Customers', exact: true }).click();
    await page.getByRole('link', { name: 'Initech' }).waitFor();
    await expectAccessible(page, 'customers');
  });

  it('passes axe on every other page of the console, an outbox email, the banner preview and the bell', async () => {
    const staff = await signedUpStaffPage(harness, `Axe ${unique()}`);
    const page = staff.page;
    await staff.call('POST', '/customers', { display_name: 'Initech', allow_portal_access: true, contact_persons: [{ first_name: 'Peter', email: `peter-${unique()}@example.test`, is_primary: true }] });
    await page.goto('/admin/customers');
    await page.getByRole('link', { name: 'Initech' }).waitFor();
    const nav = page.getByRole('navigation', { name: 'Main' });
    const pages: [string, string][] = [
      ['Portal links', 'Portal links'],
      ['Activity', 'Activity'],
      ['Notifications', 'Notifications'],
      ['Outbox', 'Outbox'],
      ['Portal', 'Portal settings'],
      ['Online payments', 'Online payments'],
      ['Staff', 'Staff'],
      ['API keys', 'API keys'],
    ];
    for (const [link, heading] of pages) {
      await nav.getByRole('link', { name: link, exact: true }).click();
      await page.getByRole('heading', { level: 1, name: heading }).waitFor();
      await page.getByRole('status').filter({ hasText: /Loading/ }).waitFor({ state: 'detached' });
      await expectAccessible(page, heading);
    }

    // One outbox email, its HTML in a sandboxed frame.
    await nav.getByRole('link', { name: 'Outbox', exact: true }).click();
    await page.getByRole('link', { name: /invited you/ }).first().click();
    const frame = page.locator('iframe');
    await frame.waitFor();
    expect(await frame.getAttribute('sandbox')).toBe('');
    await expectAccessible(page, 'outbox email', { exclude: ['iframe[sandbox]'] });

    // The banner preview follows the text as it is typed; saving confirms.
    await nav.getByRole('link', { name: 'Portal', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Portal settings' }).waitFor();
    await page.getByRole('status').filter({ hasText: /Loading/ }).waitFor({ state: 'detached' });
    await page.getByRole('textbox', { name: 'Message', exact: true }).first().fill('Welcome to our new portal!');
    await page.getByRole('group', { name: 'Preview', exact: true }).getByText('Welcome to our new portal!').waitFor();
    // The organization's time zone: the browser's since sign-up, changed here.
    const timeZone = page.getByLabel('Time zone', { exact: true });
    expect(await timeZone.inputValue()).not.toBe('');
    await timeZone.fill('Pacific/Auckland');
    await page.getByRole('button', { name: 'Save settings' }).click();
    await page.getByText('Settings saved.').waitFor();
    expect(await timeZone.inputValue()).toBe('Pacific/Auckland');

    // Bell: the dropdown opens and is accessible.
    await page.getByRole('button', { name: /^Notifications/ }).click();
    await page.getByRole('heading', { name: 'Notifications', level: 2 }).waitFor();
    await expectAccessible(page, 'notification dropdown');
    await page.keyboard.press('Escape');
  });

  it('collapses the navigation behind a Menu button on a phone, passes axe there, and signs out to the sign-in page', async () => {
    const staff = await signedUpStaffPage(harness, `Axe ${unique()}`);
    const page = staff.page;
    await staff.call('POST', '/customers', { display_name: 'Initech', allow_portal_access: true, contact_persons: [{ first_name: 'Peter', email: `peter-${unique()}@example.test`, is_primary: true }] });
    await page.goto('/admin/customers');
    await page.getByRole('link', { name: 'Initech' }).waitFor();
    const nav = page.getByRole('navigation', { name: 'Main' });
    // On a phone the navigation collapses behind a Menu button.
    await page.setViewportSize({ width: 390, height: 844 });
    await expect(nav.isVisible()).resolves.toBe(false);
    await page.getByRole('button', { name: 'Menu' }).click();
    await nav.getByRole('link', { name: 'Customers', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Customers' }).waitFor();
    await expectAccessible(page, 'customers on a phone');

    // Sign out lands on the sign-in page.
    await page.getByRole('button', { name: 'Olivia Owner' }).click();
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByRole('heading', { name: 'Sign in to Portico' }).waitFor();
  });
});
