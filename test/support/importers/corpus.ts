/** Test support: where the shared activity corpus lives and what its manifest says. */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { it } from 'vitest';

const REPO_ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '../../..');
export const CORPUS_DIR = resolve(REPO_ROOT, '../shared/data/activities');
export const CORPUS_AVAILABLE = existsSync(join(CORPUS_DIR, 'MANIFEST.tsv'));

export interface CorpusEntry {
  file: string;
  format: string;
  notes: string;
  malformed: boolean;
}

/** Rows of MANIFEST.tsv (empty when the corpus is absent). */
export function corpusEntries(): CorpusEntry[] {
  if (!CORPUS_AVAILABLE) return [];
  const [, ...rows] = readFileSync(join(CORPUS_DIR, 'MANIFEST.tsv'), 'utf8').trim().split('\n');
  return rows.map((row) => {
    const [file = '', , , format = '', notes = ''] = row.split('\t');
    return { file, format, notes, malformed: file.startsWith('malformed/') };
  });
}

export const readCorpus = (file: string): Uint8Array => new Uint8Array(readFileSync(join(CORPUS_DIR, file)));

/**
 * Call once per corpus test file: without the corpus, tests skip saying so; on CI its absence fails.
 */
export function corpusPresenceTest(): void {
  if (CORPUS_AVAILABLE) return;
  if (process.env.CI === 'true') {
    it('activity corpus is present (required when CI=true)', () => {
      throw new Error(`activity corpus not found at ${CORPUS_DIR}`);
    });
  } else {
    it.skip(`activity corpus not found at ${CORPUS_DIR}: corpus tests skipped`, () => {});
  }
}
