import { gunzipSync, gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { decodeToEvent, type DecodeRequest } from './decode-event';
import { unpackSeries } from '../core/activity/series-layout';
import { inflateRawSync } from 'node:zlib';
import { gpxRun } from '../../test/support/importers/synthetic';

const request = (bytes: Uint8Array, name: string, extra: Partial<DecodeRequest> = {}): DecodeRequest => ({
  bytes,
  source: `upload.zip!${name}`,
  name,
  maxFileBytes: 100 * 1024 * 1024,
  maxUnpackedBytes: 100 * 1024 * 1024,
  ...extra,
});

describe('decodeToEvent', () => {
  const gpx = new TextEncoder().encode(gpxRun('2024-03-02T07:00:00Z', 50));

  it('packs each series as the store keeps it, and leaves the activity its last sample only', () => {
    const whole = decodeToEvent(request(gpx, 'run.gpx'));
    const packed = decodeToEvent(request(gpx, 'run.gpx', { packSeries: true }));
    if (!whole.ok || !packed.ok) throw new Error('the run should decode');
    const series = whole.activities[0]!.series;
    expect(packed.packedSeries).toHaveLength(1);
    const stored = unpackSeries(inflateRawSync(packed.packedSeries![0]!));
    expect(stored.t).toEqual(series.t);
    expect(stored.lat).toEqual(series.lat);
    const tail = packed.activities[0]!.series;
    expect(tail.t).toEqual(new Float64Array([series.t[49]!]));
    expect(tail.lat[0]).toBe(series.lat[49]);
    expect(whole.packedSeries).toBeUndefined();
  });

  it('keeps an already gzipped file without deflating it again, and gives it back exactly', () => {
    const gz = new Uint8Array(gzipSync(gpx));
    const event = decodeToEvent(request(gz, 'run.gpx.gz', { keepOriginal: true }));
    expect(event.ok).toBe(true);
    const kept = event.original!;
    expect(new Uint8Array(gunzipSync(kept.gzip))).toEqual(gz);
    // Stored blocks: the size of the file and a few bytes of framing.
    expect(kept.gzip.byteLength).toBeGreaterThanOrEqual(gz.byteLength);
    expect(kept.gzip.byteLength).toBeLessThan(gz.byteLength + 64);
  });
});
