import { emptySeries, type ActivitySeries } from './activity';

/**
 * The layout of a stored series (`runs.series`), before and after deflate: a small header, the channels
 * that hold any value, little-endian floats. Pure, so that the decode threads (src/importers) and the
 * store (src/store) pack and read the very same bytes; each deflates with SERIES_DEFLATE_LEVEL.
 */

/** Channels in storage order; positions keep 64-bit precision, the rest fit in 32 bits. */
const CHANNELS: { key: keyof ActivitySeries; wide: boolean }[] = [
  { key: 't', wide: false },
  { key: 'lat', wide: true },
  { key: 'lon', wide: true },
  { key: 'distanceM', wide: false },
  { key: 'speedMps', wide: false },
  { key: 'heartRate', wide: false },
  { key: 'cadenceSpm', wide: false },
  { key: 'altitudeM', wide: false },
];
const MAGIC = 0x42535231; // "BSR1"

/** The raw-deflate level the packed bytes are stored with: about 10–20 bytes per sample of a GPS run. */
export const SERIES_DEFLATE_LEVEL = 4;

/**
 * The series laid out for storage, not yet deflated; null for a series without samples.
 * @example packSeries(activity.series)?.byteLength
 */
export function packSeries(series: ActivitySeries): Uint8Array | null {
  const n = series.t.length;
  if (n === 0) return null;
  const present = CHANNELS.filter(({ key }) => series[key].some((v) => !Number.isNaN(v)));
  let mask = 0;
  let size = 9;
  for (const c of present) {
    mask |= 1 << CHANNELS.indexOf(c);
    size += n * (c.wide ? 8 : 4);
  }
  const buffer = new ArrayBuffer(size);
  const view = new DataView(buffer);
  view.setUint32(0, MAGIC, true);
  view.setUint32(4, n, true);
  view.setUint8(8, mask);
  let offset = 9;
  for (const c of present) {
    const values = series[c.key];
    for (let i = 0; i < n; i++) {
      if (c.wide) view.setFloat64(offset + i * 8, values[i]!, true);
      else view.setFloat32(offset + i * 4, values[i]!, true);
    }
    offset += n * (c.wide ? 8 : 4);
  }
  return new Uint8Array(buffer);
}

/** The series from its packed (inflated) bytes; throws for bytes of another format. */
export function unpackSeries(raw: Uint8Array): ActivitySeries {
  const view = new DataView(raw.buffer, raw.byteOffset, raw.byteLength);
  if (view.getUint32(0, true) !== MAGIC) throw new Error('stored series has an unknown format');
  const n = view.getUint32(4, true);
  const mask = view.getUint8(8);
  const series = emptySeries(n);
  let offset = 9;
  CHANNELS.forEach((c, index) => {
    if (!(mask & (1 << index))) return;
    const target = series[c.key];
    for (let i = 0; i < n; i++) {
      target[i] = c.wide ? view.getFloat64(offset + i * 8, true) : view.getFloat32(offset + i * 4, true);
    }
    offset += n * (c.wide ? 8 : 4);
  });
  return series;
}
