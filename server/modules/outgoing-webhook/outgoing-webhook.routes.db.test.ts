import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, expect } from 'vitest';
import { verifyWebhookSignature } from '../../payments/webhook-signature.ts';
import { signInAgain, type SignedUpStaff } from '../../test/builders.ts';
import { describeOnEachDialect } from '../../test/fixture.ts';
import { TestClient } from '../../test/http-client.ts';
import { portalCustomer } from '../../test/portal-document-builders.ts';
import type { TestApp } from '../../test/test-app.ts';
import { createCustomerWithContact } from '../../test/builders.ts';
import { insertOnlinePayment } from '../../test/online-payment-builders.ts';
import { insertTestOrder } from '../../test/shipment-builders.ts';
import { recordPaymentSucceeded } from '../payment-followup/payment-followup.service.ts';
import { deliverDueWebhooks } from './outgoing-webhook.service.ts';

interface Received {
  path: string;
  headers: IncomingHttpHeaders;
  body: string;
}

/** A real HTTP receiver on loopback: what it got, and the status it answers (changeable). */
const receiver = { received: [] as Received[], status: 200, server: undefined as Server | undefined, url: '' };
beforeAll(async () => {
  receiver.server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      receiver.received.push({ path: request.url ?? '', headers: request.headers, body: Buffer.concat(chunks).toString('utf8') });
      response.writeHead(receiver.status, { 'content-type': 'text/plain' }).end(receiver.status < 300 ? 'thanks' : 'try later');
    });
  });
  await new Promise<void>((resolve) => receiver.server!.listen(0, '127.0.0.1', resolve));
  receiver.url = `http://127.0.0.1:${(receiver.server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise((resolve) => receiver.server?.close(resolve));
});

const receivedAt = (path: string) => receiver.received.filter((entry) => entry.path === path);
const uniquePath = () => `/hooks/${Math.random().toString(36).slice(2, 10)}`;

async function endpointFor(staff: SignedUpStaff, events: string[], path = uniquePath()) {
  const response = await staff.client.post('/api/v1/webhook-endpoints', { url: `${receiver.url}${path}`, events, description: 'ERP' });
  expect(response.statusCode, response.body).toBe(201);
  return { ...response.json<{ id: string; secret: string; version: number }>(), path };
}

/** A contact views an invoice in the portal: a `document.viewed` event. */
async function viewedInvoice(t: TestApp, staff: SignedUpStaff) {
  const contact = await portalCustomer(t, staff);
  const invoice = await contact.doc({ kind: 'invoice', status: 'sent', total: 4_200 });
  expect((await contact.client.get(`${contact.api}/invoices/${invoice.id}`)).statusCode).toBe(200);
  return { contact, invoice };
}

const nowSeconds = (t: TestApp) => Math.floor(t.clock.now().getTime() / 1000);

describeOnEachDialect('outgoing webhooks', { startAt: '2026-11-25T10:00:00.000Z', config: { WEBHOOKS_ALLOW_PRIVATE_NETWORKS: 'true' } }, (it) => {
  it('registers an endpoint, answers its secret once, and delivers a portal event signed, with its details', async ({ t, staff }) => {
    const endpoint = await endpointFor(staff, ['document.viewed', 'estimate.accepted']);
    expect(endpoint.secret).toMatch(/^whsec_[A-Za-z0-9_-]{40,}$/);
    const listed = (await staff.client.get('/api/v1/webhook-endpoints')).json();
    expect(listed.data).toEqual([expect.objectContaining({ id: endpoint.id, events: ['document.viewed', 'estimate.accepted'], status: 'enabled', api_version: '2026-12-01' })]);
    expect(listed.data[0]).not.toHaveProperty('secret');
    expect((await staff.client.get(`/api/v1/webhook-endpoints/${endpoint.id}`)).json()).not.toHaveProperty('secret');
    const stored = await t.ctx.db.selectFrom('webhook_endpoints').select('secret_sealed').where('id', '=', endpoint.id).executeTakeFirstOrThrow();
    expect(stored.secret_sealed).not.toContain(endpoint.secret.slice(6));

    const { contact, invoice } = await viewedInvoice(t, staff);
    // Nothing leaves before the worker's tick: the event waits in the database, written with the view.
    expect(receivedAt(endpoint.path)).toHaveLength(0);
    expect(await deliverDueWebhooks(t.ctx)).toMatchObject({ succeeded: 1 });
    const [got] = receivedAt(endpoint.path);
    expect(got?.headers['content-type']).toBe('application/json');
    expect(got?.headers['portico-event-type']).toBe('document.viewed');
    expect(verifyWebhookSignature(got!.body, got!.headers['portico-signature'] as string, [endpoint.secret], nowSeconds(t))).toMatchObject({ ok: true });
    const event = JSON.parse(got!.body);
    expect(event).toMatchObject({
      object: 'event',
      type: 'document.viewed',
      api_version: '2026-12-01',
      id: got?.headers['portico-event-id'],
      data: { activity: { customer_id: contact.customerId, contact_person_id: contact.contactId, module: 'invoices', details: { document_id: invoice.id, number: invoice.number, kind: 'invoice' } } },
    });

    const log = (await staff.client.get(`/api/v1/webhook-endpoints/${endpoint.id}/deliveries`)).json();
    expect(log.data).toEqual([expect.objectContaining({ event_type: 'document.viewed', status: 'succeeded', attempts: 1, response_status: 200, response_body: 'thanks', error: null })]);
    const one = (await staff.client.get(`/api/v1/webhook-deliveries/${log.data[0].id}`)).json();
    expect(one.payload).toEqual(event);
    // Delivered once: the next tick has nothing to send.
    expect(await deliverDueWebhooks(t.ctx)).toEqual({ succeeded: 0, failed: 0, retrying: 0 });
  });

  it('delivers what staff and payments do too: a shipped package and a payment, with their whole objects', async ({ t, staff }) => {
    const endpoint = await endpointFor(staff, ['shipment.shipped', 'payment.succeeded']);
    const { customerId } = await createCustomerWithContact(staff);
    const order = await insertTestOrder(t.ctx.db, staff.organization.id, customerId, { lines: [{ name: 'Oak table', quantityMilli: 1000, onHandMilli: 5000 }] });
    const pkg = (await staff.client.post(`/api/v1/sales-orders/${order.id}/packages`, { lines: [{ sales_order_line_id: order.lines[0]!.id, quantity: 1 }] })).json();
    expect((await staff.client.post(`/api/v1/packages/${pkg.id}/ship`, { carrier: 'UPS', tracking_number: '1Z999AA10123456784' })).statusCode).toBe(200);

    const contact = await portalCustomer(t, staff);
    const invoice = await contact.doc({ currency: 'EUR', total: 12_000 });
    const payment = await insertOnlinePayment(t.ctx.db, { organizationId: staff.organization.id, customerId: contact.customerId, contactPersonId: contact.contactId, currency: 'EUR', allocations: [{ documentId: invoice.id, amountMinor: 12_000 }] });
    await t.ctx.db.transaction().execute((trx) => recordPaymentSucceeded(t.ctx, trx, { organizationId: staff.organization.id, paymentId: payment.id, contactPersonId: contact.contactId, source: 'portal' }));

    expect(await deliverDueWebhooks(t.ctx)).toMatchObject({ succeeded: 2 });
    const events = receivedAt(endpoint.path).map((entry) => JSON.parse(entry.body));
    expect(events.find((event) => event.type === 'shipment.shipped')?.data.shipment).toMatchObject({ id: pkg.id, status: 'shipped', carrier: 'ups', tracking_number: '1Z999AA10123456784', sales_order: { id: order.id } });
    expect(events.find((event) => event.type === 'payment.succeeded')?.data.payment).toMatchObject({ id: payment.id, amount_minor: 12_000, currency: 'EUR', customer_id: contact.customerId, allocations: [{ document_id: invoice.id, amount_minor: 12_000 }] });
  });

  it('sends only the event types an endpoint asked for, and nothing to a disabled one', async ({ t, staff }) => {
    const wantsViews = await endpointFor(staff, ['document.viewed']);
    const wantsOrders = await endpointFor(staff, ['order.placed']);
    const disabled = await endpointFor(staff, ['document.viewed']);
    expect((await staff.client.patch(`/api/v1/webhook-endpoints/${disabled.id}`, { enabled: false })).json()).toMatchObject({ status: 'disabled', disabled_reason: 'staff' });
    await viewedInvoice(t, staff);
    await deliverDueWebhooks(t.ctx);
    expect(receivedAt(wantsViews.path)).toHaveLength(1);
    expect(receivedAt(wantsOrders.path)).toHaveLength(0);
    expect(receivedAt(disabled.path)).toHaveLength(0);
  });

  it('retries with back-off, disables an endpoint failing for three days and emails its admins; enabling and replaying sends again', async ({ t, staff }) => {
    const endpoint = await endpointFor(staff, ['document.viewed']);
    await t.deliverMail();
    receiver.status = 503;
    try {
      await viewedInvoice(t, staff);
      expect(await deliverDueWebhooks(t.ctx)).toMatchObject({ retrying: 1 });
      const [first] = (await staff.client.get(`/api/v1/webhook-endpoints/${endpoint.id}/deliveries`)).json().data;
      expect(first).toMatchObject({ status: 'pending', attempts: 1, response_status: 503, response_body: 'try later', next_attempt_at: '2026-11-25T10:01:00.000Z' });
      expect((await staff.client.get(`/api/v1/webhook-endpoints/${endpoint.id}`)).json().failing_since).toBe('2026-11-25T10:00:00.000Z');
      // Not due yet: nothing is sent.
      expect(await deliverDueWebhooks(t.ctx)).toEqual({ succeeded: 0, failed: 0, retrying: 0 });
      let attempts = 1;
      const statusOf = async () => (await t.ctx.db.selectFrom('webhook_endpoints').select('status').where('id', '=', endpoint.id).executeTakeFirstOrThrow()).status;
      while ((await statusOf()) === 'enabled' && attempts < 30) {
        t.clock.advance(10 * 3600);
        await deliverDueWebhooks(t.ctx);
        attempts++;
      }
      // The staff session idled out while the clock moved on.
      await signInAgain(staff);
      const off = (await staff.client.get(`/api/v1/webhook-endpoints/${endpoint.id}`)).json();
      expect(off).toMatchObject({ status: 'disabled', disabled_reason: 'failing' });
      expect(t.clock.now().getTime() - new Date('2026-11-25T10:00:00.000Z').getTime()).toBeGreaterThanOrEqual(3 * 24 * 3600 * 1000);
      const [last] = (await staff.client.get(`/api/v1/webhook-endpoints/${endpoint.id}/deliveries`)).json().data;
      expect(last).toMatchObject({ status: 'failed', response_status: 503 });
      const mails = (await t.deliverMail()).filter((mail) => mail.to === staff.user.email);
      expect(mails.map((mail) => mail.text).join('\n')).toContain(`The webhook endpoint ${receiver.url}${endpoint.path} was disabled`);
    } finally {
      receiver.status = 200;
    }
    const sentBefore = receivedAt(endpoint.path).length;
    const [failed] = (await staff.client.get(`/api/v1/webhook-endpoints/${endpoint.id}/deliveries`)).json().data;
    const refused = await staff.client.post(`/api/v1/webhook-deliveries/${failed.id}/replay`);
    expect(refused.statusCode).toBe(409);
    expect((await staff.client.patch(`/api/v1/webhook-endpoints/${endpoint.id}`, { enabled: true })).json()).toMatchObject({ status: 'enabled', disabled_reason: null, failing_since: null });
    const replay = await staff.client.post(`/api/v1/webhook-deliveries/${failed.id}/replay`);
    expect(replay.statusCode, replay.body).toBe(201);
    expect(replay.json()).toMatchObject({ replay_of: failed.id, status: 'pending', event_id: failed.event_id });
    expect(await deliverDueWebhooks(t.ctx)).toMatchObject({ succeeded: 1 });
    const resent = receivedAt(endpoint.path).slice(sentBefore);
    expect(resent).toHaveLength(1);
    expect(JSON.parse(resent[0]!.body).id).toBe(failed.event_id);
  });

  it('rolls the secret with an overlap: both sign until it ends, then only the new one', async ({ t, staff }) => {
    const endpoint = await endpointFor(staff, ['document.viewed']);
    const rolled = await staff.client.post(`/api/v1/webhook-endpoints/${endpoint.id}/roll-secret`, { overlap_hours: 2 });
    expect(rolled.statusCode, rolled.body).toBe(200);
    const { secret, previous_secret_expires_at: overlapEnd } = rolled.json();
    expect(secret).not.toBe(endpoint.secret);
    expect(overlapEnd).toBe('2026-11-25T12:00:00.000Z');
    await viewedInvoice(t, staff);
    await deliverDueWebhooks(t.ctx);
    const during = receivedAt(endpoint.path).at(-1)!;
    const header = during.headers['portico-signature'] as string;
    expect(header.split(',').filter((part) => part.startsWith('v1='))).toHaveLength(2);
    expect(verifyWebhookSignature(during.body, header, [endpoint.secret], nowSeconds(t)).ok).toBe(true);
    expect(verifyWebhookSignature(during.body, header, [secret], nowSeconds(t)).ok).toBe(true);

    t.clock.advance(2 * 3600 + 1);
    await signInAgain(staff);
    await viewedInvoice(t, staff);
    await deliverDueWebhooks(t.ctx);
    const after = receivedAt(endpoint.path).at(-1)!;
    expect(verifyWebhookSignature(after.body, after.headers['portico-signature'] as string, [endpoint.secret], nowSeconds(t)).ok).toBe(false);
    expect(verifyWebhookSignature(after.body, after.headers['portico-signature'] as string, [secret], nowSeconds(t)).ok).toBe(true);
    expect((await staff.client.post(`/api/v1/webhook-endpoints/${endpoint.id}/roll-secret`, { overlap_hours: 73 })).statusCode).toBe(400);
  });

  it('sends each delivery once when two workers tick at the same time', async ({ t, staff }) => {
    const endpoint = await endpointFor(staff, ['document.viewed']);
    await viewedInvoice(t, staff);
    await viewedInvoice(t, staff);
    const outcomes = await Promise.all([deliverDueWebhooks(t.ctx), deliverDueWebhooks(t.ctx), deliverDueWebhooks(t.ctx)]);
    expect(outcomes.reduce((sum, outcome) => sum + outcome.succeeded, 0)).toBe(2);
    expect(receivedAt(endpoint.path)).toHaveLength(2);
  });

  it('validates bodies naming the field, keeps endpoints to their organization, and needs the scope', async ({ t, staff, ip }) => {
    const endpoint = await endpointFor(staff, ['document.viewed']);
    const badEvent = await staff.client.post('/api/v1/webhook-endpoints', { url: `${receiver.url}/x`, events: ['everything'] });
    expect(badEvent.statusCode).toBe(400);
    expect(JSON.stringify(badEvent.json().error.details)).toContain('events');
    const noEvents = await staff.client.post('/api/v1/webhook-endpoints', { url: `${receiver.url}/x`, events: [] });
    expect(noEvents.json().error.details).toEqual([expect.objectContaining({ field: 'events', code: 'too_small' })]);
    const badUrl = await staff.client.post('/api/v1/webhook-endpoints', { url: 'ftp://example.com/x', events: ['document.viewed'] });
    expect(badUrl.json().error.details).toEqual([expect.objectContaining({ field: 'url', code: 'invalid_format' })]);
    const stale = await staff.client.patch(`/api/v1/webhook-endpoints/${endpoint.id}`, { description: 'New', version: endpoint.version + 5 });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe('STALE_VERSION');

    const { signUpStaff } = await import('../../test/builders.ts');
    const stranger = await signUpStaff(t.app);
    expect((await stranger.client.get(`/api/v1/webhook-endpoints/${endpoint.id}`)).statusCode).toBe(404);
    expect((await stranger.client.patch(`/api/v1/webhook-endpoints/${endpoint.id}`, { enabled: false })).statusCode).toBe(404);
    expect((await stranger.client.delete(`/api/v1/webhook-endpoints/${endpoint.id}`)).statusCode).toBe(404);
    expect((await stranger.client.get(`/api/v1/webhook-endpoints/${endpoint.id}/deliveries`)).statusCode).toBe(404);

    const readKey = (await staff.client.post('/api/v1/api-keys', { name: 'Read webhooks', scopes: ['webhooks.read'] })).json().key as string;
    const api = new TestClient(t.app, ip);
    expect((await api.request('GET', '/api/v1/webhook-endpoints', undefined, { authorization: `Bearer ${readKey}` })).statusCode).toBe(200);
    expect((await api.request('POST', '/api/v1/webhook-endpoints', { url: `${receiver.url}/y`, events: ['document.viewed'] }, { authorization: `Bearer ${readKey}` })).statusCode).toBe(403);
    expect((await staff.client.delete(`/api/v1/webhook-endpoints/${endpoint.id}`)).statusCode).toBe(204);
    expect((await staff.client.get(`/api/v1/webhook-endpoints/${endpoint.id}`)).statusCode).toBe(404);
  });
});

describeOnEachDialect('outgoing webhooks outside development', { startAt: '2026-11-25T10:00:00.000Z' }, (it) => {
  it('refuses endpoints on http, loopback or private addresses, and refuses to deliver to a name that resolves to one', async ({ t, staff }) => {
    for (const url of [`${receiver.url}/x`, 'https://127.0.0.1/x', 'https://10.0.0.8/x', 'https://169.254.169.254/latest', 'https://[::1]/x', 'https://localhost/x']) {
      const response = await staff.client.post('/api/v1/webhook-endpoints', { url, events: ['document.viewed'] });
      expect(response.statusCode, url).toBe(400);
      expect(response.json().error.details[0]).toMatchObject({ field: 'url' });
    }
    expect((await staff.client.post('/api/v1/webhook-endpoints', { url: 'https://hooks.example.com/portico', events: ['document.viewed'] })).statusCode).toBe(201);
    // An endpoint whose name now resolves to loopback (as after a DNS change): checked again at delivery.
    const path = uniquePath();
    const port = new URL(receiver.url).port;
    const endpoint = (await staff.client.post('/api/v1/webhook-endpoints', { url: `https://hooks.example.org${path}`, events: ['document.viewed'] })).json();
    await t.ctx.db.updateTable('webhook_endpoints').set({ url: `http://localhost:${port}${path}` }).where('id', '=', endpoint.id).execute();
    await t.ctx.db.updateTable('webhook_endpoints').set({ status: 'disabled' }).where('url', '=', 'https://hooks.example.com/portico').execute();
    await viewedInvoice(t, staff);
    expect(await deliverDueWebhooks(t.ctx)).toMatchObject({ retrying: 1 });
    expect(receivedAt(path)).toHaveLength(0);
    const [delivery] = (await staff.client.get(`/api/v1/webhook-endpoints/${endpoint.id}/deliveries`)).json().data;
    expect(delivery).toMatchObject({ status: 'pending', response_status: null, error: expect.stringContaining('which webhooks may not reach') });
  });
});
