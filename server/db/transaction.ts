import { sql, type Kysely, type Transaction } from 'kysely';
import type { AppContext } from '../context.ts';
import type { Signal, SignalBus } from '../signals/signal-bus.ts';
import type { Database } from './database.ts';

/*
 * Running use-cases inside one given transaction (POST /api/v1/batch, docs/api.md "Batch"): services
 * open their own transactions with `ctx.db.transaction().execute(...)`, which Kysely refuses on a
 * transaction. withTransaction hands them a context whose `db` is the outer transaction, where such an
 * inner "transaction" is a SAVEPOINT: a use-case that fails rolls back its own writes and nothing else,
 * so a caught failure (a unique violation turned into a retry) does not abort the outer transaction on
 * PostgreSQL. Signals are announced only once the outer transaction has committed.
 */

const nested = new WeakSet<object>();

/** Whether `db` is the transaction of a withTransaction (a write there is undone when the whole is). */
export function isNestedTransaction(db: Kysely<Database>): boolean {
  return nested.has(db);
}

async function inSavepoint<T>(trx: Transaction<Database>, name: string, run: () => Promise<T>): Promise<T> {
  await sql`savepoint ${sql.raw(name)}`.execute(trx);
  let result: T;
  try {
    result = await run();
  } catch (error) {
    await sql`rollback to savepoint ${sql.raw(name)}`.execute(trx);
    await sql`release savepoint ${sql.raw(name)}`.execute(trx);
    throw error;
  }
  await sql`release savepoint ${sql.raw(name)}`.execute(trx);
  return result;
}

/** The transaction as a Kysely whose `transaction()` opens a savepoint instead. */
function nestable(trx: Transaction<Database>): Kysely<Database> {
  let savepoints = 0;
  const builder = {
    execute: <T>(run: (db: Kysely<Database>) => Promise<T>): Promise<T> => inSavepoint(trx, `portico_${++savepoints}`, () => run(db)),
    setIsolationLevel: () => builder,
    setAccessMode: () => builder,
  };
  const db = new Proxy(trx, {
    get(target, property) {
      if (property === 'transaction') return () => builder;
      const value: unknown = Reflect.get(target, property, target);
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
    },
  }) as unknown as Kysely<Database>;
  nested.add(db);
  return db;
}

/** A signal bus that keeps what is published until `flush` (after the commit), and drops it on rollback. */
function deferredSignals(bus: SignalBus): { bus: SignalBus; flush: () => Promise<void> } {
  const pending: Signal[] = [];
  return {
    bus: { publish: async (signal) => void pending.push(signal), subscribe: (topic, organizationId, listener) => bus.subscribe(topic, organizationId, listener), close: () => bus.close() },
    flush: async () => {
      for (const signal of pending) await bus.publish(signal);
    },
  };
}

/**
 * Runs `run` with a context whose database is one transaction: everything it writes (rows, outbox
 * messages, webhook deliveries, activities) commits together or not at all. Inside, a failed use-case
 * is rolled back to its savepoint; one already nested runs in the same transaction.
 */
export async function withTransaction<T>(ctx: AppContext, run: (ctx: AppContext) => Promise<T>): Promise<T> {
  if (isNestedTransaction(ctx.db)) return run(ctx);
  const signals = deferredSignals(ctx.signals);
  const result = await ctx.db.transaction().execute(async (trx) => run({ ...ctx, db: nestable(trx), signals: signals.bus }));
  await signals.flush();
  return result;
}

/**
 * Runs one attempt of a write that may fail on purpose (a unique violation a caller catches and retries):
 * inside a withTransaction it gets a savepoint, so PostgreSQL can go on after the failure; elsewhere it
 * runs as it is.
 */
export async function tryWrite<T>(ctx: AppContext, run: () => Promise<T>): Promise<T> {
  if (!isNestedTransaction(ctx.db)) return run();
  return ctx.db.transaction().execute(() => run());
}
