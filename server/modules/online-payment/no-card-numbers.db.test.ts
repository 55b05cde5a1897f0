import { randomUUID } from 'node:crypto';
import { Writable } from 'node:stream';
import { sql } from 'kysely';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp, redactedPaths } from '../../app.ts';
import { createDb, type Dialect } from '../../db/create-db.ts';
import type { Db } from '../../db/database.ts';
import { migrateToLatest } from '../../db/migrate.ts';
import { drainOutbox } from '../../email/outbox.ts';
import type { OutgoingMail } from '../../email/transport.ts';
import { runPeriodicTasks } from '../../jobs/periodic.ts';
import { FakeClock } from '../../lib/clock.ts';
import { invoiceOf } from '../../test/billing-payment-builders.ts';
import { signUpStaff } from '../../test/builders.ts';
import { uniqueIp } from '../../test/fixture.ts';
import { extractPdfText } from '../../test/pdf-text.ts';
import { acceptedContact, type SignedInContact } from '../../test/portal-builders.ts';
import { QueryCounter } from '../../test/query-counter.ts';
import { CapturingTransport, createTestApp, testConfig, testDialects, type TestApp } from '../../test/test-app.ts';
import { bankAccount, card, postToken, tokenOf } from '../../test/test-gateway-builders.ts';
import type { AttemptResponse } from './online-payment.schemas.ts';

/** Everything the app's logger writes, through the app's own redaction, at the most talkative level. */
class CapturedLog extends Writable {
  text = '';
  override _write(chunk: Buffer, _encoding: string, done: () => void): void {
    this.text += chunk.toString();
    done();
  }
}

/** An app like the test fixture's, but logging at trace level into `log`. */
async function appWithLog(dialect: Dialect, log: CapturedLog): Promise<TestApp> {
  let config = testConfig();
  if (dialect === 'postgres') {
    // A fresh PostgreSQL database cloned from the migrated template, used here by an app of our own.
    const cloned = await createTestApp('postgres');
    config = cloned.ctx.config;
    await cloned.close();
  }
  const queries = new QueryCounter();
  const database = createDb({ ...config, onQuery: queries.record });
  if (dialect === 'sqlite') await migrateToLatest(database.db);
  const clock = new FakeClock(new Date());
  const mail = new CapturingTransport();
  const built = await buildApp({ config, database, clock, mailTransport: mail, logger: pino({ level: 'trace', redact: { paths: redactedPaths, censor: '[redacted]' } }, log) });
  return {
    ...built,
    clock,
    mail,
    queries,
    deliverMail: async () => {
      await drainOutbox(built.ctx);
      return mail.sent;
    },
    close: async () => {
      await built.app.close();
      await database.db.destroy();
    },
  };
}

/** Every row of every table of the database, every column as text (binary columns as their bytes). */
async function everyTableAsText(db: Db, dialect: Dialect): Promise<{ tables: string[]; text: string }> {
  const tables =
    dialect === 'sqlite'
      ? (await sql<{ name: string }>`select name from sqlite_master where type = 'table'`.execute(db)).rows.map((row) => row.name)
      : (await sql<{ name: string }>`select table_name as name from information_schema.tables where table_schema = current_schema() and table_type = 'BASE TABLE'`.execute(db)).rows.map((row) => row.name);
  const parts: string[] = [];
  for (const table of tables) {
    const { rows } = await sql<Record<string, unknown>>`select * from ${sql.table(table)}`.execute(db);
    for (const row of rows) {
      for (const [column, value] of Object.entries(row)) {
        const text = value instanceof Uint8Array ? Buffer.from(value).toString('latin1') : value instanceof Date ? value.toISOString() : typeof value === 'object' && value !== null ? JSON.stringify(value) : String(value);
        parts.push(`${table}.${column}=${text}`);
      }
    }
  }
  return { tables, text: parts.join('\n') };
}

async function mailAsText(mails: OutgoingMail[]): Promise<string> {
  const parts: string[] = [];
  for (const mail of mails) {
    parts.push(mail.subject, mail.html, mail.text);
    for (const attachment of mail.attachments ?? []) {
      parts.push(attachment.filename, attachment.content.toString('latin1'));
      if (attachment.contentType === 'application/pdf') parts.push(...(await extractPdfText(attachment.content)));
    }
  }
  return parts.join('\n');
}

const cardNumbers = ['4242424242424242', '4000000000000002', '4000000000009995', '4000002500003155'];
const bankAccountNumber = '000123456789';
const cvcs = ['739', '582'];

/** Each number as typed with and without spaces (groups of four). */
const spellings = [...cardNumbers, bankAccountNumber].flatMap((number) => [number, number.replace(/(\d{4})(?=\d)/g, '$1 ')]);
/** A CVC only counts standing alone: not inside an id, a timestamp's milliseconds or a longer number. */
const cvcPattern = (cvc: string) => new RegExp(`(?<![0-9A-Za-z._-])${cvc}(?![0-9A-Za-z_-])`);

