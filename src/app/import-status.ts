/** The status of one import job: what the web app polls and the CLI summarises. */

export type ImportFileStatus = 'imported' | 'duplicate' | 'failed' | 'recovered' | 'skipped';

export interface ImportFileResult {
  source: string;
  status: ImportFileStatus;
  error: { code: string; message: string } | null;
  runIds: string[];
}

export interface ImportStatus {
  id: string;
  state: 'receiving' | 'processing' | 'done' | 'failed';
  filename: string;
  createdAt: string;
  filesDone: number;
  filesTotal: number | null;
  bytesDone: number;
  bytesTotal: number | null;
  imported: number;
  duplicates: number;
  recovered: number;
  failed: number;
  /** Files that hold no activity (a watch's sleep, health or settings files): passed over, not failures. */
  skipped: number;
  /** Per-file results in order, at most MAX_FILE_RESULTS; the counts above are always complete. */
  files: ImportFileResult[];
  error: string | null;
}

export const MAX_FILE_RESULTS = 500;

export const newImportStatus = (id: string, filename: string, createdAt: string): ImportStatus => ({
  id,
  state: 'processing',
  filename,
  createdAt,
  filesDone: 0,
  filesTotal: null,
  bytesDone: 0,
  bytesTotal: null,
  imported: 0,
  duplicates: 0,
  recovered: 0,
  failed: 0,
  skipped: 0,
  files: [],
  error: null,
});
