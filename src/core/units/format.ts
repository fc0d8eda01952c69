/**
 * Numbers as a runner says them, in kilometres or miles: 32.4 km, 5:12 /km, 1:02:03, 172 spm.
 * Pure: no clock, no DOM, no locale (digits and separators are fixed so tests are stable).
 */

export type DistanceUnit = 'km' | 'mi';

export const METRES_PER_MILE = 1609.344;
export const FEET_PER_METRE = 3.280839895;

/** Metres in one of the runner's units. */
export const metresPerUnit = (units: DistanceUnit): number => (units === 'km' ? 1000 : METRES_PER_MILE);

/** Metres → km or mi (unrounded). */
export const toUnits = (metres: number, units: DistanceUnit): number => metres / metresPerUnit(units);

/** km or mi → metres (unrounded). */
export const fromUnits = (value: number, units: DistanceUnit): number => value * metresPerUnit(units);

/** "32.4" — one decimal from 1 up, two below 1 so a short warm-up is not "0.0". */
export function formatDistanceNumber(metres: number, units: DistanceUnit): string {
  const v = toUnits(Math.max(0, metres), units);
  return v < 0.995 ? v.toFixed(2) : v.toFixed(1);
}

/** "32.4 km", "20.1 mi". */
export const formatDistance = (metres: number, units: DistanceUnit): string =>
  `${formatDistanceNumber(metres, units)} ${units}`;

const pad2 = (n: number): string => String(n).padStart(2, '0');

/** Whole seconds as "1:02:03", or "45:07" under an hour. */
export function formatDuration(seconds: number): string {
  const total = Math.max(0, Math.round(seconds));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  return h > 0 ? `${h}:${pad2(m)}:${pad2(s)}` : `${m}:${pad2(s)}`;
}

/** Seconds per km or mi for a distance covered in a time; null when there is no distance. */
export function paceSecondsPerUnit(metres: number, seconds: number, units: DistanceUnit): number | null {
  if (!(metres > 0) || !(seconds > 0)) return null;
  return seconds / toUnits(metres, units);
}

/** Seconds per km or mi at a speed in m/s; null when standing still or unknown. */
export function speedToPace(metresPerSecond: number | null, units: DistanceUnit): number | null {
  if (metresPerSecond === null || !(metresPerSecond > 0)) return null;
  return metresPerUnit(units) / metresPerSecond;
}

/** "5:12" (min:ss), rounding 5:59.6 up to 6:00. */
export function formatPaceNumber(secondsPerUnit: number): string {
  const total = Math.round(secondsPerUnit);
  return `${Math.floor(total / 60)}:${pad2(total % 60)}`;
}

/** "5:12 /km"; "–" when unknown. */
export const formatPace = (secondsPerUnit: number | null, units: DistanceUnit): string =>
  secondsPerUnit === null || !Number.isFinite(secondsPerUnit)
    ? '–'
    : `${formatPaceNumber(secondsPerUnit)} /${units}`;

/** Pace of a whole run, e.g. "5:12 /km", or "–" without distance. */
export const formatRunPace = (metres: number, seconds: number, units: DistanceUnit): string =>
  formatPace(paceSecondsPerUnit(metres, seconds, units), units);

/** Average speed for rides: "32.4 km/h", "20.1 mph"; "–" without time. */
export function formatSpeed(metres: number, seconds: number, units: DistanceUnit): string {
  if (!(seconds > 0)) return '–';
  const perHour = (toUnits(Math.max(0, metres), units) / seconds) * 3600;
  return `${perHour.toFixed(1)} ${units === 'km' ? 'km/h' : 'mph'}`;
}

/** Climb in metres for km runners, feet for mile runners: "124 m", "407 ft". */
export const formatClimb = (metres: number, units: DistanceUnit): string =>
  units === 'km' ? `${Math.round(metres)} m` : `${Math.round(metres * FEET_PER_METRE)} ft`;

export const formatHeartRate = (bpm: number): string => `${Math.round(bpm)} bpm`;
export const formatCadence = (spm: number): string => `${Math.round(spm)} spm`;

/** "0.9 MB", "12 MB", "340 KB". */
export function formatBytes(bytes: number): string {
  if (bytes < 1000) return `${Math.max(0, Math.round(bytes))} bytes`;
  if (bytes < 1_000_000) return `${Math.round(bytes / 1000)} KB`;
  const mb = bytes / 1_000_000;
  return `${mb < 10 ? mb.toFixed(1) : Math.round(mb)} MB`;
}

/** A time left as a person says it: "a few seconds", "about 40 seconds", "about 3 minutes". */
export function formatTimeLeft(seconds: number): string {
  if (!Number.isFinite(seconds) || seconds < 0) return '';
  if (seconds < 10) return 'a few seconds';
  if (seconds < 60) return `about ${Math.round(seconds / 10) * 10} seconds`;
  const min = Math.round(seconds / 60);
  if (min < 60) return min === 1 ? 'about a minute' : `about ${min} minutes`;
  const h = Math.floor(min / 60);
  const rest = min % 60;
  return `about ${h} h ${pad2(rest)} min`;
}

/** A distance typed by a person ("5.2", "5,2", " 10 "): a positive number, or null. */
export function parseDistanceInput(text: string): number | null {
  const t = text.trim().replace(',', '.');
  if (!/^\d+(\.\d*)?$|^\.\d+$/.test(t)) return null;
  const v = Number(t);
  return Number.isFinite(v) ? v : null;
}

/** A whole number typed by a person, or null when empty or not a whole number ≥ 0. */
export function parseWholeInput(text: string): number | null {
  const t = text.trim();
  if (!/^\d+$/.test(t)) return null;
  return Number(t);
}
