import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it, onTestFailed } from 'vitest';
import type { AttemptResponse } from '../../modules/online-payment/online-payment.schemas.ts';
import { invoiceOf } from '../billing-payment-builders.ts';
import { createCustomerWithContact, signUpStaff, type SignedUpStaff } from '../builders.ts';
import { STRONG_PASSWORD } from '../http-client.ts';
import { acceptedContact, type SignedInContact } from '../portal-builders.ts';
import { SmtpSink } from '../smtp-sink.ts';
import { testDialects } from '../test-app.ts';
import { card } from '../test-gateway-builders.ts';
import {
  printOutputs,
  sharedDatabase,
  signInContact,
  signInStaffAt,
  startPortico,
  tokenAt,
  type HttpClient,
  type HttpResponse,
  type PorticoProcess,
  type SharedDatabase,
} from './portico-process.ts';

/**
 * Two Portico instances on one PostgreSQL database, as behind a load balancer: a session opened on one
 * works on the other, both drain the one outbox, and paying the same invoice through both at once charges once.
 *
 * Both run the worker, as a deployment would. It does not disturb the payment tests: reconciliation only
 * touches attempts left open for a minute (these complete within the request), and the test gateway's
 * webhooks and the receipts the payments queue are handled by whichever instance claims them first.
 */
