import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible } from './axe.ts';
import { startHarness, type Harness } from './harness.ts';
import { usd } from './portal-billing-helpers.ts';
import { acceptInvitation, linkFromMail, portalUrl, signedUpStaffPage, uniqueEmail } from './portal-helpers.ts';

const password = 'correct-horse-battery-staple';

/** Waits until no spinner of the page is loading, then runs axe. */
async function settledAndAccessible(page: Page, what: string): Promise<void> {
  await page.getByRole('status').filter({ hasText: /Loading/ }).first().waitFor({ state: 'detached' });
  await expectAccessible(page, what);
}

/**
 * Subscriptions in the portal: a contact sees the subscription staff set up, previews the proration of
 * an upgrade and confirms it, cancels at the end of the period with a reason, and reactivates; staff
 * see all of it in the console. Axe runs on every subscription page and dialog.
 */
describe('subscriptions in the portal', () => {
  let h: Harness;

  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => {
    await h?.close();
  });

  it('shows the subscription, upgrades it after a preview, cancels it at the period end with a reason and reactivates it', async () => {
    const staff = await signedUpStaffPage(h, `Subscriptions ${Date.now()}`);
    const product = await staff.call<{ id: string }>('POST', '/products', { name: 'Cloud backup' });
    const pro = await staff.call<{ id: string }>('POST', '/plans', { product_id: product.id, code: 'pro', name: 'Pro', price_minor: 6_000, interval: 'month', currency: 'USD' });
    const basic = await staff.call<{ id: string }>('POST', '/plans', { product_id: product.id, code: 'basic', name: 'Basic', price_minor: 3_000, interval: 'month', currency: 'USD', portal_change_to: [pro.id] });
    const email = uniqueEmail('ada');
    const customer = await staff.call<{ id: string }>('POST', '/customers', {
      display_name: 'Analytical Engines',
      currency: 'USD',
      portal_language: 'en',
      allow_portal_access: true,
      contact_persons: [{ first_name: 'Ada', last_name: 'Lovelace', email, is_primary: true }],
    });
    const subscription = await staff.call<{ id: string; number: string }>('POST', '/subscriptions', { customer_id: customer.id, plan_id: basic.id, quantity: 1, trial: false, auto_collect: false });

    // The contact signs in: the dashboard counts the subscription.
    const contact = await h.newPage();
    await acceptInvitation(contact, await linkFromMail(h, email, 'invite'), password);
    const card = contact.getByRole('region', { name: 'Subscriptions' });
    await card.getByRole('link', { name: '1 active subscription' }).waitFor();
    await settledAndAccessible(contact, 'dashboard with subscriptions');

    // The list: plan, amount per period, status.
    const nav = contact.getByRole('navigation', { name: 'Main' });
    await nav.getByRole('link', { name: 'Subscriptions' }).click();
    await contact.getByRole('heading', { level: 1, name: 'Subscriptions' }).waitFor();
    const row = contact.getByRole('row', { name: /Basic/ });
    await row.getByText(`${usd(3_000)} per month`).waitFor();
    await row.getByText('Active').waitFor();
    await settledAndAccessible(contact, 'subscriptions list');

    // The detail with its invoice, then an upgrade to Pro: the preview first, then the change.
    await row.getByRole('link', { name: 'Basic' }).click();
    await contact.getByRole('heading', { level: 1, name: 'Subscription: Basic' }).waitFor();
    await contact.getByRole('region', { name: 'Invoices' }).getByRole('link', { name: /^INV-/ }).first().waitFor();
    await settledAndAccessible(contact, 'subscription detail');
    await contact.getByRole('button', { name: 'Change plan' }).click();
    const change = contact.getByRole('dialog', { name: 'Change Basic' });
    await change.getByRole('combobox', { name: 'Plan' }).selectOption(pro.id);
    await change.getByRole('button', { name: 'Preview change' }).click();
    const preview = change.getByTestId('change-preview');
    await preview.getByText('The change applies now.').waitFor();
    await preview.getByTestId('preview-net').waitFor();
    const net = (await preview.getByTestId('preview-net').textContent()) ?? '';
    expect(net).toMatch(/^Due now\$\d+\.\d\d$/);
    await preview.getByTestId('preview-next').getByText(usd(6_000)).waitFor();
    await expectAccessible(contact, 'change preview dialog');
    await change.getByRole('button', { name: 'Confirm change' }).click();
    await contact.getByText('Your subscription is changed.').waitFor();
    await contact.getByRole('heading', { level: 1, name: 'Subscription: Pro' }).waitFor();
    await contact.getByRole('region', { name: 'Details' }).getByText(`${usd(6_000)} per month`).waitFor();

    // Cancel at the end of the period with a reason and a comment.
    await contact.getByRole('button', { name: 'Cancel subscription' }).click();
    const cancel = contact.getByRole('dialog', { name: 'Cancel Pro?' });
    expect(await cancel.getByRole('radio', { name: /^At the end of the current period/ }).isChecked()).toBe(true);
    await cancel.getByRole('combobox', { name: 'Reason' }).selectOption({ label: 'It is too expensive' });
    await cancel.getByRole('textbox', { name: 'Anything you would like to tell us (optional)' }).fill('Budget cuts next year');
    await expectAccessible(contact, 'cancel dialog');
    await cancel.getByRole('button', { name: 'Cancel subscription' }).click();
    await contact.getByText(/^Pro will end on /).waitFor();
    await contact.locator('.p-document__status').getByText('Ending').waitFor();
    await contact.getByText(/^This subscription ends on .+ and will not renew\.$/).waitFor();
    await settledAndAccessible(contact, 'subscription cancelled at period end');

    // Reactivate before the end.
    await contact.getByRole('button', { name: 'Reactivate' }).click();
    const reactivate = contact.getByRole('dialog', { name: 'Reactivate Pro?' });
    await expectAccessible(contact, 'reactivate dialog');
    await reactivate.getByRole('button', { name: 'Reactivate' }).click();
    await contact.getByText('Pro is reactivated.').waitFor();
    await contact.locator('.p-document__status').getByText('Active').waitFor();
    await contact.getByRole('button', { name: 'Cancel subscription' }).waitFor();

    // Staff see it in the console: the list, the detail with its history, the form and the settings.
    const console = staff.page;
    await console.goto(`${h.baseUrl}/admin/subscriptions`);
    await console.getByRole('heading', { level: 1, name: 'Subscriptions' }).waitFor();
    await console.getByRole('link', { name: subscription.number }).waitFor();
    await settledAndAccessible(console, 'console subscriptions list');
    await console.getByRole('link', { name: subscription.number }).click();
    await console.getByRole('heading', { level: 1, name: `Subscription ${subscription.number}` }).waitFor();
    await console.getByRole('region', { name: 'Details' }).getByText(/^Pro \(pro\)$/).waitFor();
    const history = console.getByRole('region', { name: 'History' });
    await history.getByText('Reactivated').waitFor();
    expect(await history.getByText('Ada Lovelace (customer contact)').count()).toBeGreaterThan(0);
    await settledAndAccessible(console, 'console subscription detail');
    await console.goto(`${h.baseUrl}/admin/subscriptions/new`);
    await console.getByRole('heading', { level: 1, name: 'New subscription' }).waitFor();
    await settledAndAccessible(console, 'new subscription form');
    await console.goto(`${h.baseUrl}/admin/settings/subscriptions`);
    await console.getByRole('heading', { level: 1, name: 'Subscription settings' }).waitFor();
    await settledAndAccessible(console, 'subscription settings');
    // The catalogue: products with their plans, add-ons and coupons, and the dialog adding a plan.
    await console.goto(`${h.baseUrl}/admin/plans`);
    await console.getByRole('heading', { level: 1, name: 'Plans' }).waitFor();
    await console.getByRole('table', { name: 'Plans of Cloud backup' }).getByRole('row', { name: /Basic/ }).waitFor();
    await settledAndAccessible(console, 'plans catalogue');
    await console.getByRole('button', { name: 'Add a plan to Cloud backup' }).click();
    const addPlan = console.getByRole('dialog', { name: 'Add a plan' });
    await addPlan.waitFor();
    await expectAccessible(console, 'add plan dialog');
    await console.keyboard.press('Escape');
    await addPlan.waitFor({ state: 'hidden' });

    // On a phone the portal's list fits the screen.
    await contact.setViewportSize({ width: 390, height: 844 });
    await contact.goto(portalUrl(h, staff.slug, '/subscriptions'));
    await contact.getByRole('link', { name: 'Pro' }).waitFor();
    expect(await contact.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  });
});
