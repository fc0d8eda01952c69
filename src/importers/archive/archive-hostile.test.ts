import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importSources, type ImportOptions } from '../import-batch';
import type { FileEvent, ImportEvent } from '../import-events';
import { overlappingZip, underReportedZip } from '../../../test/support/importers/hostile';
import { collect, gpxRun } from '../../../test/support/importers/synthetic';
import { writeZip, type ZipEntrySpec } from '../../../test/support/importers/zip-writer';

const outcomes = (events: ImportEvent[]): [string, string][] =>
  events.filter((e): e is FileEvent => e.type === 'file').map((e) => [e.source, e.ok ? 'ok' : e.error.code]);
const messages = (events: ImportEvent[]): string[] =>
  events.filter((e): e is FileEvent => e.type === 'file' && !e.ok).map((e) => (e.ok ? '' : e.error.message));

const day = (d: number): string => gpxRun(`2021-06-${String(d).padStart(2, '0')}T07:00:00Z`, 200);
const good = (name: string, d: number): ZipEntrySpec => ({ name, data: day(d), method: 'deflate' });

describe('hostile archives', () => {
  let dir = '';
  const run = async (name: string, bytes: Buffer, options: ImportOptions = {}) => {
    await writeFile(join(dir, name), bytes);
    return collect(importSources([name], { cwd: dir, tempRoot: dir, ...options }));
  };

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'backstride-hostile-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('refuses a zip whose 2,000 entries all point at one gzip bomb, at once and whole', async () => {
    const bomb = gzipSync(new Uint8Array(8 * 1024 * 1024)); // 8 MB of zeros in about 8 KB
    const started = performance.now();
    const events = await run('overlap.zip', overlappingZip(bomb, 2_000));
    expect(performance.now() - started).toBeLessThan(10_000); // a hang, not a speed target: before the fix this took over 600 s
    expect(outcomes(events)).toEqual([['overlap.zip', 'overlapping_entries']]);
    expect(messages(events)[0]).toMatch(/entry 0\.gpx\.gz shares bytes with entry 1\.gpx\.gz/);
  });

  it('reports a zip whose zip64 locator points past 2^53 bytes as unreadable, alone or nested, without a crash', async () => {
    const zip = writeZip([good('a.gpx', 1)]);
    const locator = Buffer.alloc(20); // zip64 end of central directory locator, just before the end record
    locator.writeUInt32LE(0x07064b50, 0);
    locator.writeBigUInt64LE(2n ** 62n, 8);
    locator.writeUInt32LE(1, 16);
    const far = Buffer.concat([zip.subarray(0, zip.length - 22), locator, zip.subarray(zip.length - 22)]);
    expect(outcomes(await run('far.zip', far))).toEqual([['far.zip', 'corrupt_file']]);
    const outer = writeZip([{ name: 'inner.zip', data: far }, good('b.gpx', 2)]);
    expect(outcomes(await run('outer.zip', outer))).toEqual([
      ['outer.zip!inner.zip', 'corrupt_file'],
      ['outer.zip!b.gpx', 'ok'],
    ]);
  });

  it("refuses an entry whose compressed data runs into the next entry's bytes", async () => {
    const zip = writeZip([good('a.gpx', 1), good('b.gpx', 2)]);
    const centralStart = zip.readUInt32LE(zip.length - 6);
    zip.writeUInt32LE(zip.readUInt32LE(centralStart + 20) + 40, centralStart + 20); // a.gpx's compressed size
    expect(outcomes(await run('run-on.zip', zip))).toEqual([['run-on.zip', 'overlapping_entries']]);
  });

  it('reports a zip whose end record under-reports its entries instead of importing part of it', async () => {
    const entries = [good('a.gpx', 1), good('b.gpx', 2), good('c.gpx', 3)];
    expect(outcomes(await run('honest.zip', writeZip(entries))).map(([, c]) => c)).toEqual([
      'ok',
      'ok',
      'ok',
    ]);
    for (const [name, zip] of [
      ['one-of-three.zip', underReportedZip(entries, 1)],
      ['none-of-three.zip', underReportedZip(entries, 0)],
      ['last-of-three.zip', underReportedZip(entries, 1, true)],
    ] as const) {
      const events = await run(name, zip);
      expect(outcomes(events)).toEqual([[name, 'entry_count_mismatch']]);
    }
  });

  it('counts gzip content inside a zip toward the run total: a small .gz spends what it inflates to', async () => {
    const gz = (d: number) => gzipSync(day(d));
    const inflated = Buffer.byteLength(day(1));
    const entries: ZipEntrySpec[] = [1, 2, 3].map((d) => ({
      name: `${d}.gpx.gz`,
      data: gz(d),
      method: 'store',
    }));
    const compressed = entries.reduce((n, e) => n + (e.data?.length ?? 0), 0);
    // Room for the three .gz entries as stored, and for two of them inflated.
    const maxTotalBytes = compressed + 2 * inflated + 100;
    const events = await run('gz-in-zip.zip', writeZip(entries), { limits: { maxTotalBytes } });
    expect(outcomes(events).map(([, c]) => c)).toEqual(['ok', 'ok', 'limit_exceeded']);
    expect(messages(events)[0]).toMatch(/unpack budget \(maxTotalBytes\)/);
  });

  it('shares one budget across every input of the run, files on disk included', async () => {
    await writeFile(join(dir, 'a.gpx.gz'), gzipSync(day(1)));
    await writeFile(join(dir, 'b.gpx.gz'), gzipSync(day(2)));
    const inflated = Buffer.byteLength(day(1));
    const limits = { maxTotalBytes: Math.round(inflated * 1.5) };
    const events = await collect(importSources(['a.gpx.gz', 'b.gpx.gz'], { cwd: dir, limits }));
    expect(outcomes(events)).toEqual([
      ['a.gpx.gz', 'ok'],
      ['b.gpx.gz', 'limit_exceeded'],
    ]);
    const alone = await collect(importSources(['b.gpx.gz'], { cwd: dir, limits }));
    expect(outcomes(alone)).toEqual([['b.gpx.gz', 'ok']]);
  });

  it('bounds a Strava activities.csv like any entry: a bomb is refused, a list past maxEntries is cut', async () => {
    const bomb: ZipEntrySpec = { name: 'activities.csv', data: ','.repeat(4_000_000), method: 'deflate' };
    const refused = await run('csv-bomb.zip', writeZip([bomb, good('activities/1.gpx', 1)]));
    expect(outcomes(refused)).toEqual([
      ['csv-bomb.zip!activities.csv', 'limit_exceeded'],
      ['csv-bomb.zip!activities/1.gpx', 'ok'],
    ]);
    expect(messages(refused)[0]).toMatch(/zip bomb/);

    const rows = Array.from({ length: 6 }, (_, i) => `${i},Run ${i},activities/${i}.gpx`);
    const csv = ['Activity ID,Activity Name,Filename', ...rows].join('\n');
    const entries = [{ name: 'activities.csv', data: csv }, good('activities/1.gpx', 1)];
    const cut = await run('long-csv.zip', writeZip(entries), { limits: { maxEntries: 5 } });
    expect(outcomes(cut)).toEqual([
      ['long-csv.zip!activities.csv', 'limit_exceeded'],
      ['long-csv.zip!activities/1.gpx', 'ok'],
    ]);
    expect(messages(cut)[0]).toBe(
      'activities.csv lists more than 5 activities (maxEntries): the rest of the list is not read',
    );
    const named = cut.find((e) => e.type === 'file' && e.ok);
    expect(named?.type === 'file' && named.ok && named.meta?.name).toBe('Run 1');
  });

  it('counts a nested zip copied out and the gzip inside it against the same budget', async () => {
    const gz = gzipSync(day(4));
    const inner = writeZip([{ name: 'x.gpx.gz', data: gz, method: 'store' }]);
    const outer = writeZip([{ name: 'part.zip', data: inner, method: 'deflate' }]);
    // The inner zip copied out, the .gz read from it, and what the .gz inflates to.
    const total = inner.length + gz.length + Buffer.byteLength(day(4));
    const fits = await run('nested-gz.zip', outer, { limits: { maxTotalBytes: total } });
    expect(outcomes(fits)).toEqual([['nested-gz.zip!part.zip!x.gpx.gz', 'ok']]);
    const tight = await run('nested-gz.zip', outer, { limits: { maxTotalBytes: total - 1 } });
    expect(outcomes(tight)).toEqual([['nested-gz.zip!part.zip!x.gpx.gz', 'limit_exceeded']]);
  });
});
