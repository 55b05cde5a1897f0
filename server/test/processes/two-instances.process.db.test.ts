import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it, onTestFailed } from 'vitest';
import type { AttemptResponse } from '../../modules/online-payment/online-payment.schemas.ts';
import { invoiceOf } from '../billing-payment-builders.ts';
import { signUpStaff, type SignedUpStaff } from '../builders.ts';
import { acceptedContact, type SignedInContact } from '../portal-builders.ts';
import { testDialects } from '../test-app.ts';
import { card } from '../test-gateway-builders.ts';
import { printOutputs, sharedDatabase, signInContact, startPortico, tokenAt, type HttpClient, type HttpResponse, type PorticoProcess, type SharedDatabase } from './portico-process.ts';

/** Two Portico instances on one PostgreSQL database, paying the same invoice at the same time. */
describe.runIf(testDialects().includes('postgres'))('payments through two instances sharing PostgreSQL', { timeout: 90_000 }, () => {
  let database: SharedDatabase;
  let instances: PorticoProcess[] = [];
  let staff: SignedUpStaff;
  let contact: SignedInContact;
  let browsers: HttpClient[];

  beforeAll(async () => {
    database = await sharedDatabase('postgres');
    staff = await signUpStaff(database.t.app);
    contact = await acceptedContact(database.t, staff);
    instances = await Promise.all([startPortico(database), startPortico(database)]);
    browsers = await Promise.all(instances.map((instance) => signInContact(instance.url, contact.api, contact.email, contact.password)));
  }, 90_000);

  afterAll(async () => {
    await Promise.all(instances.map((instance) => instance.stop()));
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
});
