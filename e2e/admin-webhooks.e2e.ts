import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyWebhookSignature } from '../server/payments/webhook-signature.ts';
import { expectAccessible } from './axe.ts';
import { linkIn, startHarness, type Harness } from './harness.ts';
import { sendDocument } from './portal-billing-helpers.ts';
import { signedUpStaffPage } from './portal-helpers.ts';

const unique = () => randomBytes(4).toString('hex');

interface DeliveredEvent {
  id: string;
  data: { activity: { details: { number: string } } };
}
const eventOf = (body: string) => JSON.parse(body) as DeliveredEvent;
const received: { headers: IncomingHttpHeaders; body: string }[] = [];
let receiver: Server;
let receiverUrl: string;
let harness: Harness;

beforeAll(async () => {
  receiver = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      received.push({ headers: request.headers, body: Buffer.concat(chunks).toString('utf8') });
      response.writeHead(200).end('ok');
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  receiverUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/portico`;
  // The receiver is on loopback: the development setting lets webhooks reach it.
  harness = await startHarness({ env: { WEBHOOKS_ALLOW_PRIVATE_NETWORKS: 'true' } });
});
afterAll(async () => {
  await harness?.close();
  await new Promise((resolve) => receiver?.close(resolve));
});

/** A contact accepts the invitation and opens the invoice in the portal (a `document.viewed` event). */
async function contactViews(email: string, invoiceId: string) {
  const link = linkIn(await harness.waitForMail(email), harness.baseUrl);
  const [, , slug, , token] = new URL(link).pathname.split('/');
  const accepted = await fetch(`${harness.baseUrl}/portal/${slug}/api/invitations/${token}/accept`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ password: 'correct horse battery staple' }) });
  expect(accepted.ok).toBe(true);
  const cookie = (accepted.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  const viewed = await fetch(`${harness.baseUrl}/portal/${slug}/api/invoices/${invoiceId}`, { headers: { cookie } });
  expect(viewed.status).toBe(200);
}

describe('webhooks in the console', () => {
  it('staff add an endpoint, copy its secret, see the signed delivery in the log and replay it; axe clean on desktop and phone', async () => {
    const staff = await signedUpStaffPage(harness, `Webhooks ${unique()}`);
    const { page } = staff;
    const email = `wanda-${unique()}@example.test`;
    const customer = await staff.call<{ id: string }>('POST', '/customers', { display_name: 'Wayne Works', allow_portal_access: true, contact_persons: [{ first_name: 'Wanda', last_name: 'Webb', email, is_primary: true }] });
    const invoice = await sendDocument(staff, 'invoices', customer.id, { lines: [{ name: 'Integration work', quantity: 1, rate_minor: 50_000 }] });

    await page.goto('/admin/customers');
    await page.getByRole('link', { name: 'Webhooks' }).click();
    await page.getByRole('heading', { level: 1, name: 'Webhooks' }).waitFor();
    await page.getByText('No webhook endpoints yet').waitFor();
    await expectAccessible(page, 'the webhooks page, empty');

    await page.getByRole('button', { name: 'Add endpoint' }).click();
    const dialog = page.getByRole('dialog', { name: 'Add a webhook endpoint' });
    await dialog.getByRole('textbox', { name: /^Endpoint URL/ }).fill(receiverUrl);
    await dialog.getByRole('textbox', { name: /^Description/ }).fill('Our ERP');
    await dialog.getByRole('checkbox', { name: 'document.viewed' }).check();
    await expectAccessible(page, 'the add endpoint dialog');
    await dialog.getByRole('button', { name: 'Add endpoint' }).click();
    const shown = page.getByRole('dialog', { name: 'Endpoint added: copy its secret' });
    const secret = await shown.getByRole('textbox', { name: 'Signing secret' }).inputValue();
    expect(secret).toMatch(/^whsec_/);
    await shown.getByRole('button', { name: 'Done' }).click();
    await page.getByRole('link', { name: receiverUrl }).click();
    await page.getByRole('heading', { level: 1, name: receiverUrl }).waitFor();
    await page.getByText('Nothing sent yet').waitFor();

    await contactViews(email, invoice.id);
    await expect.poll(() => received.length, { timeout: 15_000 }).toBe(1);
    const [delivery] = received;
    expect(delivery?.headers['portico-event-type']).toBe('document.viewed');
    expect(verifyWebhookSignature(delivery!.body, delivery!.headers['portico-signature'] as string, [secret], Math.floor(Date.now() / 1000)).ok).toBe(true);
    expect(eventOf(delivery!.body).data.activity.details.number).toBe(invoice.number);

    await page.reload();
    const log = page.getByRole('table', { name: 'Delivery log' });
    const row = log.getByRole('row', { name: /document\.viewed/ });
    await row.getByText('Delivered').waitFor();
    await row.getByText('HTTP 200').waitFor();
    await expectAccessible(page, 'an endpoint with its delivery log');
    await row.getByRole('button', { name: /^Replay document\.viewed/ }).click();
    await page.getByText('The event will be sent again in a moment.').waitFor();
    await expect.poll(() => received.length, { timeout: 15_000 }).toBe(2);
    expect(eventOf(received[1]!.body).id).toBe(eventOf(delivery!.body).id);

    await page.setViewportSize({ width: 390, height: 844 });
    await page.getByRole('table', { name: 'Delivery log' }).waitFor();
    await expectAccessible(page, 'an endpoint on a phone');
    await page.getByRole('link', { name: 'Webhooks' }).first().click();
    await page.getByRole('link', { name: receiverUrl }).waitFor();
    await expectAccessible(page, 'the webhooks page on a phone');
    await page.close();
  });
});
