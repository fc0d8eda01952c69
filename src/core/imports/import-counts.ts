/**
 * How an import is counted: the rules every summary (web, CLI, API) shares.
 *
 * - The unit is the file. Every file an import reads, loose or inside an archive however deep, ends
 *   in exactly one outcome, so the outcomes always add up to the files read. An archive is not a file
 *   of its own unless it cannot be opened (then it is one file that failed). Files passed over by
 *   name (photos, JSON, CSV files other than Strava's list) are not activity files and are not counted.
 * - An entry in an export's list of activities that has no file (a Strava activity typed in by hand)
 *   is counted like a file and called an entry, so the list beneath the counts matches them.
 * - The outcomes:
 *   - `imported`: at least one new activity from the file was stored.
 *   - `recovered`: the same, from a damaged file whose readable part was kept ("partly read").
 *     A damaged file is one outcome, never counted as imported too.
 *   - `duplicate`: everything in the file was already stored (the same file, or the same activity
 *     from another file or format).
 *   - `skipped`: the file holds no activity (a watch's sleep or settings file, an entry with no date).
 *   - `failed`: the file could not be read at all (damaged, unknown format, too large, missing).
 * - A file can hold several activities (a multisport file keeps one per sport, a FIT file may hold
 *   several sessions): it is still one file; its new activities are counted in `activities`.
 *   A multisport file whose legs are partly stored already counts as imported (its new legs are new).
 *   Transitions between sports are not activities and are never counted.
 * - `replaced` counts partly read runs that a complete copy of the same activity took the place of.
 */

export const FILE_OUTCOMES = ['imported', 'recovered', 'duplicate', 'skipped', 'failed'] as const;
export type FileOutcome = (typeof FILE_OUTCOMES)[number];

export interface ImportCounts {
  /** Files with new activities, read whole. */
  imported: number;
  /** Files with new activities, damaged and read as far as they go. */
  recovered: number;
  /** Files whose activities were all stored already. */
  duplicates: number;
  /** Files that hold no activity: passed over, not failures. */
  skipped: number;
  /** Files that could not be read. */
  failed: number;
  /** How many of the counted items are entries without a file (Strava activities typed in by hand). */
  entries: number;
  /** New activities stored. */
  activities: number;
  /** Partly read runs replaced by a complete copy of the same activity. */
  replaced: number;
}

type OutcomeField = 'imported' | 'recovered' | 'duplicates' | 'skipped' | 'failed';
export const OUTCOME_FIELD: Record<FileOutcome, OutcomeField> = {
  imported: 'imported',
  recovered: 'recovered',
  duplicate: 'duplicates',
  skipped: 'skipped',
  failed: 'failed',
};

export const emptyCounts = (): ImportCounts => ({
  imported: 0,
  recovered: 0,
  duplicates: 0,
  skipped: 0,
  failed: 0,
  entries: 0,
  activities: 0,
  replaced: 0,
});

/**
 * Files (and entries) counted so far: the sum of the outcomes, by definition.
 * @example countedTotal({ ...emptyCounts(), imported: 2, duplicates: 1 }) // 3
 */
export const countedTotal = (c: Pick<ImportCounts, OutcomeField>): number =>
  c.imported + c.recovered + c.duplicates + c.skipped + c.failed;

/**
 * Files that added something, whole or partly read.
 * @example filesAdded({ ...emptyCounts(), imported: 2, recovered: 1 }) // 3
 */
export const filesAdded = (c: Pick<ImportCounts, 'imported' | 'recovered'>): number =>
  c.imported + c.recovered;

/** What became of a file's content: the input to `outcomeOf`. */
export type FileRead =
  | { read: 'failed' }
  | { read: 'no_activity' }
  /** `held`: activities worth storing in it (transitions left out); `added`: how many were new. */
  | { read: 'ok'; damaged: boolean; held: number; added: number };

/**
 * The one outcome of a file.
 * @example outcomeOf({ read: 'ok', damaged: true, held: 1, added: 1 }) // 'recovered'
 * @example outcomeOf({ read: 'ok', damaged: false, held: 4, added: 0 }) // 'duplicate'
 */
export function outcomeOf(file: FileRead): FileOutcome {
  if (file.read === 'failed') return 'failed';
  if (file.read === 'no_activity' || file.held === 0) return 'skipped';
  if (file.added === 0) return 'duplicate';
  return file.damaged ? 'recovered' : 'imported';
}

/**
 * Adds (or with `delta` -1 takes back) one file's outcome and the activities it stored.
 * The only way counts change, so they cannot drift from the per-file list.
 * @example const c = emptyCounts(); countFile(c, 'recovered', 1); c // { recovered: 1, activities: 1, ... }
 */
export function countFile(
  counts: ImportCounts,
  outcome: FileOutcome,
  activities: number,
  options: { entry?: boolean; delta?: 1 | -1 } = {},
): void {
  const delta = options.delta ?? 1;
  counts[OUTCOME_FIELD[outcome]] += delta;
  counts.activities += delta * activities;
  if (options.entry) counts.entries += delta;
}
