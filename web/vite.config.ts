import { fileURLToPath } from 'node:url';
import preact from '@preact/preset-vite';
import { defineConfig } from 'vite';

const here = (p: string): string => fileURLToPath(new URL(p, import.meta.url));

/**
 * The web chat client (web/index.html) and the admin console (web/admin/index.html);
 * `npm run build:web` writes web/dist, which the API server serves at / and /admin.
 */
export default defineConfig({
  root: here('.'),
  base: '/',
  plugins: [preact()],
  resolve: {
    // The SDK and the protocol are TypeScript sources in the workspace: bundle them directly.
    alias: {
      '@parley/client': here('../packages/client/src/index.ts'),
      '@parley/protocol': here('../packages/protocol/src/index.ts'),
    },
  },
  // `npx vite --config web/vite.config.ts`: hot reload against a running node's /config.json.
  // The console's /admin/api goes to the node too (its session cookie is the node's).
  server: {
    proxy: {
      '/config.json': process.env.PARLEY_API ?? 'http://127.0.0.1:7190',
      '/admin/api': process.env.PARLEY_API ?? 'http://127.0.0.1:7190',
    },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: false,
    rollupOptions: { input: { index: here('index.html'), admin: here('admin/index.html') } },
  },
});
