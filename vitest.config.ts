import { defineConfig } from 'vitest/config';

/**
 * Three tiers, one per speed (see README "Tests"):
 * - small: pure core and importers, next to the code as `*.test.ts`.
 * - medium: repositories and HTTP routes on real databases, `*.medium.test.ts`.
 * - e2e: the built app in real Chromium, `test/e2e/*.e2e.test.ts`.
 */
/** Compiles dist/ when stale before any test spawns `bin/backstride`. */
const globalSetup = ['test/support/compiled-build.ts'];

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'small',
          globalSetup,
          include: [
            'src/**/*.test.ts',
            'web/src/**/*.test.ts',
            'bench/**/*.test.ts',
            'test/support/**/*.test.ts',
            'test/lint/**/*.test.ts',
            'fuzz/**/*.test.ts',
          ],
          exclude: ['**/*.medium.test.ts', '**/node_modules/**'],
          // A bound that catches a hang; small tests finish in milliseconds, but CI shares a 2-core machine.
          testTimeout: 20_000,
        },
      },
      {
        test: {
          name: 'medium',
          globalSetup,
          include: ['src/**/*.medium.test.ts', 'test/medium/**/*.medium.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'e2e',
          globalSetup,
          include: ['test/e2e/**/*.e2e.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
