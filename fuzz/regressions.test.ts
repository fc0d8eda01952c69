/**
 * Replays every input `npm run fuzz` ever found (test/fuzz-regressions/<format>/) through the same
 * target the fuzzer ran: each must now give a result or a clear, coded error, never an exception, and
 * finish in reasonable time. The seeds go through too, and must decode: a target that refused its own
 * seeds would fuzz nothing but the error path.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { decodeFile } from '../src/importers/decode-file';
import { parseStravaActivities } from '../src/importers/archive/strava-activities';
import { seedsFor } from './seeds';
import { checkArchive, FORMATS, TARGETS } from './targets';

const ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '..');
const REGRESSIONS = join(ROOT, 'test', 'fuzz-regressions');
/** Far above the fuzzer's 1 s per input: CI shares two cores, and this catches a hang, not a slow decode. */
const MAX_MS = 5_000;

const regressionFiles = (format: string): string[] => {
  const dir = join(REGRESSIONS, format);
  return existsSync(dir)
    ? readdirSync(dir).filter((name) => !name.startsWith('.') && name !== 'README.md')
    : [];
};

describe('fuzz regressions: every input that once failed now gives a result or a clear error', () => {
  it('there is a folder of regressions for every target', () => {
    expect(FORMATS.filter((format) => !existsSync(join(REGRESSIONS, format)))).toEqual([]);
  });

  for (const format of FORMATS) {
    const files = regressionFiles(format);
    if (files.length === 0) continue;
    describe(format, () => {
      it.each(files)('%s', async (name) => {
        const bytes = new Uint8Array(readFileSync(join(REGRESSIONS, format, name)));
        const started = performance.now();
        await expect(Promise.resolve().then(() => TARGETS[format](bytes))).resolves.toBeUndefined();
        expect(performance.now() - started).toBeLessThan(MAX_MS);
      });
    });
  }
});

describe('fuzz seeds: each target starts from files it reads in full', () => {
  it.each(['fit', 'gpx', 'tcx'] as const)('%s seeds decode to activities with samples', (format) => {
    for (const bytes of seedsFor(format)) {
      const r = decodeFile(bytes, `seed.${format}`);
      expect(r.ok && r.value.every((a) => a.series.t.length > 0)).toBe(true);
      TARGETS[format](bytes);
    }
  });

  it('the Strava seed lists its files and its manual entries', () => {
    const [csv] = seedsFor('csv');
    const parsed = parseStravaActivities(csv!);
    expect([...parsed.byFilename.keys()]).toEqual(['activities/1.gpx', 'activities/2.fit.gz']);
    expect(parsed.manual.map((row) => row.activityId)).toEqual(['900', '901']);
  });

  it('the archive seeds import through the target: files, manual entries and nested zips', async () => {
    const counts = [];
    for (const bytes of seedsFor('zip')) counts.push(await checkArchive(bytes));
    expect(counts).toEqual([
      { files: 4, activities: 2 },
      { files: 3, activities: 3 },
    ]);
  });
});
