import { defineConfig } from 'vitest/config';

/**
 * Two projects: the server's unit and integration tests in Node (each file on its own database), and
 * the web apps' unit tests (hooks, forms, parsing, components) in jsdom.
 */
export default defineConfig({
  test: {
    testTimeout: 30_000,
    hookTimeout: 60_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'server',
          include: ['server/**/*.test.ts', 'contract/**/*.test.ts', 'scripts/**/*.test.ts', 'bench/**/*.test.ts', 'eslint.config.test.ts'],
          globalSetup: ['server/test/global-setup.ts'],
          pool: 'forks',
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
