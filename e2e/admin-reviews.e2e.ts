import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible } from './axe.ts';
import { linkIn, startHarness, type Harness } from './harness.ts';
import { signedUpStaffPage } from './portal-helpers.ts';

const unique = () => randomBytes(4).toString('hex');

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => {
  await harness?.close();
});

interface PortalReviews {
  can_review: boolean;
  data: { rating: number; body: string; reply: string | null }[];
}

/** A contact accepts the portal invitation and signs in; its calls carry the session cookie and the CSRF token. */
async function contactSession(email: string, password: string) {
  const link = linkIn(await harness.waitForMail(email), harness.baseUrl);
  const [, , slug, , token] = new URL(link).pathname.split('/');
  const api = `${harness.baseUrl}/portal/${slug}/api`;
  const accepted = await fetch(`${api}/invitations/${token}/accept`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ password }) });
  expect(accepted.ok).toBe(true);
  const signIn = await fetch(`${api}/session`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email, password }) });
  expect(signIn.ok).toBe(true);
  const cookie = signIn.headers.getSetCookie().find((entry) => entry.startsWith('portico_portal='))?.split(';')[0] ?? '';
  const { csrf_token: csrf } = (await signIn.json()) as { csrf_token: string };
  return async function call<T>(method: string, path: string, body?: unknown): Promise<{ status: number; json: T }> {
    const headers: Record<string, string> = { accept: 'application/json', cookie, 'x-csrf-token': csrf };
    if (body !== undefined) headers['content-type'] = 'application/json';
    const response = await fetch(`${api}${path}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
    return { status: response.status, json: (await response.json()) as T };
  };
}

describe('reviews in the console', () => {
  it('staff allow reviews, see a contact’s review on the dashboard and the reviews page, filter and reply; the contact reads the reply; axe clean on desktop and phone', async () => {
    const staff = await signedUpStaffPage(harness, `Reviews ${unique()}`);
    const { page } = staff;
    const email = `rita-${unique()}@example.test`;
    await staff.call('POST', '/customers', { display_name: 'Initrode', allow_portal_access: true, contact_persons: [{ first_name: 'Rita', last_name: 'Review', email, is_primary: true }] });
    const contact = await contactSession(email, 'correct horse battery staple');
    // Reviews are off until staff allow them.
    expect((await contact('GET', '/reviews')).status).toBe(404);

    await page.goto('/admin/settings/portal');
    await page.getByLabel('Allow reviews').check();
    await page.getByLabel(/^Review period/).selectOption('month');
    await page.getByRole('button', { name: 'Save settings' }).click();
    await page.getByText('Settings saved.').waitFor();

    const written = await contact<{ id: string }>('POST', '/reviews', { rating: 4, body: 'Quick and friendly support.' });
    expect(written.status).toBe(201);

    await page.getByRole('link', { name: 'Dashboard' }).click();
    await page.getByRole('heading', { level: 1, name: 'Dashboard' }).waitFor();
    const distribution = page.getByRole('table', { name: 'Number of reviews per rating' });
    await distribution.waitFor();
    expect(await distribution.getByRole('row', { name: /^4 stars 1 100\s?%$/ }).count()).toBe(1);
    expect(await distribution.getByRole('row', { name: /^5 stars 0 0\s?%$/ }).count()).toBe(1);
    await page.getByRole('figure', { name: 'Reviews per rating' }).locator('svg').first().waitFor();
    await page.getByRole('table', { name: 'Activities per module' }).waitFor();
    await expectAccessible(page, 'the dashboard');

    await page.getByRole('link', { name: 'All reviews' }).click();
    await page.getByRole('heading', { level: 1, name: 'Reviews' }).waitFor();
    const review = page.getByRole('article', { name: 'Rita Review' });
    await review.waitFor();
    await review.getByText('4 of 5').waitFor();
    await review.getByText('Quick and friendly support.').waitFor();
    expect(await review.getByRole('link', { name: 'Initrode' }).getAttribute('href')).toMatch(/^\/admin\/customers\//);

    await page.getByLabel('Rating').selectOption('5');
    await page.getByText('No reviews match these filters').waitFor();
    await page.getByLabel('Rating').selectOption('4');
    await page.getByLabel('Reply status').selectOption('false');
    await page.waitForURL(/rating=4&replied=false/);
    await review.waitFor();
    await expectAccessible(page, 'the reviews page');

    await review.getByRole('button', { name: 'Reply to Rita Review' }).click();
    await review.getByLabel(/^Your reply/).fill('Thank you, Rita!');
    await review.getByRole('button', { name: 'Send reply' }).click();
    await page.getByText('Reply to Rita Review saved.').waitFor();
    // Replied, it leaves the list of reviews awaiting a reply.
    await page.getByText('No reviews match these filters').waitFor();
    await page.getByLabel('Reply status').selectOption('true');
    await review.getByText('Thank you, Rita!').waitFor();
    await review.getByText(/by Olivia Owner/).waitFor();

    const seen = await contact<PortalReviews>('GET', '/reviews');
    expect(seen.status).toBe(200);
    expect(seen.json.can_review).toBe(false);
    expect(seen.json.data).toEqual([expect.objectContaining({ rating: 4, body: 'Quick and friendly support.', reply: 'Thank you, Rita!' })]);

    await page.setViewportSize({ width: 390, height: 844 });
    await review.waitFor();
    await expectAccessible(page, 'the reviews page on a phone');
    await page.goto('/admin/dashboard');
    await page.getByRole('table', { name: 'Number of reviews per rating' }).waitFor();
    await expectAccessible(page, 'the dashboard on a phone');
    await page.close();
  });
});
