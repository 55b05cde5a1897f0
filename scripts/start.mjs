// npm start: build the web apps when they are missing or older than their sources, then run Portico.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

function newestMtime(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
  }
  return newest;
}

const built = 'dist/web/admin/index.html';
const stale = !existsSync(built) || !existsSync('dist/web/portal/index.html') || newestMtime('web') > statSync(built).mtimeMs;
if (stale) {
  console.log('Building the admin console and the portal…');
  const build = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn'], { stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

// Development (not NODE_ENV=production): a local webhook receiver beside Portico, and the demo
// organization's endpoint pointed at it. WEBHOOK_RECEIVER_PORT=off leaves it out.
const children = [];
const receiverPort = process.env.WEBHOOK_RECEIVER_PORT ?? '4242';
const env = { ...process.env };
if (process.env.NODE_ENV !== 'production' && receiverPort !== 'off') {
  env.WEBHOOKS_ALLOW_PRIVATE_NETWORKS ??= 'true';
  env.DEMO_WEBHOOK_URL ??= `http://127.0.0.1:${receiverPort}/webhooks`;
  env.DEMO_WEBHOOK_SECRET_FILE ??= './data/demo-webhook-secret';
  children.push(
    spawn(process.execPath, ['examples/webhook-receiver.mjs'], {
      stdio: 'inherit',
      env: { ...process.env, WEBHOOK_RECEIVER_PORT: receiverPort, PORTICO_WEBHOOK_SECRET_FILE: env.DEMO_WEBHOOK_SECRET_FILE },
    }),
  );
}

const server = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], { stdio: 'inherit', env });
children.push(server);
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => children.forEach((child) => child.kill(signal)));
server.on('exit', (code) => {
  children.forEach((child) => child.kill('SIGTERM'));
  process.exit(code ?? 0);
});
