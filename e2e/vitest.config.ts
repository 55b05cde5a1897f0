import { defineConfig } from 'vitest/config';

/** Browser tests: one file at a time (CI has 2 cores and each file runs a server and Chromium). */
export default defineConfig({
  test: {
    include: ['e2e/**/*.e2e.ts'],
    setupFiles: ['e2e/diagnostics.ts'],
    pool: 'forks',
    fileParallelism: false,
    maxWorkers: 1,
    testTimeout: 120_000,
    hookTimeout: 120_000,
    teardownTimeout: 30_000,
  },
});
