/**
 * The canonical activity every importer produces (FIT, GPX, TCX), whatever the device.
 * Pure data: numbers the file does not know are `null`; samples missing in a series are `NaN`.
 */

/** The file format an activity was decoded from. */
export type ActivityFormat = 'fit' | 'gpx' | 'tcx';

/** Normalised sport, snake_case: 'running', 'cycling', 'swimming', 'training', 'walking', 'transition', ... */
export type Sport = string;

/**
 * Compact time series, one index per sample; every array has the same length.
 * `t` is seconds from `Activity.startTime`; the others are `NaN` where the sample has no value.
 */
export interface ActivitySeries {
  t: Float64Array;
  /** Degrees, WGS84. Invalid positions (0/0, out of range) are `NaN`. */
  lat: Float64Array;
  lon: Float64Array;
  /** Cumulative distance the device reported, metres. */
  distanceM: Float64Array;
  speedMps: Float64Array;
  heartRate: Float64Array;
  /** Steps per minute for on-foot sports; for other sports the device's cadence (e.g. rpm cycling). */
  cadenceSpm: Float64Array;
  altitudeM: Float64Array;
}

export interface Lap {
  /** ISO 8601, UTC; '' when the file's own start of the lap is not a time. */
  startTime: string;
  elapsedS: number | null;
  timerS: number | null;
  distanceM: number | null;
}

export interface DeviceInfo {
  manufacturer: string | null;
  product: string | null;
}

export interface Activity {
  format: ActivityFormat;
  sport: Sport;
  /** 'generic', 'treadmill', 'trail', 'track', 'indoor_cycling', 'open_water', ... */
  subSport: string;
  /** Indoor sub-sport (treadmill, indoor cycling, ...) or no usable GPS position at all. */
  indoor: boolean;
  /** ISO 8601, UTC, e.g. '2019-06-15T09:42:34.000Z'. */
  startTime: string;
  /** Local time minus UTC in seconds, where the file says it (FIT activity.local_timestamp). */
  utcOffsetS: number | null;
  device: DeviceInfo | null;
  /** Distance the device reported (session total or last cumulative sample), metres. */
  distanceM: number | null;
  elapsedS: number | null;
  /** Moving (timer running) time, seconds. */
  timerS: number | null;
  /** Haversine length of the valid GPS track: a check on `distanceM`, never a replacement. */
  gpsDistanceM: number | null;
  ascentM: number | null;
  avgHeartRate: number | null;
  /** Steps per minute for on-foot sports (FIT strides/min x 2 + fraction). */
  avgCadenceSpm: number | null;
  avgStepLengthMm: number | null;
  avgVerticalOscillationMm: number | null;
  avgGroundContactMs: number | null;
  laps: Lap[];
  series: ActivitySeries;
  /**
   * Not null when the file was damaged (truncated, CRC mismatch, garbage after the data) and
   * only its readable part is here. A CRC mismatch alone also lands here: values may be wrong.
   */
  recovered: null | { reason: string };
}

const EARTH_RADIUS_M = 6_371_008.8;
const RAD = Math.PI / 180;

/**
 * Great-circle distance in metres between two WGS84 points given in degrees.
 * @example haversineM(0, 0, 0, 1) // ≈ 111195
 */
export function haversineM(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const dLat = (lat2 - lat1) * RAD;
  const dLon = (lon2 - lon1) * RAD;
  const a = Math.sin(dLat / 2) ** 2 + Math.cos(lat1 * RAD) * Math.cos(lat2 * RAD) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(a)));
}

/**
 * A position worth keeping: finite, in range, and not "null island" (exactly 0/0, a device default).
 * @example isValidPosition(0, 0) // false
 */
export function isValidPosition(lat: number, lon: number): boolean {
  return (
    Number.isFinite(lat) &&
    Number.isFinite(lon) &&
    lat >= -90 &&
    lat <= 90 &&
    lon >= -180 &&
    lon <= 180 &&
    !(lat === 0 && lon === 0)
  );
}

/**
 * Sum of haversine steps between consecutive valid positions; `null` when fewer than two.
 * @example trackDistanceM(new Float64Array([0, 0.001]), new Float64Array([1, 1])) // ≈ 111
 */
export function trackDistanceM(lat: Float64Array, lon: Float64Array): number | null {
  let total = 0;
  let prevLat = NaN;
  let prevLon = NaN;
  let points = 0;
  for (let i = 0; i < lat.length; i++) {
    const la = lat[i] ?? NaN;
    const lo = lon[i] ?? NaN;
    if (!isValidPosition(la, lo)) continue;
    if (points > 0) total += haversineM(prevLat, prevLon, la, lo);
    prevLat = la;
    prevLon = lo;
    points++;
  }
  return points >= 2 ? total : null;
}

/** True when at least one sample has a valid position. */
export function hasPosition(series: ActivitySeries): boolean {
  for (let i = 0; i < series.lat.length; i++) {
    if (isValidPosition(series.lat[i] ?? NaN, series.lon[i] ?? NaN)) return true;
  }
  return false;
}

/** Sports done on foot, where steps and running load count. */
export const ON_FOOT_SPORTS = ['running', 'walking', 'hiking', 'mountaineering', 'trail_running'] as const;
const ON_FOOT = new Set<string>(ON_FOOT_SPORTS);

/**
 * On-foot sports count steps; devices store strides (one per two steps) for them.
 * @example isOnFootSport('running') // true
 */
export const isOnFootSport = (sport: Sport): boolean => ON_FOOT.has(sport);

const INDOOR_SUB_SPORTS = new Set([
  'treadmill',
  'indoor_cycling',
  'indoor_rowing',
  'indoor_running',
  'indoor_walking',
  'spin',
  'virtual_activity',
  'lap_swimming',
  'elliptical',
  'stair_climbing',
  'indoor_skiing',
  'indoor_climbing',
  'indoor_wheelchair_walk',
  'indoor_wheelchair_run',
  'indoor_hand_cycling',
]);

/** @example isIndoorSubSport('treadmill') // true */
export const isIndoorSubSport = (subSport: string): boolean => INDOOR_SUB_SPORTS.has(subSport);

const SPORT_ALIASES: Record<string, Sport> = {
  run: 'running',
  running: 'running',
  biking: 'cycling',
  bike: 'cycling',
  ride: 'cycling',
  cycling: 'cycling',
  swim: 'swimming',
  swimming: 'swimming',
  walk: 'walking',
  walking: 'walking',
  hike: 'hiking',
  hiking: 'hiking',
  other: 'generic',
  generic: 'generic',
};

/**
 * Normalises a free-text sport name (TCX `Sport`, GPX `<type>`, camelCase) to snake_case.
 * @example normaliseSport('Biking') // 'cycling'
 * @example normaliseSport('fitnessEquipment') // 'fitness_equipment'
 */
export function normaliseSport(raw: string | null | undefined): Sport {
  if (!raw) return 'generic';
  const snake = raw
    .trim()
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .replace(/[\s-]+/g, '_')
    .toLowerCase();
  if (snake === '') return 'generic';
  return SPORT_ALIASES[snake] ?? snake;
}

/** An empty series of `n` samples, all `NaN` except `t` (zeros). */
export function emptySeries(n: number): ActivitySeries {
  const nan = (): Float64Array => new Float64Array(n).fill(NaN);
  return {
    t: new Float64Array(n),
    lat: nan(),
    lon: nan(),
    distanceM: nan(),
    speedMps: nan(),
    heartRate: nan(),
    cadenceSpm: nan(),
    altitudeM: nan(),
  };
}
