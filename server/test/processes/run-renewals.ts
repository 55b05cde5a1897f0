/**
 * A renewal worker in its own process, for the test that runs two at once on one PostgreSQL database:
 * `node --import tsx server/test/processes/run-renewals.ts <database url> <clock ISO time> <rounds>`.
 * Prints `{"invoiced": n}`: how many invoices its runs issued.
 */
import pino from 'pino';
import { buildApp } from '../../app.ts';
import { readConfig } from '../../config.ts';
import { createDb } from '../../db/create-db.ts';
import { FakeClock } from '../../lib/clock.ts';
import { runSubscriptionRenewals } from '../../modules/subscription/subscription-renewal.service.ts';

const [databaseUrl, at, rounds] = process.argv.slice(2);
if (!databaseUrl || !at) throw new Error('usage: run-renewals.ts <database url> <ISO time> [rounds]');
const config = readConfig({ DATABASE_URL: databaseUrl, PUBLIC_URL: 'http://portico.test', SESSION_SECRET: 'renewal-process-secret-renewal-process-0123', LOG_LEVEL: 'silent' });
const database = createDb(config);
const built = await buildApp({ config, database, clock: new FakeClock(at), logger: pino({ level: 'silent' }) });
let invoiced = 0;
for (let round = 0; round < Number(rounds ?? 1); round++) invoiced += (await runSubscriptionRenewals(built.ctx)).invoiced;
console.log(JSON.stringify({ invoiced }));
await built.app.close();
await database.db.destroy();
