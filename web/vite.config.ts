import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import { fileURLToPath } from 'node:url';
import { CACHED_API_PATH, PLAN_CACHE } from './src/session/offline-cache';
import { formModels } from './form-models-plugin';
import { FORM_MODELS_DIR } from './src/form/pipeline/models';

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  plugins: [
    react(),
    formModels(),
    // A service worker (Workbox) so the app and a session opened once work offline (issue 11 item 8): every
    // built file, lazy pages included, is kept ahead of time; a page address is answered with index.html; of
    // the API, only the current plan is kept, network first, and `offline-cache.ts` drops it at log-out.
    VitePWA({
      registerType: 'autoUpdate',
      // A plain /registerSW.js file: the content security policy allows no inline script.
      injectRegister: 'script-defer',
      manifest: {
        name: 'backstride',
        short_name: 'backstride',
        description: 'Running with a sore back, safely: check-ins, load and a guided plan.',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        theme_color: '#0f766e',
        background_color: '#f6f7f5',
        icons: [{ src: '/favicon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' }],
      },
      workbox: {
        // The manifest and its icon are added by the plugin itself.
        globPatterns: ['**/*.{js,css,html}'],
        // The form check's code (about 1.3 MB) is kept when first used, with its models (below), not ahead
        // of time for every runner.
        globIgnores: ['**/form-pipeline-*.js', '**/pose.worker-*.js'],
        navigateFallback: 'index.html',
        navigateFallbackDenylist: [/^\/api\//],
        cleanupOutdatedCaches: true,
        runtimeCaching: [
          {
            // A pattern, not a function: Workbox writes it into sw.js as text, where a function's outside
            // names would not exist.
            urlPattern: new RegExp(`^https?://[^/]+${CACHED_API_PATH}(?:[?#]|$)`),
            handler: 'NetworkFirst',
            method: 'GET',
            options: {
              cacheName: PLAN_CACHE,
              // Past this, a slow signal is answered from the copy; a fresh answer still replaces it later.
              networkTimeoutSeconds: 8,
              expiration: { maxEntries: 4 },
              cacheableResponse: { statuses: [200] },
            },
          },
          {
            // The form check's code, pose models and WASM runtime (about 16 MB with the default model), kept once
            // the form check has run, not ahead of time for everyone. Every address holds a content hash.
            urlPattern: new RegExp(
              `^https?://[^/]+/(?:${FORM_MODELS_DIR}/|assets/(?:form-pipeline|pose\\.worker)-)`,
            ),
            handler: 'CacheFirst',
            method: 'GET',
            options: {
              cacheName: 'backstride-form-models',
              expiration: { maxEntries: 24 },
              cacheableResponse: { statuses: [200] },
            },
          },
        ],
      },
    }),
  ],
  // The pose worker is an ES module like the app (Vite's default for workers is a classic script).
  worker: { format: 'es' },
  // No source maps in the build: the source is public on GitHub, and maps would only add bytes to serve.
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: false,
    manifest: true,
    chunkSizeWarningLimit: 600,
    rolldownOptions: {
      // Keep that entry's exports (Vite drops an app entry's exports by default).
      preserveEntrySignatures: 'exports-only',
      // The form check's pipeline is also an entry of its own, so the built manifest names its file: the model
      // regression test (test/e2e/form-model-regression.e2e.test.ts) imports it into the real app with no
      // test-only page. It loads nothing until imported.
      input: {
        index: fileURLToPath(new URL('./index.html', import.meta.url)),
        'form-pipeline': fileURLToPath(new URL('./src/form/pipeline/index.ts', import.meta.url)),
      },
    },
  },
  server: { proxy: { '/api': 'http://127.0.0.1:8080' } },
});
