import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/** The shared case suite, outside the repository: `<repo>/../shared/spec/triage-cases.jsonl`. */
export const CASES_PATH = resolve(import.meta.dirname, '../../../../shared/spec/triage-cases.jsonl');

/**
 * The suite's lines, or null when the shared folder is absent (tests then skip; under CI=true they fail).
 * @example loadCaseLines()?.length // 38
 */
export function loadCaseLines(path: string = CASES_PATH): string[] | null {
  if (!existsSync(path)) return null;
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '');
}

/** Whether a missing suite must fail the run instead of skipping. */
export const suiteRequired = (): boolean => process.env.CI === 'true';
