import { randomUUID } from 'node:crypto';
import { afterEach, describe, expect, it, onTestFailed } from 'vitest';
import type { AttemptResponse } from '../../modules/online-payment/online-payment.schemas.ts';
import { invoiceOf } from '../billing-payment-builders.ts';
import { signUpStaff } from '../builders.ts';
import { acceptedContact, type SignedInContact } from '../portal-builders.ts';
import { testDialects } from '../test-app.ts';
import { card } from '../test-gateway-builders.ts';
import { printOutputs, sharedDatabase, signInContact, startPortico, tokenAt, type PorticoProcess, type SharedDatabase } from './portico-process.ts';

/**
 * An instance killed (SIGKILL) after the gateway charged and before the payment was recorded: the
 * charge is found again by the attempt's id, by the reconciliation of another instance and by the
 * client's retry with the same Idempotency-Key, and recorded once.
 */
describe.each(testDialects())('a payment whose instance dies between the charge and its record, on %s', (dialect) => {
  let database: SharedDatabase | undefined;
  const processes: PorticoProcess[] = [];
  afterEach(async () => {
    for (const process of processes.splice(0)) await process.stop();
    await database?.close();
  });

  /** Pays `invoice` through `doomed`, an instance that kills itself right after the charge; checks what is left behind. */
  async function crashAfterCharge(doomed: PorticoProcess, invoice: { id: string; currency: string }, contact: SignedInContact) {
    const db = database!.t.ctx.db;
    const browser = await signInContact(doomed.url, contact.api, contact.email, contact.password);
    const token = await tokenAt(doomed.url, card('4242424242424242'));
    const key = randomUUID();
    const body = { document_ids: [invoice.id], currency: invoice.currency, payment_method: { token } };
    await expect(browser.post(`${contact.api}/payments`, body, { 'idempotency-key': key })).rejects.toThrow('fetch failed');
    expect(await doomed.exited).toEqual({ code: null, signal: 'SIGKILL' });

    // The gateway charged; Portico recorded nothing, and the attempt still holds the balance.
    const open = await db.selectFrom('payment_attempts').select('id').where('status', '=', 'processing').execute();
    expect(open).toHaveLength(1);
    const attemptId = open[0]!.id;
    expect(await db.selectFrom('test_gateway_payments').select(['status', 'amount_minor']).where('reference', '=', attemptId).execute()).toEqual([{ status: 'succeeded', amount_minor: 12_000 }]);
    expect(await db.selectFrom('payments').select('id').where('attempt_id', '=', attemptId).execute()).toEqual([]);
    expect(await db.selectFrom('documents').select(['balance_minor', 'pending_minor']).where('id', '=', invoice.id).executeTakeFirst()).toEqual({ balance_minor: 12_000, pending_minor: 12_000 });
    return { key, body, attemptId };
  }

  it('is charged once and recorded once, by reconciliation or by the retry with the same key, whichever comes first', { timeout: 90_000 }, async () => {
    onTestFailed(() => printOutputs(processes));
    database = await sharedDatabase(dialect);
    const { t } = database;
    const db = t.ctx.db;
    const staff = await signUpStaff(t.app);
    const contact = await acceptedContact(t, staff);
    const invoice = await invoiceOf(staff, contact.customerId, 12_000);

    // Started together (their workers only reconcile attempts a minute old): two that die on their first
    // charge, one that stays. Until it dies, the second one's worker races the survivor's to reconcile the first crash.
    const faulty = { PAYMENT_FAULT: 'kill_after_charge', RUN_WORKER: 'true' };
    processes.push(...(await Promise.all([startPortico(database, faulty), startPortico(database, faulty), startPortico(database, { RUN_WORKER: 'true' })])));
    const [doomed, doomedAgain, survivor] = processes as [PorticoProcess, PorticoProcess, PorticoProcess];

    const { key, body, attemptId } = await crashAfterCharge(doomed, invoice, contact);
    const again = await signInContact(survivor.url, contact.api, contact.email, contact.password);
    // Right after the crash the key is still held by the request that died.
    const early = await again.post(`${contact.api}/payments`, body, { 'idempotency-key': key });
    expect(early.statusCode).toBe(409);
    expect(early.json()).toMatchObject({ error: { code: 'IDEMPOTENCY_KEY_IN_USE' } });

    // Two minutes later (moved in the database rather than waited for): reconciliation and the key's takeover are due.
    const twoMinutesAgo = new Date(Date.now() - 120_000).toISOString();
    await db.updateTable('payment_attempts').set({ updated_at: twoMinutesAgo }).where('id', '=', attemptId).execute();
    await db.updateTable('idempotency_keys').set({ created_at: twoMinutesAgo }).where('key', '=', key).execute();
    const recorded = await eventually(async () => {
      const rows = await db.selectFrom('payments').select(['id', 'attempt_id', 'amount_minor']).execute();
      return rows.length > 0 ? rows : undefined;
    });
    expect(recorded).toEqual([{ id: expect.any(String), attempt_id: attemptId, amount_minor: 12_000 }]);
    expect(await db.selectFrom('payment_attempts').select(['status', 'payment_id']).where('id', '=', attemptId).executeTakeFirst()).toEqual({ status: 'succeeded', payment_id: recorded[0]!.id });

    const retried = await again.post(`${contact.api}/payments`, body, { 'idempotency-key': key });
    expect(retried.statusCode).toBe(201);
    const answer = retried.json<AttemptResponse>();
    expect(answer).toMatchObject({ id: attemptId, status: 'succeeded', amount_minor: 12_000, payment: { id: recorded[0]!.id } });
    const replay = await again.post(`${contact.api}/payments`, body, { 'idempotency-key': key });
    expect(replay.json()).toEqual(answer);

    expect(await db.selectFrom('payments').select('id').execute()).toHaveLength(1);
    expect(await db.selectFrom('payment_allocations').select(['payment_id', 'document_id', 'amount_minor']).execute()).toEqual([{ payment_id: recorded[0]!.id, document_id: invoice.id, amount_minor: 12_000 }]);
    expect(await db.selectFrom('documents').select(['status', 'balance_minor', 'pending_minor']).where('id', '=', invoice.id).executeTakeFirst()).toEqual({ status: 'paid', balance_minor: 0, pending_minor: 0 });
    expect(await db.selectFrom('test_gateway_payments').select('status').execute()).toEqual([{ status: 'succeeded' }]);

    // Once more, but now the client retries before reconciliation is due: the retry finds the charge and records it.
    const second = await invoiceOf(staff, contact.customerId, 12_000);
    const crashed = await crashAfterCharge(doomedAgain, second, contact);
    await db.updateTable('idempotency_keys').set({ created_at: new Date(Date.now() - 120_000).toISOString() }).where('key', '=', crashed.key).execute();
    const resumed = await again.post(`${contact.api}/payments`, crashed.body, { 'idempotency-key': crashed.key });
    expect(resumed.statusCode).toBe(201);
    const resumedAnswer = resumed.json<AttemptResponse>();
    expect(resumedAnswer).toMatchObject({ id: crashed.attemptId, status: 'succeeded', payment: { id: expect.any(String) } });
    expect(await db.selectFrom('payments').select('id').where('attempt_id', '=', crashed.attemptId).execute()).toEqual([{ id: resumedAnswer.payment!.id }]);
    expect(await db.selectFrom('test_gateway_payments').select('status').where('reference', '=', crashed.attemptId).execute()).toEqual([{ status: 'succeeded' }]);
    expect(await db.selectFrom('documents').select(['status', 'balance_minor', 'pending_minor']).where('id', '=', second.id).executeTakeFirst()).toEqual({ status: 'paid', balance_minor: 0, pending_minor: 0 });
  });
});

/** Polls until `probe` answers something (every 100 ms, at most 15 s). */
async function eventually<T>(probe: () => Promise<T | undefined>): Promise<T> {
  const until = Date.now() + 15_000;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > until) throw new Error('timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
