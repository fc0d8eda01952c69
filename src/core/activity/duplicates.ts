import type { Activity } from './activity';

const START_TOLERANCE_MS = 60_000;
const DISTANCE_TOLERANCE = 0.01;

/**
 * The same recording imported twice (e.g. a FIT file and its TCX export, or an archive that
 * holds the file twice): starts within 60 s, same sport, distances within 1 %.
 * Two activities without any distance compare equal on distance.
 * @example isSameActivity(fitRun, tcxExportOfTheSameRun) // true
 */
export function isSameActivity(
  a: Pick<Activity, 'startTime' | 'sport' | 'distanceM'>,
  b: Pick<Activity, 'startTime' | 'sport' | 'distanceM'>,
): boolean {
  if (a.sport !== b.sport) return false;
  const ta = Date.parse(a.startTime);
  const tb = Date.parse(b.startTime);
  if (!Number.isFinite(ta) || !Number.isFinite(tb) || Math.abs(ta - tb) > START_TOLERANCE_MS) return false;
  const da = a.distanceM ?? 0;
  const db = b.distanceM ?? 0;
  if (da === 0 && db === 0) return true;
  return Math.abs(da - db) <= DISTANCE_TOLERANCE * Math.max(da, db);
}
