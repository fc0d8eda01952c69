import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const nodeOnly = [
  'node:*',
  'fs',
  'fs/*',
  'path',
  'os',
  'crypto',
  'zlib',
  'stream',
  'http',
  'https',
  'child_process',
];

/** Patterns for relative imports into the given folders of src/, e.g. `../store/database`. */
const into = (...layers) => layers.map((layer) => `**/${layer}/**`);

/**
 * Who may import whom (README, "Architecture"). Each layer gets one `no-restricted-imports` block; a file
 * matches one block only, since a later block's options for a rule replace an earlier one's. src/main is
 * the composition root and may import any layer; tests and benchmarks outside src are not fenced.
 */
const fence = (files, message, groups, extra = []) => ({
  files,
  rules: {
    'no-restricted-imports': ['error', { patterns: [{ group: groups, message }, ...extra] }],
  },
});

export default tseslint.config(
  { ignores: ['node_modules', 'web/dist', 'dist', '.dist-*', 'data', 'test-results', 'coverage'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    // The domain core is pure: no I/O, no platform, no adapters, no clock reads.
    files: ['src/core/**/*.ts'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: nodeOnly, message: 'src/core is pure: pass data in, do I/O in an adapter.' },
            {
              group: [
                'kysely',
                'kysely/*',
                'fastify',
                'fastify/*',
                '@fastify/*',
                'react',
                'react/*',
                'pg',
                'better-sqlite3',
                'commander',
              ],
              message: 'src/core must not depend on an adapter library.',
            },
            {
              group: into('store', 'server', 'cli', 'importers', 'app', 'config', 'main', 'contract', 'web'),
              message: 'src/core never imports an adapter.',
            },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        { name: 'process', message: 'src/core is pure: pass configuration in.' },
        { name: 'Buffer', message: 'src/core is pure: use Uint8Array.' },
        { name: 'fetch', message: 'src/core does no I/O.' },
        { name: 'setTimeout', message: 'src/core has no timers.' },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: "NewExpression[callee.name='Date'][arguments.length=0]",
          message: 'No clock reads in src/core: take `now` as an argument.',
        },
        {
          selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']",
          message: 'No clock reads in src/core: take `now` as an argument.',
        },
        {
          selector: "CallExpression[callee.object.name='Math'][callee.property.name='random']",
          message: 'src/core is deterministic: pass randomness in.',
        },
      ],
    },
  },
  fence(
    ['src/contract/**/*.ts'],
    'src/contract holds the HTTP shapes: it imports only src/core and zod.',
    into('store', 'server', 'cli', 'importers', 'app', 'config', 'main', 'web'),
    [{ regex: '^(?![.])(?!zod(/|$)|vitest$)', message: 'src/contract imports only src/core and zod.' }],
  ),
  fence(
    ['src/importers/**/*.ts'],
    'src/importers turns bytes into activities: it never imports store, app, server, cli or config.',
    into('store', 'server', 'cli', 'app', 'config', 'main', 'contract', 'web'),
  ),
  fence(
    ['src/store/**/*.ts'],
    'src/store persists: it never imports app, server, cli, importers or config.',
    into('server', 'cli', 'app', 'importers', 'config', 'main', 'contract', 'web'),
  ),
  fence(
    ['src/config/**/*.ts'],
    'src/config reads settings for server, CLI and use cases: they import it, never the reverse.',
    into('server', 'cli', 'importers', 'main', 'contract', 'web'),
  ),
  fence(
    ['src/app/**/*.ts'],
    'src/app holds the use cases: adapters call it; it never imports server, cli or config.',
    into('server', 'cli', 'config', 'main', 'web'),
  ),
  fence(
    ['src/cli/**/*.ts'],
    'The CLI never imports src/server: src/main wires the server in for `serve`.',
    into('server', 'main', 'web'),
  ),
  fence(
    ['src/server/**/*.ts'],
    'src/server is an adapter: it never imports the CLI or the composition entry.',
    into('cli', 'main', 'web'),
  ),
  {
    files: ['web/src/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^(\\.\\./)+src/(?!core/|contract/)',
              message: 'The web app imports only src/contract and src/core (and npm UI packages).',
            },
            { group: nodeOnly, message: 'The web app runs in the browser: no Node modules.' },
            {
              group: ['kysely', 'fastify', '@fastify/*', 'pg', 'better-sqlite3', 'commander', 'piscina'],
              message: 'The web app talks to the server through the JSON API only.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['web/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
    },
  },
);
