import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from './harness.ts';
import { acceptInvitation, expireLinksOf, linkFromMail, portalUrl, signIn, nextTotpStep, signOut, StaffApi, totpCode, uniqueEmail } from './portal-helpers.ts';

const password = 'correct-horse-battery-staple';

describe('the portal in a browser', () => {
  let h: Harness;
  let staff: StaffApi;

  beforeAll(async () => {
    h = await startHarness();
    staff = await StaffApi.signUp(h.baseUrl, `Portal Tests ${Date.now()}`);
  });
  afterAll(async () => {
    await h?.close();
  });

  /** A contact invited by email; returns its invitation link. */
  async function invite(firstName: string, customer = `${firstName} Ltd`): Promise<{ email: string; link: string; name: string }> {
    const email = uniqueEmail(firstName.toLowerCase());
    await staff.createInvitedCustomer({ name: customer, email, firstName, lastName: 'Tester' });
    return { email, link: await linkFromMail(h, email, 'invite'), name: `${firstName} Tester` };
  }

  it('shows an invitation without using it, and only the button uses it', async () => {
    const { email, link } = await invite('Grace');
    const scanner = await h.newPage();
    await scanner.goto(link);
    await scanner.getByRole('heading', { name: 'Set your password' }).waitFor();
    expect(await scanner.getByText(email).isVisible()).toBe(true);

    const page = await h.newPage();
    await acceptInvitation(page, link, password);
    await scanner.reload();
    await scanner.getByRole('heading', { name: 'This link has already been used' }).waitFor();
  });

  it("speaks the contact's portal language from the first screen", async () => {
    const email = uniqueEmail('lise');
    await staff.createInvitedCustomer({ name: 'Kaiser Wilhelm Institut', email, firstName: 'Lise', lastName: 'Meitner', language: 'de' });
    const link = await linkFromMail(h, email, 'invite');
    expect(link).toContain('?lang=de');

    // A French browser still gets German: the link says so.
    const page = await h.newPage({ locale: 'fr-FR' });
    await page.goto(link);
    await page.getByRole('heading', { name: 'Passwort festlegen' }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('de');

    // Without ?lang= the invitation's own language wins over the browser's.
    const bare = await h.newPage({ locale: 'fr-FR' });
    await bare.goto(link.replace(/\?lang=de$/, ''));
    await bare.getByRole('heading', { name: 'Passwort festlegen' }).waitFor();

    // Pages without a link follow the browser, and the choice made on the page is remembered.
    await bare.goto(portalUrl(h, staff.slug, '/login'));
    await bare.getByRole('button', { name: 'Se connecter' }).waitFor();
    await bare.getByRole('combobox', { name: 'Langue' }).selectOption('ja');
    await bare.getByRole('button', { name: 'サインイン' }).waitFor();
    await bare.reload();
    await bare.getByRole('button', { name: 'サインイン' }).waitFor();
  });

  it('resets a forgotten password through the emailed link', async () => {
    const { email, link, name } = await invite('Alan');
    const page = await h.newPage();
    await acceptInvitation(page, link, password);
    await signOut(page, name);

    await page.getByRole('link', { name: 'Forgot password?' }).click();
    await page.getByLabel('Email').fill(email);
    await page.getByRole('button', { name: 'Send reset link' }).click();
    await page.getByText(`If ${email} has an account`).waitFor();

    const resetLink = await linkFromMail(h, email, 'reset-password');
    await page.goto(resetLink);
    await page.getByRole('heading', { name: 'Choose a new password' }).waitFor();
    await page.getByLabel('New password').fill('a-brand-new-password-42');
    await page.getByLabel('Confirm password').fill('a-brand-new-password-42');
    await page.getByRole('button', { name: 'Save password and sign in' }).click();
    await page.getByRole('heading', { level: 1, name: `Welcome, ${name}` }).waitFor();

    await signOut(page, name);
    await signIn(page, h, staff.slug, email, 'a-brand-new-password-42');
    await page.getByRole('heading', { level: 1, name: `Welcome, ${name}` }).waitFor();

    await page.goto(resetLink);
    await page.getByRole('heading', { name: 'This link has already been used' }).waitFor();
  });

  it('signs in with a one-time email link only when the button is pressed', async () => {
    const { email, link, name } = await invite('Edsger');
    const setup = await h.newPage();
    await acceptInvitation(setup, link, password);

    const page = await h.newPage();
    await page.goto(portalUrl(h, staff.slug, '/login'));
    await page.getByRole('link', { name: 'Email me a sign-in link' }).click();
    await page.getByLabel('Email').fill(email);
    await page.getByRole('button', { name: 'Email me a link' }).click();
    await page.getByText(`If ${email} has an account`).waitFor();

    const signinLink = await linkFromMail(h, email, 'signin-link');
    await page.goto(signinLink);
    await page.getByText(`Sign in as ${email}.`).waitFor();
    // Opening the page twice (as a mail scanner would) leaves the link usable.
    await page.reload();
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { level: 1, name: `Welcome, ${name}` }).waitFor();

    const other = await h.newPage();
    await other.goto(signinLink);
    await other.getByRole('heading', { name: 'This link has already been used' }).waitFor();
  });

  it('explains expired and unknown links', async () => {
    const { email, link } = await invite('Barbara');
    await expireLinksOf(h, email);
    const page = await h.newPage();
    await page.goto(link);
    await page.getByRole('heading', { name: 'This link has expired' }).waitFor();
    expect(await page.getByText('Ask Portal Tests').count()).toBeGreaterThan(0);

    await page.goto(portalUrl(h, staff.slug, `/reset-password/${'x'.repeat(43)}`));
    await page.getByRole('heading', { name: 'This link is not valid' }).waitFor();
    await page.getByRole('link', { name: 'Request a new link' }).click();
    await page.getByRole('heading', { name: 'Reset your password' }).waitFor();
  });

  it('enrols in two-factor authentication and signs in with a TOTP code', async () => {
    const { email, link, name } = await invite('Katherine');
    const page = await h.newPage();
    await acceptInvitation(page, link, password);

    await page.getByRole('button', { name: `Account menu for ${name}` }).click();
    await page.getByRole('link', { name: 'My account' }).click();
    await page.getByRole('button', { name: 'Set up two-factor authentication' }).click();
    const qr = page.getByRole('img', { name: 'QR code to add this portal to your authenticator app' });
    await qr.waitFor();
    expect(await qr.getAttribute('src')).toMatch(/^data:image\/png;base64,/);
    const secret = (await page.getByTestId('two-factor-secret').textContent())?.trim() ?? '';
    expect(secret).toMatch(/^[A-Z2-7]+$/);

    const enrolCode = totpCode(h, secret);
    await page.getByLabel('6-digit code').fill(enrolCode);
    await page.getByRole('button', { name: 'Confirm' }).click();
    await page.getByRole('heading', { name: 'Your recovery codes' }).waitFor();
    const codes = await page.getByRole('list', { name: 'Your recovery codes' }).getByRole('listitem').allTextContents();
    expect(codes.length).toBeGreaterThanOrEqual(8);
    await page.getByRole('button', { name: 'Done' }).click();
    await page.getByText('Two-factor authentication is now on.').waitFor();

    await signOut(page, name);
    await signIn(page, h, staff.slug, email, password);
    await page.getByRole('heading', { name: 'Two-factor authentication' }).waitFor();
    await page.getByLabel('6-digit code').fill('000000');
    await page.getByRole('button', { name: 'Verify' }).click();
    await page.getByText('That code is not correct.').waitFor();
    // Each code works once: the next one comes with the authenticator's next step.
    nextTotpStep(h);
    const signInCode = totpCode(h, secret);
    expect(signInCode).not.toBe(enrolCode);
    await page.getByLabel('6-digit code').fill(signInCode);
    await page.getByRole('button', { name: 'Verify' }).click();
    await page.getByRole('heading', { level: 1, name: `Welcome, ${name}` }).waitFor();

    await signOut(page, name);
    await signIn(page, h, staff.slug, email, password);
    await page.getByRole('button', { name: 'Use a recovery code instead' }).click();
    await page.getByLabel('Recovery code').fill(codes[0] ?? '');
    await page.getByRole('button', { name: 'Verify' }).click();
    await page.getByRole('heading', { level: 1, name: `Welcome, ${name}` }).waitFor();
  }, 180_000);

  it("lets only contacts with the manage-company role edit the company's details", async () => {
    await staff.updateSettings({ allow_edit_own_info: true });
    const email = uniqueEmail('ida');
    const { contactId } = await staff.createInvitedCustomer({ name: 'Lovelace Looms', email, firstName: 'Ida', lastName: 'Noddack' });
    const page = await h.newPage();
    await acceptInvitation(page, await linkFromMail(h, email, 'invite'), password);

    await page.getByRole('link', { name: 'Company details' }).click();
    await page.getByRole('heading', { name: 'Edit company details' }).waitFor();
    await page.getByLabel(/^Company name/).fill('Lovelace Looms GmbH');
    await page.getByRole('group', { name: 'Billing address' }).getByLabel('City').fill('Berlin');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByText('Your company details are saved.').waitFor();
    await page.getByRole('heading', { level: 2, name: 'Lovelace Looms GmbH' }).waitFor();

    await staff.call('PATCH', `/contact-persons/${contactId}`, { permissions: ['view_documents'] });
    await page.getByRole('link', { name: 'Dashboard' }).click();
    await page.getByRole('link', { name: 'Company details' }).click();
    await page.getByText('To change these details, contact the business.').waitFor();
    expect(await page.getByRole('heading', { name: 'Edit company details' }).count()).toBe(0);
  });

  it('changes the password only with the current one', async () => {
    const { email, link, name } = await invite('Hopper');
    const page = await h.newPage();
    await acceptInvitation(page, link, password);
    await page.getByRole('button', { name: `Account menu for ${name}` }).click();
    await page.getByRole('link', { name: 'My account' }).click();

    const section = page.getByRole('region', { name: 'Password' });
    await section.getByLabel(/^Current password/).fill('not-my-password-at-all');
    await section.getByLabel(/^New password/).fill('compiler-pioneer-1952');
    await section.getByLabel(/^Confirm password/).fill('compiler-pioneer-1952');
    await section.getByRole('button', { name: 'Change password' }).click();
    await section.getByText('Your current password is not correct.').waitFor();

    await section.getByLabel(/^Current password/).fill(password);
    await section.getByRole('button', { name: 'Change password' }).click();
    await section.getByText('Your password has been changed.').waitFor();

    await signOut(page, name);
    await signIn(page, h, staff.slug, email, 'compiler-pioneer-1952');
    await page.getByRole('heading', { level: 1, name: `Welcome, ${name}` }).waitFor();
  });
});
