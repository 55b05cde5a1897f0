import { defineConfig } from 'vitest/config';

/**
 * Three projects: the server's unit and integration tests in Node (each file on its own database), the
 * tests that start Portico processes, and the web apps' unit tests (hooks, forms, parsing, components)
 * in jsdom.
 *
 * Speed (CI has 2 cores): two workers, since vitest's default (the cores less one) runs one file at a
 * time while the tests mostly wait on PostgreSQL. The server's files share their worker's modules
 * (`isolate: false`): importing the app's module graph again for every file was a third of the run.
 * This holds because each file builds its own apps, databases and clocks (server/test/fixture.ts) and
 * no test mocks modules or stubs globals; module-level state in server code is limited to caches and
 * registries that every app fills the same way.
 */
const processTests = 'server/test/processes/**/*.test.ts';

export default defineConfig({
  test: {
    maxWorkers: 2,
    testTimeout: 30_000,
    hookTimeout: 60_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'server',
          include: ['server/**/*.test.ts', 'contract/**/*.test.ts', 'examples/**/*.test.ts', 'scripts/**/*.test.ts', 'bench/**/*.test.ts', 'eslint.config.test.ts'],
          exclude: [processTests],
          globalSetup: ['server/test/global-setup.ts'],
          pool: 'forks',
          isolate: false,
          environment: 'node',
        },
      },
      {
        // Several Portico processes per test, each waiting on its worker's ticks: one file at a time,
        // after everything else (vitest runs a project of one worker in a group of its own, last), so
        // that other files' work does not starve them.
        extends: true,
        test: {
          name: 'server-processes',
          include: [processTests],
          globalSetup: ['server/test/global-setup.ts'],
          pool: 'forks',
          maxWorkers: 1,
          environment: 'node',
        },
      },
      {
        extends: true,
        test: {
          name: 'web',
          include: ['web/**/*.test.{ts,tsx}'],
          environment: 'jsdom',
          setupFiles: ['web/test/setup.ts'],
        },
      },
    ],
  },
});
