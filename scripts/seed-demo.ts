// npm run seed:demo: seeds the demo organization into an empty database (the one DATABASE_URL or SQLITE_PATH names).
import { buildApp } from '../server/app.ts';
import { readConfig } from '../server/config.ts';
import { createDb } from '../server/db/create-db.ts';
import { migrateToLatest } from '../server/db/migrate.ts';
import { printSignIns, seedDemoIfEmpty } from '../server/seed/demo.ts';

const config = readConfig();
const database = createDb(config);
await migrateToLatest(database.db);
const { app, ctx } = await buildApp({ config, database });
const signIns = await seedDemoIfEmpty(ctx);
console.log(signIns ? printSignIns(signIns) : 'The database already holds organizations; nothing seeded.');
await app.close();
await database.db.destroy();
