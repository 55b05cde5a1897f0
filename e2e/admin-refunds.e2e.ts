import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible } from './axe.ts';
import { startHarness, type Harness } from './harness.ts';
import { daysFromToday, getDocument, sendDocument, usd } from './portal-billing-helpers.ts';
import { acceptInvitation, linkFromMail, portalUrl, signedUpStaffPage, signIn, uniqueEmail } from './portal-helpers.ts';

const password = 'correct-horse-battery-staple';

/** A contact pays by card in the portal; staff refund half in the console; the portal shows the balance open again. */
describe('refunding an online payment', () => {
  let h: Harness;

  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => {
    await h?.close();
  });

  it('staff refund half of a card payment and the portal shows what is open again', async () => {
    const staff = await signedUpStaffPage(h, `Refund Journey ${Date.now()}`);
    const email = uniqueEmail('ada');
    const customer = await staff.call<{ id: string }>('POST', '/customers', {
      display_name: 'Analytical Engines',
      portal_language: 'en',
      allow_portal_access: true,
      contact_persons: [{ first_name: 'Ada', last_name: 'Lovelace', email, is_primary: true }],
    });
    const invoice = await sendDocument(staff, 'invoices', customer.id, { issue_date: daysFromToday(-5), due_date: daysFromToday(25), lines: [{ name: 'Consulting', quantity: 1, rate_minor: 10_000 }] });

    const portal = await h.newPage();
    await acceptInvitation(portal, await linkFromMail(h, email, 'invite'), password);
    await signIn(portal, h, staff.slug, email, password);
    await portal.goto(portalUrl(h, staff.slug, `/pay?invoice=${invoice.id}`));
    await portal.getByLabel('Card number').fill('4242 4242 4242 4242');
    await portal.getByLabel('Expiry date').fill('12/34');
    await portal.getByLabel('Security code').fill('123');
    await portal.getByRole('button', { name: `Pay ${usd(10_000)}` }).click();
    await portal.getByRole('region', { name: 'Payment received' }).waitFor();
    expect((await getDocument(staff, 'invoices', invoice.id)).balance_minor).toBe(0);

    const payments = await staff.call<{ data: { id: string; number: string }[] }>('GET', `/payments?customer_id=${customer.id}`);
    const payment = payments.data[0]!;
    const page = staff.page;
    await page.goto(`${h.baseUrl}/admin/payments/${payment.id}`);
    await page.getByRole('heading', { level: 1, name: new RegExp(payment.number) }).waitFor();
    await page.getByRole('button', { name: 'Refund' }).click();
    const dialog = page.getByRole('dialog', { name: `Refund payment ${payment.number}` });
    await dialog.getByLabel(/^Amount to refund/).fill('50.00');
    await dialog.getByLabel('Reason').fill('Half the order came back');
    await expectAccessible(page, 'refund dialog');
    await dialog.getByRole('button', { name: 'Refund' }).click();
    await page.getByText(`Refunded ${usd(5_000)}.`).waitFor();
    await page.getByRole('table', { name: 'Refunds' }).getByText('Half the order came back').waitFor();
    expect(await getDocument(staff, 'invoices', invoice.id)).toMatchObject({ balance_minor: 5_000, status: 'partially_paid' });

    await portal.goto(portalUrl(h, staff.slug, `/invoices/${invoice.id}`));
    await portal.getByRole('heading', { level: 1, name: new RegExp(invoice.number) }).waitFor();
    await portal.getByRole('link', { name: `Pay now (${usd(5_000)})` }).waitFor();
    await portal.goto(portalUrl(h, staff.slug, `/payments/${payment.id}`));
    await portal.getByText('Half the order came back').waitFor();
    await expectAccessible(portal, 'portal payment with a refund');
  });
});
