// npm run seed:large -- --customers N --invoices-per-customer M [...]: a large tenant for measuring speed
// (docs/performance.md, "Large tenants"), in the database DATABASE_URL or SQLITE_PATH names.
import { readConfig } from '../server/config.ts';
import { createDb } from '../server/db/create-db.ts';
import { migrateToLatest } from '../server/db/migrate.ts';
import { ArgumentError, parseLargeArgs } from '../server/seed/large-args.ts';
import { generateLargeTenant } from '../server/seed/large.ts';

let options;
try {
  options = parseLargeArgs(process.argv.slice(2));
} catch (error) {
  if (!(error instanceof ArgumentError)) throw error;
  console.error(`seed:large: ${error.message}`);
  process.exit(2);
}

const config = readConfig();
const database = createDb(config);
const where = config.databaseUrl ? 'PostgreSQL' : `SQLite ${config.sqlitePath}`;
try {
  await migrateToLatest(database.db);
  console.log(`Generating a large tenant in ${where}…`);
  const started = performance.now();
  let lastReport = 0;
  const tenant = await generateLargeTenant(database, {
    ...options,
    onProgress: (done, total) => {
      const elapsed = (performance.now() - started) / 1000;
      if (elapsed - lastReport < 3 && done < total) return;
      lastReport = elapsed;
      console.log(`  ${done.toLocaleString('en')} of ${total.toLocaleString('en')} invoices, ${elapsed.toFixed(0)} s`);
    },
  });
  const c = tenant.counts;
  console.log('');
  console.log(`Done in ${tenant.seconds.toFixed(1)} s: ${c.customers} customers, ${c.contacts} contacts, ${c.invoices} invoices, ${c.retainerInvoices} retainer invoices, ${c.estimates} estimates, ${c.creditNotes} credit notes, ${c.payments} payments, ${c.lines} lines.`);
  console.log('');
  console.log(`  Admin console   ${config.publicUrl}/admin`);
  console.log(`                  ${tenant.staff.email} / ${tenant.staff.password}`);
  console.log(`  Customer portal ${config.publicUrl}/portal/${tenant.slug}`);
  for (const contact of tenant.contacts) console.log(`                  ${contact.email} / ${contact.password}   (${contact.invoices} invoices)`);
} catch (error) {
  console.error(`seed:large: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
} finally {
  await database.db.destroy();
}
