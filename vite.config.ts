import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/** Two single-page apps, the admin console and the portal, built into dist/web and served by Fastify. */
export default defineConfig({
  root: resolve(import.meta.dirname, 'web'),
  base: '/',
  plugins: [react()],
  build: {
    outDir: resolve(import.meta.dirname, 'dist/web'),
    emptyOutDir: true,
    rollupOptions: {
      input: {
        admin: resolve(import.meta.dirname, 'web/admin/index.html'),
        portal: resolve(import.meta.dirname, 'web/portal/index.html'),
      },
    },
  },
  server: {
    proxy: {
      '/api': 'http://localhost:3000',
      '^/portal/[^/]+/api': 'http://localhost:3000',
    },
  },
});
