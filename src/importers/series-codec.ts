import { promisify } from 'node:util';
import { deflateRaw, deflateRawSync } from 'node:zlib';
import type { ActivitySeries } from '../core/activity/activity';
import { packSeries, SERIES_DEFLATE_LEVEL } from '../core/activity/series-layout';

/**
 * Packs a time series for the `runs.series` column (layout in src/core/activity/series-layout.ts),
 * deflated: what the decode threads attach to a decoded file (`FileEvent.packedSeries`).
 */
export function encodeSeries(series: ActivitySeries): Uint8Array | null {
  const packed = packSeries(series);
  return packed && deflateRawSync(packed, { level: SERIES_DEFLATE_LEVEL });
}

const deflateRawAsync = promisify(deflateRaw);

/**
 * `encodeSeries`, deflating on libuv's thread pool instead of the calling thread: for a file decoded
 * without packed series, so that a run of 2 million samples does not hold the writer's thread.
 */
export async function encodeSeriesAsync(series: ActivitySeries): Promise<Uint8Array | null> {
  const packed = packSeries(series);
  return packed && deflateRawAsync(packed, { level: SERIES_DEFLATE_LEVEL });
}
