import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The folder holding backstride's package.json, found by walking up from this module: the same answer
 * whether it runs from `src/config/` (tsx) or bundled into `dist/` (compiled), however deep either sits.
 * @example findProjectRoot(import.meta.url) // '/srv/backstride'
 */
export function findProjectRoot(from: string): string {
  let dir = dirname(fileURLToPath(from));
  for (;;) {
    if (existsSync(join(dir, 'package.json'))) return dir;
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`no package.json above ${fileURLToPath(from)}`);
    dir = parent;
  }
}

export const PROJECT_ROOT = resolve(findProjectRoot(import.meta.url));