describe.runIf(testDialects().includes('postgres'))('two instances sharing PostgreSQL', { timeout: 90_000 }, () => {
  let database: SharedDatabase;
  let instances: PorticoProcess[] = [];
  let staff: SignedUpStaff;
  let contact: SignedInContact;
  let browsers: HttpClient[];
  const smtp = new SmtpSink();

  beforeAll(async () => {
    database = await sharedDatabase('postgres');
    staff = await signUpStaff(database.t.app);
    contact = await acceptedContact(database.t, staff);
    await smtp.start();
    // The EHLO name (`name=`) tells the sink which instance sent a message; pooled connections
    // (`pool=true`) keep the drain of 200 mails to a few seconds. Both are nodemailer options of SMTP_URL.
    instances = await Promise.all(
      [1, 2].map((n) => startPortico(database, { RUN_WORKER: 'true', SMTP_URL: `${smtp.url()}/?name=portico-${n}&pool=true` })),
    );
    browsers = await Promise.all(instances.map((instance) => signInContact(instance.url, contact.api, contact.email, contact.password)));
  }, 90_000);

  afterAll(async () => {
    await Promise.all(instances.map((instance) => instance.stop()));
    await smtp.stop();
    await database?.close();
  });

  const chargesOf = (attemptIds: string[]) =>
    attemptIds.length === 0 ? Promise.resolve([]) : database.t.ctx.db.selectFrom('test_gateway_payments').select(['reference', 'status']).where('reference', 'in', attemptIds).execute();
  const errorCode = (response: HttpResponse) => response.json<{ error: { code: string } }>().error.code;

  it('charges once for 100 concurrent payments of one invoice with different keys; the others hear it is being paid', async () => {
    onTestFailed(() => printOutputs(instances));
    const invoice = await invoiceOf(staff, contact.customerId, 7_500);
    const count = 100;
    const tokens = await Promise.all(Array.from({ length: count }, (_, index) => tokenAt(instances[index % 2]!.url, card('4242424242424242'))));
    const responses = await Promise.all(
      tokens.map((token, index) =>
        browsers[index % 2]!.post(`${contact.api}/payments`, { document_ids: [invoice.id], currency: invoice.currency, payment_method: { token } }, { 'idempotency-key': randomUUID() }),
      ),
    );
    const succeeded = responses.filter((response) => response.statusCode === 201);
    expect(succeeded).toHaveLength(1);
    expect(succeeded[0]!.json<AttemptResponse>()).toMatchObject({ status: 'succeeded', amount_minor: 7_500 });
    const refused = responses.filter((response) => response.statusCode !== 201);
    expect(refused.map((response) => response.statusCode)).toEqual(Array(count - 1).fill(409));
    for (const response of refused) expect(['PAYMENT_IN_PROGRESS', 'NOTHING_TO_PAY']).toContain(errorCode(response));

    const db = database.t.ctx.db;
    const attempts = await db.selectFrom('payment_attempts').select(['id', 'status']).where('plan', 'like', `%${invoice.id}%`).execute();
    expect(attempts).toEqual([{ id: succeeded[0]!.json<AttemptResponse>().id, status: 'succeeded' }]);
    expect(await chargesOf(attempts.map((attempt) => attempt.id))).toEqual([{ reference: attempts[0]!.id, status: 'succeeded' }]);
    expect(await db.selectFrom('test_gateway_payments').select('id').where('amount_minor', '=', 7_500).execute()).toHaveLength(1);
    const allocations = await db.selectFrom('payment_allocations').select(['payment_id', 'amount_minor']).where('document_id', '=', invoice.id).execute();
    expect(allocations).toEqual([{ payment_id: succeeded[0]!.json<AttemptResponse>().payment!.id, amount_minor: 7_500 }]);
    expect(await db.selectFrom('documents').select(['status', 'balance_minor', 'pending_minor']).where('id', '=', invoice.id).executeTakeFirst()).toEqual({ status: 'paid', balance_minor: 0, pending_minor: 0 });
  });

  it('runs one payment for the same Idempotency-Key sent to both instances at once', async () => {
    onTestFailed(() => printOutputs(instances));
    const invoice = await invoiceOf(staff, contact.customerId, 4_400);
    const token = await tokenAt(instances[0]!.url, card('4242424242424242'));
    const key = randomUUID();
    const body = { document_ids: [invoice.id], currency: invoice.currency, payment_method: { token } };
    const responses = await Promise.all(browsers.map((browser) => browser.post(`${contact.api}/payments`, body, { 'idempotency-key': key })));
    const ran = responses.filter((response) => response.statusCode === 201 && response.headers.get('idempotent-replayed') !== 'true');
    expect(ran).toHaveLength(1);
    const first = ran[0]!.json<AttemptResponse>();
    expect(first).toMatchObject({ status: 'succeeded', amount_minor: 4_400 });
    const other = responses.find((response) => response !== ran[0])!;
    if (other.statusCode === 201) expect(other.json()).toEqual(first);
    else {
      expect(other.statusCode).toBe(409);
      expect(errorCode(other)).toBe('IDEMPOTENCY_KEY_IN_USE');
    }
    // Afterwards both instances answer the first result.
    for (const browser of browsers) {
      const replay = await browser.post(`${contact.api}/payments`, body, { 'idempotency-key': key });
      expect(replay.statusCode).toBe(201);
      expect(replay.headers.get('idempotent-replayed')).toBe('true');
      expect(replay.json()).toEqual(first);
    }
    expect(await chargesOf([first.id])).toEqual([{ reference: first.id, status: 'succeeded' }]);
    const db = database.t.ctx.db;
    expect(await db.selectFrom('payments').select('id').where('attempt_id', '=', first.id).execute()).toHaveLength(1);
    expect(await db.selectFrom('documents').select(['status', 'balance_minor']).where('id', '=', invoice.id).executeTakeFirst()).toEqual({ status: 'paid', balance_minor: 0 });
  });
  it('keeps a staff session opened on one instance on the other: reads, writes with the CSRF token, sign-out ends it on both', async () => {
    onTestFailed(() => printOutputs(instances));
    const first = await signInStaffAt(instances[0]!.url, staff.user.email, STRONG_PASSWORD);
    const second = first.copyTo(instances[1]!.url);
    expect((await second.get('/api/v1/session')).json()).toMatchObject({ user: { email: staff.user.email } });

    const withoutToken = second.copyTo(instances[1]!.url);
    withoutToken.csrfToken = undefined;
    const item = { name: `Bolts ${randomUUID()}`, rate_minor: 250, currency: 'EUR' };
    expect((await withoutToken.post('/api/v1/items', item)).statusCode).toBe(403);
    const created = await second.post('/api/v1/items', item);
    expect(created.statusCode).toBe(201);
    const read = await first.get(`/api/v1/items/${created.json<{ id: string }>().id}`);
    expect(read.statusCode).toBe(200);
    expect(read.json()).toMatchObject(item);

    expect((await second.delete('/api/v1/session')).statusCode).toBe(204);
    expect((await first.get('/api/v1/session')).statusCode).toBe(401);
    expect((await first.post('/api/v1/items', { ...item, name: `Nuts ${randomUUID()}` })).statusCode).toBe(401);
  });

  it('keeps a portal session opened on one instance on the other: reads, writes with the CSRF token, sign-out ends it on both', async () => {
    onTestFailed(() => printOutputs(instances));
    const first = await signInContact(instances[0]!.url, contact.api, contact.email, contact.password);
    const second = first.copyTo(instances[1]!.url);
    expect((await second.get(`${contact.api}/me`)).json()).toMatchObject({ state: 'signed_in', email: contact.email });

    const withoutToken = second.copyTo(instances[1]!.url);
    withoutToken.csrfToken = undefined;
    const phone = `+1 555 ${Math.floor(1000 + Math.random() * 9000)}`;
    expect((await withoutToken.patch(`${contact.api}/me`, { phone })).statusCode).toBe(403);
    expect((await second.patch(`${contact.api}/me`, { phone })).statusCode).toBe(200);
    expect((await first.get(`${contact.api}/me`)).json()).toMatchObject({ contact: { phone } });

    expect((await second.delete(`${contact.api}/session`)).statusCode).toBe(204);
    expect((await first.get(`${contact.api}/me`)).statusCode).toBe(401);
    expect((await first.patch(`${contact.api}/me`, { phone: null })).statusCode).toBe(401);
  });

  it('drains one outbox from both instances: 200 invitations, each sent once, by both', async () => {
    onTestFailed(() => printOutputs(instances));
    const customers: { customerId: string; email: string }[] = [];
    for (let chunk = 0; chunk < 10; chunk++) {
      const created = await Promise.all(Array.from({ length: 20 }, () => createCustomerWithContact(staff)));
      customers.push(...created.map((customer) => ({ customerId: customer.customerId, email: customer.email!.toLowerCase() })));
    }
    // Two bulk invitations of 100 at once, one through each instance (up to 100 they run in the request).
    const admins = await Promise.all(instances.map((instance) => signInStaffAt(instance.url, staff.user.email, STRONG_PASSWORD)));
    const halves = [customers.slice(0, 100), customers.slice(100)];
    const responses = await Promise.all(admins.map((admin, index) => admin.post('/api/v1/customers/bulk-enable-portal', { customer_ids: halves[index]!.map((customer) => customer.customerId) })));
    for (const response of responses) {
      expect(response.statusCode).toBe(200);
      expect(response.json<{ results: { outcome: string }[] }>().results.map((result) => result.outcome)).toEqual(Array(100).fill('invited'));
    }

    const emails = customers.map((customer) => customer.email);
    const db = database.t.ctx.db;
    const outboxOf = () => db.selectFrom('outbox_emails').select(['to_address', 'status', 'attempts']).where('to_address', 'in', emails).execute();
    const deadline = Date.now() + 20_000;
    let rows = await outboxOf();
    while (rows.some((row) => row.status !== 'sent') && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      rows = await outboxOf();
    }
    expect(rows).toHaveLength(200);
    // Sent at the first attempt: no instance claimed a mail another one held. Nothing else waits either.
    expect(rows.filter((row) => row.status !== 'sent' || row.attempts !== 1)).toEqual([]);
    expect(await db.selectFrom('outbox_emails').select('to_address').where('status', '=', 'pending').execute()).toEqual([]);

    // Each invited address received one message (a second send would repeat the address, with a message-id of its own).
    const invited = new Set(emails);
    const received = smtp.received.filter((mail) => mail.to.some((to) => invited.has(to)));
    expect(received.map((mail) => mail.to.join(',')).sort()).toEqual([...emails].sort());
    const messageIds = received.map((mail) => mail.raw.match(/^Message-ID: *(<[^>]+>)/im)?.[1]);
    expect(messageIds.every(Boolean)).toBe(true);
    expect(new Set(messageIds).size).toBe(200);
    expect([...new Set(received.map((mail) => mail.greetedAs))].sort()).toEqual(['portico-1', 'portico-2']);
  });
});
