import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importSources, type ImportOptions } from '../import-batch';
import type { FileEvent, ImportEvent } from '../import-events';
import { collect, gpxRun } from '../../../test/support/importers/synthetic';
import { writeZip, type ZipEntrySpec } from '../../../test/support/importers/zip-writer';

const outcomes = (events: ImportEvent[]): [string, string][] =>
  events.filter((e): e is FileEvent => e.type === 'file').map((e) => [e.source, e.ok ? 'ok' : e.error.code]);

describe('archive limits and damaged archives', () => {
  let dir = '';
  let tempRoot = '';
  const run = async (name: string, entries: ZipEntrySpec[] | Buffer, options: ImportOptions = {}) => {
    await writeFile(join(dir, name), Array.isArray(entries) ? writeZip(entries) : entries);
    return collect(importSources([name], { cwd: dir, tempRoot, ...options }));
  };
  const good = (name: string, day = 1): ZipEntrySpec => ({
    name,
    data: gpxRun(`2021-06-${String(day).padStart(2, '0')}T07:00:00Z`),
    method: 'deflate',
  });

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'backstride-archive-test-'));
    tempRoot = await mkdtemp(join(tmpdir(), 'backstride-archive-temp-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
    await rm(tempRoot, { recursive: true, force: true });
  });

  it('refuses a zip bomb entry (compression ratio) and imports the rest', async () => {
    const zeros = new Uint8Array(20 * 1024 * 1024);
    const events = await run('bomb.zip', [
      good('a.gpx'),
      { name: 'bomb.gpx', data: zeros, method: 'deflate' },
      good('b.gpx', 2),
    ]);
    expect(outcomes(events)).toEqual([
      ['bomb.zip!a.gpx', 'ok'],
      ['bomb.zip!bomb.gpx', 'limit_exceeded'],
      ['bomb.zip!b.gpx', 'ok'],
    ]);
    const bomb = events.find((e) => e.type === 'file' && !e.ok);
    expect(bomb?.type === 'file' && !bomb.ok && bomb.error.message).toMatch(/zip bomb/);
  });

  it('refuses an archive with too many entries', async () => {
    const entries = [1, 2, 3, 4, 5].map((d) => good(`${d}.gpx`, d));
    const events = await run('many.zip', entries, { limits: { maxEntries: 4 } });
    expect(outcomes(events)).toEqual([['many.zip', 'limit_exceeded']]);
  });

  it('refuses an entry over the per-file limit, before unpacking it', async () => {
    const events = await run('big.zip', [good('big.gpx', 1), good('small.gpx', 2)], {
      limits: { maxFileBytes: 400 },
    });
    expect(outcomes(events).map(([, c]) => c)).toEqual(['limit_exceeded', 'limit_exceeded']);
    const ok = await run('big2.zip', [good('big.gpx', 1)], { limits: { maxFileBytes: 10_000 } });
    expect(outcomes(ok)).toEqual([['big2.zip!big.gpx', 'ok']]);
  });

  it('stops an archive at the total-bytes limit, after what fitted', async () => {
    const size = Buffer.byteLength(gpxRun('2021-06-01T07:00:00Z'));
    const events = await run('total.zip', [good('1.gpx', 1), good('2.gpx', 2), good('3.gpx', 3)], {
      limits: { maxTotalBytes: size * 2 + 10 },
    });
    expect(outcomes(events)).toEqual([
      ['total.zip!1.gpx', 'ok'],
      ['total.zip!2.gpx', 'ok'],
      ['total.zip!3.gpx', 'limit_exceeded'],
    ]);
  });

  it('walks nested zips (stored and deflated) up to the nesting limit, leaving no temp files', async () => {
    const level2 = writeZip([good('deep.gpx', 3)]);
    const level1 = writeZip([good('one.gpx', 2), { name: 'level2.zip', data: level2, method: 'deflate' }]);
    const entries: ZipEntrySpec[] = [
      good('top.gpx', 1),
      { name: 'stored/level1.zip', data: level1, method: 'store' },
      { name: 'deflated/level1.zip', data: level1, method: 'deflate' },
    ];
    const deep = await run('nested.zip', entries);
    expect(outcomes(deep).filter(([, c]) => c === 'ok')).toHaveLength(5);
    expect(outcomes(deep)).toContainEqual(['nested.zip!deflated/level1.zip!level2.zip!deep.gpx', 'ok']);

    const limited = await run('nested.zip', entries, { limits: { maxNestingDepth: 1 } });
    expect(outcomes(limited)).toEqual([
      ['nested.zip!top.gpx', 'ok'],
      ['nested.zip!stored/level1.zip!one.gpx', 'ok'],
      ['nested.zip!stored/level1.zip!level2.zip', 'limit_exceeded'],
      ['nested.zip!deflated/level1.zip!one.gpx', 'ok'],
      ['nested.zip!deflated/level1.zip!level2.zip', 'limit_exceeded'],
    ]);
    expect(await readdir(tempRoot)).toEqual([]);
  });

  it('removes temp files when the caller stops early', async () => {
    const level1 = writeZip([good('one.gpx', 2), good('two.gpx', 3)]);
    await writeFile(join(dir, 'early.zip'), writeZip([{ name: 'p.zip', data: level1, method: 'deflate' }]));
    for await (const event of importSources(['early.zip'], { cwd: dir, tempRoot })) {
      if (event.type === 'file') {
        expect(await readdir(tempRoot)).toHaveLength(1);
        break;
      }
    }
    expect(await readdir(tempRoot)).toEqual([]);
  });

  it('gives typed errors for a corrupt or truncated zip and a lying entry header', async () => {
    const garbage = await run('garbage.zip', Buffer.from('PK\u0003\u0004 this is not really a zip'));
    expect(outcomes(garbage)).toEqual([['garbage.zip', 'corrupt_file']]);

    const whole = writeZip([good('a.gpx', 1), good('b.gpx', 2)]);
    const cut = await run('cut.zip', whole.subarray(0, Math.floor(whole.length * 0.6)));
    expect(outcomes(cut)).toEqual([['cut.zip', 'corrupt_file']]);

    const lying = await run('lying.zip', [{ ...good('a.gpx', 1), declaredSize: 100 }, good('b.gpx', 2)]);
    expect(outcomes(lying)).toEqual([
      ['lying.zip!a.gpx', 'corrupt_file'],
      ['lying.zip!b.gpx', 'ok'],
    ]);
  });

  it('skips directories and non-activity entries quietly, counting the files', async () => {
    const events = await run('mixed.zip', [
      { name: 'folder/' },
      { name: 'folder/profile.json', data: '{}' },
      { name: 'folder/summary.csv', data: 'a,b' },
      good('folder/run.gpx', 1),
    ]);
    expect(outcomes(events)).toEqual([['mixed.zip!folder/run.gpx', 'ok']]);
    expect(events.at(-1)).toMatchObject({ type: 'done', filesSkipped: 2, filesDone: 1 });
  });
});
