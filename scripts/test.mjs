// npm test: type-check, lint, the generated API types, unit and integration tests on SQLite and PostgreSQL
// (the web apps' unit tests in jsdom), then browser tests.
import { spawn, spawnSync } from 'node:child_process';
import { Buffer } from 'node:buffer';
import { existsSync, readdirSync } from 'node:fs';
import pg from 'pg';

const requireAll = process.env.CI === 'true' || process.env.PORTICO_REQUIRE_ALL_TESTS === 'true';

function run(label, command, args, env = {}) {
  console.log(`\n▶ ${label}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  if (result.status !== 0) {
    console.error(`✗ ${label} failed`);
    process.exit(result.status ?? 1);
  }
}

/** Runs the commands at once, prints each one's output when it ends, and stops at the first that failed. */
async function runTogether(commands) {
  const results = await Promise.all(
    commands.map(
      ([label, command, args]) =>
        new Promise((resolve) => {
          const started = Date.now();
          const child = spawn(command, args, { env: process.env, stdio: ['ignore', 'pipe', 'pipe'] });
          const output = [];
          child.stdout.on('data', (chunk) => output.push(chunk));
          child.stderr.on('data', (chunk) => output.push(chunk));
          child.on('close', (status) => resolve({ label, status, output: Buffer.concat(output), seconds: (Date.now() - started) / 1000 }));
        }),
    ),
  );
  for (const { label, status, output, seconds } of results) {
    console.log(`\n▶ ${label} (${seconds.toFixed(0)} s)`);
    process.stdout.write(output);
    if (status !== 0) {
      console.error(`✗ ${label} failed`);
      process.exit(status ?? 1);
    }
  }
}

async function postgresUrl() {
  const url = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.end();
    return url;
  } catch (error) {
    const message = `PostgreSQL is not reachable at ${url} (${error.message}).`;
    if (requireAll) {
      console.error(`✗ ${message}`);
      process.exit(1);
    }
    console.warn(`! ${message} The integration tests run on SQLite only; set TEST_DATABASE_URL to include PostgreSQL.`);
    return undefined;
  }
}

// The static checks are independent and mostly single-threaded: run side by side, reported in order.
await runTogether([
  ['type-check', 'npx', ['tsc', '--noEmit']],
  ['lint', 'npx', ['eslint', '.']],
  ['generated API types match the server', 'npx', ['tsx', 'scripts/generate-api-types.ts', '--check']],
]);
const pgUrl = await postgresUrl();
run(
  pgUrl ? 'unit and integration tests (SQLite and PostgreSQL)' : 'unit and integration tests (SQLite)',
  'npx',
  ['vitest', 'run'],
  pgUrl ? { TEST_DATABASE_URL: pgUrl } : {},
);

const hasBrowserTests = existsSync('e2e') && readdirSync('e2e').some((file) => file.endsWith('.e2e.ts'));
if (hasBrowserTests) {
  const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!existsSync(chromium)) {
    if (requireAll) {
      console.error(`✗ Chromium not found at ${chromium}; install Debian's chromium package.`);
      process.exit(1);
    }
    console.warn(`! Chromium not found at ${chromium}: browser tests not run (apt-get install -y chromium).`);
  } else {
    run('build the web apps', 'npx', ['vite', 'build']);
    run('browser tests (Chromium)', 'npx', ['vitest', 'run', '--config', 'e2e/vitest.config.ts'], { CHROMIUM_PATH: chromium });
  }
}
console.log('\n✓ all tests passed');
