import type { Activity } from '../core/activity/activity';
import type { ErrorCode } from '../core/error-codes';

/** What an export says about a file beyond its bytes (Strava's activities.csv). */
export interface FileMeta {
  name?: string;
  stravaType?: string;
  gear?: string;
  description?: string;
  /** The export's own id for the activity (Strava "Activity ID"). */
  activityId?: string;
}

export interface ImportError {
  code: ErrorCode;
  message: string;
  offset?: number;
}

export interface ProgressEvent {
  type: 'progress';
  /**
   * Files read so far, decoded or failed (skipped files not included), and entries of an export's
   * activity list without a file (Strava activities typed in by hand), each counted like a file.
   */
  filesDone: number;
  /** Files (and entries) found so far (a lower bound: grows as archives are opened). */
  filesTotal?: number;
  /** Directories' and archives' non-activity files (images, JSON, other CSVs) passed over. */
  filesSkipped: number;
  /** Input bytes consumed: files on disk, compressed bytes of top-level archive entries. */
  bytesDone: number;
  /** Size of every input on disk. */
  bytesTotal?: number;
}

/** `source` is the path as given, joined for folders, and `archive.zip!inner/path` inside archives. */
export type FileEvent =
  | {
      type: 'file';
      source: string;
      /** `source#n`: the n-th file of that source in the run (see ImportOptions.skip). */
      key?: string;
      ok: true;
      activities: Activity[];
      /** sha256 (hex) of the file's bytes as stored (still gzipped for .gz): the same file twice has the same hash. */
      contentHash: string;
      meta?: FileMeta;
      /** Bytes gunzip produced decoding it (absent when none): charged to the run's unpack budget. */
      unpackedBytes?: number;
      /** The file as it came, gzipped, when the import keeps originals (ImportOptions.keepOriginals). */
      original?: OriginalFile;
      /**
       * Each activity's series as the store keeps it (src/importers/series-codec.ts), in the order of
       * `activities`; null for one without samples. Only when asked (ImportOptions.packSeries); each
       * activity's `series` then holds only its last sample.
       */
      packedSeries?: (Uint8Array | null)[];
    }
  | {
      type: 'file';
      source: string;
      key?: string;
      ok: false;
      error: ImportError;
      contentHash?: string;
      meta?: FileMeta;
      unpackedBytes?: number;
      original?: OriginalFile;
    };

/** An activity file's own bytes, kept: gunzip of `gzip` is the file exactly as it came. */
export interface OriginalFile {
  /** Its own name, without the archive or folder path. */
  name: string;
  sizeBytes: number;
  gzip: Uint8Array;
}

/** A Strava activity entered by hand: a row of activities.csv without a file. */
export interface ManualActivityEvent {
  type: 'manual';
  /** `export.zip!activities.csv#<Activity ID>` */
  source: string;
  /** `source#n`, as for files. */
  key?: string;
  meta: FileMeta;
  startTime: string | null;
  elapsedS: number | null;
  /** As the export wrote it (Strava: km for most sports). */
  distance: number | null;
}

export interface DoneEvent {
  type: 'done';
  filesDone: number;
  filesFailed: number;
  filesSkipped: number;
  /** Entries without a file (counted in filesDone). */
  entries: number;
  activities: number;
  bytesDone: number;
}

export type ImportEvent = ProgressEvent | FileEvent | ManualActivityEvent | DoneEvent;
