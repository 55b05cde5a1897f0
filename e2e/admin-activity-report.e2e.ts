import { readFileSync } from 'node:fs';
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

/** A contact accepts the portal invitation (one activity) and signs in again (another). */
async function contactUsesThePortal(email: string, password: string) {
  const link = linkIn(await harness.waitForMail(email), harness.baseUrl);
  const [, , slug, , token] = new URL(link).pathname.split('/');
  const accepted = await fetch(`${harness.baseUrl}/portal/${slug}/api/invitations/${token}/accept`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ password }) });
  expect(accepted.ok).toBe(true);
  const signIn = await fetch(`${harness.baseUrl}/portal/${slug}/api/session`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email, password }) });
  expect(signIn.ok).toBe(true);
}

describe('the portal activities report', () => {
  it('staff open the report, filter it, see the chart and the table, download the CSV; axe clean on desktop and phone', async () => {
    const staff = await signedUpStaffPage(harness, `Reports ${unique()}`);
    const { page } = staff;
    const email = `rita-${unique()}@example.test`;
    await staff.call('POST', '/customers', { display_name: 'Initrode', allow_portal_access: true, contact_persons: [{ first_name: 'Rita', last_name: 'Report', email, is_primary: true }] });
    await contactUsesThePortal(email, 'correct horse battery staple');

    await page.goto('/admin/customers');
    await page.getByRole('link', { name: 'Activities report' }).click();
    await page.getByRole('heading', { level: 1, name: 'Portal activities report' }).waitFor();
    const table = page.getByRole('table', { name: 'By module and action' });
    await table.waitFor();
    expect(await table.getByRole('row').count()).toBeGreaterThanOrEqual(3);
    await expect.poll(() => table.getByRole('row', { name: /Invitation accepted/ }).count()).toBe(1);
    await page.getByRole('figure').locator('svg').first().waitFor();
    expect(await page.getByRole('table', { name: 'Activities per period' }).count()).toBe(1);
    await page.getByRole('link', { name: 'Initrode' }).waitFor();
    await expectAccessible(page, 'the portal activities report');

    await page.getByRole('combobox', { name: 'Action', exact: true }).selectOption('signin');
    await page.getByRole('button', { name: 'Apply' }).click();
    await page.waitForURL(/action=signin/);
    await expect.poll(() => table.getByRole('row').count()).toBe(2);
    expect(await table.getByRole('row', { name: /Signed in/ }).count()).toBe(1);

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Download CSV' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^portal-activities-\d{4}-\d{2}-\d{2}-\d{4}-\d{2}-\d{2}\.csv$/);
    const csv = readFileSync((await download.path()), 'utf8');
    expect(csv).toMatch(/^module,action,count\r\nportal,signin,\d+\r\n$/);

    await page.setViewportSize({ width: 390, height: 844 });
    await page.getByRole('table', { name: 'By module and action' }).waitFor();
    await expectAccessible(page, 'the portal activities report on a phone');
    await page.close();
  });
});
