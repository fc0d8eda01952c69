import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { activityKey, DuplicateIndex } from '../src/core/activity/batch-duplicates';
import { importSources } from '../src/importers/import-batch';
import { CORPUS_AVAILABLE } from '../test/support/importers/corpus';
import { buildSyntheticStravaArchive } from './strava-archive';
import { shiftXmlDays } from './time-shift';

describe('shiftXmlDays', () => {
  it('moves UTC, offset and zone-less timestamps by whole days', () => {
    expect(shiftXmlDays('<time>2020-02-28T23:00:00Z</time>', 2)).toBe(
      '<time>2020-03-01T23:00:00.000Z</time>',
    );
    expect(shiftXmlDays('StartTime="2020-01-01T10:00:00.5+02:00"', 1)).toBe(
      'StartTime="2020-01-02T08:00:00.500Z"',
    );
    expect(shiftXmlDays('<Id>2020-01-01T10:00:00</Id>', 1)).toBe('<Id>2020-01-02T10:00:00.000Z</Id>');
  });
});

describe.skipIf(!CORPUS_AVAILABLE)('buildSyntheticStravaArchive', () => {
  it('builds a Strava-style zip whose activities all import, named, with no duplicates', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'backstride-bench-test-'));
    try {
      const path = join(dir, 'strava.zip');
      const built = await buildSyntheticStravaArchive(path, 60);
      expect(built.sources.length).toBeGreaterThan(10);
      expect(built.sources.some((s) => s.endsWith('.fit'))).toBe(true);
      const index = new DuplicateIndex();
      let activities = 0;
      for await (const event of importSources([path])) {
        if (event.type !== 'file') continue;
        expect(event.ok, event.source).toBe(true);
        if (!event.ok) continue;
        expect(event.meta?.name).toMatch(/^Run \d+/);
        for (const a of event.activities) {
          activities++;
          expect(index.addUnlessDuplicate(activityKey(a))).toBeNull();
        }
      }
      expect(activities).toBe(60);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
    // Builds and decodes 60 activities: about a second alone, several on a loaded 2-core machine.
  }, 30_000);
});
