import { randomBytes } from 'node:crypto';
import { Kysely, Migrator, sql } from 'kysely';
import pg from 'pg';
import { describe, expect, inject, it, type TestContext } from 'vitest';
import { testDialects } from '../test/test-app.ts';
import { createDb, type Dialect } from './create-db.ts';
import type { Database } from './database.ts';
import { forwardOnly, migrateToLatest, migrations } from './migrate.ts';
import { offlinePaymentColumns } from '../modules/payment/payment.ts';

const checksMigration = '2026-12-01T1300_document_versions_and_amount_checks';
const before = Object.fromEntries(Object.entries(migrations).filter(([name]) => name < checksMigration));

/** A database with no tables at all (the shared test template is already migrated). */
async function emptyDatabase(dialect: Dialect): Promise<Kysely<Database>> {
  if (dialect === 'sqlite') return createDb({ sqlitePath: ':memory:' }).db;
  const adminUrl = process.env.TEST_DATABASE_URL;
  const prefix = inject('pgRunPrefix');
  if (!adminUrl || !prefix) throw new Error('PostgreSQL tests need TEST_DATABASE_URL');
  const name = `${prefix}_m${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(`create database ${name}`);
  } finally {
    await admin.end();
  }
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return createDb({ databaseUrl: url.toString(), sqlitePath: ':memory:' }).db;
}

async function migrateBeforeChecks(db: Kysely<Database>): Promise<void> {
  const { error } = await new Migrator({ db, provider: forwardOnly(before) }).migrateToLatest();
  if (error) throw error instanceof Error ? error : new Error('Migration failed', { cause: error });
}

const at = '2026-11-30T10:00:00.000Z';

/** Billing rows as they were before the checks: a paid-off invoice, a partly used credit note, a draft. */
async function insertBillingHistory(db: Kysely<Database>, overrides: { invoiceBalance?: number } = {}) {
  const id = () => randomBytes(8).toString('hex');
  const orgId = id();
  const customerId = id();
  const invoiceId = id();
  const creditNoteId = id();
  const draftId = id();
  const paymentId = id();
  // Raw inserts: the row types already describe the columns this migration adds.
  const raw = db as unknown as Kysely<Record<string, Record<string, unknown>>>;
  await raw.insertInto('organizations').values({ id: orgId, name: 'Before Ltd', slug: `before-${orgId}`, brand_color: '#123456', portal_settings: '{}', created_at: at, updated_at: at }).execute();
  await raw.insertInto('customers').values({ id: customerId, organization_id: orgId, display_name: 'Old Customer', currency: 'EUR', portal_language: 'en', created_at: at, updated_at: at }).execute();
  const document = (docId: string, kind: string, number: string, status: string, amounts: Record<string, number>) => ({
    id: docId,
    organization_id: orgId,
    customer_id: customerId,
    kind,
    number,
    status,
    currency: 'EUR',
    issue_date: '2026-11-01',
    subtotal_minor: amounts.total_minor,
    paid_minor: 0,
    credited_minor: 0,
    created_at: at,
    updated_at: at,
    ...amounts,
  });
  await raw
    .insertInto('documents')
    .values([
      document(invoiceId, 'invoice', 'INV-1', 'paid', { total_minor: 10_000, paid_minor: 7_000, credited_minor: 3_000, balance_minor: overrides.invoiceBalance ?? 0 }),
      document(creditNoteId, 'credit_note', 'CN-1', 'open', { total_minor: 5_000, credited_minor: 3_000, balance_minor: 2_000 }),
      document(draftId, 'invoice', 'INV-2', 'draft', { total_minor: 500, balance_minor: 500 }),
    ])
    .execute();
  await raw.insertInto('document_lines').values({ id: id(), document_id: invoiceId, position: 1, name: 'Work', quantity_milli: 1000, rate_minor: 10_000, gross_minor: 10_000, discount_minor: 0, tax_minor: 0, total_minor: 10_000 }).execute();
  await raw.insertInto('payments').values({ id: paymentId, organization_id: orgId, customer_id: customerId, number: 'PAY-1', currency: 'EUR', amount_minor: 7_000, method: 'cash', status: 'completed', paid_on: '2026-11-02', created_at: at }).execute();
  await raw.insertInto('payment_allocations').values({ id: id(), payment_id: paymentId, document_id: invoiceId, amount_minor: 7_000, created_at: at }).execute();
  await raw.insertInto('credit_applications').values({ id: id(), credit_note_id: creditNoteId, invoice_id: invoiceId, amount_minor: 3_000, applied_on: '2026-11-03', created_at: at }).execute();
  return { orgId, customerId, invoiceId, creditNoteId, draftId, paymentId };
}

async function indexNames(db: Kysely<Database>, dialect: Dialect): Promise<string[]> {
  const query =
    dialect === 'sqlite'
      ? sql<{ name: string }>`select name from sqlite_master where type = 'index' and tbl_name in ('documents', 'payments', 'payment_allocations', 'credit_applications') and sql is not null`
      : sql<{ name: string }>`select indexname as name from pg_indexes where tablename in ('documents', 'payments', 'payment_allocations', 'credit_applications')`;
  return (await query.execute(db)).rows.map((row) => row.name);
}

/** Runs `write` and answers the database's refusal message ('' when it was accepted). */
async function refusal(write: Promise<unknown> | (() => Promise<unknown>)): Promise<string> {
  try {
    await (typeof write === 'function' ? write() : write);
    return '';
  } catch (error) {
    return String(error);
  }
}

describe('migrations', () => {
  it('are forward-only: every migration has an up step and nothing else', () => {
    for (const [name, migration] of Object.entries(migrations)) {
      expect(Object.keys(migration), name).toEqual(['up']);
    }
  });

  it('hand Kysely only the up step, whatever a migration module exports', async () => {
    const given = await forwardOnly({ one: { up: async () => {}, down: async () => {} } }).getMigrations();
    expect(Object.keys(given.one ?? {})).toEqual(['up']);
  });
});

describe.each(testDialects())('the amount checks migration on %s', (dialect) => {
  /** A database of the test's own, migrated only as far as the test takes it; closed when the test ends. */
  async function ownEmptyDatabase(onTestFinished: TestContext['onTestFinished']): Promise<Kysely<Database>> {
    const db = await emptyDatabase(dialect);
    onTestFinished(() => db.destroy());
    return db;
  }

  it('keeps every existing row, key and index, starts every document at version 1, and then refuses bad amounts', async ({ onTestFinished }) => {
    const db = await ownEmptyDatabase(onTestFinished);
    await migrateBeforeChecks(db);
    const indexesBefore = await indexNames(db, dialect);
    const rows = await insertBillingHistory(db);
    await migrateToLatest(db);

    const documents = await db.selectFrom('documents').select(['id', 'status', 'total_minor', 'paid_minor', 'credited_minor', 'balance_minor', 'version', 'marked_by_staff_user_id', 'marked_by_name']).orderBy('number').execute();
    expect(documents).toEqual([
      { id: rows.creditNoteId, status: 'open', total_minor: 5_000, paid_minor: 0, credited_minor: 3_000, balance_minor: 2_000, version: 1, marked_by_staff_user_id: null, marked_by_name: null },
      { id: rows.invoiceId, status: 'paid', total_minor: 10_000, paid_minor: 7_000, credited_minor: 3_000, balance_minor: 0, version: 1, marked_by_staff_user_id: null, marked_by_name: null },
      { id: rows.draftId, status: 'draft', total_minor: 500, paid_minor: 0, credited_minor: 0, balance_minor: 500, version: 1, marked_by_staff_user_id: null, marked_by_name: null },
    ]);
    expect(await db.selectFrom('payment_allocations').select('amount_minor').where('document_id', '=', rows.invoiceId).execute()).toEqual([{ amount_minor: 7_000 }]);
    expect(await db.selectFrom('credit_applications').select('amount_minor').where('invoice_id', '=', rows.invoiceId).execute()).toEqual([{ amount_minor: 3_000 }]);
    // Later migrations may replace an index by a wider one (2026-12-03T0900_portal_read_indexes); each replaced one must have its successor.
    const replacedLater: Record<string, string> = { documents_customer_kind: 'documents_customer_kind_issue', payments_customer: 'payments_customer_paid' };
    // Payments made before they kept updated_at last changed when they were made.
    expect(await db.selectFrom('payments').select(['id', 'created_at', 'updated_at']).execute()).toEqual([{ id: rows.paymentId, created_at: at, updated_at: at }]);
    const indexesAfter = await indexNames(db, dialect);
    expect(indexesAfter.sort()).toEqual(expect.arrayContaining([...indexesBefore.map((name) => replacedLater[name] ?? name)]));

    const bad: [string, () => Promise<unknown>][] = [
      ['documents_balance_not_negative', () => db.updateTable('documents').set({ balance_minor: -1 }).where('id', '=', rows.draftId).execute()],
      ['documents_paid_not_negative', () => db.updateTable('documents').set({ paid_minor: -1, balance_minor: 501 }).where('id', '=', rows.draftId).execute()],
      ['documents_credited_not_negative', () => db.updateTable('documents').set({ credited_minor: -1, balance_minor: 501 }).where('id', '=', rows.draftId).execute()],
      ['documents_settled_within_total', () => db.updateTable('documents').set({ paid_minor: 400, credited_minor: 200 }).where('id', '=', rows.draftId).execute()],
      ['documents_settled_within_total', () => db.updateTable('documents').set({ credited_minor: 5_001, balance_minor: 0 }).where('id', '=', rows.creditNoteId).execute()],
      ['payments_amount_positive', () => db.insertInto('payments').values({ id: 'p0', organization_id: rows.orgId, customer_id: rows.customerId, number: 'PAY-0', currency: 'EUR', amount_minor: 0, method: 'cash', status: 'completed', reference: null, notes: null, paid_on: '2026-11-04', created_by: null, created_at: at, updated_at: at, ...offlinePaymentColumns }).execute()],
      ['payment_allocations_amount_positive', () => db.insertInto('payment_allocations').values({ id: 'a0', payment_id: rows.paymentId, document_id: rows.draftId, amount_minor: 0, created_at: at }).execute()],
      ['credit_applications_amount_positive', () => db.insertInto('credit_applications').values({ id: 'c0', credit_note_id: rows.creditNoteId, invoice_id: rows.draftId, amount_minor: -5, applied_on: '2026-11-04', created_at: at }).execute()],
    ];
    for (const [constraint, write] of bad) expect(await refusal(write), constraint).toContain(constraint);
    expect(await db.selectFrom('documents').select(['balance_minor', 'paid_minor', 'credited_minor']).where('id', '=', rows.draftId).executeTakeFirst()).toEqual({ balance_minor: 500, paid_minor: 0, credited_minor: 0 });

    // Foreign keys still point at the rebuilt tables: unknown parents are refused, deletes cascade.
    expect(await refusal(db.insertInto('payment_allocations').values({ id: 'orphan', payment_id: rows.paymentId, document_id: 'no-such-document', amount_minor: 1, created_at: at }).execute())).toMatch(/foreign key/i);
    await db.deleteFrom('payments').where('id', '=', rows.paymentId).execute();
    expect(await db.selectFrom('payment_allocations').select('id').where('payment_id', '=', rows.paymentId).execute()).toEqual([]);
  });

  it('stops with the offending rows named when existing data breaks a check, and changes nothing', async ({ onTestFinished }) => {
    const db = await ownEmptyDatabase(onTestFinished);
    await migrateBeforeChecks(db);
    const rows = await insertBillingHistory(db, { invoiceBalance: -250 });
    const failure = await refusal(migrateToLatest(db));
    expect(failure).toContain('documents_balance_not_negative');
    expect(failure).toContain(rows.invoiceId);
    const columns =
      dialect === 'sqlite'
        ? (await sql<{ name: string }>`select name from pragma_table_info('documents')`.execute(db)).rows
        : (await sql<{ name: string }>`select column_name as name from information_schema.columns where table_name = 'documents'`.execute(db)).rows;
    expect(columns.map((column) => column.name)).not.toContain('version');
    expect(await db.selectFrom('documents').select('balance_minor').where('id', '=', rows.invoiceId).executeTakeFirst()).toEqual({ balance_minor: -250 });
  });
});

describe.each(testDialects())('the organization time zone migration on %s', (dialect) => {
  it('comes after the amount checks, and gives existing organizations UTC, the zone they counted days in', async ({ onTestFinished }) => {
    const names = Object.keys(migrations);
    expect(names.indexOf('2026-12-01T1400_organization_time_zone')).toBe(names.indexOf(checksMigration) + 1);
    const db = await emptyDatabase(dialect);
    onTestFinished(() => db.destroy());
    const earlier = Object.fromEntries(Object.entries(migrations).filter(([name]) => name < '2026-12-01T1400_organization_time_zone'));
    const { error } = await new Migrator({ db, provider: forwardOnly(earlier) }).migrateToLatest();
    if (error) throw error instanceof Error ? error : new Error('Migration failed', { cause: error });
    const raw = db as unknown as Kysely<Record<string, Record<string, unknown>>>;
    await raw.insertInto('organizations').values({ id: 'tz-before', name: 'Before Ltd', slug: 'tz-before', brand_color: '#123456', portal_settings: '{}', created_at: at, updated_at: at }).execute();
    await migrateToLatest(db);
    expect(await db.selectFrom('organizations').select('time_zone').where('id', '=', 'tz-before').executeTakeFirst()).toEqual({ time_zone: 'UTC' });
  });
});

describe.each(testDialects())('the API key scopes migration on %s', (dialect) => {
  const name = '2026-12-07T1000_api_key_scopes';

  it('comes after the portal sessions, and leaves every existing key able to do all it could', async ({ onTestFinished }) => {
    const names = Object.keys(migrations);
    expect(names.indexOf(name)).toBe(names.indexOf('2026-12-07T0900_portal_sessions') + 1);
    const db = await emptyDatabase(dialect);
    onTestFinished(() => db.destroy());
    const earlier = Object.fromEntries(Object.entries(migrations).filter(([migration]) => migration < name));
    const { error } = await new Migrator({ db, provider: forwardOnly(earlier) }).migrateToLatest();
    if (error) throw error instanceof Error ? error : new Error('Migration failed', { cause: error });
    const raw = db as unknown as Kysely<Record<string, Record<string, unknown>>>;
    await raw.insertInto('organizations').values({ id: 'keys-before', name: 'Before Ltd', slug: 'keys-before', brand_color: '#123456', portal_settings: '{}', created_at: at, updated_at: at }).execute();
    const key = (id: string, scopes: string[]) => ({ id, organization_id: 'keys-before', name: id, prefix: `pk_${id}`, key_hash: `hash-${id}`, scopes: JSON.stringify(scopes), created_at: at, last_used_at: at });
    await raw
      .insertInto('api_keys')
      .values([
        key('reader', ['customers.read']),
        key('writer', ['customers.write', 'orders.read']),
        key('both', ['customers.read', 'customers.write', 'notifications.read']),
        key('orders', ['orders.read', 'orders.write']),
      ])
      .execute();
    await migrateToLatest(db);
    const rows = await db.selectFrom('api_keys').select(['id', 'scopes', 'last_used_at', 'last_used_ip', 'expires_at', 'rotated_to_id']).orderBy('id').execute();
    const scopesOf = (id: string) => JSON.parse(rows.find((row) => row.id === id)?.scopes ?? '[]') as string[];
    expect(scopesOf('reader')).toEqual(['customers.read', 'documents.read', 'payments.read']);
    expect(scopesOf('writer')).toEqual(['customers.write', 'documents.write', 'payments.write', 'orders.read']);
    expect(scopesOf('both')).toEqual(['customers.read', 'documents.read', 'payments.read', 'customers.write', 'documents.write', 'payments.write', 'notifications.read']);
    expect(scopesOf('orders')).toEqual(['orders.read', 'orders.write']);
    // Existing keys never expire, keep their last use and have no successor.
    expect(rows.every((row) => row.expires_at === null && row.rotated_to_id === null && row.last_used_ip === null && row.last_used_at === at)).toBe(true);
  });
});
