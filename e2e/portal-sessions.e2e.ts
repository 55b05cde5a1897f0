import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible } from './axe.ts';
import { startHarness, type Harness } from './harness.ts';
import { sendDocument } from './portal-billing-helpers.ts';
import { signedUpStaffPage, uniqueEmail } from './portal-helpers.ts';

interface PortalSession {
  url: string;
  expires_at: string;
}

/**
 * Single sign-on from the business's app: its server asks Portico for a portal session and sends the
 * contact's browser to the URL; the portal signs them in without a password, opens the flow and offers
 * the way back. The URL works once.
 */
describe('portal sessions from the business’s app', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => {
    await h?.close();
  });

  it('signs a contact in on a phone, lands on the invoice, leads back to the app, and works only once', async () => {
    const staff = await signedUpStaffPage(h, `Single Sign-on ${Date.now()}`);
    const { id: customerId, contact_persons: [contact] } = await staff.call<{ id: string; contact_persons: { id: string }[] }>('POST', '/customers', {
      display_name: 'Babbage Engines',
      portal_language: 'en',
      allow_portal_access: true,
      contact_persons: [{ first_name: 'Charles', last_name: 'Babbage', email: uniqueEmail('charles'), is_primary: true }],
    });
    const invoice = await sendDocument(staff, 'invoices', customerId, { lines: [{ name: 'Difference engine tuning', quantity: 2, rate_minor: 12_500 }] });
    // The app's host: here the test server itself, so that the way back can be followed.
    const appHost = new URL(h.baseUrl).host;
    await staff.call('PATCH', '/portal/settings', { portal_session_return_hosts: [appHost] });
    const session = await staff.call<PortalSession>('POST', '/portal-sessions', {
      contact_person_id: contact?.id,
      return_url: `${h.baseUrl}/healthz`,
      flow: { type: 'document_view', document_id: invoice.id },
    });

    // The contact never accepted the invitation and has no password: the app vouches for them.
    const phone = await h.newPage({ viewport: { width: 390, height: 844 } });
    await phone.goto(session.url);
    await phone.waitForURL(new RegExp(`/portal/${staff.slug}/invoices/${invoice.id}$`));
    await phone.getByRole('heading', { level: 1, name: new RegExp(invoice.number) }).waitFor();
    const back = phone.getByRole('link', { name: /Back to Single Sign-on/ });
    await back.waitFor();
    await expectAccessible(phone, 'an invoice opened from a portal session, on a phone');
    await back.click();
    await phone.waitForURL(`${h.baseUrl}/healthz`);

    // The same URL again, in another browser: used.
    const other = await h.newPage();
    await other.goto(session.url);
    await other.getByRole('heading', { name: 'This link has already been used' }).waitFor();
    expect(await other.getByRole('link', { name: 'Sign in', exact: true }).getAttribute('href')).toBe(`/portal/${staff.slug}/login`);
    await expectAccessible(other, 'a used portal session link');
    await phone.close();
    await other.close();
  });

  it('opens the payment page with the invoice chosen', async () => {
    const staff = await signedUpStaffPage(h, `Pay Flow ${Date.now()}`);
    const { id: customerId, contact_persons: [contact] } = await staff.call<{ id: string; contact_persons: { id: string }[] }>('POST', '/customers', {
      display_name: 'Lovelace Analytics',
      portal_language: 'en',
      allow_portal_access: true,
      contact_persons: [{ first_name: 'Ada', last_name: 'Lovelace', email: uniqueEmail('ada'), is_primary: true }],
    });
    const invoice = await sendDocument(staff, 'invoices', customerId, { lines: [{ name: 'Analysis', quantity: 1, rate_minor: 9_900 }] });
    const session = await staff.call<PortalSession>('POST', '/portal-sessions', { contact_person_id: contact?.id, flow: { type: 'invoice_pay', invoice_id: invoice.id } });
    const page = await h.newPage();
    await page.goto(session.url);
    await page.waitForURL(new RegExp(`/portal/${staff.slug}/pay\\?invoice=${invoice.id}$`));
    await page.getByRole('heading', { level: 1, name: 'Pay' }).waitFor();
    // No return URL was given: no way back is offered.
    expect(await page.getByRole('link', { name: /^Back to/ }).count()).toBe(0);
    await expectAccessible(page, 'the payment page opened from a portal session');
    await page.close();
  });
});
