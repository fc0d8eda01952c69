import { isSameActivity, type SameActivityKey } from './duplicates';

/** What duplicate detection needs to know of an activity already stored or imported. */
export type ActivityKey = SameActivityKey;

/**
 * The key of an activity or a stored run; a damaged file's readable part (`recovered` set) is partial.
 * @example activityKey(activity) // { startTime: '2020-02-02T11:19:33.000Z', sport: 'running', distanceM: 10630.4, partial: false }
 */
export const activityKey = (a: Omit<ActivityKey, 'partial'> & { recovered?: unknown }): ActivityKey => ({
  startTime: a.startTime,
  sport: a.sport,
  distanceM: a.distanceM,
  partial: a.recovered !== null && a.recovered !== undefined,
});

const BUCKET_MS = 60_000;

/**
 * Known activities bucketed by start minute, so checking a new one compares only with
 * neighbours (isSameActivity's tolerance is 60 s: the same and adjacent buckets suffice).
 * `K` may carry more (an id) to tell the caller which activity it duplicates.
 * @example
 * const index = new DuplicateIndex(storedKeys);
 * for (const a of imported) { if (index.findDuplicate(a)) continue; index.add(activityKey(a)); save(a); }
 */
export class DuplicateIndex<K extends ActivityKey = ActivityKey> {
  private readonly buckets = new Map<number, K[]>();

  constructor(known: Iterable<K> = []) {
    for (const key of known) this.add(key);
  }

  add(key: K): void {
    const bucket = bucketOf(key.startTime);
    if (bucket === null) return;
    const list = this.buckets.get(bucket);
    if (list) list.push(key);
    else this.buckets.set(bucket, [key]);
  }

  /** The first known activity the new one is the same as, or null. */
  findDuplicate(activity: ActivityKey): K | null {
    const bucket = bucketOf(activity.startTime);
    if (bucket === null) return null;
    for (const b of [bucket, bucket - 1, bucket + 1]) {
      for (const key of this.buckets.get(b) ?? []) if (isSameActivity(key, activity)) return key;
    }
    return null;
  }

  /** Forgets a key added before (by identity): a partly read run that a complete copy replaced. */
  remove(key: K): void {
    const bucket = bucketOf(key.startTime);
    if (bucket === null) return;
    const list = this.buckets.get(bucket)?.filter((k) => k !== key);
    if (list) this.buckets.set(bucket, list);
  }

  /** Adds the activity unless it duplicates a known one; returns the duplicate found, or null. */
  addUnlessDuplicate(key: K): K | null {
    const duplicate = this.findDuplicate(key);
    if (duplicate === null) this.add(key);
    return duplicate;
  }
}

/**
 * One-off check against a list.
 * @example isDuplicateOfAny([fitRunKey], tcxExportOfTheSameRun) // true
 */
export const isDuplicateOfAny = (known: readonly ActivityKey[], activity: ActivityKey): boolean =>
  known.some((key) => isSameActivity(key, activity));

const bucketOf = (startTime: string): number | null => {
  const ms = Date.parse(startTime);
  return Number.isFinite(ms) ? Math.floor(ms / BUCKET_MS) : null;
};
