import type { ActivitySeries } from '../core/activity/activity';
import { DecodeLimitError, DEFAULT_DECODE_LIMITS } from './decode-limits';

/**
 * The samples one file may hold, shared by all its builders (a TCX file has one per activity): capacity
 * is reserved from it before it is allocated, so a file's columns never take more than max x 64 bytes.
 */
export class SampleBudget {
  private reserved = 0;
  constructor(readonly max: number = DEFAULT_DECODE_LIMITS.maxSamples) {}

  /** Gives back slots a finished builder does not use. */
  release(slots: number): void {
    this.reserved -= slots;
  }

  /** Up to `want` more slots; throws `DecodeLimitError` when none are left. */
  reserve(want: number): number {
    const grant = Math.min(want, this.max - this.reserved);
    if (grant <= 0) {
      throw new DecodeLimitError('maxSamples', this.max, 'too many samples (records or track points)');
    }
    this.reserved += grant;
    return grant;
  }
}

/**
 * Growing typed-array columns for samples, shared by the FIT, GPX and TCX decoders.
 * New slots are NaN, so a decoder only writes the values a sample has.
 * `t` holds absolute Unix seconds until `pick` makes it relative.
 * @example const b = new SeriesBuilder(); const i = b.add(); b.t[i] = 1_700_000_000; b.heartRate[i] = 150;
 */
export class SeriesBuilder {
  n = 0;
  cap: number;
  t: Float64Array;
  lat: Float64Array;
  lon: Float64Array;
  distanceM: Float64Array;
  speedMps: Float64Array;
  heartRate: Float64Array;
  cadence: Float64Array;
  altitudeM: Float64Array;

  constructor(
    capacity = 1024,
    private readonly budget = new SampleBudget(),
  ) {
    this.cap = budget.reserve(Math.max(16, capacity));
    const c = this.cap;
    this.t = nanArray(c);
    this.lat = nanArray(c);
    this.lon = nanArray(c);
    this.distanceM = nanArray(c);
    this.speedMps = nanArray(c);
    this.heartRate = nanArray(c);
    this.cadence = nanArray(c);
    this.altitudeM = nanArray(c);
  }

  /** Appends an all-NaN sample and returns its index. */
  add(): number {
    if (this.n === this.cap) this.grow();
    return this.n++;
  }

  /** Shrinks the columns to the samples held, giving the rest back to the file's budget (an activity ended). */
  trim(): void {
    if (this.n === this.cap) return;
    this.budget.release(this.cap - this.n);
    this.cap = this.n;
    this.t = this.t.slice(0, this.n);
    this.lat = this.lat.slice(0, this.n);
    this.lon = this.lon.slice(0, this.n);
    this.distanceM = this.distanceM.slice(0, this.n);
    this.speedMps = this.speedMps.slice(0, this.n);
    this.heartRate = this.heartRate.slice(0, this.n);
    this.cadence = this.cadence.slice(0, this.n);
    this.altitudeM = this.altitudeM.slice(0, this.n);
  }

  /** Drops samples from index `n` on (a partly written sample). */
  truncate(n: number): void {
    for (const col of this.columns()) col.fill(NaN, n, this.n);
    this.n = Math.min(this.n, n);
  }

  /** Doubles the capacity (less when the file's sample budget is nearly spent; throws when it is spent). */
  grow(): void {
    const cap = this.cap + this.budget.reserve(Math.max(16, this.cap));
    this.t = growArray(this.t, cap);
    this.lat = growArray(this.lat, cap);
    this.lon = growArray(this.lon, cap);
    this.distanceM = growArray(this.distanceM, cap);
    this.speedMps = growArray(this.speedMps, cap);
    this.heartRate = growArray(this.heartRate, cap);
    this.cadence = growArray(this.cadence, cap);
    this.altitudeM = growArray(this.altitudeM, cap);
    this.cap = cap;
  }

  /**
   * Copies the samples at `indices` into a series with `t` relative to `t0` (Unix seconds).
   * `cadenceFactor` turns stored cadence into steps per minute (2 for FIT strides on foot).
   */
  pick(indices: ArrayLike<number>, t0: number, cadenceFactor = 1): ActivitySeries {
    const n = indices.length;
    const out: ActivitySeries = {
      t: new Float64Array(n),
      lat: new Float64Array(n),
      lon: new Float64Array(n),
      distanceM: new Float64Array(n),
      speedMps: new Float64Array(n),
      heartRate: new Float64Array(n),
      cadenceSpm: new Float64Array(n),
      altitudeM: new Float64Array(n),
    };
    for (let k = 0; k < n; k++) {
      const i = indices[k] as number;
      out.t[k] = (this.t[i] as number) - t0;
      out.lat[k] = this.lat[i] as number;
      out.lon[k] = this.lon[i] as number;
      out.distanceM[k] = this.distanceM[i] as number;
      out.speedMps[k] = this.speedMps[i] as number;
      out.heartRate[k] = this.heartRate[i] as number;
      out.cadenceSpm[k] = (this.cadence[i] as number) * cadenceFactor;
      out.altitudeM[k] = this.altitudeM[i] as number;
    }
    return out;
  }

  /** `pick` over the contiguous range [from, to). */
  range(from: number, to: number, t0: number, cadenceFactor = 1): ActivitySeries {
    const idx = new Int32Array(Math.max(0, to - from));
    for (let k = 0; k < idx.length; k++) idx[k] = from + k;
    return this.pick(idx, t0, cadenceFactor);
  }

  private columns(): Float64Array[] {
    return [
      this.t,
      this.lat,
      this.lon,
      this.distanceM,
      this.speedMps,
      this.heartRate,
      this.cadence,
      this.altitudeM,
    ];
  }
}

function nanArray(n: number): Float64Array {
  return new Float64Array(n).fill(NaN);
}

function growArray(a: Float64Array, cap: number): Float64Array {
  const b = new Float64Array(cap);
  b.set(a);
  b.fill(NaN, a.length);
  return b;
}
