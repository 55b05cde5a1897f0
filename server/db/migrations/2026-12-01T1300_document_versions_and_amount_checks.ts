import { PostgresAdapter, sql, type Kysely } from 'kysely';

/*
 * Documents get a `version` (1 for every existing one, bumped by every change of the row) and who on
 * staff marked an estimate accepted or declined on the customer's behalf (`marked_by_name`, kept as it
 * was then, and `marked_by_staff_user_id`, null for an integration). CHECK constraints then guard the money columns on both databases, as a last line behind the
 * services' conditional updates: no negative balance, paid or credited amount, never more paid and
 * credited than the total, and only positive payments, allocations and credit applications.
 */

interface Check {
  table: string;
  name: string;
  /** SQL over the table's own columns, the same on both databases. */
  condition: string;
  /** What a row breaking it is, for the error that stops the migration. */
  breach: string;
}

const checks: Check[] = [
  { table: 'documents', name: 'documents_balance_not_negative', condition: 'balance_minor >= 0', breach: 'a negative balance' },
  { table: 'documents', name: 'documents_paid_not_negative', condition: 'paid_minor >= 0', breach: 'a negative paid amount' },
  { table: 'documents', name: 'documents_credited_not_negative', condition: 'credited_minor >= 0', breach: 'a negative credited amount' },
  // Invoices and retainer invoices: paid + credited within the total. Credit notes are never paid
  // (paid_minor is 0), so for them this reads "credit used within the credit note's total".
  { table: 'documents', name: 'documents_settled_within_total', condition: 'paid_minor + credited_minor <= total_minor', breach: 'more paid and credited than its total' },
  { table: 'payments', name: 'payments_amount_positive', condition: 'amount_minor > 0', breach: 'an amount of zero or less' },
  { table: 'payment_allocations', name: 'payment_allocations_amount_positive', condition: 'amount_minor > 0', breach: 'an amount of zero or less' },
  { table: 'credit_applications', name: 'credit_applications_amount_positive', condition: 'amount_minor > 0', breach: 'an amount of zero or less' },
];

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyDb = Kysely<any>;

/** Stops with the rows that would break a constraint, rather than a bare constraint error. */
async function assertExistingRowsPass(db: AnyDb): Promise<void> {
  const problems: string[] = [];
  for (const check of checks) {
    const { rows } = await sql<{ id: string }>`select id from ${sql.table(check.table)} where not (${sql.raw(check.condition)}) order by id limit 10`.execute(db);
    if (rows.length > 0) problems.push(`${check.table} with ${check.breach} (${check.name}): ${rows.map((row) => row.id).join(', ')}`);
  }
  if (problems.length > 0) {
    throw new Error(`Existing rows break the new amount checks; correct them and start again. ${problems.join('; ')}`);
  }
}

async function addColumns(db: AnyDb): Promise<void> {
  await db.schema.alterTable('documents').addColumn('version', 'integer', (column) => column.notNull().defaultTo(1)).execute();
  await db.schema.alterTable('documents').addColumn('marked_by_staff_user_id', 'text').execute();
  await db.schema.alterTable('documents').addColumn('marked_by_name', 'text').execute();
}

/** Kysely runs PostgreSQL migrations in a transaction: a failure leaves nothing behind. */
async function migratePostgres(db: AnyDb): Promise<void> {
  await addColumns(db);
  for (const check of checks) {
    await db.schema.alterTable(check.table).addCheckConstraint(check.name, sql.raw(check.condition)).execute();
  }
}

/**
 * SQLite cannot add a constraint to an existing table, so each table is rebuilt with SQLite's own
 * procedure (https://www.sqlite.org/lang_altertable.html#otheralter): foreign keys off (outside any
 * transaction, where the pragma works), then in one transaction a new table from the stored
 * definition plus the checks, every row copied, the old table dropped, the new one renamed, its indexes
 * and triggers recreated from their stored SQL, and `foreign_key_check` run before the commit. Working
 * from the stored definitions keeps every column, default, key and index that earlier migrations gave
 * the table. Kysely runs SQLite migrations outside a transaction on its one connection, so the pragma
 * and the transaction here are the migration's own; the new columns are added inside it too, so that a
 * failure leaves the database as it was.
 */
async function migrateSqlite(db: AnyDb): Promise<void> {
  const { rows: pragma } = await sql<{ foreign_keys: number }>`pragma foreign_keys`.execute(db);
  const foreignKeysWereOn = Number(pragma[0]?.foreign_keys ?? 0) === 1;
  await sql`pragma foreign_keys = off`.execute(db);
  try {
    await db.transaction().execute(async (trx) => {
      await addColumns(trx);
      for (const table of [...new Set(checks.map((check) => check.table))]) {
        await rebuildSqliteTable(trx, table, checks.filter((check) => check.table === table));
      }
      const { rows: broken } = await sql<{ table: string; parent: string }>`pragma foreign_key_check`.execute(trx);
      if (broken.length > 0) {
        throw new Error(`Rebuilding the billing tables would leave foreign keys broken: ${broken.map((row) => `${row.table} → ${row.parent}`).join(', ')}`);
      }
    });
  } finally {
    if (foreignKeysWereOn) await sql`pragma foreign_keys = on`.execute(db);
  }
}

async function rebuildSqliteTable(trx: AnyDb, table: string, tableChecks: Check[]): Promise<void> {
  const { rows: definitions } = await sql<{ sql: string }>`select sql from sqlite_master where type = 'table' and name = ${table}`.execute(trx);
  const definition = definitions[0]?.sql;
  if (!definition) throw new Error(`Table ${table} not found`);
  const { rows: dependents } = await sql<{ sql: string }>`select sql from sqlite_master where type in ('index', 'trigger') and tbl_name = ${table} and sql is not null`.execute(trx);
  const { rows: columns } = await sql<{ name: string }>`select name from pragma_table_info(${table})`.execute(trx);

  const rebuilt = `${table}_rebuilt`;
  const header = /^\s*create\s+table\s+(?:"[^"]+"|`[^`]+`|\[[^\]]+\]|\S+)/i;
  if (!header.test(definition)) throw new Error(`Unexpected definition of ${table}: ${definition}`);
  const close = definition.lastIndexOf(')');
  const constraints = tableChecks.map((check) => `, constraint "${check.name}" check (${check.condition})`).join('');
  const created = `${definition.slice(0, close)}${constraints}${definition.slice(close)}`.replace(header, `create table "${rebuilt}"`);
  const columnList = sql.join(columns.map((column) => sql.id(column.name)));

  await sql.raw(created).execute(trx);
  await sql`insert into ${sql.table(rebuilt)} (${columnList}) select ${columnList} from ${sql.table(table)}`.execute(trx);
  await sql`drop table ${sql.table(table)}`.execute(trx);
  await sql`alter table ${sql.table(rebuilt)} rename to ${sql.table(table)}`.execute(trx);
  for (const dependent of dependents) await sql.raw(dependent.sql).execute(trx);
}

export async function up(db: AnyDb): Promise<void> {
  await assertExistingRowsPass(db);
  if (db.getExecutor().adapter instanceof PostgresAdapter) await migratePostgres(db);
  else await migrateSqlite(db);
}
