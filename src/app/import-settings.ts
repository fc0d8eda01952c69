import { availableParallelism } from 'node:os';

/** How imports use the machine: decode threads, their budgets, and imports at once. */
export interface ImportSettings {
  /** Worker threads decoding files (`BACKSTRIDE_DECODE_THREADS`). Default: one per CPU, at most 4. */
  decodeThreads: number;
  /** V8 heap of each decode thread, MB (`BACKSTRIDE_DECODE_MEMORY_MB`). Default 256. */
  decodeMemoryMb: number;
  /** Longest decode of one file, ms (`BACKSTRIDE_FILE_TIMEOUT_S`). Default 120 s. */
  fileTimeoutMs: number;
  /** Longest whole import, ms, from when it starts (`BACKSTRIDE_IMPORT_TIMEOUT_S`). Default 1 hour. */
  importTimeoutMs: number;
  /** Imports running at once, all runners together, one per runner (`BACKSTRIDE_IMPORTS_AT_ONCE`). Default 2. */
  importsAtOnce: number;
}

/**
 * The defaults, for a machine with `cpus` CPUs. Why these numbers:
 * - threads: one per CPU, so an archive decodes on every core (issue 13); the thread that answers
 *   requests and writes to the database needs a fraction of one, and the system shares the CPUs out
 *   between threads, so requests are still answered while every core decodes. More than 4 rarely helps one disk.
 * - 256 MB heap: decoding any one file within the decode limits takes at most 64 MB of heap (held by
 *   src/importers/hostile-memory.medium.test.ts), so a real file never comes near it, and a runaway
 *   one ends at four times the proven bound instead of taking the server's memory.
 * - 120 s per file: the largest valid files (100 MB, 2 million samples, or a 95 MB GPX of 490,000
 *   points) decode in 1-7 s on a small server; 120 s leaves room for a slow board.
 * - 1 hour per import: a 2 GB export (the largest upload) imports in about 5 minutes on a 2-CPU
 *   machine (npm run bench:import: 2,000 activities, 143 MB, under 20 s).
 * @example defaultImportSettings(8).decodeThreads // 4
 */
export function defaultImportSettings(cpus = availableParallelism()): ImportSettings {
  return {
    decodeThreads: Math.max(1, Math.min(cpus, 4)),
    decodeMemoryMb: 256,
    fileTimeoutMs: 120_000,
    importTimeoutMs: 60 * 60_000,
    importsAtOnce: 2,
  };
}
