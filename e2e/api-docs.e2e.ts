import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { buildApp, type BuiltApp } from '../server/app.ts';
import { readConfig } from '../server/config.ts';
import { createDb, type DatabaseHandle } from '../server/db/create-db.ts';
import { migrateToLatest } from '../server/db/migrate.ts';
import { launchChromium } from './harness.ts';

// The API reference under Portico's content security policy: Swagger UI must render with no violation.
let database: DatabaseHandle;
let built: BuiltApp;
let browser: Browser;
let baseUrl: string;

beforeAll(async () => {
  const config = readConfig({ SQLITE_PATH: ':memory:', PUBLIC_URL: 'http://127.0.0.1', LOG_LEVEL: 'silent', RUN_WORKER: 'false', SEED_DEMO: 'false' });
  database = createDb(config);
  await migrateToLatest(database.db);
  built = await buildApp({ config, database });
  baseUrl = await built.app.listen({ port: 0, host: '127.0.0.1' });
  browser = await launchChromium();
});

afterAll(async () => {
  await browser.close();
  await built.app.close();
  await database.db.destroy();
});

test('the API reference renders under the content security policy, with no violation', async () => {
  const page = await browser.newPage();
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') problems.push(`${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  await page.exposeFunction('reportViolation', (text: string) => problems.push(`csp: ${text}`));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      void (window as unknown as { reportViolation(text: string): void }).reportViolation(`${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  const response = await page.goto(`${baseUrl}/api/docs/`);
  expect(response?.headers()['content-security-policy']).toContain("script-src 'self'");
  // Rendered from /api/docs/json (fetched by the initializer, a file of its own): the spec's title and its tags.
  await expect.poll(() => page.locator('.swagger-ui .info .title').textContent(), { timeout: 10_000 }).toContain('Portico API');
  expect(await page.locator('.opblock-tag').count()).toBeGreaterThan(3);
  // Each operation says the API key scope it needs, from the route's own guard.
  const refunds = page.locator('.opblock-post').filter({ has: page.locator('.opblock-summary-path', { hasText: /^\/api\/v1\/payments\/\{id\}\/refunds$/ }) }).first();
  await refunds.locator('.opblock-summary').click();
  await expect.poll(() => refunds.locator('.opblock-description-wrapper').first().textContent(), { timeout: 10_000 }).toContain('API keys need the payments.write scope.');
  expect(problems).toEqual([]);
  await page.close();
});
