import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { decodeToEvent, type DecodeRequest } from './decode-event';
import { createDecodePool } from './decode-pool';
import { gpxRun } from '../../test/support/importers/synthetic';

const request = (bytes: Uint8Array, name: string): DecodeRequest => ({
  bytes,
  source: `upload.zip!${name}`,
  name,
  maxFileBytes: 100 * 1024 * 1024,
  maxUnpackedBytes: 100 * 1024 * 1024,
});

describe('decode pool (worker threads)', () => {
  const pool = createDecodePool({ threads: 1, memoryMb: 64, fileTimeoutMs: 60_000 });
  afterAll(() => pool.close());

  it('decodes in a worker exactly as in this thread, series included', async () => {
    const gpx = new TextEncoder().encode(gpxRun('2024-03-02T07:00:00Z', 50));
    const inThread = decodeToEvent(request(gpx.slice(), 'run.gpx'));
    const inWorker = await pool.decode(request(gpx.slice(), 'run.gpx'));
    expect(inWorker).toEqual(inThread);
    expect(inWorker.ok && inWorker.activities[0]!.series.t).toBeInstanceOf(Float64Array);
    expect(inWorker.ok && inWorker.activities[0]!.series.t.length).toBe(50);
  });

  it('takes a view into a larger buffer without moving the rest of it', async () => {
    const gz = gzipSync(new TextEncoder().encode(gpxRun('2024-03-03T07:00:00Z')));
    const big = new Uint8Array(gz.length + 10);
    big.set(gz, 5);
    const view = big.subarray(5, 5 + gz.length);
    const event = await pool.decode(request(view, 'run.gpx.gz'));
    expect(event.ok).toBe(true);
    expect(event.unpackedBytes).toBeGreaterThan(gz.length);
    expect(big.byteLength).toBe(gz.length + 10);
  });

  it('says a bad file the way the decoder does', async () => {
    const bad = new Uint8Array([1, 2, 3]);
    const event = await pool.decode(request(bad.slice(), 'x.fit'));
    expect(event.ok).toBe(false);
    expect(event).toEqual(decodeToEvent(request(bad, 'x.fit')));
  });

  it('fails a file whose worker runs out of heap with decode_out_of_memory, then decodes the next', async () => {
    const hungry = createDecodePool({
      threads: 1,
      memoryMb: 32,
      fileTimeoutMs: 60_000,
      workerUrl: new URL('../../test/support/importers/hungry-worker.ts', import.meta.url),
    });
    try {
      const gpx = new TextEncoder().encode(gpxRun('2024-03-04T07:00:00Z'));
      const event = await hungry.decode(request(gpx.slice(), 'hungry.fit'));
      expect(event.ok).toBe(false);
      expect(!event.ok && event.error.code).toBe('decode_out_of_memory');
      expect(!event.ok && event.error.message).toMatch(/hungry\.fit needed more than the 32 MB of heap/);
      const next = await hungry.decode(request(gpx.slice(), 'run.gpx'));
      expect(next.ok).toBe(true);
    } finally {
      await hungry.close();
    }
    // Starting a tsx worker thread and filling its heap takes seconds alone, and much longer on a shared CI box.
  }, 90_000);

  it('gives a typed failure once closed, never a rejection', async () => {
    const closed = createDecodePool({ threads: 1, memoryMb: 64, fileTimeoutMs: 1_000 });
    await closed.close();
    const event = await closed.decode(request(new Uint8Array([1]), 'x.fit'));
    expect(!event.ok && event.error.code).toBe('decoder_stopped');
  });
});
