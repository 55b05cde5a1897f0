import { buildApp } from './app.ts';
import { ConfigError, readConfig } from './config.ts';
import { createDb } from './db/create-db.ts';
import { migrateToLatest } from './db/migrate.ts';
import { pdfFonts } from './pdf/pdf-fonts.ts';
import { printSignIns, seedDemoIfEmpty } from './seed/demo.ts';
import { startWorker } from './worker.ts';

async function main(): Promise<void> {
  let config;
  try {
    config = readConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
  const database = createDb(config);
  await migrateToLatest(database.db);
  const { app, ctx } = await buildApp({ config, database });
  const worker = config.runWorker ? startWorker(ctx) : undefined;
  const shutdown = async () => {
    await worker?.stop();
    await app.close();
    await database.db.destroy();
    process.exit(0);
  };
  process.once('SIGINT', () => void shutdown());
  process.once('SIGTERM', () => void shutdown());
  // Parsing the embedded fonts takes a second or so: done at start, not on the first PDF someone asks for.
  pdfFonts();
  const signIns = config.seedDemo ? await seedDemoIfEmpty(ctx) : undefined;
  await app.listen({ port: config.port, host: config.host });
  if (signIns) console.log(printSignIns(signIns));
  else console.log(`\nPortico is running: ${config.publicUrl}/admin\n`);
}

await main();