function expectNoSecrets(where: string, text: string): void {
  for (const spelling of spellings) expect(text.includes(spelling), `${spelling} in ${where}`).toBe(false);
  for (const cvc of cvcs) expect(cvcPattern(cvc).exec(text)?.[0], `CVC ${cvc} in ${where}`).toBeUndefined();
}

describe.each(testDialects())('no card or account number anywhere after paying online, on %s', (dialect) => {
  const log = new CapturedLog();
  let t: TestApp;
  beforeAll(async () => {
    t = await appWithLog(dialect, log);
  });
  afterAll(async () => {
    await t.close();
  });

  it('keeps no number, account number or CVC in any table, email or log line', { timeout: 60_000 }, async () => {
    const ip = uniqueIp();
    const staff = await signUpStaff(t.app, undefined, ip);
    const contact = await acceptedContact(t, staff);
    await t.ctx.db.updateTable('customers').set({ allow_bank_payments: 1 }).where('id', '=', contact.customerId).execute();
    const pay = async (who: SignedInContact, method: unknown, extra: Record<string, unknown> = {}): Promise<AttemptResponse> => {
      const invoice = await invoiceOf(staff, who.customerId, 2_500);
      const token = await tokenOf(t, method, ip);
      const response = await who.client.request('POST', `${who.api}/payments`, { document_ids: [invoice.id], currency: invoice.currency, payment_method: { token }, ...extra }, { 'idempotency-key': randomUUID() });
      expect(response.statusCode, response.body).toBe(201);
      return response.json<AttemptResponse>();
    };

    // Paid with a card typed with spaces, and saved.
    expect(await pay(contact, card('4242 4242 4242 4242', { cvc: cvcs[0] }), { save_method: true })).toMatchObject({ status: 'succeeded' });
    // Declined, twice over.
    expect(await pay(contact, card('4000 0000 0000 0002', { cvc: cvcs[1] }))).toMatchObject({ status: 'failed', failure_code: 'card_declined' });
    expect(await pay(contact, card('4000000000009995', { cvc: cvcs[0] }))).toMatchObject({ status: 'failed' });
    // Challenged, approved on the test gateway's page, confirmed.
    const challenged = await pay(contact, card('4000 0025 0000 3155', { cvc: cvcs[1] }));
    expect(challenged).toMatchObject({ status: 'requires_action' });
    const challenge = new URL(challenged.next_action!.url);
    const approved = await t.app.inject({
      method: 'POST',
      url: `${challenge.pathname}/approve`,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: new URLSearchParams({ return_url: challenge.searchParams.get('return_url')! }).toString(),
    });
    expect(approved.statusCode).toBe(303);
    expect((await contact.client.post(`${contact.api}/payment-attempts/${challenged.id}/confirm`)).json()).toMatchObject({ status: 'succeeded' });
    // A bank debit, settled by the gateway and reported by its webhook.
    const debit = await pay(contact, bankAccount(bankAccountNumber));
    expect(debit).toMatchObject({ status: 'pending' });
    const { gateway_payment_id } = await t.ctx.db.selectFrom('payment_attempts').select('gateway_payment_id').where('id', '=', debit.id).executeTakeFirstOrThrow();
    expect((await t.app.inject({ method: 'POST', url: `/test-gateway/v1/payments/${gateway_payment_id}/settle` })).statusCode).toBe(200);
    await runPeriodicTasks(t.ctx);
    expect((await contact.client.get(`${contact.api}/payment-attempts/${debit.id}`)).json()).toMatchObject({ status: 'succeeded' });
    // A card saved on its own, and token requests the gateway refuses.
    expect((await contact.client.post(`${contact.api}/payment-methods`, { token: await tokenOf(t, card('4242424242424242', { cvc: cvcs[1] }), ip) })).statusCode).toBe(201);
    expect((await postToken(t, card('4242 4242 4242 4242', { cvc: '73' }), ip)).statusCode).toBe(400);
    expect((await postToken(t, card('4242424242424242', { exp_month: 13, cvc: cvcs[0] }), ip)).statusCode).toBe(400);
    expect((await t.app.inject({ method: 'POST', url: '/test-gateway/v1/tokens', remoteAddress: ip, headers: { 'content-type': 'application/json' }, payload: `{"card":{"number":"4000002500003155","cvc":"${cvcs[0]}",` })).statusCode).toBe(400);

    const mails = await t.deliverMail();
    const receipts = mails.filter((mail) => mail.to === contact.email && mail.subject.toLowerCase().includes('receipt'));
    expect(receipts.length).toBeGreaterThanOrEqual(3);

    const { tables, text } = await everyTableAsText(t.ctx.db, dialect);
    // The scan sees what it should: the tables of both sides, and the last four digits that are kept.
    expect(tables).toEqual(expect.arrayContaining(['payments', 'payment_attempts', 'payment_methods', 'outbox_emails', 'test_gateway_tokens', 'test_gateway_payments', 'test_gateway_events']));
    expect(text).toContain('3155');
    expectNoSecrets('the database', text);
    expectNoSecrets('the emails', await mailAsText(mails));
    expect(log.text).toContain('/test-gateway/v1/tokens');
    expect(log.text).toContain('"status":400');
    expectNoSecrets('the log', log.text);
  });
});
