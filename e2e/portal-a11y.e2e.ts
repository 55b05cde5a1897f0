import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible } from './axe.ts';
import { startHarness, type Harness } from './harness.ts';
import { acceptInvitation, expireLinksOf, linkFromMail, portalUrl, signIn, signOut, StaffApi, totpCode, uniqueEmail } from './portal-helpers.ts';

const password = 'correct-horse-battery-staple';

/** Every page of the portal's sign-in and account flows, checked by axe in the state a person sees it. */
describe('portal accessibility', () => {
  let h: Harness;
  let staff: StaffApi;

  beforeAll(async () => {
    h = await startHarness();
    staff = await StaffApi.signUp(h.baseUrl, `Axe Check ${Date.now()}`);
    // A light brand colour is the hard case for contrast.
    await staff.updateSettings({ brand_color: '#ffd84d', banner_message: 'Welcome! Our new portal is open.', allow_self_signup: true, allow_edit_own_info: true, contact_phone: '+1 555 0100' });
  });
  afterAll(async () => {
    await h?.close();
  });

  async function check(page: Page, what: string, ready: () => Promise<unknown>) {
    await ready();
    await expectAccessible(page, what);
  }

  it('sign-in, invitation, dashboard, account switcher and My account', async () => {
    const email = uniqueEmail('ada');
    await staff.createInvitedCustomer({ name: 'Analytical Engines', email, firstName: 'Ada', lastName: 'Lovelace' });
    const link = await linkFromMail(h, email, 'invite');
    const page = await h.newPage();

    await page.goto(portalUrl(h, staff.slug, '/login'));
    await check(page, 'sign-in', () => page.getByRole('link', { name: 'Sign up' }).waitFor());
    // The keyboard's first stop is the skip link, which lands on the page's main region.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to main content');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
    await page.goto(link);
    await check(page, 'set password', () => page.getByRole('heading', { name: 'Set your password' }).waitFor());
    await acceptInvitation(page, link, password);
    await check(page, 'dashboard with banner', () => page.getByText('Welcome! Our new portal is open.').waitFor());

    await staff.createInvitedCustomer({ name: 'Difference Engines', email, firstName: 'Ada', lastName: 'Lovelace' });
    const second = await linkFromMail(h, email, 'invite', [link]);
    await page.goto(second);
    await check(page, 'invitation for an existing password', () => page.getByRole('heading', { name: 'Accept your invitation' }).waitFor());
    await page.getByLabel('Your password').fill(password);
    await page.getByRole('button', { name: 'Accept and sign in' }).click();
    await page.getByRole('heading', { level: 1, name: /Welcome, Ada Lovelace|Choose an account/ }).waitFor();

    await signOut(page, 'Ada Lovelace');
    await signIn(page, h, staff.slug, email, password);
    await check(page, 'account chooser', () => page.getByRole('heading', { name: 'Choose an account' }).waitFor());
    await page.getByRole('button', { name: 'Difference Engines' }).click();
    await page.getByRole('heading', { level: 1, name: 'Welcome, Ada Lovelace' }).waitFor();
    await page.getByRole('button', { name: 'Switch account, current: Difference Engines' }).click();
    await check(page, 'dashboard with the account switcher open', () => page.getByRole('button', { name: 'Analytical Engines' }).waitFor());
    await page.keyboard.press('Escape');

    await page.getByRole('button', { name: 'Account menu for Ada Lovelace' }).click();
    await page.getByRole('link', { name: 'My account' }).click();
    await check(page, 'my account', () => page.getByRole('heading', { level: 1, name: 'My account' }).waitFor());
    await page.getByRole('link', { name: 'Company details' }).click();
    await check(page, 'company details', () => page.getByRole('heading', { level: 1, name: 'Company details' }).waitFor());
    await page.getByRole('button', { name: 'Account menu for Ada Lovelace' }).click();
    await page.getByRole('link', { name: 'My account' }).click();
    await page.getByRole('button', { name: 'Set up two-factor authentication' }).click();
    await check(page, 'two-factor enrolment in my account', () => page.getByTestId('two-factor-secret').waitFor());

    const phone = await h.newPage({ viewport: { width: 375, height: 740 } });
    await signIn(phone, h, staff.slug, email, password);
    await check(phone, 'account chooser on a phone', () => phone.getByRole('heading', { name: 'Choose an account' }).waitFor());
    await phone.getByRole('button', { name: 'Analytical Engines' }).click();
    await check(phone, 'dashboard on a phone', () => phone.getByRole('heading', { level: 1, name: 'Welcome, Ada Lovelace' }).waitFor());
  });

  it('forgot password, reset, sign-in link and expired link pages', async () => {
    const email = uniqueEmail('alan');
    await staff.createInvitedCustomer({ name: 'Bletchley Supplies', email, firstName: 'Alan', lastName: 'Turing' });
    const invitation = await linkFromMail(h, email, 'invite');
    const page = await h.newPage();
    await acceptInvitation(page, invitation, password);
    await signOut(page, 'Alan Turing');

    await page.goto(portalUrl(h, staff.slug, '/forgot-password'));
    await check(page, 'forgot password', () => page.getByRole('heading', { name: 'Reset your password' }).waitFor());
    await page.getByLabel('Email').fill(email);
    await page.getByRole('button', { name: 'Send reset link' }).click();
    await check(page, 'reset link sent', () => page.getByText(`If ${email} has an account`).waitFor());
    await page.goto(await linkFromMail(h, email, 'reset-password'));
    await check(page, 'reset password', () => page.getByRole('heading', { name: 'Choose a new password' }).waitFor());

    await page.goto(portalUrl(h, staff.slug, '/signin-link'));
    await check(page, 'sign-in link request', () => page.getByRole('heading', { name: 'Sign in with an email link' }).waitFor());
    await page.getByLabel('Email').fill(email);
    await page.getByRole('button', { name: 'Email me a link' }).click();
    await page.getByText(`If ${email} has an account`).waitFor();
    await page.goto(await linkFromMail(h, email, 'signin-link'));
    await check(page, 'sign-in link', () => page.getByText(`Sign in as ${email}.`).waitFor());

    await expireLinksOf(h, email);
    await page.reload();
    await check(page, 'expired link', () => page.getByRole('heading', { name: 'This link has expired' }).waitFor());
    await page.goto(invitation);
    await check(page, 'used invitation', () => page.getByRole('heading', { name: 'This link has already been used' }).waitFor());
  });

  it('sign-up and its confirmation', async () => {
    const email = uniqueEmail('hedy');
    const page = await h.newPage();
    await page.goto(portalUrl(h, staff.slug, '/signup'));
    await check(page, 'sign-up', () => page.getByRole('heading', { name: 'Create your account' }).waitFor());
    await page.getByLabel('Company name').fill('Frequency Hopping Inc');
    await page.getByLabel('First name').fill('Hedy');
    await page.getByLabel('Last name').fill('Lamarr');
    await page.getByLabel('Email').fill(email);
    await page.getByLabel(/^Password/).fill(password);
    await page.getByLabel('Confirm password').fill(password);
    await page.getByRole('button', { name: 'Sign up' }).click();
    await check(page, 'sign-up sent', () => page.getByRole('heading', { name: 'Check your email' }).waitFor());
    await page.goto(await linkFromMail(h, email, 'signup'));
    await check(page, 'sign-up confirmation', () => page.getByRole('heading', { name: 'Confirm your sign-up' }).waitFor());
    await page.getByRole('button', { name: 'Confirm and sign in' }).click();
    await page.getByRole('heading', { level: 1, name: 'Welcome, Hedy Lamarr' }).waitFor();
  });

  it('required two-factor enrolment, recovery codes and the code step', async () => {
    const email = uniqueEmail('margaret');
    await staff.createInvitedCustomer({ name: 'Apollo Guidance', email, firstName: 'Margaret', lastName: 'Hamilton' });
    const invitation = await linkFromMail(h, email, 'invite');
    await staff.updateSettings({ require_two_factor: true });
    try {
      const page = await h.newPage();
      await page.goto(invitation);
      await page.getByLabel('New password').fill(password);
      await page.getByLabel('Confirm password').fill(password);
      await page.getByRole('button', { name: 'Set password and sign in' }).click();
      await check(page, 'required two-factor enrolment', () => page.getByTestId('two-factor-secret').waitFor());
      const secret = (await page.getByTestId('two-factor-secret').textContent())?.trim() ?? '';
      const first = totpCode(h, secret);
      await page.getByLabel('6-digit code').fill(first);
      await page.getByRole('button', { name: 'Confirm' }).click();
      await check(page, 'recovery codes', () => page.getByRole('heading', { name: 'Your recovery codes' }).waitFor());
      await page.getByRole('button', { name: 'I have saved my codes' }).click();
      await page.getByRole('heading', { level: 1, name: 'Welcome, Margaret Hamilton' }).waitFor();

      await signOut(page, 'Margaret Hamilton');
      await signIn(page, h, staff.slug, email, password);
      await check(page, 'two-factor code', () => page.getByLabel('6-digit code').waitFor());
      await page.getByRole('button', { name: 'Use a recovery code instead' }).click();
      await check(page, 'two-factor recovery code', () => page.getByLabel('Recovery code').waitFor());
    } finally {
      await staff.updateSettings({ require_two_factor: false });
    }
  }, 180_000);
});
