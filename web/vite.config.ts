/**
 * The explorer's own build: web/ → web/dist, served by the API process at `/` (src/server/explorer.ts).
 * Everything is bundled and self-hosted (closed networks): no CDN, fonts included, nothing inlined as
 * data: URLs (the page's Content-Security-Policy is `default-src 'self'`).
 */
import { defineConfig } from 'vite';
import { fileURLToPath } from 'node:url';

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: '/',
  publicDir: 'public',
  logLevel: 'warn',
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
    chunkSizeWarningLimit: 800,
    reportCompressedSize: false,
  },
  server: { proxy: { '/graphql': 'http://127.0.0.1:4000' } },
});
