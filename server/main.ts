import { buildApp } from './app.ts';
import { type Config, ConfigError, readConfig } from './config.ts';
import { createDb } from './db/create-db.ts';
import { migrateToLatest } from './db/migrate.ts';
import { pdfFonts } from './pdf/pdf-fonts.ts';
import { printSignIns, seedDemoIfEmpty } from './seed/demo.ts';
import { startWorker } from './worker.ts';

/** Where the start banner says metrics can be read: /metrics is not public. */
function metricsAccess(config: Config, metricsAddress: string | undefined): string {
  const ways: string[] = [];
  if (metricsAddress) ways.push(`${metricsAddress}/metrics`);
  if (config.metricsToken) ways.push(`${config.publicUrl}/metrics with Authorization: Bearer $METRICS_TOKEN`);
  return ways.length > 0
    ? `  Metrics         ${ways.join('\n                  ')}\n`
    : '  Metrics         not served: set METRICS_TOKEN (32+ characters) or METRICS_PORT to read /metrics\n';
}

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
  const { app, ctx, metricsApp } = await buildApp({ config, database });
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
  const metricsAddress = metricsApp ? await metricsApp.listen({ port: config.metricsPort ?? 0, host: config.metricsHost }) : undefined;
  if (signIns) console.log(printSignIns(signIns));
  else console.log(`\nPortico is running: ${config.publicUrl}/admin\n`);
  console.log(metricsAccess(config, metricsAddress));
}

await main();
