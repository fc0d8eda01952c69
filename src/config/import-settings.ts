import { availableParallelism } from 'node:os';
import { defaultImportSettings, type ImportSettings } from '../app/import-settings';
import { secondsAsMs, wholeNumber } from './env-values';

/**
 * The settings from `BACKSTRIDE_*` variables, defaults for what is not set; throws naming a bad value.
 * @example resolveImportSettings({ BACKSTRIDE_FILE_TIMEOUT_S: '30' }).fileTimeoutMs // 30000
 */
export function resolveImportSettings(
  env: Record<string, string | undefined>,
  cpus = availableParallelism(),
): ImportSettings {
  const d = defaultImportSettings(cpus);
  return {
    decodeThreads: wholeNumber(env.BACKSTRIDE_DECODE_THREADS, d.decodeThreads, 'BACKSTRIDE_DECODE_THREADS'),
    decodeMemoryMb: wholeNumber(
      env.BACKSTRIDE_DECODE_MEMORY_MB,
      d.decodeMemoryMb,
      'BACKSTRIDE_DECODE_MEMORY_MB',
      16,
    ),
    fileTimeoutMs: secondsAsMs(env.BACKSTRIDE_FILE_TIMEOUT_S, d.fileTimeoutMs, 'BACKSTRIDE_FILE_TIMEOUT_S'),
    importTimeoutMs: secondsAsMs(
      env.BACKSTRIDE_IMPORT_TIMEOUT_S,
      d.importTimeoutMs,
      'BACKSTRIDE_IMPORT_TIMEOUT_S',
    ),
    importsAtOnce: wholeNumber(env.BACKSTRIDE_IMPORTS_AT_ONCE, d.importsAtOnce, 'BACKSTRIDE_IMPORTS_AT_ONCE'),
  };
}
