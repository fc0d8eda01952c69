import type { FileOutcome, ImportCounts } from './import-counts';

// The status of one import job, as stored and as the web app polls it: plain shapes, so the store keeps
// them and the web reads them without depending on the use case that fills them in (src/app/import-status.ts).

/** What became of one file (see the counting rules in src/core/imports/import-counts.ts). */
export type ImportFileStatus = FileOutcome;

export interface ImportFileResult {
  source: string;
  status: ImportFileStatus;
  /**
   * What there is to say about the file beyond its outcome: why it failed or was skipped, that it was
   * partly read, already here, or took the place of a partly read run. `code` is from the one catalogue
   * (src/core/error-codes.ts; its plain words in src/core/imports/import-words.ts); `message` is the
   * technical detail. Null for a file added whole.
   */
  error: { code: string; message: string } | null;
  /** The new runs stored from this file: as many as it added activities. */
  runIds: string[];
  /** An entry in an export's list without a file (a Strava activity typed in by hand). */
  entry: boolean;
}

/**
 * The counts are per file and add up: imported + recovered + duplicates + skipped + failed = filesDone.
 * `activities` counts the new activities stored (a file may hold several).
 */
export interface ImportStatus extends ImportCounts {
  id: string;
  state: 'receiving' | 'processing' | 'done' | 'failed';
  filename: string;
  createdAt: string;
  /** Files (and entries) settled so far: always the sum of the outcome counts. */
  filesDone: number;
  /** Files found so far: a lower bound while archives are opened; equal to filesDone when done. */
  filesTotal: number | null;
  bytesDone: number;
  bytesTotal: number | null;
  /**
   * Per-file results in order, at most MAX_FILE_RESULTS: once full, a problem (failed or partly read)
   * takes the place of the earliest file that was fine, so problems are listed first. The counts
   * above are always complete.
   */
  files: ImportFileResult[];
  error: string | null;
}
