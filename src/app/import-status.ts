/** The status of one import job: what the web app polls and the CLI summarises. */
import { countedTotal, countFile, emptyCounts } from '../core/imports/import-counts';

import type { ImportFileResult, ImportStatus } from '../core/imports/import-status';

export type { ImportFileResult, ImportFileStatus, ImportStatus } from '../core/imports/import-status';

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
  ...emptyCounts(),
  files: [],
  error: null,
});

/**
 * Records one file's result and counts it: the only way results and counts change, so the counts
 * always match the list. The result object is kept so a later file can change it (see `unsettleFile`).
 */
export function settleFile(status: ImportStatus, result: ImportFileResult): void {
  keepResult(status.files, result);
  countFile(status, result.status, result.runIds.length, { entry: result.entry });
  status.filesDone = countedTotal(status);
  if (status.filesTotal !== null && status.filesTotal < status.filesDone)
    status.filesTotal = status.filesDone;
}

const isProblem = (r: ImportFileResult): boolean => r.status === 'failed' || r.status === 'recovered';

function keepResult(files: ImportFileResult[], result: ImportFileResult): void {
  if (files.length < MAX_FILE_RESULTS) {
    files.push(result);
    return;
  }
  if (!isProblem(result)) return;
  const fine = files.findIndex((r) => !isProblem(r));
  if (fine < 0) return;
  files.splice(fine, 1);
  files.push(result);
}

/**
 * Changes a result settled earlier in the same import (a partly read run replaced by a complete copy
 * that came later): its count is taken back, `change` applied, and it is counted again.
 */
export function resettleFile(
  status: ImportStatus,
  result: ImportFileResult,
  change: (result: ImportFileResult) => void,
): void {
  countFile(status, result.status, result.runIds.length, { entry: result.entry, delta: -1 });
  change(result);
  countFile(status, result.status, result.runIds.length, { entry: result.entry });
}

/**
 * A status saved before the counts were made exclusive (imported then also counted partly read files,
 * entries and activities were not counted): brought to today's shape so old imports still add up.
 */
export function upgradeImportStatus(saved: ImportStatus): ImportStatus {
  if (typeof (saved as Partial<ImportStatus>).activities === 'number') return saved;
  const files = saved.files.map((f) => ({
    ...f,
    entry: f.source.includes('.csv#'),
    error: f.error?.code === 'recovered' ? { ...f.error, code: 'partly_read' } : f.error,
  }));
  const imported = Math.max(0, saved.imported - saved.recovered);
  const upgraded: ImportStatus = {
    ...saved,
    imported,
    // Before then, an entry without a date was listed as skipped but not counted: count it now.
    skipped: (saved.skipped ?? 0) + files.filter((f) => f.entry && f.status === 'skipped').length,
    entries: files.filter((f) => f.entry).length,
    activities: imported + saved.recovered,
    replaced: 0,
    files,
  };
  upgraded.filesDone = countedTotal(upgraded);
  if (upgraded.state === 'done') upgraded.filesTotal = upgraded.filesDone;
  return upgraded;
}
