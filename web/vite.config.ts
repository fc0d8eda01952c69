import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import { fileURLToPath } from 'node:url';
import { CACHED_API_PATH, PLAN_CACHE } from './src/session/offline-cache';

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  plugins: [
    react(),
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
        ],
      },
    }),
  ],
  // No source maps in the build: the source is public on GitHub, and maps would only add bytes to serve.
  build: { outDir: 'dist', emptyOutDir: true, sourcemap: false, manifest: true, chunkSizeWarningLimit: 600 },
  server: { proxy: { '/api': 'http://127.0.0.1:8080' } },
});
