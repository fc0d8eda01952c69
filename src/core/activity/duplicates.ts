import type { Activity } from './activity';

const START_TOLERANCE_MS = 60_000;
const DISTANCE_TOLERANCE = 0.01;

/** What comparing two recordings needs; `partial` marks a partly read copy (a damaged file's readable part). */
export type SameActivityKey = Pick<Activity, 'startTime' | 'sport' | 'distanceM'> & { partial?: boolean };

/**
 * The same recording imported twice (e.g. a FIT file and its TCX export, or an archive that
 * holds the file twice): starts within 60 s, same sport, distances within 1 %.
 * Two activities without any distance compare equal on distance.
 * A partly read copy is the same as another copy that covers at least its distance, and a sport it
 * could not read ('generic') matches any: it is the start of that recording, not another activity.
 * @example isSameActivity(fitRun, tcxExportOfTheSameRun) // true
 * @example isSameActivity({ ...fitRun, distanceM: 900, partial: true }, fitRun) // true
 */
export function isSameActivity(a: SameActivityKey, b: SameActivityKey): boolean {
  const partial = a.partial === true || b.partial === true;
  if (a.sport !== b.sport && !(partial && (isUnread(a) || isUnread(b)))) return false;
  const ta = Date.parse(a.startTime);
  const tb = Date.parse(b.startTime);
  if (!Number.isFinite(ta) || !Number.isFinite(tb) || Math.abs(ta - tb) > START_TOLERANCE_MS) return false;
  const da = a.distanceM ?? 0;
  const db = b.distanceM ?? 0;
  if (partial) return covers(a, b) || covers(b, a);
  if (da === 0 && db === 0) return true;
  return Math.abs(da - db) <= DISTANCE_TOLERANCE * Math.max(da, db);
}

/** The sport of a partly read copy that lost it. */
const isUnread = (k: SameActivityKey): boolean => k.partial === true && k.sport === 'generic';

/** `whole` holds at least what the partly read `part` does. */
const covers = (part: SameActivityKey, whole: SameActivityKey): boolean =>
  part.partial === true && (part.distanceM ?? 0) <= (whole.distanceM ?? 0) * (1 + DISTANCE_TOLERANCE);
