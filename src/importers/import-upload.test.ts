import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importUpload } from './import-upload';
import { collect, gpxRun } from '../../test/support/importers/synthetic';
import { writeZip } from '../../test/support/importers/zip-writer';

describe('importUpload', () => {
  let tempRoot = '';
  beforeAll(async () => {
    tempRoot = await mkdtemp(join(tmpdir(), 'backstride-upload-test-'));
  });
  afterAll(() => rm(tempRoot, { recursive: true, force: true }));

  const chunks = (bytes: Buffer, size = 100): Readable =>
    Readable.from(
      Array.from({ length: Math.ceil(bytes.length / size) }, (_, i) =>
        bytes.subarray(i * size, (i + 1) * size),
      ),
    );

  it('spools a streamed zip, names sources after the upload, and cleans up', async () => {
    const zip = writeZip([
      { name: 'a.gpx', data: gpxRun('2021-07-01T07:00:00Z'), method: 'deflate' },
      { name: 'b.gpx', data: 'not xml', method: 'store' },
    ]);
    const events = await collect(importUpload(chunks(zip), 'C:\\Users\\me\\my export.zip', { tempRoot }));
    const fileEvents = events.filter((e) => e.type === 'file');
    expect(fileEvents.map((e) => [e.source, e.ok])).toEqual([
      ['my export.zip!a.gpx', true],
      ['my export.zip!b.gpx', false],
    ]);
    expect(events.at(-1)).toMatchObject({ type: 'done', filesDone: 2, filesFailed: 1 });
    expect(await readdir(tempRoot)).toEqual([]);
  });

  it('imports a single uploaded activity file', async () => {
    const events = await collect(
      importUpload(chunks(Buffer.from(gpxRun('2021-07-02T07:00:00Z'))), 'run.gpx', { tempRoot }),
    );
    expect(events.filter((e) => e.type === 'file')).toMatchObject([{ source: 'run.gpx', ok: true }]);
  });

  it('stops an upload over the size limit with limit_exceeded', async () => {
    const events = await collect(
      importUpload(chunks(Buffer.alloc(10_000)), 'huge.fit', { tempRoot, maxUploadBytes: 5_000 }),
    );
    expect(events).toMatchObject([
      { type: 'file', source: 'huge.fit', ok: false, error: { code: 'limit_exceeded' } },
    ]);
    expect(await readdir(tempRoot)).toEqual([]);
  });

  it('reports a broken upload stream as a failed file', async () => {
    const broken = new Readable({
      read() {
        this.destroy(new Error('client went away'));
      },
    });
    const events = await collect(importUpload(broken, 'x.fit', { tempRoot }));
    expect(events).toMatchObject([{ type: 'file', ok: false, error: { code: 'corrupt_file' } }]);
    expect(await readdir(tempRoot)).toEqual([]);
  });
});
