import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible } from './axe.ts';
import { startHarness, type Harness } from './harness.ts';
import { acceptInvitation, signedUpStaffPage, uniqueEmail } from './portal-helpers.ts';

const domain = 'portal.acme.test';

/**
 * The portal on the organization's own host name: a real browser resolves portal.acme.test to the test
 * server (Chromium's host resolver rules stand in for the CNAME), and the portal works at the root.
 */
describe('the portal on a custom domain', () => {
  let h: Harness;
  let browser: Browser;
  beforeAll(async () => {
    h = await startHarness();
    browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', `--host-resolver-rules=MAP ${domain} 127.0.0.1`],
    });
  });
  afterAll(async () => {
    await browser?.close();
    await h?.close();
  });

  it('verifies the domain, then a contact accepts the invitation and signs in there and sees the portal', async () => {
    const staff = await signedUpStaffPage(h, `Acme Domains ${Date.now()}`);
    const set = await staff.call<{ verification_record: { name: string; value: string } }>('PUT', '/portal/custom-domain', { custom_domain: domain });
    // DNS for the test: the TXT record holds the token the console shows.
    h.built.ctx.resolveTxt = async (name) => {
      if (name === set.verification_record.name) return [[set.verification_record.value]];
      throw Object.assign(new Error(`queryTxt ENOTFOUND ${name}`), { code: 'ENOTFOUND' });
    };
    const verified = await staff.call<{ status: string; portal_url: string }>('POST', '/portal/custom-domain/verify');
    expect(verified).toMatchObject({ status: 'verified', portal_url: `http://${domain}` });

    const email = uniqueEmail('grace');
    await staff.call('POST', '/customers', {
      display_name: 'Hopper Compilers',
      portal_language: 'en',
      allow_portal_access: true,
      contact_persons: [{ first_name: 'Grace', last_name: 'Hopper', email, is_primary: true }],
    });
    const mail = await h.waitForMail(email, (m) => m.text.includes('/invite/'));
    const link = new RegExp(`http://${domain.replace(/\./g, '\\.')}/invite/[^\\s<>"')\\]]+`).exec(mail.text)?.[0];
    expect(link).toBeDefined();
    const origin = `http://${domain}:${new URL(h.baseUrl).port}`;

    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'en-US' });
    context.setDefaultTimeout(30_000);
    const page = await context.newPage();
    await acceptInvitation(page, `${origin}${new URL(link ?? '').pathname}${new URL(link ?? '').search}`, 'grace-password-2026');
    expect(new URL(page.url()).origin).toBe(origin);
    expect(new URL(page.url()).pathname).not.toContain('/portal/');
    const cookies = await context.cookies();
    expect(cookies.find((cookie) => cookie.name === 'portico_portal')).toMatchObject({ domain, path: '/' });
    await expectAccessible(page, 'the portal home on a custom domain');

    // Signing in again from the sign-in page of the custom domain.
    const fresh = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'en-US' });
    fresh.setDefaultTimeout(30_000);
    const again = await fresh.newPage();
    await again.goto(`${origin}/login`);
    await again.getByLabel('Email').fill(email);
    await again.getByLabel('Password').fill('grace-password-2026');
    await again.getByRole('button', { name: 'Sign in' }).click();
    await again.getByRole('heading', { level: 1, name: /^Welcome, / }).waitFor();
    await again.goto(`${origin}/invoices`);
    await again.getByRole('heading', { level: 1 }).waitFor();
    expect(new URL(again.url()).pathname).toBe('/invoices');
    await expectAccessible(again, 'the invoices page on a custom domain');

    // The console is not served on the custom domain.
    const admin = await again.goto(`${origin}/admin`);
    expect(admin?.status()).toBe(404);
    await context.close();
    await fresh.close();
  });
});
