import { randomInt } from 'node:crypto';
import { describe, test } from 'vitest';
import type { Dialect } from '../db/create-db.ts';
import type { FakeClock } from '../lib/clock.ts';
import { signUpStaff, type SignedUpStaff } from './builders.ts';
import { createTestApp, testDialects, type TestApp, type TestAppOptions } from './test-app.ts';

/** An address no other test uses, so per-IP rate limits of one test never touch another. */
export function uniqueIp(): string {
  return `10.${randomInt(2, 250)}.${randomInt(0, 250)}.${randomInt(1, 250)}`;
}

/** The apps of one test file: one per dialect and option set, closed when the file ends. */
class TestAppPool {
  private readonly apps = new Map<string, Promise<TestApp>>();

  get(dialect: Dialect, options: TestAppOptions): Promise<TestApp> {
    const key = `${dialect}:${JSON.stringify(options)}`;
    let app = this.apps.get(key);
    if (!app) {
      app = createTestApp(dialect, options);
      this.apps.set(key, app);
    }
    return app;
  }

  async closeAll(): Promise<void> {
    for (const app of this.apps.values()) await (await app).close();
  }
}

/**
 * The per-test fixture of integration tests. A file shares its apps (one database per dialect), but
 * each test gets its own organization (`staff`, its owner signed in), its own client address (`ip`)
 * and a clock put back at its start (`startAt`, or the real time), so no test depends on what an earlier
 * one did.
 *
 *   describeOnEachDialect('invoices', (it) => {
 *     it('sends an invoice', async ({ t, staff }) => { … });
 *   });
 */
export const dbTest = test
  .extend('dialect', 'sqlite' as Dialect)
  .extend('appOptions', {} as TestAppOptions)
  // eslint-disable-next-line no-empty-pattern -- vitest reads a fixture's dependencies from its destructuring
  .extend('apps', { scope: 'file' }, async ({}, { onCleanup }) => {
    const pool = new TestAppPool();
    onCleanup(() => pool.closeAll());
    return pool;
  })
  .extend('t', async ({ apps, dialect, appOptions }) => apps.get(dialect, appOptions))
  .extend('clock', { auto: true }, async ({ t, appOptions }): Promise<FakeClock> => {
    t.clock.set(appOptions.startAt ?? new Date());
    return t.clock;
  })
  .extend('ip', async () => uniqueIp())
  .extend('staff', async ({ t, ip }): Promise<SignedUpStaff> => signUpStaff(t.app, undefined, ip));

export type DbTest = typeof dbTest;

/**
 * Runs `body` once per configured dialect (SQLite always, PostgreSQL with TEST_DATABASE_URL), each
 * on its own freshly migrated database. `options` configure the app (e.g. INVITATION_TTL, startAt).
 */
export function describeOnEachDialect(name: string, body: (it: DbTest, dialect: Dialect) => void): void;
export function describeOnEachDialect(name: string, options: TestAppOptions, body: (it: DbTest, dialect: Dialect) => void): void;
export function describeOnEachDialect(
  name: string,
  optionsOrBody: TestAppOptions | ((it: DbTest, dialect: Dialect) => void),
  maybeBody?: (it: DbTest, dialect: Dialect) => void,
): void {
  const options = typeof optionsOrBody === 'function' ? {} : optionsOrBody;
  const body = typeof optionsOrBody === 'function' ? optionsOrBody : maybeBody;
  if (!body) throw new Error('describeOnEachDialect needs a body');
  describe.each(testDialects())(`${name} on %s`, (dialect) => {
    dbTest.override('dialect', dialect);
    dbTest.override('appOptions', options);
    body(dbTest, dialect);
  });
}
