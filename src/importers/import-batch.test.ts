import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { activityKey, DuplicateIndex } from '../core/activity/batch-duplicates';
import { importSources } from './import-batch';
import type { FileEvent, ImportEvent } from './import-events';
import { corpusPresenceTest, CORPUS_AVAILABLE, CORPUS_DIR } from '../../test/support/importers/corpus';
import { collect, gpxRun } from '../../test/support/importers/synthetic';
import { writeZip } from '../../test/support/importers/zip-writer';

type OkFile = Extract<FileEvent, { ok: true }>;
type FailedFile = Extract<FileEvent, { ok: false }>;
const files = (events: ImportEvent[]): FileEvent[] => events.filter((e): e is FileEvent => e.type === 'file');
const okFiles = (events: ImportEvent[]): OkFile[] => files(events).filter((e): e is OkFile => e.ok);
const failed = (events: ImportEvent[]): FailedFile[] => files(events).filter((e): e is FailedFile => !e.ok);
const done = (events: ImportEvent[]) => events.find((e) => e.type === 'done');

describe.skipIf(!CORPUS_AVAILABLE)('importSources over the corpus exports', () => {
  it('imports every file of the Strava-style export with name, type and gear from activities.csv', async () => {
    const events = await collect(importSources(['strava-style-export.zip'], { cwd: CORPUS_DIR }));
    const ok = okFiles(events);
    expect(failed(events)).toEqual([]);
    expect(ok).toHaveLength(13);
    expect(ok.every((e) => e.source.startsWith('strava-style-export.zip!activities/'))).toBe(true);
    expect(ok.every((e) => e.meta?.stravaType === 'Run' && e.activities.length === 1)).toBe(true);
    expect(ok.every((e) => /^[0-9a-f]{64}$/.test(e.contentHash))).toBe(true);
    const byId = new Map(ok.map((e) => [e.meta?.activityId, e]));
    expect(byId.get('1000000360')?.meta?.name).toBe('Intervals, 17 laps');
    expect(byId.get('1000000471')?.meta?.name).toBe('Short "test" run, with quotes');
    expect(byId.get('1000000434')?.meta?.name).toMatch(/户外跑步$/);
    expect(byId.get('1000000545')?.source).toBe('strava-style-export.zip!activities/1000000545.gpx');
    expect(byId.get('1000000249')?.activities[0]).toMatchObject({ subSport: 'treadmill', indoor: true });
    // The export has no gear: none is invented.
    expect(ok.some((e) => e.meta?.gear !== undefined)).toBe(false);
    const manual = events.filter((e) => e.type === 'manual');
    expect(manual).toEqual([
      {
        type: 'manual',
        source: 'strava-style-export.zip!activities.csv#1000000582',
        key: 'strava-style-export.zip!activities.csv#1000000582#0',
        meta: {
          activityId: '1000000582',
          name: 'Manual entry: gym treadmill',
          stravaType: 'Run',
          description: 'entered by hand, no file',
        },
        startTime: '2021-03-03T06:15:00.000Z',
        elapsedS: 1800,
        distance: 5,
      },
    ]);
    // The typed-in entry is counted like a file: 13 files and 1 entry.
    expect(done(events)).toMatchObject({
      filesDone: 14,
      filesFailed: 0,
      filesSkipped: 1,
      entries: 1,
      activities: 13,
    });
  });

  it('skips, unread and without an event, the files a resumed import already holds, by key', async () => {
    const all = await collect(importSources(['strava-style-export.zip'], { cwd: CORPUS_DIR }));
    const keyed = all.filter((e) => e.type === 'file' || e.type === 'manual');
    const keys = keyed.map((e) => ('key' in e ? e.key : undefined));
    expect(new Set(keys).size).toBe(14);
    const done = new Set(keys.slice(0, 9) as string[]);
    const asked: string[] = [];
    const rest = await collect(
      importSources(['strava-style-export.zip'], {
        cwd: CORPUS_DIR,
        skip: (key) => (asked.push(key), done.has(key)),
      }),
    );
    expect(asked).toEqual(keys);
    const restKeys = rest
      .filter((e) => e.type === 'file' || e.type === 'manual')
      .map((e) => ('key' in e ? e.key : ''));
    expect(restKeys).toEqual(keys.slice(9));
  });

  it('walks the Garmin-style export: nested part zips, non-activity files, truncation, multisport, duplicate', async () => {
    const events = await collect(importSources(['garmin-style-export.zip'], { cwd: CORPUS_DIR }));
    const part = (n: number, file: string): string =>
      `garmin-style-export.zip!DI_CONNECT/DI-Connect-Uploaded-Files/UploadedFiles_0-_Part${n}.zip!${file}`;
    const bySource = new Map(files(events).map((e) => [e.source, e]));
    expect(bySource.size).toBe(9);
    for (const file of ['10294400001.fit', '10294400002.fit']) {
      expect(bySource.get(part(1, file))).toMatchObject({ ok: false, error: { code: 'not_an_activity' } });
    }
    const truncated = bySource.get(part(1, '10399999999.fit')) as OkFile;
    expect(truncated.ok).toBe(true);
    expect(truncated.activities[0]?.recovered?.reason).toMatch(/ends before/);
    const multisport = bySource.get(part(1, '10372811009.fit')) as OkFile;
    expect(multisport.activities).toHaveLength(7);
    const sports = new Set(multisport.activities.map((a) => a.sport));
    for (const sport of ['running', 'cycling', 'transition']) expect(sports).toContain(sport);

    const first = bySource.get(part(2, '10294455520.fit')) as OkFile;
    const again = bySource.get(part(1, '10294455520.fit')) as OkFile;
    expect(again.contentHash).toBe(first.contentHash);
    const index = new DuplicateIndex<ReturnType<typeof activityKey> & { source: string }>();
    const duplicates: string[] = [];
    for (const e of okFiles(events)) {
      for (const a of e.activities) {
        if (index.addUnlessDuplicate({ ...activityKey(a), source: e.source })) duplicates.push(e.source);
      }
    }
    expect(duplicates).toEqual([part(1, '10294455520.fit')]);
    // user_profile.json is skipped quietly, only counted.
    expect(done(events)).toMatchObject({ filesDone: 9, filesFailed: 2, filesSkipped: 1 });
  });
});

