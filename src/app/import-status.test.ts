import { describe, expect, it } from 'vitest';
import {
  MAX_FILE_RESULTS,
  newImportStatus,
  resettleFile,
  settleFile,
  upgradeImportStatus,
  type ImportFileResult,
  type ImportStatus,
} from './import-status';

const result = (n: number, status: ImportFileResult['status'] = 'imported'): ImportFileResult => ({
  source: `export.zip!${n}.fit`,
  status,
  error: status === 'failed' ? { code: 'corrupt_file', message: `bad ${n}` } : null,
  runIds: status === 'imported' ? [`run-${n}`] : [],
  entry: false,
});

describe('settleFile', () => {
  it('counts every file once and keeps filesDone the sum of the outcomes', () => {
    const s = newImportStatus('i', 'export.zip', '2026-11-26T08:00:00.000Z');
    s.filesTotal = 1;
    settleFile(s, result(1));
    settleFile(s, result(2, 'failed'));
    settleFile(s, { ...result(3, 'recovered'), runIds: ['run-3'] });
    expect(s).toMatchObject({ imported: 1, failed: 1, recovered: 1, filesDone: 3, activities: 2 });
    // A total found so far never reads below what is done.
    expect(s.filesTotal).toBe(3);
  });

  it('once the list is full, keeps problems in place of the earliest files that were fine', () => {
    const s = newImportStatus('i', 'export.zip', '2026-11-26T08:00:00.000Z');
    for (let n = 0; n < MAX_FILE_RESULTS; n++) settleFile(s, result(n));
    settleFile(s, result(9000, 'duplicate'));
    settleFile(s, result(9001, 'failed'));
    expect(s.files).toHaveLength(MAX_FILE_RESULTS);
    expect(s.files.map((f) => f.source)).not.toContain('export.zip!9000.fit');
    expect(s.files[s.files.length - 1]?.source).toBe('export.zip!9001.fit');
    expect(s.files[0]?.source).toBe('export.zip!1.fit');
    expect(s).toMatchObject({ imported: MAX_FILE_RESULTS, duplicates: 1, failed: 1 });
    expect(s.filesDone).toBe(MAX_FILE_RESULTS + 2);
  });
});

describe('resettleFile', () => {
  it('moves a file from one outcome to another without changing the total', () => {
    const s = newImportStatus('i', 'export.zip', '2026-11-26T08:00:00.000Z');
    const partial = { ...result(1, 'recovered'), runIds: ['run-1'] };
    settleFile(s, partial);
    resettleFile(s, partial, (r) => {
      r.runIds = [];
      r.status = 'duplicate';
    });
    expect(s).toMatchObject({ recovered: 0, duplicates: 1, activities: 0, filesDone: 1 });
  });
});

describe('upgradeImportStatus', () => {
  it('counts a Strava entry without a date that an old import listed as skipped but left out of skipped', () => {
    const old = {
      ...newImportStatus('i', 'export.zip', '2026-11-20T08:00:00.000Z'),
      state: 'done',
      imported: 1,
      skipped: 1,
      filesDone: 2,
      files: [
        { source: 'export.zip!1.fit', status: 'imported', error: null, runIds: ['r1'] },
        { source: 'export.zip!activities.csv#7', status: 'skipped', error: null, runIds: [] },
        { source: 'export.zip!sleep.fit', status: 'skipped', error: null, runIds: [] },
      ],
    } as unknown as ImportStatus;
    delete (old as Partial<ImportStatus>).activities;
    const s = upgradeImportStatus(old);
    expect(s).toMatchObject({ imported: 1, skipped: 2, entries: 1, filesDone: 3, filesTotal: 3 });
  });
});
