// Compiles the server and the CLI (src/) into dist/, which `bin/backstride` and `npm start` run.
// `npm install` runs it (the `prepare` script), `npm run build` forces it, and `bin/backstride` runs it
// when dist/ is missing or older than a source it was built from. tsx stays for development and tests.
//
// Why esbuild bundles, not plain tsc: the sources import each other without extensions (`./context`),
// which Node's ESM loader refuses, and rewriting every import would fight the editor and tsx. esbuild
// (already here for tsx and Vite) bundles our code only (`packages: 'external'`, so node_modules load as
// usual), in well under a second, and splits code shared between entries into chunks. Type checking
// stays with `npm run typecheck`.
//
// Layout rule (keep it): every output sits flat in dist/, entries and chunks alike. A module that starts a
// worker thread finds the worker's file with `new URL('./<name>' + ext, import.meta.url)`, `ext` being its
// own extension ('.ts' under tsx, '.js' here). That resolves beside whatever file the module ended up in,
// so the worker must be its own entry below, the module that starts it must sit in the worker's source
// folder (so the same URL works from src/), and no output may go into a subfolder of dist/.
import { existsSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
export const DIST = join(root, 'dist');
const INFO = 'build-info.json';

/** Output name (dist/<name>.js) → source. Entries whose source does not exist (yet) are left out. */
const ENTRIES = {
  backstride: 'src/main/backstride.ts',
  server: 'src/server/start.ts',
  'decode-worker': 'src/importers/decode-worker.ts',
};

function presentEntries() {
  return Object.fromEntries(Object.entries(ENTRIES).filter(([, source]) => existsSync(join(root, source))));
}

/**
 * Whether dist/ was built from the sources as they are now: every file it was built from still exists
 * and is older than the build, and the same entries exist. About 200 `stat` calls, a millisecond or two.
 */
export function serverBuildIsFresh() {
  let info;
  try {
    info = JSON.parse(readFileSync(join(DIST, INFO), 'utf8'));
  } catch {
    return false;
  }
  if (Object.keys(presentEntries()).join() !== info.entries.join()) return false;
  for (const input of info.inputs) {
    try {
      if (statSync(join(root, input)).mtimeMs >= info.startedAtMs) return false;
    } catch {
      return false;
    }
  }
  return true;
}

/** Builds dist/ anew. Concurrent builds are safe: each writes its own folder, then swaps it in. */
export async function buildServer() {
  const { build, stop } = await import('esbuild');
  const startedAtMs = Date.now();
  const entries = presentEntries();
  const tmp = join(root, `.dist-${process.pid}-${startedAtMs}`);
  try {
    const result = await build({
      absWorkingDir: root,
      entryPoints: entries,
      outdir: tmp,
      bundle: true,
      splitting: true,
      format: 'esm',
      platform: 'node',
      target: 'node20.19',
      packages: 'external',
      chunkNames: 'chunk-[hash]',
      sourcemap: 'linked',
      metafile: true,
      logLevel: 'warning',
    });
    const inputs = Object.keys(result.metafile.inputs).filter((input) => !input.includes('node_modules'));
    inputs.push(relative(root, fileURLToPath(import.meta.url)));
    const info = { entries: Object.keys(entries), startedAtMs, inputs };
    writeFileSync(join(tmp, INFO), `${JSON.stringify(info, null, 2)}\n`);
    swapIn(tmp);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
    stop(); // esbuild's helper process would otherwise live as long as the server it just compiled
  }
}

function swapIn(tmp) {
  const old = join(root, `.dist-old-${process.pid}-${Date.now()}`);
  try {
    renameSync(DIST, old);
  } catch (error) {
    if (error.code !== 'ENOENT') throw error;
  }
  try {
    renameSync(tmp, DIST);
  } catch (error) {
    // Another build swapped its own in between our two renames: it is as fresh as ours.
    if (error.code !== 'ENOTEMPTY' && error.code !== 'EEXIST') throw error;
  }
  rmSync(old, { recursive: true, force: true });
}

/**
 * Builds dist/ when it is missing or stale, saying so on stderr; returns whether it built.
 * @example await buildServerIfNeeded() // false when dist/ is fresh
 */
export async function buildServerIfNeeded({ force = false } = {}) {
  if (!force && serverBuildIsFresh()) return false;
  process.stderr.write('Compiling backstride into dist/…\n');
  await buildServer();
  return true;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await buildServerIfNeeded({ force: process.argv.includes('--force') });
}
