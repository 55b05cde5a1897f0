import { defineConfig } from 'vitest/config';

/**
 * Browser tests: one file at a time (CI has 2 cores and each file runs a server and Chromium). The files
 * share their worker's modules (`isolate: false`), as the server's tests do: importing Playwright and the
 * app's module graph again for every file was about a minute of the run. Each file starts its own server,
 * database and browser (e2e/harness.ts).
 */
export default defineConfig({
  test: {
    include: ['e2e/**/*.e2e.ts'],
    setupFiles: ['e2e/diagnostics.ts'],
    pool: 'forks',
    fileParallelism: false,
    maxWorkers: 1,
    isolate: false,
    testTimeout: 120_000,
    hookTimeout: 120_000,
    teardownTimeout: 30_000,
  },
});