describe('importSources on folders and batches', () => {
  corpusPresenceTest();
  let dir = '';
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'backstride-batch-test-'));
    await mkdir(join(dir, 'runs/2021'), { recursive: true });
    await writeFile(join(dir, 'runs/a.gpx'), gpxRun('2021-05-01T07:00:00Z'));
    await writeFile(join(dir, 'runs/2021/b.gpx.gz'), gzipSync(gpxRun('2021-05-02T07:00:00Z')));
    await writeFile(
      join(dir, 'runs/2021/broken.fit'),
      new Uint8Array([14, 16, 0, 0, 9, 9, 9, 9, 46, 70, 73, 84, 0, 0, 1]),
    );
    await writeFile(join(dir, 'runs/notes.txt'), 'not an activity');
    await writeFile(join(dir, 'runs/photo.jpg'), new Uint8Array([0xff, 0xd8]));
    await writeFile(
      join(dir, 'runs/2021/more.zip'),
      writeZip([{ name: 'c.gpx', data: gpxRun('2021-05-03T07:00:00Z'), method: 'deflate' }]),
    );
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('imports a folder recursively, zips and .gz included, skipping obvious non-activity files', async () => {
    const events = await collect(importSources(['runs'], { cwd: dir }));
    expect(files(events).map((e) => [e.source, e.ok])).toEqual([
      ['runs/2021/b.gpx.gz', true],
      ['runs/2021/broken.fit', false],
      ['runs/2021/more.zip!c.gpx', true],
      ['runs/a.gpx', true],
    ]);
    expect(done(events)).toMatchObject({ filesDone: 4, filesFailed: 1, filesSkipped: 2, activities: 3 });
    const last = events.filter((e) => e.type === 'progress').pop();
    expect(last).toMatchObject({ filesDone: 4, filesSkipped: 2 });
    expect(last?.type === 'progress' && last.bytesDone).toBe(last?.type === 'progress' && last.bytesTotal);
  });

  it('reports a bad file in the middle of a batch and imports the rest', async () => {
    const events = await collect(
      importSources(['runs/a.gpx', 'missing.fit', 'runs/2021/broken.fit', 'runs/2021/b.gpx.gz'], {
        cwd: dir,
      }),
    );
    expect(files(events).map((e) => (e.ok ? 'ok' : e.error.code))).toEqual([
      'ok',
      'not_found',
      expect.stringMatching(/corrupt_file|unknown_format|empty_file/),
      'ok',
    ]);
    expect(events[0]).toMatchObject({ type: 'progress', filesDone: 0, filesTotal: 4 });
  });

  it('tries a file given explicitly whatever its name, and leaves no temp files behind', async () => {
    const tempRoot = await mkdtemp(join(tmpdir(), 'backstride-temp-root-'));
    const events = await collect(importSources(['runs/notes.txt'], { cwd: dir, tempRoot }));
    expect(failed(events)[0]?.error.code).toBe('unknown_format');
    expect(await readdir(tempRoot)).toEqual([]);
    await rm(tempRoot, { recursive: true });
  });
});
