import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { buildApp, type BuiltApp } from '../server/app.ts';
import { readConfig, type Config } from '../server/config.ts';
import { createDb } from '../server/db/create-db.ts';
import { migrateToLatest } from '../server/db/migrate.ts';
import type { Clock } from '../server/lib/clock.ts';
import { SmtpSink, type ReceivedMail } from '../server/test/smtp-sink.ts';
import { notePageEvent } from './diagnostics.ts';
import { startWorker, type RunningWorker } from '../server/worker.ts';

export type { ReceivedMail };

/** A port the OS says is free now; the server takes it a moment later. */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

/** Real time plus an offset the test moves forward, e.g. to the next step of an authenticator app. */
export class ShiftableClock implements Clock {
  private offsetMs = 0;
  now(): Date {
    return new Date(Date.now() + this.offsetMs);
  }
  advance(seconds: number): void {
    this.offsetMs += seconds * 1000;
  }
}

export interface Harness {
  /** http://127.0.0.1:<port>, also the server's PUBLIC_URL. */
  baseUrl: string;
  /** The server's clock. */
  clock: ShiftableClock;
  built: BuiltApp;
  smtp: SmtpSink;
  browser: Browser;
  /** A fresh browser context (own cookies and storage) and its first page. */
  newPage(options?: { viewport?: { width: number; height: number }; locale?: string }): Promise<Page>;
  /** Waits until a mail to `to` arrives over SMTP that `match` accepts (default: any). */
  waitForMail(to: string, match?: (mail: ReceivedMail) => boolean, timeoutMs?: number): Promise<ReceivedMail>;
  close(): Promise<void>;
}

export interface HarnessOptions {
  /** Extra environment for readConfig, e.g. INVITATION_TTL. */
  env?: Record<string, string>;
  /** Worker tick in milliseconds (jobs and outbox). */
  workerIntervalMs?: number;
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

/** The first link in a mail's text that points at this server, e.g. an invitation link. */
export function linkIn(mail: ReceivedMail, baseUrl: string): string {
  const escaped = baseUrl.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const match = new RegExp(`${escaped}/[^\\s<>"')\\]]+`).exec(mail.text);
  if (!match) throw new Error(`No link to ${baseUrl} in mail "${mail.subject}":\n${mail.text}`);
  return match[0];
}

/**
 * The real product in-process: a fresh SQLite file, migrations, the worker, a real SMTP server
 * receiving the mail, the built web apps, and Debian's Chromium.
 */
export async function startHarness(options: HarnessOptions = {}): Promise<Harness> {
  const dir = mkdtempSync(join(tmpdir(), 'portico-e2e-'));
  const smtp = new SmtpSink();
  await smtp.start();
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const config: Config = {
    ...readConfig({
      PORT: String(port),
      HOST: '127.0.0.1',
      SQLITE_PATH: join(dir, 'portico.db'),
      PUBLIC_URL: baseUrl,
      SMTP_URL: smtp.url(),
      SESSION_SECRET: 'e2e-secret-e2e-secret-e2e-secret-0123456',
      LOG_LEVEL: process.env.E2E_LOG_LEVEL ?? 'silent',
      RUN_WORKER: 'false',
      SEED_DEMO: 'false',
      ...options.env,
    }),
    // Fast hashing: the tests sign up and in many times; production keeps the OWASP cost.
    passwordHashing: { memoryCost: 1024, timeCost: 1, parallelism: 1 },
  };
  const database = createDb(config);
  await migrateToLatest(database.db);
  const clock = new ShiftableClock();
  // Browser tests never reach Gravatar: every address has no picture, so the portal shows initials.
  const built = await buildApp({ config, database, clock, avatarFetcher: async () => ({ kind: 'missing', reason: 'not_found' }) });
  await built.app.listen({ port, host: '127.0.0.1' });
  const worker: RunningWorker = startWorker(built.ctx, options.workerIntervalMs ?? 200);
  const browser = await launchChromium();
  const contexts: BrowserContext[] = [];

  return {
    baseUrl,
    clock,
    built,
    smtp,
    browser,
    async newPage(pageOptions = {}) {
      const context = await browser.newContext({
        baseURL: baseUrl,
        viewport: pageOptions.viewport ?? { width: 1280, height: 900 },
        locale: pageOptions.locale ?? 'en-US',
      });
      // An action waits at most 30 s, so a missing element fails its step (naming it) well before the test times out.
      context.setDefaultTimeout(30_000);
      contexts.push(context);
      const page = await context.newPage();
      page.on('pageerror', (error) => notePageEvent(`page error: ${error.message}`));
      page.on('console', (message) => {
        if (message.type() === 'error') notePageEvent(`console error: ${message.text()}`);
      });
      page.on('response', (response) => {
        if (response.status() >= 400) notePageEvent(`${response.request().method()} ${response.url()} → ${response.status()}`);
      });
      page.on('framenavigated', (frame) => {
        if (frame === page.mainFrame()) notePageEvent(`at ${frame.url()}`);
      });
      return page;
    },
    async waitForMail(to, match = () => true, timeoutMs = 15_000) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const found = smtp.received.filter((mail) => mail.to.some((address) => address.toLowerCase() === to.toLowerCase())).find(match);
        if (found) return found;
        if (Date.now() > deadline) {
          throw new Error(`No matching mail to ${to} within ${timeoutMs} ms; received: ${smtp.received.map((m) => `${m.to.join(',')}: ${m.subject}`).join(' | ') || 'none'}`);
        }
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    },
    async close() {
      for (const context of contexts) await context.close().catch(() => undefined);
      await browser.close().catch(() => undefined);
      await worker.stop();
      await built.app.close();
      await database.db.destroy();
      await smtp.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
