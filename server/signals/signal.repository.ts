import { sql } from 'kysely';
import type { Db } from '../db/database.ts';

/** PostgreSQL's channel every instance listens on. */
export const SIGNAL_CHANNEL = 'portico_signals';

/** Sends one notification on the signal channel (delivered to listeners when the statement's transaction commits). */
export async function notifySignal(db: Db, payload: string): Promise<void> {
  await sql`select pg_notify(${SIGNAL_CHANNEL}, ${payload})`.execute(db);
}
