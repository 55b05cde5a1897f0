import { randomUUID } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect } from 'vitest';
import { createReceiver } from '../../examples/webhook-receiver.mjs';
import { deliverDueWebhooks } from '../modules/outgoing-webhook/outgoing-webhook.service.ts';
import { TestClient } from '../test/http-client.ts';
import { describeOnEachDialect } from '../test/fixture.ts';
import { demoContact, demoStaff, printSignIns, seedDemoIfEmpty } from './demo.ts';

// The receiver `npm start` runs beside Portico in development, reading the secret the seed writes.
const secretFile = join(tmpdir(), `portico-demo-webhook-${randomUUID()}`);
const received: { id: string; type: string }[] = [];
const receiver = createReceiver({ secret: () => readFileSync(secretFile, 'utf8').trim(), onEvent: (event: { id: string; type: string }) => received.push(event) });
await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
const receiverUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/webhooks`;
afterAll(() => new Promise<void>((resolve) => receiver.close(() => resolve())));

describeOnEachDialect('the demo organization’s webhook endpoint', { config: { WEBHOOKS_ALLOW_PRIVATE_NETWORKS: 'true', DEMO_WEBHOOK_URL: receiverUrl, DEMO_WEBHOOK_SECRET_FILE: secretFile } }, (it) => {
  it('points at the local receiver with every event, and a portal view arrives there signed', async ({ t, ip }) => {
    const signIns = await seedDemoIfEmpty(t.ctx);
    expect(printSignIns(signIns!)).toContain(receiverUrl);
    expect(statSync(secretFile).mode & 0o777).toBe(0o600);

    const staff = new TestClient(t.app, ip);
    expect((await staff.post('/api/v1/session', { email: demoStaff.email, password: demoStaff.password })).statusCode).toBe(200);
    const endpoints = (await staff.get('/api/v1/webhook-endpoints')).json().data as { url: string; events: string[]; status: string }[];
    const eventTypes = (await staff.get('/api/v1/webhook-event-types')).json().data as string[];
    expect(endpoints).toEqual([expect.objectContaining({ url: receiverUrl, status: 'enabled' })]);
    expect([...endpoints[0]!.events].sort()).toEqual([...eventTypes].sort());

    const contact = new TestClient(t.app, ip);
    const signIn = await contact.post('/portal/northwind-supplies/api/session', { email: demoContact.email, password: demoContact.password });
    const globex = signIn.json().accounts.find((account: { customer_name: string }) => account.customer_name === 'Globex Corporation');
    expect((await contact.put('/portal/northwind-supplies/api/me/account', { contact_person_id: globex.contact_person_id })).statusCode).toBe(200);
    // An invoice Globex has not opened yet: its first view is the event.
    const invoices = (await staff.get(`/api/v1/invoices?customer_id=${globex.customer_id}&limit=100`)).json().data as { id: string; status: string; viewed_at: string | null }[];
    const unopened = invoices.find((invoice) => invoice.viewed_at === null && invoice.status !== 'draft' && invoice.status !== 'void');
    expect((await contact.get(`/portal/northwind-supplies/api/invoices/${unopened!.id}`)).statusCode).toBe(200);

    const before = received.length;
    expect((await deliverDueWebhooks(t.ctx)).succeeded).toBeGreaterThanOrEqual(1);
    expect(received.slice(before).map((event) => event.type)).toContain('document.viewed');
  });
});
