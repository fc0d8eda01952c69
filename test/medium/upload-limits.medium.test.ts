import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/test-app';
import {
  BOUNDARY,
  closing,
  connectionsClosed,
  eventually,
  filePart,
  filler,
  folderUsage,
  openDescriptors,
  rawBytes,
  rawUpload,
  type RawRequest,
} from '../support/raw-http';
import { gpxRun } from '../support/importers/synthetic';

/**
 * Hostile uploads against a real server on a port (issue 8): limits while streaming, broken bodies,
 * clients that leave or stall. The upload path touches no database before the import is created,
 * so this runs on SQLite only.
 */

const MB = 1024 * 1024;
const LIMITS = { maxUploadBytes: 8 * MB, maxFileBytes: 2 * MB };
const IDLE_MS = 1_000;

describe('uploads on a real socket', () => {
  let t: TestApp;
  let port: number;
  let cookie: string;
  let spoolRoot: string;
  const sockets: Socket[] = [];
  const send = (req: Omit<RawRequest, 'port' | 'cookie'>) => rawUpload({ port, cookie, ...req });
  const spool = () => folderUsage(spoolRoot);
  /** Bytes the server read from the connection it accepted last. */
  const serverRead = () => sockets.at(-1)?.bytesRead ?? -1;

  beforeAll(async () => {
    spoolRoot = mkdtempSync(join(tmpdir(), 'backstride-spool-test-'));
    t = await createTestApp('sqlite', {
      // 25 at once from one account, for the load below; the default slots are tested further down.
      config: {
        ...LIMITS,
        uploadDir: spoolRoot,
        timeouts: { idleMs: IDLE_MS },
        uploadSlots: { perUser: 25, total: 25 },
      },
    });
    await t.app.listen({ port: 0, host: '127.0.0.1' });
    port = (t.app.server.address() as { port: number }).port;
    t.app.server.on('connection', (socket: Socket) => sockets.push(socket));
    cookie = (await t.register()).cookie;
  });

  afterAll(async () => {
    await t?.close();
    rmSync(spoolRoot, { recursive: true, force: true });
  });

  it('still imports a real upload sent in chunks, two files at once', async () => {
    const parts = ['2026-11-01T07:00:00Z', '2026-11-02T07:00:00Z'].map((start, i) =>
      Buffer.concat([
        filePart(`run${i}.gpx`),
        Buffer.from(gpxRun(start, 30)),
        Buffer.from(i === 0 ? '\r\n' : ''),
      ]),
    );
    const res = await send({ chunks: [...parts, closing()], contentLength: null });
    expect(res.status, res.body).toBe(202);
    await t.app.importJobs.idle();
    const status = await t.app.inject({
      url: `/api/imports/${JSON.parse(res.body).id}`,
      headers: { cookie },
    });
    expect(status.json()).toMatchObject({ state: 'done', imported: 2, filesTotal: 2 });
    expect(spool().entries).toBe(0);
  });

  it('answers 413 as soon as a part passes the per-file limit, reading little more than the limit', async () => {
    let peak = 0;
    const watch = setInterval(() => (peak = Math.max(peak, spool().bytes)), 2);
    const res = await send({ chunks: [filePart('huge.fit'), ...filler(96), closing()] }); // a 6 MB part
    clearInterval(watch);
    expect(res.status, res.body).toBe(413);
    expect(res.headers.connection).toBe('close');
    expect(JSON.parse(res.body)).toMatchObject({ code: 'payload_too_large' });
    expect(JSON.parse(res.body).message).toMatch(/^huge\.fit is over this server's limit of 2 MB/);
    expect(serverRead()).toBeGreaterThan(LIMITS.maxFileBytes);
    expect(serverRead()).toBeLessThan(LIMITS.maxFileBytes + 0.5 * MB);
    expect(peak).toBeGreaterThan(0);
    expect(peak).toBeLessThanOrEqual(LIMITS.maxFileBytes);
    expect(spool().entries).toBe(0);
  });

  it('lets a zip part pass the per-file limit, and answers 413 on the total across several parts', async () => {
    let peak = 0;
    const watch = setInterval(() => (peak = Math.max(peak, spool().bytes)), 2);
    const part = (i: number) => [filePart(`export${i}.zip`), ...filler(48), Buffer.from('\r\n')]; // 3 MB each
    const chunks = [...part(0), ...part(1), ...part(2), closing()];
    const res = await send({ chunks, contentLength: null }); // chunked: no length to refuse up front
    clearInterval(watch);
    expect(res.status, res.body).toBe(413);
    expect(JSON.parse(res.body).message).toMatch(/^The upload is over this server's limit of 8 MB/);
    expect(serverRead()).toBeGreaterThan(LIMITS.maxUploadBytes);
    expect(serverRead()).toBeLessThan(LIMITS.maxUploadBytes + 0.5 * MB);
    expect(peak).toBeGreaterThan(LIMITS.maxFileBytes);
    expect(peak).toBeLessThanOrEqual(LIMITS.maxUploadBytes);
    expect(spool().entries).toBe(0);
  });

  it('refuses a body whose Content-Length is over the total before reading it', async () => {
    let folders = 0;
    const watch = setInterval(() => (folders = Math.max(folders, spool().entries)), 2);
    const res = await send({ chunks: [filePart('export.zip'), ...filler(320), closing()] }); // 20 MB
    clearInterval(watch);
    expect(res.status, res.body).toBe(413);
    expect(serverRead()).toBeLessThan(1 * MB);
    expect(folders).toBe(0);
  });

  it('spools a body of 2,000 tiny parts one at a time, holding one spool file open at most', async () => {
    const parts = Array.from({ length: 2_000 }, (_, i) => [
      filePart(`p${i}.fit`),
      Buffer.from('0123456789\r\n'),
    ]);
    const body = Buffer.concat([...parts.flat(), Buffer.from(`--${BOUNDARY}--\r\n`)]);
    const before = openDescriptors();
    let peak = 0;
    const watch = setInterval(() => (peak = Math.max(peak, openDescriptors())), 1);
    // 2,000 files written one by one: on a loaded machine this takes more than the default 5 s wait.
    const res = await send({ chunks: [body], waitMs: 30_000 });
    clearInterval(watch);
    expect(res.status, res.body).toBe(202);
    expect(JSON.parse(res.body)).toMatchObject({ filesTotal: 2_000 });
    // The client's socket, the server's, one spool file, and room for the database's journal.
    expect(peak - before).toBeLessThanOrEqual(5);
    await t.app.importJobs.idle();
    expect(spool().entries).toBe(0);
  });

  const broken: [string, Omit<RawRequest, 'port' | 'cookie'>, RegExp][] = [
    [
      'cut short inside a part (the 160-byte request)',
      { chunks: [filePart('a.fit'), Buffer.from('ABCDEFGH')] },
      /ended before its closing boundary/,
    ],
    [
      'cut short inside a large part',
      { chunks: [filePart('a.fit'), ...filler(5)] },
      /ended before its closing boundary/,
    ],
    [
      'a whole part but no closing boundary',
      {
        chunks: [
          filePart('a.gpx'),
          Buffer.from(gpxRun('2026-11-03T07:00:00Z')),
          Buffer.from(`\r\n--${BOUNDARY}`),
        ],
      },
      /ended before its closing boundary/,
    ],
    [
      'cut inside the part headers',
      { chunks: [Buffer.from(`--${BOUNDARY}\r\nContent-Disposition: form-da`)] },
      /closing boundary/,
    ],
    ['an empty body', { chunks: [] }, /closing boundary/],
    [
      'no boundary in the Content-Type',
      { chunks: [filePart('a.fit'), closing()], contentType: 'multipart/form-data' },
      /names no boundary/,
    ],
  ];

  it.each(broken)('answers 400 to %s, keeping nothing', async (_name, req, message) => {
    const res = await send(req);
    expect(res.status, res.body).toBe(400);
    expect(JSON.parse(res.body)).toMatchObject({
      code: 'malformed_upload',
      message: expect.stringMatching(message),
    });
    expect(spool().entries).toBe(0);
  });

  it('answers 400 to part headers it cannot read, saying no file came', async () => {
    const body = `--${BOUNDARY}\r\nContent-Disposition form-data name files\r\n\r\nABCD\r\n--${BOUNDARY}--\r\n`;
    const res = await send({ chunks: [Buffer.from(body)] });
    expect(res.status, res.body).toBe(400);
    expect(JSON.parse(res.body)).toMatchObject({
      code: 'validation_failed',
      issues: [{ path: 'body.files' }],
    });
  });

  it('answers 408 to a body that stalls, and removes what it had spooled', async () => {
    let spooled = false;
    const res = await send({
      chunks: [filePart('slow.fit'), Buffer.alloc(1000, 1)],
      contentLength: 100_000,
      afterSend: async () => {
        spooled = await eventually(() => spool().bytes > 0, IDLE_MS / 2);
      },
    });
    expect(spooled).toBe(true);
    expect(res.status, res.body).toBe(408);
    expect(JSON.parse(res.body)).toMatchObject({ code: 'request_timeout' });
    expect(res.ms).toBeGreaterThanOrEqual(IDLE_MS - 50);
    expect(res.ms).toBeLessThan(IDLE_MS * 4);
    expect(spool().entries).toBe(0);
  });

  it('holds no descriptor or temp entry after 100 cut-off uploads and 100 clients that left mid-body', async () => {
    const cutOff = () => send({ chunks: [filePart('cut.fit'), ...filler(2, 40_000)] });
    const abandoned = () => {
      let spooled = false;
      return send({
        chunks: [filePart('gone.fit'), ...filler(2, 40_000)],
        contentLength: 1_000_000,
        abandon: true,
        afterSend: async () => {
          spooled = await eventually(() => spool().bytes > 0, IDLE_MS / 2);
        },
      }).then(() => spooled);
    };
    // Warm up whatever the server opens once (database files, the spool root's handles).
    await cutOff();
    await abandoned();
    expect(await eventually(() => spool().entries === 0)).toBe(true);
    expect(await connectionsClosed(t.app)).toBe(0);
    const before = { descriptors: openDescriptors(), entries: spool().entries };

    const answers: number[] = [];
    for (let batch = 0; batch < 4; batch++) {
      const results = await Promise.all(Array.from({ length: 25 }, cutOff));
      answers.push(...results.map((r) => r.status));
    }
    let spooledEachTime = 0;
    for (let i = 0; i < 100; i++) {
      if (await abandoned()) spooledEachTime++;
      expect(await eventually(() => spool().entries === 0, 2_000), `upload ${i} left its folder`).toBe(true);
    }

    expect(answers).toEqual(Array(100).fill(400));
    expect(spooledEachTime).toBe(100);
    expect(await connectionsClosed(t.app)).toBe(0);
    const after = { descriptors: openDescriptors(), entries: spool().entries };
    expect(after.entries).toBe(0);
    expect(after.descriptors).toBeLessThanOrEqual(before.descriptors);
    const started = Date.now();
    const health = await fetch(`http://127.0.0.1:${port}/api/health`);
    expect(health.status).toBe(200);
    expect(Date.now() - started).toBeLessThan(1_000);
  });
});

describe('timeouts and upload slots (the defaults: two per account)', () => {
  let t: TestApp;
  let port: number;
  let cookie: string;
  let spoolRoot: string;
  const send = (req: Omit<RawRequest, 'port' | 'cookie'>) => rawUpload({ port, cookie, ...req });
  const spool = () => folderUsage(spoolRoot);

  beforeAll(async () => {
    spoolRoot = mkdtempSync(join(tmpdir(), 'backstride-spool-test-'));
    t = await createTestApp('sqlite', {
      config: {
        ...LIMITS,
        uploadDir: spoolRoot,
        timeouts: { idleMs: 1_000, requestMs: 1_500, headersMs: 800 },
      },
    });
    await t.app.listen({ port: 0, host: '127.0.0.1' });
    port = (t.app.server.address() as { port: number }).port;
    cookie = (await t.register()).cookie;
  });

  afterAll(async () => {
    await t?.close();
    rmSync(spoolRoot, { recursive: true, force: true });
  });

  it('answers 408 to a body that drips in slower than the request timeout allows, and removes its spool', async () => {
    let spooled = 0;
    const watch = setInterval(() => (spooled = Math.max(spooled, folderUsage(spoolRoot).bytes)), 5);
    const res = await rawUpload({
      port,
      cookie,
      chunks: [filePart('drip.fit'), ...Array.from({ length: 40 }, () => Buffer.from('x'))],
      contentLength: 10_000,
      gapMs: 200, // never idle for the 1 s idle timeout
    });
    clearInterval(watch);
    expect(res.status, res.body).toBe(408);
    expect(JSON.parse(res.body)).toMatchObject({ code: 'request_timeout', requestId: expect.any(String) });
    expect(res.ms).toBeGreaterThanOrEqual(1_500);
    expect(res.ms).toBeLessThan(4_000);
    expect(spooled).toBeGreaterThan(0);
    expect(await eventually(() => folderUsage(spoolRoot).entries === 0, 2_000)).toBe(true);
  });

  it('answers 408 to headers that never end', async () => {
    const res = await rawBytes(port, 'POST /api/imports HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Le', 5_000);
    expect(res.status, res.body).toBe(408);
    expect(JSON.parse(res.body)).toMatchObject({ code: 'request_timeout' });
    expect(res.ms).toBeGreaterThanOrEqual(800);
    expect(res.ms).toBeLessThan(3_000);
  });

  it('lets an account send two uploads at once: a third is refused at once, another account is not', async () => {
    const valid = (start: string) => [filePart('run.gpx'), Buffer.from(gpxRun(start, 20)), closing()];
    const stalled = () =>
      send({ chunks: [filePart('slow.fit'), Buffer.alloc(1000, 1)], contentLength: 100_000 });
    const first = stalled();
    const second = stalled();
    expect(await eventually(() => spool().entries === 2, 5_000)).toBe(true);

    const third = await send({ chunks: valid('2026-11-05T07:00:00Z') });
    expect(third.status, third.body).toBe(429);
    expect(JSON.parse(third.body)).toMatchObject({ code: 'too_many_uploads' });
    expect(third.headers['retry-after']).toBe('60');
    expect(third.ms).toBeLessThan(5_000); // at once, not after the stalled uploads' 60 s
    const other = await t.register();
    const theirs = await rawUpload({ port, cookie: other.cookie, chunks: valid('2026-11-06T07:00:00Z') });
    expect(theirs.status, theirs.body).toBe(202);

    expect([(await first).status, (await second).status]).toEqual([408, 408]);
    const again = await send({ chunks: valid('2026-11-07T07:00:00Z') });
    expect(again.status, again.body).toBe(202);
    await t.app.importJobs.idle();
    expect(spool().entries).toBe(0);
  });
});
