import { expect } from 'vitest';
import type { ImportStatus } from '../../src/app/import-status';
import { FILE_OUTCOMES, OUTCOME_FIELD } from '../../src/core/imports/import-counts';
import { readCorpus } from './importers/corpus';
import { multipart } from './multipart';
import { ORIGIN, type TestApp } from './test-app';

/** Uploads corpus files (or given bytes) through the HTTP API, waits for the import, returns its status. */
export async function uploadAndWait(
  t: TestApp,
  cookie: string,
  files: (string | { name: string; data: Uint8Array })[],
): Promise<ImportStatus> {
  const parts = files.map((f) =>
    typeof f === 'string' ? { name: f.split('/').pop()!, data: readCorpus(f) } : f,
  );
  const body = multipart(parts);
  const res = await t.app.inject({
    method: 'POST',
    url: '/api/imports',
    headers: { cookie, origin: ORIGIN, ...body.headers },
    payload: body.payload,
  });
  expect(res.statusCode, res.body).toBe(202);
  await t.app.importJobs.idle();
  const status = await t.app.inject({ url: `/api/imports/${res.json().id}`, headers: { cookie } });
  expect(status.statusCode).toBe(200);
  return status.json() as ImportStatus;
}

/**
 * The counting rules, checked on a finished import: the outcomes add up to the files, the list
 * beneath says the same per outcome, and the activities are the runs the list names.
 */
export function expectCountsAddUp(s: ImportStatus): void {
  const sum = s.imported + s.recovered + s.duplicates + s.skipped + s.failed;
  expect(sum).toBe(s.filesDone);
  expect(s.filesTotal).toBe(s.filesDone);
  expect(s.files).toHaveLength(s.filesDone);
  for (const outcome of FILE_OUTCOMES) {
    expect(s.files.filter((f) => f.status === outcome).length, outcome).toBe(s[OUTCOME_FIELD[outcome]]);
  }
  expect(s.files.filter((f) => f.entry).length).toBe(s.entries);
  expect(s.files.reduce((n, f) => n + f.runIds.length, 0)).toBe(s.activities);
}
