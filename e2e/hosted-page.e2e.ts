import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPlanFixture } from '../server/test/subscription-fixtures.ts';
import { expectAccessible } from './axe.ts';
import { startHarness, type Harness } from './harness.ts';
import { acceptInvitation, linkFromMail, StaffApi, uniqueEmail } from './portal-helpers.ts';

const password = 'correct-horse-battery-staple';

/**
 * Buying a subscription on a plan's hosted payment page (`/pay/{slug}/{plan_code}`) with the built-in
 * test gateway: a declined card's reason, then another card pays; the portal invitation arrives by email
 * and opens the portal. A trial on a phone in German. Axe on every state of the page.
 */
describe('the hosted payment page', () => {
  let h: Harness;

  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => {
    await h?.close();
  });

  async function scene(plan: Parameters<typeof createPlanFixture>[2]) {
    const staff = await StaffApi.signUp(h.baseUrl, `Hosted Journey ${Date.now()}`);
    await staff.updateSettings({ brand_color: '#1d4ed8', auto_enable_portal_for_subscriptions: true });
    const organization = await h.built.ctx.db.selectFrom('organizations').select('id').where('slug', '=', staff.slug).executeTakeFirstOrThrow();
    const created = await createPlanFixture(h.built.ctx.db, organization.id, { hosted_page_enabled: true, currency: 'USD', ...plan });
    return { staff, plan: created, url: `${h.baseUrl}/pay/${staff.slug}/${created.code}` };
  }

  async function fillDetails(page: Page, email: string, labels = { company: 'Company name', first: 'First name', last: 'Last name', email: 'Email', street: 'Street and number', city: 'City', country: 'Country' }) {
    const field = (name: string) => page.getByRole('textbox', { name, exact: true });
    await field(labels.company).fill('Analytical Engines Ltd');
    await field(labels.first).fill('Ada');
    await field(labels.last).fill('Lovelace');
    await field(labels.email).fill(email);
    await field(labels.street).fill('12 St James Square');
    await field(labels.city).fill('London');
    await field(labels.country).fill('United Kingdom');
  }

  async function typeCard(page: Page, number: string, labels = { number: 'Card number', expiry: 'Expiry date', cvc: 'Security code' }) {
    await page.getByLabel(labels.number).fill(number);
    await page.getByLabel(labels.expiry).fill('12/34');
    await page.getByLabel(labels.cvc).fill('123');
  }

  it('subscribes with a test card after a declined one, and the invitation opens the portal', async () => {
    const { url } = await scene({ name: 'Studio', price_minor: 4_900, setup_fee_minor: 1_000, description: 'Everything a small studio needs' });
    const email = uniqueEmail('ada');
    const page = await h.newPage();
    await page.goto(url);
    await page.getByRole('heading', { level: 1, name: 'Subscribe to Studio' }).waitFor();
    const summary = page.getByRole('region', { name: 'Your plan' });
    await summary.getByText('$49.00 per month').waitFor();
    await summary.getByText('$10.00').waitFor();
    await page.getByText('Test mode: card and account numbers to try').click();
    await expectAccessible(page, 'hosted payment page');

    // Nothing typed: the form names what is missing, nothing is sent.
    await page.getByRole('button', { name: 'Subscribe and pay' }).click();
    await page.getByText('This field is required.').first().waitFor();
    await expectAccessible(page, 'hosted payment page with missing fields');

    await fillDetails(page, email);
    await page.getByLabel('Quantity').fill('2');
    await summary.getByText('$98.00 per month').waitFor();
    await typeCard(page, '4000 0000 0000 0002');
    await page.getByRole('button', { name: 'Subscribe and pay' }).click();
    const alert = page.getByRole('alert').filter({ hasText: 'declined' });
    await alert.waitFor();
    expect(await alert.textContent()).toMatch(/Nothing was charged/);
    await expectAccessible(page, 'hosted payment page after a declined card');

    await typeCard(page, '4242 4242 4242 4242');
    await page.getByRole('button', { name: 'Subscribe and pay' }).click();
    const done = page.getByRole('region', { name: 'You are subscribed' });
    await done.waitFor();
    await done.getByText('$108.00').waitFor();
    await done.getByText('Visa •••• 4242').waitFor();
    await done.getByText(`we sent an invitation to the customer portal to ${email}`).waitFor();
    await expectAccessible(page, 'hosted payment page success');

    const customers = await h.built.ctx.db.selectFrom('customers').select('id').where('email', '=', email).execute();
    expect(customers).toHaveLength(1);

    const invite = await linkFromMail(h, email, 'invite');
    await acceptInvitation(page, invite, password);
    await page.getByRole('heading', { level: 1, name: 'Welcome, Ada Lovelace' }).waitFor();
  });

  it('starts a trial on a phone, in the language chosen on the page, and invites in that language', async () => {
    const { url } = await scene({ name: 'Atelier', price_minor: 2_000, trial_days: 14 });
    const email = uniqueEmail('grace');
    const page = await h.newPage({ viewport: { width: 390, height: 844 } });
    await page.goto(url);
    await page.getByRole('heading', { level: 1, name: 'Subscribe to Atelier' }).waitFor();
    await page.getByLabel('Language').selectOption('de');
    await page.getByRole('heading', { level: 1, name: 'Atelier abonnieren' }).waitFor();
    await page.getByText('Kostenlose Testphase').waitFor();
    await expectAccessible(page, 'hosted payment page on a phone, in German');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);

    await fillDetails(page, email, { company: 'Firmenname', first: 'Vorname', last: 'Nachname', email: 'E-Mail', street: 'Straße und Hausnummer', city: 'Ort', country: 'Land' });
    await typeCard(page, '4242424242424242', { number: 'Kartennummer', expiry: 'Ablaufdatum', cvc: 'Prüfnummer' });
    await page.getByRole('button', { name: '14-tägige Testphase starten' }).click();
    const done = page.getByRole('region', { name: 'Sie haben abonniert' });
    await done.waitFor();
    await done.getByText('Testphase endet am').waitFor();
    await expectAccessible(page, 'hosted payment page success on a phone');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);

    const mail = await h.waitForMail(email, (m) => m.text.includes('/invite/'));
    expect(mail.text).toContain('lang=de');
  });

  it('says a plan that is not offered is not available', async () => {
    const { url } = await scene({ name: 'Hidden', hosted_page_enabled: false });
    const page = await h.newPage();
    await page.goto(url);
    await page.getByRole('heading', { level: 1, name: 'This page is not available' }).waitFor();
    await expectAccessible(page, 'hosted payment page of a plan not offered');
  });
});
