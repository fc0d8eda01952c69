import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';

const DIST = resolve(import.meta.dirname, '../../web/dist');
/** The first load's JavaScript, gzipped, must stay under this however many pages are added (issue 9). */
const FIRST_LOAD_GZIP_LIMIT = 150 * 1024;

interface Chunk {
  file: string;
  isEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
}

/**
 * The page's entry chunk and everything it imports statically: what a first visit downloads before anything
 * shows. The form pipeline's own entry (a re-export the model regression test loads) is not part of it.
 */
function firstLoad(manifest: Record<string, Chunk>): string[] {
  const seen = new Set<string>();
  const walk = (key: string) => {
    if (seen.has(key)) return;
    seen.add(key);
    for (const next of manifest[key]?.imports ?? []) walk(next);
  };
  walk('index.html');
  return [...seen].map((key) => manifest[key]!.file);
}

describe.runIf(existsSync(join(DIST, '.vite/manifest.json')))('the built web app', () => {
  const manifest = JSON.parse(readFileSync(join(DIST, '.vite/manifest.json'), 'utf8')) as Record<
    string,
    Chunk
  >;

  it('loads under 150 KB of compressed JavaScript first; the other pages come on demand', () => {
    const files = firstLoad(manifest);
    const gzipped = files.reduce(
      (sum, f) => sum + gzipSync(readFileSync(join(DIST, f)), { level: 9 }).length,
      0,
    );
    console.log(`first load: ${files.length} chunks, ${(gzipped / 1024).toFixed(1)} KB gzipped`);
    expect(gzipped).toBeLessThan(FIRST_LOAD_GZIP_LIMIT);
    const lazy = Object.values(manifest).flatMap((c) => c.dynamicImports ?? []);
    expect(lazy.length).toBeGreaterThan(5);
    for (const page of [
      'web/src/runs/run-page.tsx',
      'web/src/checkin/checkin-flow.tsx',
      'web/src/session/session-page.tsx',
    ])
      expect(files, page).not.toContain(manifest[page]?.file);
  });

  it('builds a service worker that keeps every chunk, lazy pages included, for offline use', () => {
    const sw = readFileSync(join(DIST, 'sw.js'), 'utf8');
    // The pose worker (0.9 MB) and the pipeline's test entry are kept on first use instead of up front, with
    // the models, by the form check's cache-first route.
    const onFirstUse = /^assets\/(form-pipeline|pose\.worker)-/;
    const chunks = Object.values(manifest).map((c) => c.file);
    expect(chunks.length).toBeGreaterThan(10);
    for (const file of chunks.filter((f) => !onFirstUse.test(f))) expect(sw, file).toContain(`"${file}"`);
    const formRoute = sw.match(/registerRoute\(\/(\^https\?:[^,]*form-models[^,]*)\/,new \w+\.CacheFirst/);
    expect(formRoute, 'a cache-first route for the form check').not.toBeNull();
    const route = new RegExp(formRoute![1]!.replace(/\\\//g, '/'));
    const worker = Object.values(manifest)
      .flatMap((c) => [c.file, ...((c as { assets?: string[] }).assets ?? [])])
      .filter((f) => onFirstUse.test(f));
    expect(worker.length).toBeGreaterThanOrEqual(2);
    for (const file of worker) expect(route.test(`https://example.org/${file}`), file).toBe(true);
    expect(sw).toContain('"index.html"');
    expect(readFileSync(join(DIST, 'index.html'), 'utf8')).toContain('src="/registerSW.js"');
  });

  it('ships no source maps', () => {
    const assets = readdirSync(join(DIST, 'assets'));
    expect(assets.some((f) => f.endsWith('.js'))).toBe(true);
    expect(assets.filter((f) => f.endsWith('.map'))).toEqual([]);
  });
});
