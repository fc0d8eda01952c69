import { deflateRawSync, inflateRawSync } from 'node:zlib';
import type { ActivitySeries } from '../core/activity/activity';
import { packSeries, SERIES_DEFLATE_LEVEL, unpackSeries } from '../core/activity/series-layout';

/**
 * The `runs.series` column: the layout of src/core/activity/series-layout.ts, deflated. Imports pack it in
 * their decode threads (src/importers/series-codec.ts, the same bytes); the store reads it back here.
 */
export function encodeSeries(series: ActivitySeries): Uint8Array | null {
  const packed = packSeries(series);
  return packed && deflateRawSync(packed, { level: SERIES_DEFLATE_LEVEL });
}

export function decodeSeries(stored: Uint8Array): ActivitySeries {
  return unpackSeries(inflateRawSync(stored));
}
