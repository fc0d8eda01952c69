// Builds the web app when web/dist is missing or older than its sources: `npm start` runs this first.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { spawnSync } from 'node:child_process';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const built = join(root, 'web/dist/index.html');

function newestMtime(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'dist' || entry.name === 'node_modules') continue;
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
  }
  return newest;
}

export function buildWebIfNeeded({ force = false } = {}) {
  const sources = Math.max(newestMtime(join(root, 'web')), newestMtime(join(root, 'src/core')));
  if (!force && existsSync(built) && statSync(built).mtimeMs >= sources) return false;
  console.log('Building the web app…');
  const res = spawnSync(
    process.execPath,
    [
      join(root, 'node_modules/vite/bin/vite.js'),
      'build',
      '--config',
      'web/vite.config.ts',
      '--logLevel',
      'warn',
    ],
    {
      cwd: root,
      stdio: 'inherit',
    },
  );
  if (res.status !== 0) throw new Error('web build failed');
  return true;
}

if (process.argv[1] === fileURLToPath(import.meta.url))
  buildWebIfNeeded({ force: process.argv.includes('--force') });
