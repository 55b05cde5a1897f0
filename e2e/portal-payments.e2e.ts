import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible } from './axe.ts';
import { startHarness, type Harness } from './harness.ts';
import { daysFromToday, getDocument, sendDocument, usd, type StaffDocument } from './portal-billing-helpers.ts';
import { acceptInvitation, linkFromMail, portalUrl, signIn, StaffApi, uniqueEmail } from './portal-helpers.ts';

const password = 'correct-horse-battery-staple';

/**
 * Paying in the portal with the built-in test gateway: a new card saved, a bulk payment with it, a
 * declined card, the authentication challenge passed and abandoned, a bank payment pending until it
 * settles, and an invoice email's pay link without signing in; axe on every new page. Each test has its
 * own organization and customer.
 */
describe('paying in the portal', () => {
  let h: Harness;

  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => {
    await h?.close();
  });

  /** An organization, its customer Analytical Engines with contact Ada (who accepted the invitation), and open invoices. */
  async function scene(amounts: number[], options: { bank?: boolean; invite?: boolean } = {}) {
    const staff = await StaffApi.signUp(h.baseUrl, `Pay Journey ${Date.now()}`);
    await staff.updateSettings({ brand_color: '#ffd84d' });
    const email = uniqueEmail('ada');
    const { id: customerId } = await staff.createInvitedCustomer({ name: 'Analytical Engines', email, firstName: 'Ada', lastName: 'Lovelace' });
    if (options.bank) await staff.call('PATCH', `/customers/${customerId}`, { allow_bank_payments: true });
    if (options.invite !== false) {
      const page = await h.newPage();
      await acceptInvitation(page, await linkFromMail(h, email, 'invite'), password);
      await page.close();
    }
    const invoices: StaffDocument[] = [];
    for (const [index, amount] of amounts.entries()) {
      invoices.push(await sendDocument(staff, 'invoices', customerId, { issue_date: daysFromToday(-10 + index), due_date: daysFromToday(20 + index), lines: [{ name: `Work ${index + 1}`, quantity: 1, rate_minor: amount }] }));
    }
    const signedIn = async (viewport?: { width: number; height: number }): Promise<Page> => {
      const page = await h.newPage(viewport ? { viewport } : {});
      await signIn(page, h, staff.slug, email, password);
      await page.getByRole('heading', { level: 1, name: 'Welcome, Ada Lovelace' }).waitFor();
      return page;
    };
    const balance = async (invoice: StaffDocument) => (await getDocument(staff, 'invoices', invoice.id)).balance_minor;
    return { staff, email, customerId, invoices, signedIn, balance };
  }

  async function typeCard(page: Page, number: string) {
    await page.getByLabel('Card number').fill(number);
    await page.getByLabel('Expiry date').fill('12/34');
    await page.getByLabel('Security code').fill('123');
  }

  /** The invoice email's pay link (the mail may link the portal's invoice page too). */
  function payLinkIn(text: string): string {
    const match = new RegExp(`${h.baseUrl.replace(/[.]/g, '\\.')}/portal/[^/\\s]+/pay/[^\\s<>"')\\]]+`).exec(text);
    if (!match) throw new Error(`No pay link in:\n${text}`);
    return match[0];
  }

  const receipt = (page: Page) => page.getByRole('region', { name: 'Payment received' });

  it('pays one invoice with a new card and saves it, then two more in one payment with the saved card', async () => {
    const { staff, invoices, signedIn, balance } = await scene([12_000, 3_000, 4_500]);
    const [first, second, third] = invoices as [StaffDocument, StaffDocument, StaffDocument];
    const page = await signedIn();
    await page.getByRole('region', { name: `${usd(19_500)} to pay` }).getByRole('link', { name: `Pay all (${usd(19_500)})` }).waitFor();

    await page.goto(portalUrl(h, staff.slug, `/invoices/${first.id}`));
    await page.getByRole('link', { name: `Pay now (${usd(12_000)})` }).click();
    await page.getByRole('heading', { level: 1, name: 'Pay' }).waitFor();
    expect(await page.getByRole('checkbox', { name: first.number }).isChecked()).toBe(true);
    expect(await page.getByRole('checkbox', { name: second.number }).isChecked()).toBe(false);
    await page.getByText('Test mode: card and account numbers to try').click();
    await expectAccessible(page, 'pay page');
    await typeCard(page, '4242 4242 4242 4242');
    await page.getByRole('checkbox', { name: 'Save for next time' }).check();
    await page.getByRole('button', { name: `Pay ${usd(12_000)}` }).click();
    await receipt(page).waitFor();
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-labelledby'))).toBe('pay-outcome-heading');
    await receipt(page).getByText(usd(12_000)).first().waitFor();
    await expectAccessible(page, 'payment receipt');
    expect(await balance(first)).toBe(0);

    // The rest in one payment, with the card just saved (preselected as the default).
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Pay', exact: true }).click();
    await page.getByRole('button', { name: `Pay ${usd(7_500)}` }).waitFor();
    expect(await page.getByRole('radio', { name: /Visa •••• 4242/ }).isChecked()).toBe(true);
    await page.getByRole('button', { name: `Pay ${usd(7_500)}` }).click();
    await receipt(page).waitFor();
    await receipt(page).getByText(second.number).waitFor();
    await receipt(page).getByText(third.number).waitFor();
    expect([await balance(second), await balance(third)]).toEqual([0, 0]);
    await receipt(page).getByRole('link', { name: 'View payment' }).click();
    await page.getByRole('heading', { level: 1, name: /^Payment / }).waitFor();
    await page.getByText(usd(7_500)).first().waitFor();

    // Nothing left: the pay page says so, the invoice has no Pay now.
    await page.goto(portalUrl(h, staff.slug, `/invoices/${third.id}`));
    await page.getByRole('heading', { level: 1, name: new RegExp(third.number) }).waitFor();
    expect(await page.getByRole('link', { name: /^Pay now/ }).count()).toBe(0);

    await page.getByRole('button', { name: 'Account menu for Ada Lovelace' }).click();
    await page.getByRole('link', { name: 'Payment methods' }).click();
    await page.getByRole('heading', { level: 1, name: 'Payment methods' }).waitFor();
    await page.getByText('Visa •••• 4242').waitFor();
    await page.getByText('Default').waitFor();
    await expectAccessible(page, 'payment methods');
    await page.getByRole('button', { name: 'Remove Visa •••• 4242' }).click();
    await expectAccessible(page, 'remove payment method dialog');
    await page.getByRole('dialog').getByRole('button', { name: 'Remove' }).click();
    await page.getByText('No saved payment methods.').waitFor();
  });

  it('shows a declined card’s reason and charges nothing, on a phone', async () => {
    const { staff, invoices, signedIn, balance } = await scene([8_000]);
    const page = await signedIn({ width: 390, height: 844 });
    await page.goto(portalUrl(h, staff.slug, '/pay'));
    await typeCard(page, '4000 0000 0000 0002');
    await page.getByRole('button', { name: `Pay ${usd(8_000)}` }).click();
    const alert = page.getByRole('alert').filter({ hasText: 'declined' });
    await alert.waitFor();
    await expectAccessible(page, 'pay page on a phone, after a refusal');
    // Nothing wider than the screen.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    expect(await alert.textContent()).toMatch(/Nothing was charged/);
    expect(await balance(invoices[0]!)).toBe(8_000);
    // Another card on the same page pays.
    await typeCard(page, '4242424242424242');
    await page.getByRole('button', { name: `Pay ${usd(8_000)}` }).click();
    await receipt(page).waitFor();
    expect(await balance(invoices[0]!)).toBe(0);
  });

  it('passes the authentication challenge of a card that needs it', async () => {
    const { invoices, signedIn, balance } = await scene([6_500]);
    const page = await signedIn();
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Pay', exact: true }).click();
    await typeCard(page, '4000 0025 0000 3155');
    await page.getByRole('button', { name: `Pay ${usd(6_500)}` }).click();
    await page.getByRole('button', { name: 'Approve' }).click();
    await page.getByRole('heading', { level: 1, name: 'Your payment' }).waitFor();
    await receipt(page).waitFor();
    await expectAccessible(page, 'payment return page');
    expect(await balance(invoices[0]!)).toBe(0);
  });

  it('charges nothing for an abandoned challenge', async () => {
    const { staff, customerId, invoices, signedIn, balance } = await scene([6_500]);
    const page = await signedIn();
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Pay', exact: true }).click();
    await typeCard(page, '4000002500003155');
    await page.getByRole('button', { name: `Pay ${usd(6_500)}` }).click();
    await page.getByRole('button', { name: 'Abandon' }).click();
    await page.getByRole('region', { name: 'Payment cancelled' }).waitFor();
    await page.getByText('Nothing was charged.').waitFor();
    expect(await balance(invoices[0]!)).toBe(6_500);
    const payments = await staff.call<{ data: unknown[] }>('GET', `/payments?customer_id=${customerId}`);
    expect(payments.data).toEqual([]);
    // The balance is free again: paying it now works.
    await page.getByRole('link', { name: 'Try again' }).click();
    await page.getByRole('button', { name: `Pay ${usd(6_500)}` }).waitFor();
  });

  it('shows a bank payment pending until the gateway settles it', async () => {
    const { staff, customerId, invoices, signedIn, balance } = await scene([25_000], { bank: true });
    const invoice = invoices[0]!;
    const page = await signedIn();
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Pay', exact: true }).click();
    await page.getByRole('radio', { name: 'New bank account (ACH)' }).check();
    await page.getByLabel('Account holder').fill('Ada Lovelace');
    await page.getByLabel('Routing number').fill('110000000');
    await page.getByLabel('Account number').fill('000123456789');
    await page.getByRole('button', { name: `Pay ${usd(25_000)}` }).click();
    await page.getByRole('region', { name: 'Bank payment pending' }).getByText(/we'll email you when it clears/).waitFor();
    await expectAccessible(page, 'bank payment pending');

    await page.goto(portalUrl(h, staff.slug, `/invoices/${invoice.id}`));
    await page.getByText(`${usd(25_000)} being paid`).waitFor();
    expect(await page.getByRole('link', { name: /^Pay now/ }).count()).toBe(0);

    // The test gateway's settlement control, for the payment the gateway holds for this attempt.
    const attempt = await h.built.ctx.db.selectFrom('payment_attempts').select(['gateway_payment_id']).where('customer_id', '=', customerId).executeTakeFirstOrThrow();
    const settle = await fetch(`${h.baseUrl}/test-gateway/v1/payments/${attempt.gateway_payment_id ?? ''}/settle`, { method: 'POST' });
    // 409: the worker settled it already.
    expect([200, 201, 409]).toContain(settle.status);
    for (let tries = 0; tries < 100 && (await balance(invoice)) !== 0; tries++) await new Promise((resolve) => setTimeout(resolve, 200));
    expect(await balance(invoice)).toBe(0);
    await page.reload();
    await page.getByRole('heading', { level: 1, name: new RegExp(invoice.number) }).waitFor();
    expect(await page.getByText(/being paid/).count()).toBe(0);
  });

  it('pays an invoice from its email’s pay link without signing in', async () => {
    const { email, invoices, balance } = await scene([9_900], { invite: false });
    const invoice = invoices[0]!;
    const mail = await h.waitForMail(email, (m) => m.text.includes('/pay/') && m.text.includes(invoice.number));
    const link = payLinkIn(mail.text);
    const page = await h.newPage();
    await page.goto(link);
    await page.getByRole('heading', { level: 1, name: `Pay invoice ${invoice.number}` }).waitFor();
    await expectAccessible(page, 'pay link page');
    await typeCard(page, '4242 4242 4242 4242');
    await page.getByRole('button', { name: `Pay ${usd(9_900)}` }).click();
    await receipt(page).waitFor();
    await expectAccessible(page, 'pay link receipt');
    expect(await balance(invoice)).toBe(0);
    // Opening the link again shows nothing left to pay.
    await page.goto(link);
    await page.getByText('There is nothing to pay right now.').waitFor();
  });
});
